package org.kcsp.model;

import java.time.LocalDate;

/**
 * The Kent Community Safety Partnership as of 14 July 2022, built from the minutes of its meeting
 * that day ({@code ../shared/seeds/001_*.txt}) and, for the grant allocation, the Working Group
 * report of 18 March 2020 ({@code 002_*.txt}).
 *
 * <p>Every figure comes from those documents or is named as assumed in the record's {@link
 * PartnershipRecord#description() description}. Amounts the seeds do not give (each approved
 * project's share of £21,440, the VRU's award) are left unset, never invented.
 */
final class Kcsp2022Fixture {

  static final LocalDate AS_OF = LocalDate.of(2022, 7, 14);

  /**
   * The minutes say only that the KCSP's terms of reference were "last updated and approved by the
   * Partnership in July 2021"; the day is assumed.
   */
  static final LocalDate ASSUMED_TOR_2021_APPROVAL = LocalDate.of(2021, 7, 15);

  /**
   * The seeds do not state the 2022/23 allocation; this is the £39,661 the PCC allocated for
   * 2019/20 and kept for 2020/21 (Working Group report 18 March 2020, 2.1 and 3.1).
   */
  static final Money ASSUMED_ALLOCATION_2022_23 = Money.of("39661");

  /**
   * The refreshed agreement, with its new VAWG priority, was reported to the KCSP on 14 July 2022;
   * the day it took effect is not given, so that day is assumed for both.
   */
  static final LocalDate ASSUMED_REFRESH = AS_OF;

  static final String DESCRIPTION = """
      The Kent Community Safety Partnership as of 14 July 2022, from the minutes of the KCSP \
      meeting of 14 July 2022 (seeds/001) and the Working Group report of 18 March 2020 (seeds/002). \
      Assumed figures: (1) the KCSP terms of reference of 2021 are dated 2021-07-15: the minutes say \
      only "July 2021"; (2) the Crime Reduction Grant 2022/23 allocation is £39,661: the seeds do not \
      state it, and £39,661 is the level the PCC kept for 2020/21; (3) the refreshed agreement's \
      lastRefreshedOn and the VAWG priority's since are 2022-07-14, the day the refresh was reported; \
      (4) the 2022/23 projects are in the UPFRONT pot: the minutes do not name the pot; (5) the KCSP \
      membership lists the responsible authorities of the Crime and Disorder Act 1998 s5, with the \
      Kent and Medway CCG in 2021 and the NHS Kent and Medway ICB in 2022: the minutes say only that \
      the membership changed because the ICB took on the CCG's responsibilities from 1 July 2022. \
      Not known and left unset: each approved project's amount (the minutes give only their total, \
      £21,440) and the amount of the VRU's Bystander Approach Training award.""";

  private Kcsp2022Fixture() {}

  /** The KCSP record as of 14 July 2022. */
  static PartnershipRecord record() {
    return builder().build();
  }

  /** The same record, as a builder to add to. */
  static PartnershipRecord.Builder builder() {
    return PartnershipRecord.builder()
        .asOf(AS_OF)
        .description(DESCRIPTION)
        .partnership(Partnership.builder()
            .id("KCSP").name("Kent Community Safety Partnership").area("Kent").tier(Tier.COUNTY).build())
        .addOrganisations(
            organisation("KCC", "Kent County Council", OrganisationKind.LOCAL_AUTHORITY),
            organisation("KENT-POLICE", "Kent Police", OrganisationKind.POLICE),
            organisation("KFRS", "Kent Fire and Rescue Service", OrganisationKind.FIRE_AND_RESCUE),
            Organisation.builder().id("KM-CCG").name("Kent and Medway Clinical Commissioning Group")
                .kind(OrganisationKind.HEALTH)
                .existsUntil(LocalDate.of(2022, 6, 30))
                .succeededBy("KM-ICB")
                .build(),
            Organisation.builder().id("KM-ICB").name("NHS Kent and Medway Integrated Care Board")
                .kind(OrganisationKind.HEALTH)
                .existsFrom(LocalDate.of(2022, 7, 1))
                .build(),
            organisation("KENT-PROBATION", "Kent Probation", OrganisationKind.PROBATION),
            organisation("KENT-PCC", "Kent Police and Crime Commissioner", OrganisationKind.POLICE_AND_CRIME_COMMISSIONER),
            organisation("KM-VRU", "Kent and Medway Violence Reduction Unit", OrganisationKind.VIOLENCE_REDUCTION_UNIT))
        .addSubgroups(
            Subgroup.builder().id("KCSP-WG").name("KCSP Working Group").parent("KCSP").build(),
            Subgroup.builder().id("DHR-SG").name("Domestic Homicide Review Steering Group").parent("KCSP").build())
        .addTermsOfReference(
            TermsOfReference.builder().id("TOR-KCSP-2021").body("KCSP").version("2021")
                .approvedOn(ASSUMED_TOR_2021_APPROVAL).approvedBy("KCSP")
                .reviewIntervalMonths(12)
                .addMembership(responsibleAuthorities("KM-CCG"))
                .build(),
            TermsOfReference.builder().id("TOR-KCSP-2022").body("KCSP").version("2022")
                .approvedOn(AS_OF).approvedBy("KCSP")
                .reviewIntervalMonths(12)
                .addMembership(responsibleAuthorities("KM-ICB"))
                .changes("Membership: NHS Kent and Medway (Integrated Care Board) takes on the responsibilities of"
                    + " the Kent and Medway CCG from 1 July 2022; co-operating and participating bodies extended to"
                    + " include Safer Roads for Kent Partnership, the VRU, Kent Substance Misuse Alliance and the"
                    + " Kent and Medway Suicide Prevention Steering Group")
                .build(),
            TermsOfReference.builder().id("TOR-KCSP-WG-2022").body("KCSP-WG").version("2022")
                .approvedOn(AS_OF).approvedBy("KCSP")
                .reviewIntervalMonths(12)
                .changes("Membership; Responsibilities: liaise with Safeguarding Boards/Partnerships")
                .build(),
            TermsOfReference.builder().id("TOR-DHR-SG-2022").body("DHR-SG").version("2022")
                .approvedOn(AS_OF).approvedBy("KCSP")
                .reviewIntervalMonths(12)
                .changes("Responsibilities: lessons learned cascaded to the Domestic and Sexual Abuse Executive"
                    + " Group, MARAC Steering Group, Domestic Abuse Commissioning teams and agencies across Kent"
                    + " and Medway")
                .build())
        .addMeetings(
            meeting("KCSP-2022-03-24", LocalDate.of(2022, 3, 24), MeetingStatus.HELD).build(),
            meeting("KCSP-2022-07-14", AS_OF, MeetingStatus.HELD)
                .addItems(
                    AgendaItem.builder().title("Notes of meeting held on 24 March 2022").kind(AgendaItemKind.MINUTES)
                        .approvesMinutesOf("KCSP-2022-03-24")
                        .resolution("the notes of the meeting held on 24 March 2022 were correctly recorded")
                        .build(),
                    item("Kent Community Safety Agreement and Action Plan Update", AgendaItemKind.AGREEMENT),
                    item("Kent Community Safety Partnership Working Group Update", AgendaItemKind.UPDATE),
                    AgendaItem.builder().title("KCSP and Subgroup Terms of Reference Review and Update")
                        .kind(AgendaItemKind.TERMS_OF_REFERENCE)
                        .resolution("agree the KCSP terms of reference and approve those of its two subgroups;"
                            + " members to sign the latest Kent and Medway Information Sharing Agreement;"
                            + " terms reviewed annually and on the agenda at least once a year")
                        .build(),
                    item("Kent Police Tackling Violence Against Women and Girls Strategy Update", AgendaItemKind.UPDATE),
                    item("Dates of future meetings", AgendaItemKind.OTHER),
                    item("Domestic Homicide Review Update", AgendaItemKind.DOMESTIC_HOMICIDE_REVIEW),
                    item("Kent and Medway PREVENT Duty Delivery Board Update", AgendaItemKind.UPDATE),
                    item("Kent and Medway Joint Exploitation Group Update", AgendaItemKind.UPDATE))
                .build(),
            meeting("KCSP-2022-11-17", LocalDate.of(2022, 11, 17), MeetingStatus.SCHEDULED).build(),
            meeting("KCSP-2023-03-16", LocalDate.of(2023, 3, 16), MeetingStatus.SCHEDULED).build(),
            meeting("KCSP-2023-07-06", LocalDate.of(2023, 7, 6), MeetingStatus.SCHEDULED).build())
        .agreement(Agreement.builder()
            .name("Kent Community Safety Agreement")
            .lastRefreshedOn(ASSUMED_REFRESH)
            .addPriorities(
                Priority.builder().id("VAWG").name("Violence Against Women and Girls")
                    .kind(PriorityKind.PRIORITY).since(ASSUMED_REFRESH).build(),
                Priority.builder().id("NEIGHBOURHOOD-CRIME-ASB").name("Preventing Neighbourhood Crime and ASB")
                    .kind(PriorityKind.PRIORITY).formerName("Anti-Social Behaviour").build(),
                Priority.builder().id("ROAD-SAFETY").name("Road Safety").kind(PriorityKind.PRIORITY).build(),
                Priority.builder().id("SERIOUS-VIOLENCE-ORGANISED-CRIME").name("Serious Violence and Organised Crime")
                    .kind(PriorityKind.PRIORITY).build(),
                Priority.builder().id("SIGNIFICANT-EVENTS").name("Response and Recovery from Significant Events")
                    .kind(PriorityKind.CROSS_CUTTING).build())
            .build())
        .addGrants(Grant.builder()
            .id("CRG-2022-23")
            .programme("Crime Reduction Grant")
            .funder("KENT-PCC")
            .financialYear(FinancialYear.parse("2022/23"))
            .allocation(ASSUMED_ALLOCATION_2022_23)
            .addReportedTotals(ReportedTotal.builder()
                .basis(TotalBasis.APPROVED)
                .amount(Money.of("21440"))
                .statedIn("KCSP minutes 14 July 2022, Working Group update para 6")
                .build())
            .addProjects(
                approved("best-bar-none-promotional-material", "Best Bar None promotional material"),
                approved("community-safety-conference", "Community Safety Conference"),
                approved("trauma-awareness-project", "Trauma Awareness Project"),
                approved("awareness-campaign-promotional-materials", "Promotional materials for awareness campaigns"),
                Project.builder().id("bystander-approach-training").title("Bystander Approach Training")
                    .activity("bystander-approach-training")
                    .pot(Pot.UPFRONT)
                    .status(ProjectStatus.REJECTED)
                    .statusReason("VRU already funds the programme")
                    .build())
            .build())
        .addExternalAwards(ExternalAward.builder()
            .id("KM-VRU-BYSTANDER-2022-23")
            .funder("KM-VRU")
            .title("Bystander Approach Training")
            .activity("bystander-approach-training")
            .financialYear(FinancialYear.parse("2022/23"))
            .build())
        .addScrutinySessions(ScrutinySession.builder()
            .id("SCRUTINY-2022-06-08")
            .date(LocalDate.of(2022, 6, 8))
            .committee("Crime and Disorder Scrutiny Committee")
            .build());
  }

  private static Organisation organisation(String id, String name, OrganisationKind kind) {
    return Organisation.builder().id(id).name(name).kind(kind).build();
  }

  /** The five responsible authorities, with {@code health} as the health body. */
  private static Membership[] responsibleAuthorities(String health) {
    return new Membership[] {
      Membership.of("KCC", MemberRole.RESPONSIBLE_AUTHORITY),
      Membership.of("KENT-POLICE", MemberRole.RESPONSIBLE_AUTHORITY),
      Membership.of("KFRS", MemberRole.RESPONSIBLE_AUTHORITY),
      Membership.of(health, MemberRole.RESPONSIBLE_AUTHORITY),
      Membership.of("KENT-PROBATION", MemberRole.RESPONSIBLE_AUTHORITY)
    };
  }

  private static Meeting.Builder meeting(String id, LocalDate date, MeetingStatus status) {
    return Meeting.builder().id(id).body("KCSP").date(date).status(status);
  }

  private static AgendaItem item(String title, AgendaItemKind kind) {
    return AgendaItem.builder().title(title).kind(kind).build();
  }

  /** A project the OPCC approved; the minutes give only the total of four, so no amount. */
  private static Project approved(String id, String title) {
    return Project.builder().id(id).title(title).pot(Pot.UPFRONT).status(ProjectStatus.APPROVED).build();
  }
}

package org.kcsp.rules;

import static org.kcsp.model.MemberRole.CO_OPERATING;
import static org.kcsp.model.MemberRole.PARTICIPATING;
import static org.kcsp.model.MemberRole.RESPONSIBLE_AUTHORITY;

import java.time.LocalDate;
import java.util.List;
import org.kcsp.model.Action;
import org.kcsp.model.AgendaItem;
import org.kcsp.model.AgendaItemKind;
import org.kcsp.model.Agreement;
import org.kcsp.model.Cadence;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.InformationSharing;
import org.kcsp.model.IsaSignature;
import org.kcsp.model.IsaVersion;
import org.kcsp.model.Meeting;
import org.kcsp.model.MeetingStatus;
import org.kcsp.model.Membership;
import org.kcsp.model.Organisation;
import org.kcsp.model.OrganisationKind;
import org.kcsp.model.Outcome;
import org.kcsp.model.OutcomeKind;
import org.kcsp.model.Partnership;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Priority;
import org.kcsp.model.PriorityKind;
import org.kcsp.model.ScrutinySession;
import org.kcsp.model.Subgroup;
import org.kcsp.model.TermsOfReference;
import org.kcsp.model.Tier;

/**
 * The KCSP as the minutes of 14 July 2022 describe it (seed 001), compliant on that day: the rule
 * tests start here and change one fact at a time.
 *
 * <p>Seed facts: the ToR were last approved in July 2021 and approved again on 14 July 2022 with
 * the subgroups' ToRs (resolution (a)); the ICB took on the CCG's responsibilities from 1 July
 * 2022 (para 1); the notes of 24 March 2022 were approved (item 1); the Crime and Disorder
 * Scrutiny Committee met on 8 June 2022 (CSA item para 2); the refreshed agreement added the VAWG
 * priority, renamed the ASB priority and the cross-cutting theme (CSA item para 1); future meetings
 * 17 November 2022, 16 March 2023 and 6 July 2023. Assumed, because the seeds do not say: the day
 * of the July 2021 approval (15 July), the ISA version and signing dates, and the action plan's
 * actions and outcome measures.
 */
final class Kcsp2022 {

  static final LocalDate MINUTES = LocalDate.of(2022, 7, 14);
  static final LocalDate JULY_2021_APPROVAL = LocalDate.of(2021, 7, 15);

  private Kcsp2022() {}

  static List<Membership> members() {
    return List.of(
        Membership.of("KCC", RESPONSIBLE_AUTHORITY),
        Membership.of("KENT-POLICE", RESPONSIBLE_AUTHORITY),
        Membership.of("KFRS", RESPONSIBLE_AUTHORITY),
        Membership.of("KM-ICB", RESPONSIBLE_AUTHORITY),
        Membership.of("PROBATION", RESPONSIBLE_AUTHORITY),
        Membership.of("KENT-PCC", CO_OPERATING),
        Membership.of("KM-VRU", PARTICIPATING));
  }

  static Organisation organisation(String id, String name, OrganisationKind kind) {
    return Organisation.builder().id(id).name(name).kind(kind).build();
  }

  /** The compliant record, as a builder so that a test can change one thing. */
  static PartnershipRecord.Builder record() {
    return PartnershipRecord.builder()
        .asOf(MINUTES)
        .description("KCSP as of the minutes of 14 July 2022 (test fixture)")
        .partnership(Partnership.builder().id("KCSP").name("Kent Community Safety Partnership").area("Kent")
            .tier(Tier.COUNTY).build())
        .addOrganisations(
            organisation("KCC", "Kent County Council", OrganisationKind.LOCAL_AUTHORITY),
            organisation("KENT-POLICE", "Kent Police", OrganisationKind.POLICE),
            organisation("KFRS", "Kent Fire and Rescue Service", OrganisationKind.FIRE_AND_RESCUE),
            Organisation.builder().id("KM-CCG").name("Kent and Medway Clinical Commissioning Group")
                .kind(OrganisationKind.HEALTH).existsUntil(LocalDate.of(2022, 6, 30)).succeededBy("KM-ICB").build(),
            Organisation.builder().id("KM-ICB").name("NHS Kent and Medway Integrated Care Board")
                .kind(OrganisationKind.HEALTH).existsFrom(LocalDate.of(2022, 7, 1)).build(),
            organisation("PROBATION", "Kent Probation", OrganisationKind.PROBATION),
            organisation("KENT-PCC", "Kent Police and Crime Commissioner", OrganisationKind.POLICE_AND_CRIME_COMMISSIONER),
            organisation("KM-VRU", "Kent and Medway Violence Reduction Unit", OrganisationKind.VIOLENCE_REDUCTION_UNIT))
        .addSubgroups(
            Subgroup.builder().id("KCSP-WG").name("KCSP Working Group").parent("KCSP").build(),
            Subgroup.builder().id("DHR-SG").name("DHR Steering Group").parent("KCSP").build())
        .addTermsOfReference(
            tor("KCSP-TOR-2021", "KCSP", "2021", JULY_2021_APPROVAL)
                .addMembership(Membership.of("KCC", RESPONSIBLE_AUTHORITY),
                    Membership.of("KENT-POLICE", RESPONSIBLE_AUTHORITY),
                    Membership.of("KFRS", RESPONSIBLE_AUTHORITY),
                    Membership.of("KM-CCG", RESPONSIBLE_AUTHORITY),
                    Membership.of("PROBATION", RESPONSIBLE_AUTHORITY))
                .build(),
            tor("KCSP-TOR-2022", "KCSP", "2022", MINUTES).membership(members())
                .changes("Membership: the ICB replaces the CCG from 1 July 2022").build(),
            tor("WG-TOR-2022", "KCSP-WG", "2022", MINUTES).build(),
            tor("DHR-TOR-2022", "DHR-SG", "2022", MINUTES).build())
        .addMeetings(
            Meeting.builder().id("KCSP-2022-03-24").body("KCSP").date(LocalDate.of(2022, 3, 24))
                .status(MeetingStatus.HELD).build(),
            Meeting.builder().id("KCSP-2022-07-14").body("KCSP").date(MINUTES).status(MeetingStatus.HELD)
                .addItems(
                    AgendaItem.builder().title("Notes of meeting held on 24 March 2022").kind(AgendaItemKind.MINUTES)
                        .approvesMinutesOf("KCSP-2022-03-24").build(),
                    AgendaItem.builder().title("KCSP and Subgroup Terms of Reference Review and Update")
                        .kind(AgendaItemKind.TERMS_OF_REFERENCE).build())
                .build(),
            scheduled("KCSP-2022-11-17", LocalDate.of(2022, 11, 17)),
            scheduled("KCSP-2023-03-16", LocalDate.of(2023, 3, 16)),
            scheduled("KCSP-2023-07-06", LocalDate.of(2023, 7, 6)))
        .agreement(Agreement.builder()
            .name("Kent Community Safety Agreement")
            .lastRefreshedOn(MINUTES)
            .addPriorities(
                priority("road-safety", "Road Safety", PriorityKind.PRIORITY).build(),
                priority("serious-violence", "Serious Violence and Organised Crime", PriorityKind.PRIORITY).build(),
                priority("neighbourhood-crime-asb", "Preventing Neighbourhood Crime and ASB", PriorityKind.PRIORITY)
                    .formerName("Anti-Social Behaviour").build(),
                priority("vawg", "Violence Against Women and Girls", PriorityKind.PRIORITY).since(MINUTES).build(),
                priority("significant-events", "Response and Recovery from Significant Events", PriorityKind.CROSS_CUTTING)
                    .formerName("Covid-19 pandemic").build())
            .addActions(
                action("road-safety-action", "road-safety"),
                action("serious-violence-action", "serious-violence"),
                action("neighbourhood-crime-action", "neighbourhood-crime-asb"),
                action("vawg-action", "vawg"))
            .build())
        .informationSharing(InformationSharing.builder()
            .name("Kent and Medway Information Sharing Agreement")
            .addVersions(IsaVersion.of("2022", LocalDate.of(2022, 4, 1)))
            .addSignatures(
                IsaSignature.of("KCC", "2022", LocalDate.of(2022, 4, 1)),
                IsaSignature.of("KENT-POLICE", "2022", LocalDate.of(2022, 4, 1)),
                IsaSignature.of("KFRS", "2022", LocalDate.of(2022, 4, 1)),
                IsaSignature.of("KM-ICB", "2022", LocalDate.of(2022, 7, 1)),
                IsaSignature.of("PROBATION", "2022", LocalDate.of(2022, 4, 1)),
                IsaSignature.of("KENT-PCC", "2022", LocalDate.of(2022, 4, 1)),
                IsaSignature.of("KM-VRU", "2022", LocalDate.of(2022, 4, 1)))
            .build())
        .addScrutinySessions(ScrutinySession.builder().id("SCRUTINY-2022-06-08").date(LocalDate.of(2022, 6, 8))
            .committee("Crime and Disorder Scrutiny Committee").build());
  }

  /**
   * The compliant record in version 2 ({@code kcsp-record/2}): every list recorded as the version 1
   * fixture holds it (an empty list is none), its council Kent County Council, and its part in the
   * Serious Violence Duty not recorded.
   */
  static PartnershipRecord.Builder version2() {
    return record()
        .format(FormatVersion.V2)
        .partnership(Partnership.builder().id("KCSP").name("Kent Community Safety Partnership").area("Kent")
            .tier(Tier.COUNTY).addCouncils("KCC").build())
        .addNotRecorded("seriousViolence");
  }

  static TermsOfReference.Builder tor(String id, String body, String version, LocalDate approvedOn) {
    return TermsOfReference.builder().id(id).body(body).version(version).approvedOn(approvedOn).approvedBy("KCSP");
  }

  static Meeting scheduled(String id, LocalDate date) {
    return Meeting.builder().id(id).body("KCSP").date(date).status(MeetingStatus.SCHEDULED).build();
  }

  static Priority.Builder priority(String id, String name, PriorityKind kind) {
    return Priority.builder().id(id).name(name).kind(kind);
  }

  static Action action(String id, String priority) {
    return Action.builder().id(id).title("Action for " + priority).addPriorities(priority).cadence(Cadence.ONGOING)
        .addOutcomes(Outcome.of(OutcomeKind.QUANTITATIVE, "measured in the performance report"),
            Outcome.of(OutcomeKind.QUALITATIVE, "partners' account of the difference made"))
        .build();
  }
}

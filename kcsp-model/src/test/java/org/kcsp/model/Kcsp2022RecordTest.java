package org.kcsp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The KCSP record of 14 July 2022 ({@link Kcsp2022Fixture}): it builds, says what it assumes, and reads well on nearby days. */
class Kcsp2022RecordTest {

  private static final LocalDate JULY_13 = LocalDate.of(2022, 7, 13);
  private static final LocalDate JULY_14 = LocalDate.of(2022, 7, 14);
  private static final LocalDate JULY_15 = LocalDate.of(2022, 7, 15);

  private final PartnershipRecord record = Kcsp2022Fixture.record();

  @Test
  void builds_the_kcsp_as_of_14_july_2022() {
    // GIVEN / WHEN the fixture is built
    // THEN it is the KCSP, a county partnership, with its two subgroups, as of 14 July 2022
    assertThat(record.asOf()).hasValue(JULY_14);
    assertThat(record.partnership().id()).isEqualTo("KCSP");
    assertThat(record.partnership().name()).isEqualTo("Kent Community Safety Partnership");
    assertThat(record.partnership().area()).isEqualTo("Kent");
    assertThat(record.partnership().tier()).isEqualTo(Tier.COUNTY);
    assertThat(record.subgroups()).extracting(Subgroup::id, Subgroup::parent)
        .containsExactly(
            tuple("KCSP-WG", "KCSP"),
            tuple("DHR-SG", "KCSP"));
    assertThat(record.bodyName("DHR-SG")).isEqualTo("Domestic Homicide Review Steering Group");
    assertThat(record.organisation("KM-CCG").orElseThrow().succeededBy()).hasValue("KM-ICB");
  }

  @Test
  void names_every_assumed_figure_in_its_description() {
    // GIVEN the figures the seeds do not give
    List<String> assumed = List.of(
        "2021-07-15", "\"July 2021\"",         // the day of the 2021 ToR approval
        "£39,661", "2022/23",                  // the 2022/23 allocation
        "lastRefreshedOn", "since", "2022-07-14", // the refresh and the VAWG priority's date
        "UPFRONT",                             // the projects' pot
        "Crime and Disorder Act 1998 s5");     // the membership

    // WHEN the description is read
    String description = record.description().orElseThrow();

    // THEN it names each of them, says they are assumed, and says what is left unknown
    assertThat(description).contains("Assumed figures").contains("Not known and left unset");
    for (String figure : assumed) {
      assertThat(description).contains(figure);
    }
  }

  @Test
  void uses_the_assumed_figures_it_names() {
    // GIVEN / WHEN the fixture is built
    // THEN the assumed figures are the ones the description names
    assertThat(record.termsOfReference().get(0).approvedOn()).isEqualTo(LocalDate.of(2021, 7, 15));
    Grant grant = record.grants().get(0);
    assertThat(grant.allocation()).isEqualTo(Money.of("39661"));
    assertThat(grant.financialYear()).isEqualTo(FinancialYear.parse("2022/23"));
    assertThat(record.agreement().orElseThrow().lastRefreshedOn()).isEqualTo(JULY_14);
    assertThat(grant.projects()).extracting(Project::pot).containsOnly(Pot.UPFRONT);
  }

  @Test
  void leaves_amounts_the_seeds_do_not_give_unset() {
    // GIVEN the minutes give only the total the PCC approved
    Grant grant = record.grants().get(0);

    // WHEN the projects and the VRU's award are read
    // THEN no project amount and no award amount is invented, and the stated total is kept
    assertThat(grant.projects()).allSatisfy(project -> assertThat(project.amount()).isEmpty());
    assertThat(record.externalAwards()).singleElement().satisfies(award -> {
      assertThat(award.funder()).isEqualTo("KM-VRU");
      assertThat(award.activity()).hasValue("bystander-approach-training");
      assertThat(award.amount()).isEmpty();
      assertThat(award.overlaps(grant.financialYear())).isTrue();
    });
    assertThat(grant.reportedTotals()).singleElement().satisfies(total -> {
      assertThat(total.basis()).isEqualTo(TotalBasis.APPROVED);
      assertThat(total.amount()).isEqualTo(Money.of("21440"));
      assertThat(total.statedIn()).isEqualTo("KCSP minutes 14 July 2022, Working Group update para 6");
    });
  }

  @Test
  void records_four_approved_projects_and_the_rejected_bystander_training() {
    // GIVEN / WHEN the 2022/23 grant is read
    Grant grant = record.grants().get(0);

    // THEN four projects are APPROVED and Bystander Approach Training is REJECTED as funded by the VRU
    assertThat(grant.funder()).isEqualTo("KENT-PCC");
    assertThat(grant.projects()).filteredOn(p -> p.status() == ProjectStatus.APPROVED).extracting(Project::title)
        .containsExactly(
            "Best Bar None promotional material", "Community Safety Conference", "Trauma Awareness Project",
            "Promotional materials for awareness campaigns");
    assertThat(grant.projects()).filteredOn(p -> p.status() == ProjectStatus.REJECTED).singleElement()
        .satisfies(project -> {
          assertThat(project.title()).isEqualTo("Bystander Approach Training");
          assertThat(project.statusReason()).hasValue("VRU already funds the programme");
          assertThat(project.activity()).hasValue("bystander-approach-training");
        });
  }

  @Test
  void on_13_july_2022_the_2021_terms_with_the_ceased_ccg_are_the_latest() {
    // GIVEN the record
    // WHEN it is viewed on 13 July 2022, the day before the meeting
    PartnershipRecord view = record.viewAsOf(JULY_13);

    // THEN only the 2021 approval stands, and it lists the CCG, which ceased on 30 June
    assertThat(view.termsOfReference()).extracting(TermsOfReference::id).containsExactly("TOR-KCSP-2021");
    assertThat(view.termsOfReference().get(0).membership()).extracting(Membership::organisation).contains("KM-CCG");
    assertThat(view.organisation("KM-CCG").orElseThrow().ceasedBefore(JULY_13)).isTrue();
    assertThat(view.organisation("KM-ICB").orElseThrow().existsOn(JULY_13)).isTrue();
    // AND the 14 July meeting and the VAWG priority are not there yet; the March meeting and June scrutiny are
    assertThat(view.meetings()).extracting(Meeting::id).containsExactly("KCSP-2022-03-24");
    assertThat(view.agreement().orElseThrow().priorities()).extracting(Priority::id).doesNotContain("VAWG")
        .contains("NEIGHBOURHOOD-CRIME-ASB");
    assertThat(view.scrutinySessions()).extracting(ScrutinySession::date).containsExactly(LocalDate.of(2022, 6, 8));
  }

  @Test
  void on_14_july_2022_the_meeting_approves_all_three_terms_and_the_march_notes() {
    // GIVEN the record
    // WHEN it is viewed on 14 July 2022
    PartnershipRecord view = record.viewAsOf(JULY_14);

    // THEN the KCSP and both subgroups have terms approved by the KCSP that day, the KCSP's listing the ICB
    assertThat(view.termsOfReference()).filteredOn(tor -> tor.approvedOn().equals(JULY_14))
        .extracting(TermsOfReference::body).containsExactly("KCSP", "KCSP-WG", "DHR-SG");
    assertThat(view.termsOfReference()).filteredOn(tor -> tor.approvedOn().equals(JULY_14))
        .extracting(TermsOfReference::approvedBy).containsOnly("KCSP");
    assertThat(view.termsOfReference()).filteredOn(tor -> tor.id().equals("TOR-KCSP-2022")).singleElement()
        .satisfies(tor -> assertThat(tor.membership()).extracting(Membership::organisation)
            .contains("KM-ICB").doesNotContain("KM-CCG"));
    // AND the meeting was held, approved the March notes and had the terms on its agenda
    assertThat(view.meetings()).extracting(Meeting::id).containsExactly("KCSP-2022-03-24", "KCSP-2022-07-14");
    Meeting meeting = view.meetings().get(1);
    assertThat(meeting.isHeld()).isTrue();
    assertThat(meeting.items()).filteredOn(item -> item.kind() == AgendaItemKind.MINUTES)
        .extracting(item -> item.approvesMinutesOf().orElseThrow()).containsExactly("KCSP-2022-03-24");
    assertThat(meeting.items()).extracting(AgendaItem::kind).contains(AgendaItemKind.TERMS_OF_REFERENCE);
    // AND the VAWG priority is there
    assertThat(view.agreement().orElseThrow().priorities()).extracting(Priority::id).contains("VAWG");
  }

  @Test
  void on_15_july_2022_the_next_meetings_are_still_to_come() {
    // GIVEN the record
    // WHEN it is viewed on 15 July 2022
    PartnershipRecord view = record.viewAsOf(JULY_15);

    // THEN the future meetings are not there, everything dated 14 July is, and the grant is as recorded
    assertThat(view.meetings()).extracting(Meeting::date)
        .containsExactly(LocalDate.of(2022, 3, 24), JULY_14);
    assertThat(view.termsOfReference()).hasSize(4);
    assertThat(view.grants()).isEqualTo(record.grants());
    assertThat(view.externalAwards()).isEqualTo(record.externalAwards());
    // AND on 17 November 2022 the next meeting is there, SCHEDULED: nothing records it as held
    assertThat(record.viewAsOf(LocalDate.of(2022, 11, 17)).meetings()).last()
        .satisfies(meeting -> assertThat(meeting.status()).isEqualTo(MeetingStatus.SCHEDULED));
  }

  @Test
  void lists_the_future_meetings_as_scheduled() {
    // GIVEN / WHEN the record is read
    // THEN the three dates noted for future meetings are SCHEDULED
    assertThat(record.meetings()).filteredOn(meeting -> meeting.status() == MeetingStatus.SCHEDULED)
        .extracting(Meeting::date)
        .containsExactly(LocalDate.of(2022, 11, 17), LocalDate.of(2023, 3, 16), LocalDate.of(2023, 7, 6));
  }
}

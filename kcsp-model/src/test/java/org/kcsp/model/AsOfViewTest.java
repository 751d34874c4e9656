package org.kcsp.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PartnershipRecord#viewAsOf(LocalDate)}: the evaluation-date table of record-format.md,
 * one test per row, each on the day before, on and after the fact's date.
 */
class AsOfViewTest {

  /** The date of the fact under test in each test. */
  private static final LocalDate F = LocalDate.of(2022, 7, 14);

  private static final LocalDate DAY_BEFORE = F.minusDays(1);
  private static final LocalDate DAY_AFTER = F.plusDays(1);
  private static final LocalDate EARLIER = LocalDate.of(2022, 3, 24);

  // ------------------------------------------------------------- ToR approvals

  @Test
  void drops_a_tor_approval_approved_after_the_date() {
    // GIVEN the KCSP's terms approved in 2021 and again on F
    PartnershipRecord record = record()
        .addTermsOfReference(tor("TOR-KCSP-2021", LocalDate.of(2021, 7, 15)), tor("TOR-KCSP-2022", F))
        .build();

    // WHEN it is viewed the day before, on and after F
    // THEN the approval of F is absent only the day before
    assertThat(record.viewAsOf(DAY_BEFORE).termsOfReference()).extracting(TermsOfReference::id)
        .containsExactly("TOR-KCSP-2021");
    assertThat(record.viewAsOf(F).termsOfReference()).extracting(TermsOfReference::id)
        .containsExactly("TOR-KCSP-2021", "TOR-KCSP-2022");
    assertThat(record.viewAsOf(DAY_AFTER).termsOfReference()).isEqualTo(record.termsOfReference());
  }

  // ------------------------------------------------------------- meetings

  @Test
  void drops_a_meeting_dated_after_the_date() {
    // GIVEN a meeting held on 24 March and one held on F
    PartnershipRecord record = record()
        .addMeetings(meeting("KCSP-2022-03-24", EARLIER, MeetingStatus.HELD), meeting("KCSP-2022-07-14", F, MeetingStatus.HELD))
        .build();

    // WHEN it is viewed the day before, on and after F
    // THEN the meeting of F is absent only the day before
    assertThat(record.viewAsOf(DAY_BEFORE).meetings()).extracting(Meeting::id).containsExactly("KCSP-2022-03-24");
    assertThat(record.viewAsOf(F).meetings()).extracting(Meeting::id)
        .containsExactly("KCSP-2022-03-24", "KCSP-2022-07-14");
    assertThat(record.viewAsOf(DAY_AFTER).meetings()).isEqualTo(record.meetings());
  }

  @Test
  void keeps_a_scheduled_meeting_on_or_before_the_date_scheduled() {
    // GIVEN a meeting scheduled for F and never recorded as held
    PartnershipRecord record = record().addMeetings(meeting("KCSP-2022-07-14", F, MeetingStatus.SCHEDULED)).build();

    // WHEN it is viewed the day before, on and after F
    // THEN it is absent the day before, and SCHEDULED (not held) on and after F
    assertThat(record.viewAsOf(DAY_BEFORE).meetings()).isEmpty();
    assertThat(record.viewAsOf(F).meetings()).extracting(Meeting::status).containsExactly(MeetingStatus.SCHEDULED);
    assertThat(record.viewAsOf(DAY_AFTER).meetings()).extracting(Meeting::status).containsExactly(MeetingStatus.SCHEDULED);
    assertThat(record.viewAsOf(DAY_AFTER).meetings().get(0).isHeld()).isFalse();
  }

  // ------------------------------------------------------------- information sharing

  @Test
  void drops_an_isa_version_and_a_signature_dated_after_the_date() {
    // GIVEN version 1 in effect from March, version 2 from F, and the council's signature of 1 on F
    PartnershipRecord record = record()
        .informationSharing(InformationSharing.builder().name("Kent and Medway Information Sharing Agreement")
            .addVersions(IsaVersion.of("1", EARLIER), IsaVersion.of("2", F))
            .addSignatures(IsaSignature.of("KCC", "1", F))
            .build())
        .build();

    // WHEN it is viewed the day before, on and after F
    // THEN version 2 and the signature are absent only the day before
    InformationSharing before = record.viewAsOf(DAY_BEFORE).informationSharing().orElseThrow();
    assertThat(before.name()).isEqualTo("Kent and Medway Information Sharing Agreement");
    assertThat(before.versions()).extracting(IsaVersion::version).containsExactly("1");
    assertThat(before.signatures()).isEmpty();
    InformationSharing on = record.viewAsOf(F).informationSharing().orElseThrow();
    assertThat(on.versions()).extracting(IsaVersion::version).containsExactly("1", "2");
    assertThat(on.signatures()).containsExactly(IsaSignature.of("KCC", "1", F));
    assertThat(record.viewAsOf(DAY_AFTER).informationSharing()).isEqualTo(record.informationSharing());
  }

  @Test
  void drops_a_signature_of_a_version_not_yet_in_effect() {
    // GIVEN the fire service's signature, on 24 March, of version 2, which takes effect on F
    IsaSignature early = IsaSignature.of("KFRS", "2", EARLIER);
    PartnershipRecord record = record()
        .informationSharing(InformationSharing.builder().name("ISA")
            .addVersions(IsaVersion.of("1", EARLIER), IsaVersion.of("2", F))
            .addSignatures(early)
            .build())
        .build();

    // WHEN it is viewed the day before, on and after F
    // THEN the signature goes with its version: absent the day before, present from F
    assertThat(record.viewAsOf(DAY_BEFORE).informationSharing().orElseThrow().signatures()).isEmpty();
    assertThat(record.viewAsOf(F).informationSharing().orElseThrow().signatures()).containsExactly(early);
    assertThat(record.viewAsOf(DAY_AFTER).informationSharing().orElseThrow().signatures()).containsExactly(early);
  }

  // ------------------------------------------------------------- scrutiny

  @Test
  void drops_a_scrutiny_session_dated_after_the_date() {
    // GIVEN a scrutiny session on F
    PartnershipRecord record = record().addScrutinySessions(session("SCRUTINY-2022", F)).build();

    // WHEN it is viewed the day before, on and after F
    // THEN it is absent only the day before
    assertThat(record.viewAsOf(DAY_BEFORE).scrutinySessions()).isEmpty();
    assertThat(record.viewAsOf(F).scrutinySessions()).extracting(ScrutinySession::id).containsExactly("SCRUTINY-2022");
    assertThat(record.viewAsOf(DAY_AFTER).scrutinySessions()).isEqualTo(record.scrutinySessions());
  }

  // ------------------------------------------------------------- organisations

  @Test
  void keeps_organisations_and_tells_whether_they_exist_on_the_date() {
    // GIVEN the CCG, which existed until 30 June 2022, and the ICB, which exists from 1 July 2022
    LocalDate until = LocalDate.of(2022, 6, 30);
    LocalDate from = LocalDate.of(2022, 7, 1);
    PartnershipRecord record = record()
        .addOrganisations(
            Organisation.builder().id("KM-CCG").name("Kent and Medway CCG").kind(OrganisationKind.HEALTH)
                .existsUntil(until).succeededBy("KM-ICB").build(),
            Organisation.builder().id("KM-ICB").name("NHS Kent and Medway ICB").kind(OrganisationKind.HEALTH)
                .existsFrom(from).build())
        .build();

    // WHEN it is viewed around the CCG's last day and the ICB's first day
    // THEN both organisations are kept in every view
    for (LocalDate date : List.of(until.minusDays(1), until, from, from.plusDays(1))) {
      assertThat(record.viewAsOf(date).organisations()).isEqualTo(record.organisations());
    }
    Organisation ccg = record.viewAsOf(until).organisation("KM-CCG").orElseThrow();
    Organisation icb = record.viewAsOf(from).organisation("KM-ICB").orElseThrow();

    // AND the CCG exists up to and including its last day, and has ceased only after it
    assertThat(ccg.existsOn(until.minusDays(1))).isTrue();
    assertThat(ccg.existsOn(until)).isTrue();
    assertThat(ccg.existsOn(until.plusDays(1))).isFalse();
    assertThat(ccg.ceasedBefore(until.minusDays(1))).isFalse();
    assertThat(ccg.ceasedBefore(until)).isFalse();
    assertThat(ccg.ceasedBefore(until.plusDays(1))).isTrue();

    // AND the ICB exists from its first day, and has not ceased, not existing before it
    assertThat(icb.existsOn(from.minusDays(1))).isFalse();
    assertThat(icb.existsOn(from)).isTrue();
    assertThat(icb.existsOn(from.plusDays(1))).isTrue();
    assertThat(icb.ceasedBefore(from.minusDays(1))).isFalse();
    assertThat(icb.ceasedBefore(from)).isFalse();
    assertThat(icb.ceasedBefore(from.plusDays(1))).isFalse();
  }

  // ------------------------------------------------------------- priorities

  @Test
  void drops_a_priority_added_after_the_date_and_every_reference_to_it() {
    // GIVEN the ASB priority, the VAWG priority since F, two actions and a project serving VAWG
    PartnershipRecord record = record()
        .agreement(Agreement.builder().name("Kent Community Safety Agreement").lastRefreshedOn(F)
            .addPriorities(priority("ASB", null), priority("VAWG", F))
            .addActions(action("ACT-1", "VAWG", "ASB"), action("ACT-2", "VAWG"))
            .build())
        .addGrants(grant("CRG-2022-23").addProjects(project("trauma-awareness").addPriorities("ASB", "VAWG").build()).build())
        .build();

    // WHEN it is viewed the day before F
    PartnershipRecord before = record.viewAsOf(DAY_BEFORE);

    // THEN VAWG is absent from the agreement, from both actions and from the project
    Agreement agreement = before.agreement().orElseThrow();
    assertThat(agreement.priorities()).extracting(Priority::id).containsExactly("ASB");
    assertThat(agreement.actions()).extracting(Action::id).containsExactly("ACT-1", "ACT-2");
    assertThat(agreement.actions()).extracting(Action::priorities).containsExactly(List.of("ASB"), List.of());
    assertThat(agreement.name()).isEqualTo("Kent Community Safety Agreement");
    assertThat(agreement.lastRefreshedOn()).isEqualTo(F);
    assertThat(before.grants().get(0).projects().get(0).priorities()).containsExactly("ASB");

    // AND on F and after it, VAWG and its references are there
    for (LocalDate date : List.of(F, DAY_AFTER)) {
      PartnershipRecord view = record.viewAsOf(date);
      assertThat(view.agreement()).isEqualTo(record.agreement());
      assertThat(view.grants().get(0).projects().get(0).priorities()).containsExactly("ASB", "VAWG");
    }
  }

  // ------------------------------------------------------------- rollovers

  @Test
  void drops_a_rollover_requested_after_the_date_and_keeps_one_without_a_date() {
    // GIVEN a rollover requested on F and one with no request date
    Rollover requested = rollover(F);
    Rollover undated = rollover(null);
    PartnershipRecord record = record().addGrants(grant("CRG-2022-23").addRollovers(requested, undated).build()).build();

    // WHEN it is viewed the day before, on and after F
    // THEN the rollover of F is absent only the day before; the undated one is always there
    assertThat(record.viewAsOf(DAY_BEFORE).grants().get(0).rollovers()).containsExactly(undated);
    assertThat(record.viewAsOf(F).grants().get(0).rollovers()).containsExactly(requested, undated);
    assertThat(record.viewAsOf(DAY_AFTER).grants()).isEqualTo(record.grants());
  }

  // ------------------------------------------------------------- business cases, outcome reports

  @Test
  void clears_a_business_case_and_an_outcome_report_submitted_after_the_date() {
    // GIVEN a project whose business case and outcome report were both submitted on F
    LocalDate due = LocalDate.of(2022, 6, 30);
    PartnershipRecord record = record()
        .addGrants(grant("CRG-2022-23").addProjects(project("conference")
            .businessCaseSubmittedOn(F)
            .outcomeReport(OutcomeReport.builder().due(due).submittedOn(F).build())
            .build()).build())
        .build();

    // WHEN it is viewed the day before F
    Project before = record.viewAsOf(DAY_BEFORE).grants().get(0).projects().get(0);

    // THEN neither was submitted, the report is still owed by its due date, and the rest is as recorded
    assertThat(before.businessCaseSubmittedOn()).isEmpty();
    assertThat(before.outcomeReport()).hasValueSatisfying(report -> {
      assertThat(report.due()).isEqualTo(due);
      assertThat(report.submittedOn()).isEmpty();
    });
    assertThat(before.status()).isEqualTo(ProjectStatus.APPROVED);
    assertThat(before.amount()).hasValue(Money.of("5000"));

    // AND on F and after it, both were submitted
    for (LocalDate date : List.of(F, DAY_AFTER)) {
      Project project = record.viewAsOf(date).grants().get(0).projects().get(0);
      assertThat(project).isEqualTo(record.grants().get(0).projects().get(0));
      assertThat(project.businessCaseSubmittedOn()).hasValue(F);
      assertThat(project.outcomeReport().orElseThrow().submittedOn()).hasValue(F);
    }
  }

  // ------------------------------------------------------------- domestic homicide reviews

  @Test
  void clears_a_review_decision_and_its_date_together_when_decided_after_the_date() {
    // GIVEN a review notified in March and COMMISSIONED on F
    PartnershipRecord record = record()
        .addDomesticHomicideReviews(review("DHR-1", EARLIER).decision(DhrDecision.COMMISSIONED).decidedOn(F).build())
        .build();

    // WHEN it is viewed the day before F
    DomesticHomicideReview before = record.viewAsOf(DAY_BEFORE).domesticHomicideReviews().get(0);

    // THEN the review is there, undecided
    assertThat(before.notifiedOn()).isEqualTo(EARLIER);
    assertThat(before.decision()).isEmpty();
    assertThat(before.decidedOn()).isEmpty();

    // AND on F and after it, it is decided
    for (LocalDate date : List.of(F, DAY_AFTER)) {
      DomesticHomicideReview review = record.viewAsOf(date).domesticHomicideReviews().get(0);
      assertThat(review.decision()).hasValue(DhrDecision.COMMISSIONED);
      assertThat(review.decidedOn()).hasValue(F);
    }
  }

  @Test
  void clears_a_review_submission_made_after_the_date() {
    // GIVEN a review decided in March and submitted to the Home Office on F
    PartnershipRecord record = record()
        .addDomesticHomicideReviews(review("DHR-1", EARLIER).decision(DhrDecision.COMMISSIONED).decidedOn(EARLIER)
            .submittedToHomeOfficeOn(F).build())
        .build();

    // WHEN it is viewed the day before, on and after F
    // THEN the submission is not yet made the day before, and made from F; the decision stands throughout
    DomesticHomicideReview before = record.viewAsOf(DAY_BEFORE).domesticHomicideReviews().get(0);
    assertThat(before.submittedToHomeOfficeOn()).isEmpty();
    assertThat(before.decision()).hasValue(DhrDecision.COMMISSIONED);
    assertThat(record.viewAsOf(F).domesticHomicideReviews().get(0).submittedToHomeOfficeOn()).hasValue(F);
    assertThat(record.viewAsOf(DAY_AFTER).domesticHomicideReviews()).isEqualTo(record.domesticHomicideReviews());
  }

  @Test
  void clears_a_review_publication_made_after_the_date() {
    // GIVEN a review submitted in March and published on F
    PartnershipRecord record = record()
        .addDomesticHomicideReviews(review("DHR-1", EARLIER).decision(DhrDecision.COMMISSIONED).decidedOn(EARLIER)
            .submittedToHomeOfficeOn(EARLIER).publishedOn(F).build())
        .build();

    // WHEN it is viewed the day before, on and after F
    // THEN it is unpublished the day before, and published from F
    DomesticHomicideReview before = record.viewAsOf(DAY_BEFORE).domesticHomicideReviews().get(0);
    assertThat(before.publishedOn()).isEmpty();
    assertThat(before.submittedToHomeOfficeOn()).hasValue(EARLIER);
    assertThat(record.viewAsOf(F).domesticHomicideReviews().get(0).publishedOn()).hasValue(F);
    assertThat(record.viewAsOf(DAY_AFTER).domesticHomicideReviews()).isEqualTo(record.domesticHomicideReviews());
  }

  @Test
  void drops_a_review_notified_after_the_date() {
    // GIVEN a review notified on F
    PartnershipRecord record = record().addDomesticHomicideReviews(review("DHR-1", F).build()).build();

    // WHEN it is viewed the day before, on and after F
    // THEN it is absent only the day before
    assertThat(record.viewAsOf(DAY_BEFORE).domesticHomicideReviews()).isEmpty();
    assertThat(record.viewAsOf(F).domesticHomicideReviews()).extracting(DomesticHomicideReview::id).containsExactly("DHR-1");
    assertThat(record.viewAsOf(DAY_AFTER).domesticHomicideReviews()).isEqualTo(record.domesticHomicideReviews());
  }

  // ------------------------------------------------------------- waivers

  @Test
  void keeps_waivers_except_those_whose_subject_is_absent_on_the_date() {
    // GIVEN waivers on facts dated F (a ToR approval, a meeting, a scrutiny session, a review, a priority),
    // and waivers on subjects that are always there, one of them long expired
    PartnershipRecord record = record()
        .addTermsOfReference(tor("TOR-KCSP-2022", F))
        .addMeetings(meeting("KCSP-2022-07-14", F, MeetingStatus.HELD))
        .addScrutinySessions(session("SCRUTINY-2022", F))
        .addDomesticHomicideReviews(review("DHR-1", F).build())
        .agreement(Agreement.builder().name("CSA").lastRefreshedOn(F).addPriorities(priority("VAWG", F))
            .addActions(action("ACT-1")).build())
        .addGrants(grant("CRG-2022-23").addProjects(project("conference").build()).build())
        .addExternalAwards(ExternalAward.builder().id("VRU-BAT").funder("KM-VRU").title("Bystander Approach Training")
            .financialYear(FinancialYear.parse("2022/23")).build())
        .addWaivers(
            waiver("TOR-KCSP-2022", F), waiver("KCSP-2022-07-14", F), waiver("SCRUTINY-2022", F),
            waiver("DHR-1", F), waiver("VAWG", F),
            waiver("KCSP", LocalDate.of(2020, 1, 1)), waiver("KCSP-WG", F), waiver("KCC", F),
            waiver("ACT-1", F), waiver("CRG-2022-23", F), waiver("conference", F), waiver("VRU-BAT", F))
        .build();

    // WHEN it is viewed the day before F
    // THEN the waivers on absent facts are dropped, and the rest kept, even the expired one
    assertThat(record.viewAsOf(DAY_BEFORE).waivers()).extracting(Waiver::subject)
        .containsExactly("KCSP", "KCSP-WG", "KCC", "ACT-1", "CRG-2022-23", "conference", "VRU-BAT");

    // AND on F and after it, every waiver is kept
    assertThat(record.viewAsOf(F).waivers()).isEqualTo(record.waivers());
    assertThat(record.viewAsOf(DAY_AFTER).waivers()).isEqualTo(record.waivers());
  }

  // ------------------------------------------------------------- the view itself

  @Test
  void takes_the_date_as_its_as_of() {
    // GIVEN a record describing 14 July 2022, and one with no date
    PartnershipRecord dated = fullRecord().asOf(F).build();
    PartnershipRecord undated = fullRecord().build();

    // WHEN each is viewed on 18 March 2020
    // THEN the view's asOf is that date
    assertThat(dated.viewAsOf(LocalDate.of(2020, 3, 18)).asOf()).hasValue(LocalDate.of(2020, 3, 18));
    assertThat(undated.viewAsOf(LocalDate.of(2020, 3, 18)).asOf()).hasValue(LocalDate.of(2020, 3, 18));
    assertThat(dated.viewAsOf(DAY_AFTER).asOf()).hasValue(DAY_AFTER);
  }

  @Test
  void takes_grants_projects_awards_and_actions_as_recorded() {
    // GIVEN a record with a ToR approval, a meeting and a priority dated F, and undated grants,
    // projects of several statuses, an award for a later year and actions
    PartnershipRecord record = record()
        .addTermsOfReference(tor("TOR-KCSP-2022", F))
        .addMeetings(meeting("KCSP-2022-07-14", F, MeetingStatus.HELD))
        .agreement(Agreement.builder().name("Kent Community Safety Agreement").lastRefreshedOn(F)
            .addPriorities(priority("ASB", null), priority("VAWG", F))
            .addActions(action("ACT-1", "ASB"), action("ACT-2"))
            .build())
        .addGrants(grant("CRG-2022-23")
            .tacticalPot(Money.of("13220"))
            .addRollovers(rollover(null))
            .addReportedTotals(ReportedTotal.builder().basis(TotalBasis.APPROVED).amount(Money.of("21440"))
                .statedIn("KCSP minutes 14 July 2022, Working Group update para 6").build())
            .addProjects(
                project("best-bar-none").addPriorities("ASB").build(),
                project("bystander").status(ProjectStatus.REJECTED).statusReason("VRU already funds the programme")
                    .activity("bystander-approach-training").build(),
                project("conference").status(ProjectStatus.CHAIR_APPROVED).scope(ProjectScope.LOCAL).build(),
                project("first-aid").status(ProjectStatus.REFUNDED).build())
            .build())
        .addExternalAwards(ExternalAward.builder().id("VRU-BAT").funder("KM-VRU").title("Bystander Approach Training")
            .activity("bystander-approach-training").financialYear(FinancialYear.parse("2023/24")).build())
        .build();

    // WHEN it is viewed the day before F
    PartnershipRecord view = record.viewAsOf(DAY_BEFORE);

    // THEN grants, projects and their statuses, awards and actions are as recorded
    assertThat(view.grants()).isEqualTo(record.grants());
    assertThat(view.grants().get(0).projects()).extracting(Project::status)
        .containsExactly(ProjectStatus.APPROVED, ProjectStatus.REJECTED, ProjectStatus.CHAIR_APPROVED, ProjectStatus.REFUNDED);
    assertThat(view.externalAwards()).isEqualTo(record.externalAwards());
    assertThat(view.agreement().orElseThrow().actions()).isEqualTo(record.agreement().orElseThrow().actions());
    assertThat(view.partnership()).isEqualTo(record.partnership());
    assertThat(view.subgroups()).isEqualTo(record.subgroups());
    assertThat(view.organisations()).isEqualTo(record.organisations());
    assertThat(view.description()).isEqualTo(record.description());

    // AND the facts dated F are gone
    assertThat(view.termsOfReference()).isEmpty();
    assertThat(view.meetings()).isEmpty();
    assertThat(view.agreement().orElseThrow().priorities()).extracting(Priority::id).containsExactly("ASB");
  }

  @Test
  void is_the_record_itself_on_a_date_after_all_its_facts() {
    // GIVEN a record with dated facts of every kind
    PartnershipRecord record = fullRecord().asOf(F).build();

    // WHEN it is viewed on a date after all of them
    PartnershipRecord view = record.viewAsOf(LocalDate.of(2030, 1, 1));

    // THEN only its asOf differs
    assertThat(view).isEqualTo(PartnershipRecord.builder().from(record).asOf(LocalDate.of(2030, 1, 1)).build());
  }

  @Test
  void leaves_the_record_unchanged() {
    // GIVEN a record, and an equal one built the same way
    PartnershipRecord record = fullRecord().asOf(F).build();
    PartnershipRecord same = fullRecord().asOf(F).build();
    assertThat(record).isEqualTo(same);

    // WHEN it is viewed on an early date, twice
    PartnershipRecord view = record.viewAsOf(DAY_BEFORE);
    PartnershipRecord again = record.viewAsOf(DAY_BEFORE);

    // THEN the view differs from the record, the record is still equal to its twin, and the view is repeatable
    assertThat(view).isNotEqualTo(record);
    assertThat(record).isEqualTo(same);
    assertThat(record.asOf()).hasValue(F);
    assertThat(record.termsOfReference()).hasSize(2);
    assertThat(record.agreement().orElseThrow().priorities()).hasSize(2);
    assertThat(again).isEqualTo(view);
  }

  // ------------------------------------------------------------- fixtures

  /** The KCSP with its Working Group and a few organisations, and nothing dated. */
  private static PartnershipRecord.Builder record() {
    return PartnershipRecord.builder()
        .description("a record built in AsOfViewTest")
        .partnership(Partnership.builder().id("KCSP").name("Kent Community Safety Partnership")
            .area("Kent").tier(Tier.COUNTY).build())
        .addOrganisations(
            organisation("KENT-PCC", OrganisationKind.POLICE_AND_CRIME_COMMISSIONER),
            organisation("KCC", OrganisationKind.LOCAL_AUTHORITY),
            organisation("KFRS", OrganisationKind.FIRE_AND_RESCUE),
            organisation("KM-VRU", OrganisationKind.VIOLENCE_REDUCTION_UNIT))
        .addSubgroups(Subgroup.builder().id("KCSP-WG").name("KCSP Working Group").parent("KCSP").build());
  }

  /** A record with a fact of every dated kind on F or earlier, and undated grants, awards and actions. */
  private static PartnershipRecord.Builder fullRecord() {
    return record()
        .addTermsOfReference(tor("TOR-KCSP-2021", LocalDate.of(2021, 7, 15)), tor("TOR-KCSP-2022", F))
        .addMeetings(meeting("KCSP-2022-03-24", EARLIER, MeetingStatus.HELD), meeting("KCSP-2022-07-14", F, MeetingStatus.HELD))
        .agreement(Agreement.builder().name("Kent Community Safety Agreement").lastRefreshedOn(F)
            .addPriorities(priority("ASB", null), priority("VAWG", F))
            .addActions(action("ACT-1", "ASB"), action("ACT-2"))
            .build())
        .informationSharing(InformationSharing.builder().name("ISA")
            .addVersions(IsaVersion.of("1", EARLIER), IsaVersion.of("2", F))
            .addSignatures(IsaSignature.of("KCC", "1", EARLIER), IsaSignature.of("KCC", "2", F))
            .build())
        .addGrants(grant("CRG-2022-23")
            .addRollovers(rollover(null), rollover(F))
            .addReportedTotals(ReportedTotal.builder().basis(TotalBasis.APPROVED).amount(Money.of("21440"))
                .statedIn("KCSP minutes 14 July 2022, Working Group update para 6").build())
            .addProjects(
                project("best-bar-none").addPriorities("ASB").businessCaseSubmittedOn(EARLIER).build(),
                project("bystander").status(ProjectStatus.REJECTED).statusReason("VRU already funds the programme")
                    .activity("bystander-approach-training").build(),
                project("conference").status(ProjectStatus.CHAIR_APPROVED).addPriorities("ASB")
                    .outcomeReport(OutcomeReport.builder().due(F).build()).build(),
                project("first-aid").status(ProjectStatus.REFUNDED).build())
            .build())
        .addExternalAwards(ExternalAward.builder().id("VRU-BAT").funder("KM-VRU").title("Bystander Approach Training")
            .activity("bystander-approach-training").financialYear(FinancialYear.parse("2023/24")).build())
        .addScrutinySessions(session("SCRUTINY-2022", LocalDate.of(2022, 6, 8)))
        .addDomesticHomicideReviews(review("DHR-1", EARLIER).decision(DhrDecision.COMMISSIONED).decidedOn(F).build())
        .addWaivers(waiver("KCSP", F));
  }

  private static Organisation organisation(String id, OrganisationKind kind) {
    return Organisation.builder().id(id).name(id + " name").kind(kind).build();
  }

  private static TermsOfReference tor(String id, LocalDate approvedOn) {
    return TermsOfReference.builder().id(id).body("KCSP").version(String.valueOf(approvedOn.getYear()))
        .approvedOn(approvedOn).approvedBy("KCSP").build();
  }

  private static Meeting meeting(String id, LocalDate date, MeetingStatus status) {
    return Meeting.builder().id(id).body("KCSP").date(date).status(status).build();
  }

  private static ScrutinySession session(String id, LocalDate date) {
    return ScrutinySession.builder().id(id).date(date).committee("Crime and Disorder Scrutiny Committee").build();
  }

  private static Priority priority(String id, LocalDate since) {
    Priority.Builder priority = Priority.builder().id(id).name(id + " priority").kind(PriorityKind.PRIORITY);
    if (since != null) {
      priority.since(since);
    }
    return priority.build();
  }

  private static Action action(String id, String... priorities) {
    return Action.builder().id(id).title(id + " action").cadence(Cadence.ONGOING).addPriorities(priorities).build();
  }

  private static Grant.Builder grant(String id) {
    return Grant.builder().id(id).programme("Crime Reduction Grant").funder("KENT-PCC")
        .financialYear(FinancialYear.parse("2022/23")).allocation(Money.of("39661"));
  }

  private static Project.Builder project(String id) {
    return Project.builder().id(id).title(id + " project").pot(Pot.UPFRONT).amount(Money.of("5000"))
        .status(ProjectStatus.APPROVED);
  }

  private static Rollover rollover(LocalDate requestedOn) {
    Rollover.Builder rollover = Rollover.builder().amount(Money.of("10000")).intoPot(Pot.TACTICAL)
        .permission(RolloverPermission.REQUESTED);
    if (requestedOn != null) {
      rollover.requestedOn(requestedOn);
    }
    return rollover.build();
  }

  private static DomesticHomicideReview.Builder review(String id, LocalDate notifiedOn) {
    return DomesticHomicideReview.builder().id(id).name("Review " + id).notifiedOn(notifiedOn);
  }

  private static Waiver waiver(String subject, LocalDate until) {
    return Waiver.builder().rule("SOME_RULE").subject(subject).reason("accepted").approvedBy("KCSP").until(until).build();
  }
}

package org.kcsp.examples.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kcsp.model.AgendaItem;
import org.kcsp.model.AgendaItemKind;
import org.kcsp.model.Agreement;
import org.kcsp.model.BuiltInPolicy;
import org.kcsp.model.DhrDecision;
import org.kcsp.model.DomesticHomicideReview;
import org.kcsp.model.ExternalAward;
import org.kcsp.model.FinancialYear;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.Grant;
import org.kcsp.model.Meeting;
import org.kcsp.model.MeetingStatus;
import org.kcsp.model.MemberRole;
import org.kcsp.model.Membership;
import org.kcsp.model.Money;
import org.kcsp.model.Organisation;
import org.kcsp.model.OrganisationKind;
import org.kcsp.model.Partnership;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Pot;
import org.kcsp.model.Priority;
import org.kcsp.model.PriorityKind;
import org.kcsp.model.Project;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.ScrutinySession;
import org.kcsp.model.SeriousViolence;
import org.kcsp.model.SeriousViolenceRole;
import org.kcsp.model.StrategicAssessment;
import org.kcsp.model.Strand;
import org.kcsp.model.Subgroup;
import org.kcsp.model.TermsOfReference;
import org.kcsp.model.Tier;
import org.kcsp.model.Waiver;
import org.kcsp.rules.Outcome;
import org.kcsp.rules.Severity;

/**
 * The reference checker at the boundaries the specification states, so that the differential test
 * compares Drools with something known to be right, not with a second copy of the same mistake.
 */
class ReferenceCheckerTest {

  /** The KCSP in version 2, its councils not recorded. */
  static Partnership.Builder partnership() {
    return Partnership.builder().id("KCSP").name("Kent Community Safety Partnership").area("Kent").tier(Tier.COUNTY)
        .addNotRecorded("councils");
  }

  static PartnershipRecord.Builder kcsp() {
    return PartnershipRecord.builder()
        .partnership(Partnership.builder().id("KCSP").name("Kent Community Safety Partnership").area("Kent").tier(Tier.COUNTY).build())
        .addOrganisations(
            Organisation.builder().id("KENT-PCC").name("Kent PCC").kind(OrganisationKind.POLICE_AND_CRIME_COMMISSIONER).build(),
            Organisation.builder().id("KM-CCG").name("Kent and Medway CCG").kind(OrganisationKind.HEALTH)
                .existsUntil(LocalDate.of(2022, 6, 30)).succeededBy("KM-ICB").build(),
            Organisation.builder().id("KM-ICB").name("Kent and Medway ICB").kind(OrganisationKind.HEALTH)
                .existsFrom(LocalDate.of(2022, 7, 1)).build(),
            Organisation.builder().id("KM-VRU").name("Kent and Medway VRU").kind(OrganisationKind.VIOLENCE_REDUCTION_UNIT).build());
  }

  /** A version 2 record of the KCSP whose root lists not named are recorded, empty. */
  static PartnershipRecord.Builder kcspVersion2(String... notRecorded) {
    return kcsp().format(FormatVersion.V2).policy(BuiltInPolicy.KCSP).addNotRecorded(notRecorded)
        .addNotRecorded("agreement", "informationSharing", "seriousViolence")
        .partnership(partnership().build());
  }

  static TermsOfReference.Builder tor(String id, String body, LocalDate approvedOn) {
    return TermsOfReference.builder().id(id).body(body).version(id).approvedOn(approvedOn).approvedBy("KCSP");
  }

  static ReferenceReport check(PartnershipRecord.Builder record, LocalDate date, String rule) {
    return ReferenceChecker.check(record.build(), date).restrictedTo(Set.of(rule));
  }

  static ReferenceFinding finding(String rule, String subject, Severity severity, String detail) {
    return new ReferenceFinding(rule, subject, severity, detail, false);
  }

  @Test
  void reports_a_review_overdue_the_day_after_it_falls_due() {
    PartnershipRecord.Builder record = kcsp().addTermsOfReference(tor("TOR-2021", "KCSP", LocalDate.of(2021, 7, 15)).build());
    assertThat(check(record, LocalDate.of(2022, 7, 15), "TOR_REVIEW_OVERDUE").findings()).isEmpty();
    assertThat(check(record, LocalDate.of(2022, 7, 16), "TOR_REVIEW_OVERDUE").findings())
        .containsExactly(finding("TOR_REVIEW_OVERDUE", "KCSP", Severity.ERROR, "dueDate=2022-07-15"));
    assertThat(check(record, LocalDate.of(2021, 7, 14), "TOR_REVIEW_OVERDUE").outcomes())
        .containsEntry("TOR_REVIEW_OVERDUE", Outcome.NOT_APPLICABLE);
  }

  @Test
  void reports_a_defunct_member_on_the_latest_approval_from_the_day_after_its_last_day() {
    PartnershipRecord.Builder record = kcsp().addTermsOfReference(tor("TOR-2022", "KCSP", LocalDate.of(2022, 6, 1))
        .addMembership(Membership.of("KM-CCG", MemberRole.RESPONSIBLE_AUTHORITY)).build());
    assertThat(check(record, LocalDate.of(2022, 6, 30), "TOR_LISTS_DEFUNCT_MEMBER").findings()).isEmpty();
    assertThat(check(record, LocalDate.of(2022, 7, 1), "TOR_LISTS_DEFUNCT_MEMBER").findings())
        .containsExactly(finding("TOR_LISTS_DEFUNCT_MEMBER", "TOR-2022", Severity.ERROR, "organisation=KM-CCG"));
  }

  @Test
  void reports_each_responsible_authority_kind_missing_and_a_member_not_yet_formed_does_not_count() {
    PartnershipRecord.Builder record = kcsp().addTermsOfReference(tor("TOR-2022", "KCSP", LocalDate.of(2022, 6, 1))
        .addMembership(Membership.of("KM-ICB", MemberRole.RESPONSIBLE_AUTHORITY)).build());
    List<ReferenceFinding> before = check(record, LocalDate.of(2022, 6, 30), "MEMBERSHIP_RESPONSIBLE_AUTHORITY_MISSING").findings();
    List<ReferenceFinding> after = check(record, LocalDate.of(2022, 7, 1), "MEMBERSHIP_RESPONSIBLE_AUTHORITY_MISSING").findings();
    assertThat(before).hasSize(5).contains(finding("MEMBERSHIP_RESPONSIBLE_AUTHORITY_MISSING", "KCSP", Severity.ERROR,
        "missingKind=HEALTH"));
    assertThat(after).hasSize(4).doesNotContain(finding("MEMBERSHIP_RESPONSIBLE_AUTHORITY_MISSING", "KCSP", Severity.ERROR,
        "missingKind=HEALTH"));
  }

  @Test
  void reports_a_gap_on_each_body_when_the_approvals_are_not_recorded_and_one_on_the_partnership_for_its_subgroups() {
    PartnershipRecord.Builder approvalsNotRecorded = kcspVersion2("termsOfReference")
        .addSubgroups(Subgroup.builder().id("KCSP-WG").name("Working Group").parent("KCSP").build());
    assertThat(check(approvalsNotRecorded, LocalDate.of(2022, 7, 1), "TOR_MISSING").gaps()).containsExactly(
        new ReferenceGap("TOR_MISSING", "KCSP", "$.termsOfReference"),
        new ReferenceGap("TOR_MISSING", "KCSP-WG", "$.termsOfReference"));
    // no approval of the partnership (a finding) and subgroups not recorded (a gap about them): both
    ReferenceReport subgroupsNotRecorded = check(kcspVersion2("subgroups"), LocalDate.of(2022, 7, 1), "TOR_MISSING");
    assertThat(subgroupsNotRecorded.findings()).containsExactly(finding("TOR_MISSING", "KCSP", Severity.ERROR, ""));
    assertThat(subgroupsNotRecorded.gaps()).containsExactly(new ReferenceGap("TOR_MISSING", "KCSP", "$.subgroups"));
  }

  @Test
  void decides_a_membership_not_recorded_on_the_organisations_the_record_holds() {
    // no organisation of the record is a police force, a fire service, probation or a council:
    // an unrecorded membership cannot hold one, so those kinds are missing whatever it lists
    TermsOfReference approval = tor("TOR-2022", "KCSP", LocalDate.of(2022, 6, 1)).addNotRecorded("membership").build();
    ReferenceReport report = check(kcspVersion2().addTermsOfReference(approval), LocalDate.of(2022, 7, 1),
        "MEMBERSHIP_RESPONSIBLE_AUTHORITY_MISSING");
    assertThat(report.findings()).extracting(ReferenceFinding::detail).containsExactly(
        "missingKind=FIRE_AND_RESCUE", "missingKind=LOCAL_AUTHORITY", "missingKind=POLICE", "missingKind=PROBATION");
    assertThat(report.gaps()).isEmpty();
    // and none that is defunct on D: a defunct member cannot be listed
    assertThat(check(kcspVersion2().addTermsOfReference(approval), LocalDate.of(2022, 6, 30), "TOR_LISTS_DEFUNCT_MEMBER"))
        .isEqualTo(new ReferenceReport(List.of(), Set.of(), Map.of("TOR_LISTS_DEFUNCT_MEMBER", Outcome.PASS)));
    assertThat(check(kcspVersion2().addTermsOfReference(approval), LocalDate.of(2022, 7, 1), "TOR_LISTS_DEFUNCT_MEMBER").gaps())
        .containsExactly(new ReferenceGap("TOR_LISTS_DEFUNCT_MEMBER", "TOR-2022", "$.termsOfReference[0].membership"));
  }

  private static Meeting meeting(String id, LocalDate date, AgendaItem... items) {
    return Meeting.builder().id(id).body("KCSP").date(date).status(MeetingStatus.HELD).addItems(items).build();
  }

  @Test
  void reports_minutes_not_approved_at_the_next_meeting_and_a_gap_where_its_agenda_is_not_recorded() {
    Meeting first = meeting("m1", LocalDate.of(2022, 3, 24));
    AgendaItem approval = AgendaItem.builder().title("Minutes").kind(AgendaItemKind.MINUTES).approvesMinutesOf("m1").build();
    LocalDate date = LocalDate.of(2022, 7, 14);
    assertThat(check(kcsp().addMeetings(first, meeting("m2", date, approval)), date, "MEETING_MINUTES_NOT_APPROVED").findings()).isEmpty();
    assertThat(check(kcsp().addMeetings(first, meeting("m2", date)), date, "MEETING_MINUTES_NOT_APPROVED").findings())
        .containsExactly(finding("MEETING_MINUTES_NOT_APPROVED", "m1", Severity.WARNING, ""));
    // not before the later meeting is held
    assertThat(check(kcsp().addMeetings(first, meeting("m2", date)), date.minusDays(1), "MEETING_MINUTES_NOT_APPROVED").findings()).isEmpty();
    Meeting agendaNotRecorded = Meeting.builder().from(meeting("m2", date)).addNotRecorded("items").build();
    assertThat(check(kcspVersion2().addMeetings(first, agendaNotRecorded), date, "MEETING_MINUTES_NOT_APPROVED").gaps())
        .containsExactly(new ReferenceGap("MEETING_MINUTES_NOT_APPROVED", "m1", "$.meetings[1].items"));
  }

  @Test
  void reports_scrutiny_missing_once_the_last_session_is_more_than_twelve_months_old() {
    PartnershipRecord.Builder record = kcsp().addScrutinySessions(
        ScrutinySession.builder().id("S-2022").date(LocalDate.of(2022, 6, 8)).committee("Scrutiny").build());
    assertThat(check(record, LocalDate.of(2022, 6, 7), "SCRUTINY_NOT_ANNUAL").outcomes())
        .containsEntry("SCRUTINY_NOT_ANNUAL", Outcome.NOT_APPLICABLE);
    assertThat(check(record, LocalDate.of(2023, 6, 8), "SCRUTINY_NOT_ANNUAL").findings()).isEmpty();
    assertThat(check(record, LocalDate.of(2023, 6, 9), "SCRUTINY_NOT_ANNUAL").findings())
        .containsExactly(finding("SCRUTINY_NOT_ANNUAL", "KCSP", Severity.ERROR, ""));
  }

  @Test
  void reports_an_empty_list_of_sessions_in_version_2_once_the_partnership_is_a_year_old() {
    PartnershipRecord.Builder record = kcspVersion2().partnership(partnership().existsFrom(LocalDate.of(2021, 7, 14)).build());
    assertThat(check(record, LocalDate.of(2022, 7, 13), "SCRUTINY_NOT_ANNUAL").outcomes())
        .containsEntry("SCRUTINY_NOT_ANNUAL", Outcome.NOT_APPLICABLE);
    assertThat(check(record, LocalDate.of(2022, 7, 14), "SCRUTINY_NOT_ANNUAL").findings())
        .containsExactly(finding("SCRUTINY_NOT_ANNUAL", "KCSP", Severity.ERROR, ""));
  }

  private static Priority priority(String id, PriorityKind kind, LocalDate since) {
    return Priority.builder().id(id).name(id).kind(kind).since(Optional.ofNullable(since)).build();
  }

  @Test
  void reports_a_priority_without_action_once_it_is_present_and_never_a_cross_cutting_theme() {
    Agreement agreement = Agreement.builder().name("Kent Community Safety Agreement").lastRefreshedOn(LocalDate.of(2022, 4, 1))
        .addPriorities(priority("vawg", PriorityKind.PRIORITY, LocalDate.of(2022, 7, 14)),
            priority("prevent", PriorityKind.CROSS_CUTTING, null))
        .build();
    assertThat(check(kcsp().agreement(agreement), LocalDate.of(2022, 7, 13), "AGREEMENT_PRIORITY_WITHOUT_ACTION"))
        .isEqualTo(new ReferenceReport(List.of(), Set.of(), Map.of("AGREEMENT_PRIORITY_WITHOUT_ACTION", Outcome.PASS)));
    assertThat(check(kcsp().agreement(agreement), LocalDate.of(2022, 7, 14), "AGREEMENT_PRIORITY_WITHOUT_ACTION").findings())
        .containsExactly(finding("AGREEMENT_PRIORITY_WITHOUT_ACTION", "vawg", Severity.WARNING, ""));
  }

  @Test
  void reports_the_agreement_refresh_overdue_the_day_after_twelve_months_and_gaps_where_the_actions_are_not_recorded() {
    Agreement agreement = Agreement.builder().name("Kent Community Safety Agreement").lastRefreshedOn(LocalDate.of(2022, 4, 1))
        .addPriorities(priority("vawg", PriorityKind.PRIORITY, null)).build();
    assertThat(check(kcsp().agreement(agreement), LocalDate.of(2023, 4, 1), "AGREEMENT_REFRESH_OVERDUE").findings()).isEmpty();
    assertThat(check(kcsp().agreement(agreement), LocalDate.of(2023, 4, 2), "AGREEMENT_REFRESH_OVERDUE").findings())
        .containsExactly(finding("AGREEMENT_REFRESH_OVERDUE", "KCSP", Severity.WARNING, "dueDate=2023-04-01"));
    PartnershipRecord.Builder record = kcspVersion2().agreement(Agreement.builder().from(agreement).addNotRecorded("actions").build()).notRecorded(Set.of("informationSharing", "seriousViolence"));
    assertThat(check(record, LocalDate.of(2023, 4, 1), "AGREEMENT_PRIORITY_WITHOUT_ACTION").gaps())
        .containsExactly(new ReferenceGap("AGREEMENT_PRIORITY_WITHOUT_ACTION", "vawg", "$.agreement.actions"));
    assertThat(check(record, LocalDate.of(2023, 4, 1), "AGREEMENT_NO_QUALITATIVE_OUTCOMES").gaps())
        .containsExactly(new ReferenceGap("AGREEMENT_NO_QUALITATIVE_OUTCOMES", "KCSP", "$.agreement.actions"));
  }

  private static final FinancialYear YEAR = FinancialYear.parse("2019/20");

  private static Grant.Builder crg() {
    return Grant.builder().id("CRG-2019-20").programme("Crime Reduction Grant").funder("KENT-PCC")
        .financialYear(YEAR).allocation(Money.of("39661"));
  }

  private static Project project(String id, String amount, ProjectStatus status) {
    return Project.builder().id(id).title(id).pot(Pot.UPFRONT).amount(Money.of(amount)).status(status).build();
  }

  @Test
  void reports_a_tactical_pot_one_penny_over_a_third_rounded_down() {
    LocalDate date = LocalDate.of(2020, 3, 1);
    String rule = "GRANT_TACTICAL_POT_OVER_CAP";
    assertThat(check(kcsp().addGrants(crg().tacticalPot(Money.of("13220.33")).build()), date, rule).findings()).isEmpty();
    assertThat(check(kcsp().addGrants(crg().tacticalPot(Money.of("13220.34")).build()), date, rule).findings())
        .containsExactly(finding(rule, "CRG-2019-20", Severity.ERROR, "cap=13220.33"));
    // under england a grant that names no conditions is under none: the G rule does not apply to it
    assertThat(ReferenceChecker.check(kcsp().addGrants(crg().tacticalPot(Money.of("13220.34")).build()).build(), date,
        BuiltInPolicy.ENGLAND).restrictedTo(Set.of(rule)).outcomes()).containsEntry(rule, Outcome.NOT_APPLICABLE);
  }

  @Test
  void reports_a_split_that_does_not_add_up_and_not_one_that_does() {
    LocalDate date = LocalDate.of(2020, 3, 1);
    String rule = "GRANT_SPLIT_MISMATCH";
    assertThat(check(kcsp().addGrants(crg().upfront(Money.of("26441")).tacticalPot(Money.of("13220")).build()), date, rule)
        .findings()).isEmpty();
    assertThat(check(kcsp().addGrants(crg().upfront(Money.of("26441")).tacticalPot(Money.of("13219.99")).build()), date, rule)
        .findings()).containsExactly(finding(rule, "CRG-2019-20", Severity.ERROR, "difference=0.01"));
  }

  @Test
  void reports_an_overcommitted_pot_and_an_underspend_only_from_the_final_month() {
    Grant grant = crg().tacticalPot(Money.of("13220")).addProjects(
        project("a", "20000", ProjectStatus.APPROVED),
        project("b", "6441.01", ProjectStatus.CHAIR_APPROVED),
        project("c", "5000", ProjectStatus.PROPOSED)).build();
    Set<String> rules = Set.of("GRANT_POT_OVERCOMMITTED", "GRANT_UNDERSPEND_RISK");
    assertThat(ReferenceChecker.check(kcsp().addGrants(grant).build(), LocalDate.of(2020, 3, 1)).restrictedTo(rules).findings())
        .containsExactly(finding("GRANT_POT_OVERCOMMITTED", "CRG-2019-20", Severity.ERROR, "pot=UPFRONT, committed=26441.01"));
    assertThat(ReferenceChecker.check(kcsp().addGrants(grant).build(), LocalDate.of(2020, 3, 2)).restrictedTo(rules).findings())
        .containsExactly(
            finding("GRANT_POT_OVERCOMMITTED", "CRG-2019-20", Severity.ERROR, "pot=UPFRONT, committed=26441.01"),
            finding("GRANT_UNDERSPEND_RISK", "CRG-2019-20", Severity.WARNING, "uncommitted=13219.99"));
  }

  @Test
  void decides_the_sums_on_the_known_amounts_and_leaves_open_what_an_unknown_amount_could_change() {
    Grant proposedUnknown = crg().addProjects(
        project("a", "40000", ProjectStatus.APPROVED),
        Project.builder().id("b").title("b").pot(Pot.UPFRONT).status(ProjectStatus.PROPOSED).build()).build();
    Grant committedUnknown = crg().addProjects(
        project("a", "20000", ProjectStatus.APPROVED),
        Project.builder().id("b").title("b").pot(Pot.UPFRONT).status(ProjectStatus.CHAIR_APPROVED).build()).build();
    Set<String> rules = Set.of("GRANT_POT_OVERCOMMITTED", "GRANT_UNDERSPEND_RISK");
    // a proposed project's amount is not summed; the known 40,000 overcommit the upfront pot
    assertThat(ReferenceChecker.check(kcsp().addGrants(proposedUnknown).build(), LocalDate.of(2020, 3, 31))
        .restrictedTo(rules).findings())
        .containsExactly(finding("GRANT_POT_OVERCOMMITTED", "CRG-2019-20", Severity.ERROR, "pot=UPFRONT, committed=40000.00"));
    // a committed project without an amount could fill the pot or the allocation: both are open
    ReferenceReport open = ReferenceChecker.check(kcsp().addGrants(committedUnknown).build(), LocalDate.of(2020, 3, 31))
        .restrictedTo(rules);
    assertThat(open.findings()).isEmpty();
    assertThat(open.gaps()).containsExactly(
        new ReferenceGap("GRANT_POT_OVERCOMMITTED", "CRG-2019-20", "$.grants[0].projects[1].amount"),
        new ReferenceGap("GRANT_UNDERSPEND_RISK", "CRG-2019-20", "$.grants[0].projects[1].amount"));
    assertThat(open.outcomes()).containsOnly(
        Map.entry("GRANT_POT_OVERCOMMITTED", Outcome.NOT_ASSESSED), Map.entry("GRANT_UNDERSPEND_RISK", Outcome.NOT_ASSESSED));
  }

  private static ReferenceFinding duplicate(String rule, String project, int counterparts) {
    return finding(rule, project, rule.equals("PROJECT_DUPLICATE_FUNDING") ? Severity.ERROR : Severity.WARNING,
        "count=" + counterparts);
  }

  @Test
  void reports_duplicate_funding_once_per_project_counting_titles_alike_once_normalised_in_overlapping_periods() {
    String rule = "PROJECT_DUPLICATE_FUNDING";
    Grant grant = crg().addProjects(Project.builder().id("bat").title("Bystander Approach Training")
        .pot(Pot.UPFRONT).status(ProjectStatus.PROPOSED).build()).build();
    ExternalAward sameYear = ExternalAward.builder().id("VRU-1").funder("KM-VRU").title("BYSTANDER-approach  training!")
        .financialYear(YEAR).build();
    ExternalAward nextYear = ExternalAward.builder().id("VRU-2").funder("KM-VRU").title("Bystander approach training")
        .from(LocalDate.of(2020, 4, 1)).build();
    ExternalAward lastDayOfTheYear = ExternalAward.builder().id("VRU-3").funder("KENT-PCC").title("Bystander Approach Training")
        .from(LocalDate.of(2020, 3, 31)).build();
    LocalDate date = LocalDate.of(2019, 9, 1);
    assertThat(check(kcsp().addGrants(grant).addExternalAwards(nextYear), date, rule).findings()).isEmpty();
    assertThat(check(kcsp().addGrants(grant).addExternalAwards(sameYear), date, rule).findings())
        .containsExactly(duplicate(rule, "bat", 1));
    assertThat(check(kcsp().addGrants(grant).addExternalAwards(sameYear, lastDayOfTheYear, nextYear), date, rule).findings())
        .containsExactly(duplicate(rule, "bat", 2));
  }

  @Test
  void lets_different_activity_keys_decide_whatever_the_titles() {
    Grant grant = crg().addProjects(Project.builder().id("bat").title("Bystander Approach Training").activity("bat-schools")
        .pot(Pot.UPFRONT).status(ProjectStatus.APPROVED).amount(Money.of("1000")).build()).build();
    ExternalAward award = ExternalAward.builder().id("VRU-1").funder("KM-VRU").title("Bystander Approach Training")
        .activity("bat-nightlife").financialYear(YEAR).build();
    assertThat(ReferenceChecker.check(kcsp().addGrants(grant).addExternalAwards(award).build(), LocalDate.of(2019, 9, 1))
        .restrictedTo(Set.of("PROJECT_DUPLICATE_FUNDING", "PROJECT_POSSIBLE_DUPLICATE_FUNDING")).findings()).isEmpty();
  }

  @Test
  void reports_a_possible_duplicate_from_three_fifths_of_the_words_alike_without_the_stop_words() {
    String rule = "PROJECT_POSSIBLE_DUPLICATE_FUNDING";
    Grant grant = crg().addProjects(Project.builder().id("kcfa").title("Knife crime first aid for the young")
        .pot(Pot.UPFRONT).status(ProjectStatus.PROPOSED).build()).build();
    // {knife, crime, first, aid, young} and {knife, crime, first, aid, training, schools}: 4 of 7, under 3/5
    ExternalAward under = ExternalAward.builder().id("A").funder("KM-VRU").title("Knife crime first aid training in schools")
        .financialYear(YEAR).build();
    // {knife, crime, first, aid, young} and {knife, crime, first, aid, youth}: 4 of 6, over 3/5
    ExternalAward over = ExternalAward.builder().id("B").funder("KM-VRU").title("Knife crime first aid: youth")
        .financialYear(YEAR).build();
    // the same tokens, but the same normalised title is an exact duplicate, not a possible one
    ExternalAward exact = ExternalAward.builder().id("C").funder("KM-VRU").title("KNIFE CRIME first aid, for the young")
        .financialYear(YEAR).build();
    // {knife, crime, first, aid, young} and {knife, crime, first}: 3 of 5, exactly three fifths: alike
    ExternalAward exactlyThreeFifths = ExternalAward.builder().id("D").funder("KM-VRU").title("Knife crime: the first")
        .financialYear(YEAR).build();
    LocalDate date = LocalDate.of(2019, 9, 1);
    assertThat(check(kcsp().addGrants(grant).addExternalAwards(exactlyThreeFifths), date, rule).findings())
        .containsExactly(duplicate(rule, "kcfa", 1));
    assertThat(check(kcsp().addGrants(grant).addExternalAwards(under), date, rule).findings()).isEmpty();
    assertThat(check(kcsp().addGrants(grant).addExternalAwards(under, over, exact), date, rule).findings())
        .containsExactly(duplicate(rule, "kcfa", 1));
  }

  @Test
  void normalises_titles_and_drops_the_stop_words_as_the_specification_says() {
    assertThat(ProjectRules.normalised("  Knife-Crime: First Aid (2019/20)  ")).isEqualTo("knife crime first aid 2019 20");
    assertThat(ProjectRules.normalised("--!")).isEmpty();
    assertThat(ProjectRules.tokens("the knife and the fork for a 2019")).containsExactlyInAnyOrder("knife", "fork", "2019");
  }

  private static DomesticHomicideReview.Builder review() {
    return DomesticHomicideReview.builder().id("DHR-1").name("Mr C").notifiedOn(LocalDate.of(2022, 1, 10));
  }

  @Test
  void reports_a_decision_late_from_the_day_after_a_month_and_a_submission_late_from_the_day_after_six_months() {
    PartnershipRecord.Builder undecided = kcsp().addDomesticHomicideReviews(review().build());
    assertThat(check(undecided, LocalDate.of(2022, 2, 10), "DHR_DECISION_LATE").findings()).isEmpty();
    assertThat(check(undecided, LocalDate.of(2022, 2, 11), "DHR_DECISION_LATE").findings())
        .containsExactly(finding("DHR_DECISION_LATE", "DHR-1", Severity.WARNING, "decisionDue=2022-02-10"));
    PartnershipRecord.Builder commissioned = kcsp().addDomesticHomicideReviews(
        review().decision(DhrDecision.COMMISSIONED).decidedOn(LocalDate.of(2022, 2, 1)).build());
    assertThat(check(commissioned, LocalDate.of(2022, 8, 1), "DHR_SUBMISSION_LATE").findings()).isEmpty();
    assertThat(check(commissioned, LocalDate.of(2022, 8, 2), "DHR_SUBMISSION_LATE").findings())
        .containsExactly(finding("DHR_SUBMISSION_LATE", "DHR-1", Severity.WARNING, "submissionDue=2022-08-01"));
  }

  @Test
  void leaves_a_decision_on_an_unknown_date_open_unless_the_home_office_was_told_within_the_month() {
    DomesticHomicideReview unknownDate = review().decision(DhrDecision.COMMISSIONED).addUnknown("decidedOn").build();
    assertThat(check(kcspVersion2().addDomesticHomicideReviews(unknownDate), LocalDate.of(2022, 3, 1), "DHR_DECISION_LATE").gaps())
        .containsExactly(new ReferenceGap("DHR_DECISION_LATE", "DHR-1", "$.domesticHomicideReviews[0].decidedOn"));
    DomesticHomicideReview toldInTime = DomesticHomicideReview.builder().from(unknownDate)
        .homeOfficeNotifiedOn(LocalDate.of(2022, 2, 10)).build();
    assertThat(check(kcspVersion2().addDomesticHomicideReviews(toldInTime), LocalDate.of(2022, 3, 1), "DHR_DECISION_LATE"))
        .isEqualTo(new ReferenceReport(List.of(), Set.of(), Map.of("DHR_DECISION_LATE", Outcome.PASS)));
  }

  @Test
  void reports_a_waiver_expired_the_day_after_its_until_and_one_that_covers_nothing_as_unused() {
    Waiver waiver = Waiver.builder().rule("TOR_MISSING").subject("KCSP").reason("reviewed in July").approvedBy("KCSP")
        .until(LocalDate.of(2022, 7, 14)).build();
    PartnershipRecord.Builder noToR = kcsp().addWaivers(waiver);
    ReferenceReport live = ReferenceChecker.check(noToR.build(), LocalDate.of(2022, 7, 14))
        .restrictedTo(Set.of("TOR_MISSING", "WAIVER_EXPIRED", "WAIVER_UNUSED"));
    assertThat(live.findings()).containsExactly(new ReferenceFinding("TOR_MISSING", "KCSP", Severity.ERROR, "", true));
    assertThat(live.outcomes()).containsEntry("TOR_MISSING", Outcome.WAIVED).containsEntry("WAIVER_EXPIRED", Outcome.PASS)
        .containsEntry("WAIVER_UNUSED", Outcome.PASS);
    ReferenceReport expired = ReferenceChecker.check(noToR.build(), LocalDate.of(2022, 7, 15))
        .restrictedTo(Set.of("TOR_MISSING", "WAIVER_EXPIRED"));
    assertThat(expired.findings()).containsExactly(
        finding("TOR_MISSING", "KCSP", Severity.ERROR, ""),
        finding("WAIVER_EXPIRED", "KCSP", Severity.INFO, "waivedRule=TOR_MISSING"));
    PartnershipRecord.Builder withToR = noToR.addTermsOfReference(tor("TOR-2021", "KCSP", LocalDate.of(2021, 7, 15)).build());
    assertThat(check(withToR, LocalDate.of(2022, 7, 14), "WAIVER_UNUSED").findings())
        .containsExactly(finding("WAIVER_UNUSED", "KCSP", Severity.INFO, "waivedRule=TOR_MISSING"));
  }

  @Test
  void has_no_waiver_whose_subject_is_dated_after_the_evaluation_date_until_its_subject_is_there() {
    // a waiver of a defunct member on the approval of 14 July 2022, which lists none
    Waiver waiver = Waiver.builder().rule("TOR_LISTS_DEFUNCT_MEMBER").subject("TOR-2022").reason("CCG replaced")
        .approvedBy("KCSP").until(LocalDate.of(2023, 3, 31)).build();
    PartnershipRecord.Builder record = kcsp().addWaivers(waiver)
        .addTermsOfReference(tor("TOR-2022", "KCSP", LocalDate.of(2022, 7, 14)).build());
    Set<String> waiverRules = Set.of("WAIVER_EXPIRED", "WAIVER_UNUSED");
    ReferenceReport dayBefore = ReferenceChecker.check(record.build(), LocalDate.of(2022, 7, 13)).restrictedTo(waiverRules);
    assertThat(dayBefore).isEqualTo(new ReferenceReport(List.of(), Set.of(),
        Map.of("WAIVER_EXPIRED", Outcome.NOT_APPLICABLE, "WAIVER_UNUSED", Outcome.NOT_APPLICABLE)));
    ReferenceReport onTheDay = ReferenceChecker.check(record.build(), LocalDate.of(2022, 7, 14)).restrictedTo(waiverRules);
    assertThat(onTheDay.findings())
        .containsExactly(finding("WAIVER_UNUSED", "TOR-2022", Severity.INFO, "waivedRule=TOR_LISTS_DEFUNCT_MEMBER"));
    assertThat(onTheDay.outcomes()).containsEntry("WAIVER_EXPIRED", Outcome.PASS);
  }

  @Test
  void reports_each_statutory_strand_no_present_priority_serves_serious_violence_from_31_january_2023() {
    Agreement agreement = Agreement.builder().name("Kent Community Safety Agreement").lastRefreshedOn(LocalDate.of(2022, 4, 1))
        .addPriorities(Priority.builder().id("crime").name("Crime").kind(PriorityKind.PRIORITY)
            .addStrands(Strand.CRIME_AND_DISORDER, Strand.REOFFENDING).build())
        .addPriorities(Priority.builder().id("drugs").name("Drugs").kind(PriorityKind.CROSS_CUTTING)
            .addStrands(Strand.SUBSTANCE_MISUSE).build())
        .build();
    PartnershipRecord.Builder record = kcspVersion2().agreement(agreement).notRecorded(Set.of("informationSharing", "seriousViolence"));
    assertThat(check(record, LocalDate.of(2023, 1, 30), "STRATEGY_STRAND_MISSING").outcomes())
        .containsEntry("STRATEGY_STRAND_MISSING", Outcome.PASS);
    assertThat(check(record, LocalDate.of(2023, 1, 31), "STRATEGY_STRAND_MISSING").findings())
        .containsExactly(finding("STRATEGY_STRAND_MISSING", "KCSP", Severity.WARNING, "strand=SERIOUS_VIOLENCE"));
  }

  @Test
  void reports_the_serious_violence_strategy_missing_after_31_january_2024_and_its_review_overdue_after_a_year() {
    PartnershipRecord.Builder unpublished = kcspVersion2().seriousViolence(SeriousViolence.builder()
        .role(SeriousViolenceRole.LEAD).build()).notRecorded(Set.of("agreement", "informationSharing"));
    assertThat(check(unpublished, LocalDate.of(2024, 1, 31), "SERIOUS_VIOLENCE_STRATEGY_MISSING").outcomes())
        .containsEntry("SERIOUS_VIOLENCE_STRATEGY_MISSING", Outcome.NOT_APPLICABLE);
    assertThat(check(unpublished, LocalDate.of(2024, 2, 1), "SERIOUS_VIOLENCE_STRATEGY_MISSING").findings())
        .containsExactly(finding("SERIOUS_VIOLENCE_STRATEGY_MISSING", "KCSP", Severity.ERROR, ""));
    PartnershipRecord.Builder published = kcspVersion2().seriousViolence(SeriousViolence.builder()
        .role(SeriousViolenceRole.LEAD).strategyPublishedOn(LocalDate.of(2023, 6, 1))
        .addStrategyReviewedOn(LocalDate.of(2024, 5, 20)).build()).notRecorded(Set.of("agreement", "informationSharing"));
    assertThat(check(published, LocalDate.of(2025, 5, 20), "SERIOUS_VIOLENCE_STRATEGY_REVIEW_OVERDUE").findings()).isEmpty();
    assertThat(check(published, LocalDate.of(2025, 5, 21), "SERIOUS_VIOLENCE_STRATEGY_REVIEW_OVERDUE").findings())
        .containsExactly(finding("SERIOUS_VIOLENCE_STRATEGY_REVIEW_OVERDUE", "KCSP", Severity.WARNING, "dueDate=2025-05-20"));
  }

  @Test
  void reports_a_strategic_assessment_overdue_for_a_district_in_england_and_none_once_it_is_a_year_old() {
    Partnership district = partnership().tier(Tier.DISTRICT).existsFrom(LocalDate.of(2020, 4, 1)).build();
    PartnershipRecord.Builder none = kcspVersion2().partnership(district);
    // "has existed 12 months": formed on 1 April 2020, 12 months old on 1 April 2021
    assertThat(check(none, LocalDate.of(2021, 3, 31), "STRATEGIC_ASSESSMENT_OVERDUE").outcomes())
        .containsEntry("STRATEGIC_ASSESSMENT_OVERDUE", Outcome.PASS);
    assertThat(check(none, LocalDate.of(2021, 4, 1), "STRATEGIC_ASSESSMENT_OVERDUE").findings())
        .containsExactly(finding("STRATEGIC_ASSESSMENT_OVERDUE", "KCSP", Severity.WARNING, "dueDate=2021-04-01"));
    PartnershipRecord.Builder assessed = kcspVersion2().partnership(district).addStrategicAssessments(
        StrategicAssessment.builder().id("SA-2021").completedOn(LocalDate.of(2021, 2, 1)).build());
    assertThat(check(assessed, LocalDate.of(2022, 2, 1), "STRATEGIC_ASSESSMENT_OVERDUE").findings()).isEmpty();
    assertThat(check(assessed, LocalDate.of(2022, 2, 2), "STRATEGIC_ASSESSMENT_OVERDUE").findings())
        .containsExactly(finding("STRATEGIC_ASSESSMENT_OVERDUE", "KCSP", Severity.WARNING, "dueDate=2022-02-01"));
    PartnershipRecord.Builder county = kcspVersion2();
    assertThat(check(county, LocalDate.of(2021, 4, 2), "STRATEGIC_ASSESSMENT_OVERDUE").outcomes())
        .containsEntry("STRATEGIC_ASSESSMENT_OVERDUE", Outcome.NOT_APPLICABLE);
  }

  @Test
  void reports_a_responsible_authority_of_a_kind_the_act_does_not_name() {
    PartnershipRecord.Builder record = kcsp().addTermsOfReference(tor("TOR-2022", "KCSP", LocalDate.of(2022, 6, 1))
        .addMembership(Membership.of("KM-VRU", MemberRole.RESPONSIBLE_AUTHORITY), Membership.of("KENT-PCC", MemberRole.CO_OPERATING))
        .build());
    assertThat(check(record, LocalDate.of(2022, 7, 1), "MEMBERSHIP_NOT_RESPONSIBLE_AUTHORITY").findings())
        .containsExactly(finding("MEMBERSHIP_NOT_RESPONSIBLE_AUTHORITY", "TOR-2022", Severity.WARNING,
            "organisation=KM-VRU, kind=VIOLENCE_REDUCTION_UNIT"));
  }

  @Test
  void refuses_a_record_with_an_unknown_value_it_does_not_read_as_a_range() {
    PartnershipRecord record = kcspVersion2().addScrutinySessions(ScrutinySession.builder().id("S").committee("Scrutiny")
        .date(LocalDate.of(2022, 6, 8)).build()).addOrganisations(Organisation.builder().id("OLD").name("Old")
        .kind(OrganisationKind.OTHER).addUnknown("existsUntil").build()).build();
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> ReferenceChecker.check(record, LocalDate.of(2022, 7, 1)))
        .withMessageContaining("existsUntil");
  }
}

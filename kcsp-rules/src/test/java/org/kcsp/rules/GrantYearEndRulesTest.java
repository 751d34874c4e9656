package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.kcsp.rules.KentGrants.ALLOCATION;
import static org.kcsp.rules.KentGrants.REPORT_2020;
import static org.kcsp.rules.KentGrants.TACTICAL;
import static org.kcsp.rules.KentGrants.grant;
import static org.kcsp.rules.KentGrants.project;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kcsp.model.Grant;
import org.kcsp.model.Money;
import org.kcsp.model.Pot;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.Rollover;
import org.kcsp.model.RolloverPermission;

/** The grant's year: GRANT_ROLLOVER_PENDING and GRANT_UNDERSPEND_RISK. */
class GrantYearEndRulesTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();

  /** The 2020/21 year (seed 002, 3.1): 1 April 2020 to 31 March 2021. */
  private static final LocalDate YEAR_START_2020 = LocalDate.of(2020, 4, 1);
  private static final LocalDate YEAR_END_2021 = LocalDate.of(2021, 3, 31);

  private static ComplianceReport check(LocalDate date, Grant... grants) {
    return ENGINE.check(Kcsp2022.record().addGrants(grants).build(), date);
  }

  /** Seed 002: the 2019/20 grant, which the 2020/21 rollover comes from, and the 2020/21 grant. */
  private static ComplianceReport checkSeedGrants(LocalDate date, Grant.Builder crg2020) {
    return check(date, KentGrants.crg2019().build(), crg2020.build());
  }

  private static Grant.Builder crg2020With(Rollover rollover) {
    return KentGrants.crg2020().rollovers(List.of(rollover));
  }

  // ---------------------------------------------------------------- GRANT_ROLLOVER_PENDING

  @Test
  void stays_silent_on_the_requested_2020_21_rollover_on_18_march_2020() {
    // GIVEN seed 002, 3.1: on 18 March 2020 the KCSP has sought permission to roll the £10k
    // knife crime first aid refund into 2020/21; that year starts on 1 April 2020
    // WHEN the record is checked on the day of the report
    ComplianceReport report = checkSeedGrants(REPORT_2020, KentGrants.crg2020());
    // THEN the request is not yet late: the rule applies and passes
    assertThat(report).hasNoFinding("GRANT_ROLLOVER_PENDING").outcomeOf("GRANT_ROLLOVER_PENDING").isPass();
  }

  @Test
  void stays_silent_on_31_march_2020_the_day_before_the_2020_21_year_starts() {
    // GIVEN the requested 2020/21 rollover (seed 002, 3.1)
    // WHEN it is checked on the last day of 2019/20
    ComplianceReport report = checkSeedGrants(YEAR_START_2020.minusDays(1), KentGrants.crg2020());
    // THEN it passes
    assertThat(report).hasNoFinding("GRANT_ROLLOVER_PENDING").outcomeOf("GRANT_ROLLOVER_PENDING").isPass();
  }

  @Test
  void reports_the_requested_2020_21_rollover_from_1_april_2020() {
    // GIVEN the 2020/21 grant with the £10k rollover still REQUESTED (seed 002, 3.1; requested on
    // 18 March 2020, assumed: see KentGrants)
    // WHEN it is checked on the first day of 2020/21
    ComplianceReport report = checkSeedGrants(YEAR_START_2020, KentGrants.crg2020());
    // THEN the pending rollover is reported on the 2020/21 grant
    Finding finding = assertThat(report).hasFinding("GRANT_ROLLOVER_PENDING").on("CRG-2020-21")
        .withSeverity(Severity.WARNING)
        .single();
    assertThat(finding.subject().kind()).isEqualTo(SubjectKind.GRANT);
    assertThat(finding.evidence()).containsExactly(
        entry("amount", "10000.00"),
        entry("intoPot", "UPFRONT"),
        entry("yearStart", "2020-04-01"),
        entry("requestedOn", "2020-03-18"),
        entry("fromGrant", "CRG-2019-20"));
    assertThat(finding.message()).isEqualTo("Permission to roll £10,000.00 over into the upfront pot of Crime Reduction"
        + " Grant 2020/21, requested on 18 March 2020, has still not been granted, and the 2020/21 year began on"
        + " 1 April 2020; obtain Kent Police and Crime Commissioner's decision.");
    assertThat(report).outcomeOf("GRANT_ROLLOVER_PENDING").isFail();
  }

  @Test
  void stays_silent_once_the_rollover_is_granted_or_refused() {
    // GIVEN the 2020/21 rollover (seed 002, 3.1) answered by the PCC, either way (assumed)
    for (RolloverPermission answer : List.of(RolloverPermission.GRANTED, RolloverPermission.REFUSED)) {
      Rollover answered = KentGrants.knifeCrimeRefundRollover().permission(answer).build();
      // WHEN it is checked after the year has started
      ComplianceReport report = checkSeedGrants(YEAR_START_2020, crg2020With(answered));
      // THEN nothing is pending
      assertThat(report).hasNoFinding("GRANT_ROLLOVER_PENDING").outcomeOf("GRANT_ROLLOVER_PENDING").isPass();
    }
  }

  @Test
  void stays_silent_on_a_rollover_requested_after_the_evaluation_date() {
    // GIVEN the 2020/21 rollover (seed 002, 3.1) requested on 2 April 2020 instead (assumed)
    Rollover later = KentGrants.knifeCrimeRefundRollover().requestedOn(LocalDate.of(2020, 4, 2)).build();
    // WHEN it is checked on 1 April 2020, when the request does not exist yet
    ComplianceReport before = checkSeedGrants(YEAR_START_2020, crg2020With(later));
    // THEN nothing is reported and, with no rollover in the view, the rule does not apply
    assertThat(before).hasNoFinding("GRANT_ROLLOVER_PENDING").outcomeOf("GRANT_ROLLOVER_PENDING").isNotApplicable();
    // AND on the day it is requested it is reported
    assertThat(checkSeedGrants(LocalDate.of(2020, 4, 2), crg2020With(later)))
        .hasFinding("GRANT_ROLLOVER_PENDING").on("CRG-2020-21").withEvidence("requestedOn", "2020-04-02").single();
  }

  @Test
  void reports_an_undated_request_without_a_request_date() {
    // GIVEN a requested rollover with no date and no source grant (assumed)
    Rollover undated = Rollover.builder().amount(Money.of("10000")).intoPot(Pot.TACTICAL)
        .permission(RolloverPermission.REQUESTED).build();
    // WHEN it is checked in its year
    ComplianceReport report = check(YEAR_START_2020, KentGrants.crg2020().rollovers(List.of(undated)).build());
    // THEN it is reported with what is known
    Finding finding = assertThat(report).hasFinding("GRANT_ROLLOVER_PENDING").on("CRG-2020-21").single();
    assertThat(finding.evidence()).containsExactly(
        entry("amount", "10000.00"), entry("intoPot", "TACTICAL"), entry("yearStart", "2020-04-01"));
    assertThat(finding.message()).isEqualTo("Permission to roll £10,000.00 over into the tactical pot of Crime Reduction"
        + " Grant 2020/21 has still not been granted, and the 2020/21 year began on 1 April 2020;"
        + " obtain Kent Police and Crime Commissioner's decision.");
  }

  @Test
  void does_not_apply_the_rollover_rule_to_grants_without_rollovers() {
    // GIVEN the 2019/20 grant (seed 002, 2.2), which has no rollover
    // WHEN it is checked
    ComplianceReport report = check(REPORT_2020, KentGrants.crg2019().build());
    // THEN the rule does not apply
    assertThat(report).outcomeOf("GRANT_ROLLOVER_PENDING").isNotApplicable();
  }

  // ---------------------------------------------------------------- GRANT_UNDERSPEND_RISK

  /**
   * The 2020/21 grant (seed 002, 3.1: £39,661, £13,220 tactical), without its requested rollover,
   * with committed projects of £25,441 upfront and £13,220 tactical (assumed): £1,000 uncommitted.
   */
  private static Grant.Builder underspent2020() {
    return KentGrants.crg2020().rollovers(List.of())
        .addProjects(
            project("ets", "Emergency Trauma Packs", Pot.UPFRONT, "25441", ProjectStatus.APPROVED),
            project("osara", "OSARA Problem Solving Training", Pot.TACTICAL, "13220", ProjectStatus.APPROVED));
  }

  @Test
  void the_final_month_of_a_year_ending_31_march_starts_on_2_march() {
    // GIVEN the final month: the 30 days up to and including year end
    LocalDate firstDay = YEAR_END_2021.minusDays(29);
    // THEN it starts on 2 March, so 1 March is the last day before it
    assertThat(ChronoUnit.DAYS.between(firstDay, YEAR_END_2021) + 1).isEqualTo(30);
    assertThat(firstDay).isEqualTo(LocalDate.of(2021, 3, 2));
  }

  @Test
  void stays_silent_on_1_march_the_last_day_before_the_final_month() {
    // GIVEN £1,000 of the 2020/21 grant uncommitted
    // WHEN it is checked on 1 March 2021 (31 March minus 30 days: outside the final month)
    ComplianceReport report = check(LocalDate.of(2021, 3, 1), underspent2020().build());
    // THEN it is not yet at risk
    assertThat(report).hasNoFinding("GRANT_UNDERSPEND_RISK").outcomeOf("GRANT_UNDERSPEND_RISK").isPass();
  }

  @Test
  void reports_an_underspend_on_2_march_the_first_day_of_the_final_month() {
    // GIVEN £1,000 of the 2020/21 grant uncommitted
    // WHEN it is checked on 2 March 2021 (31 March minus 29 days: the first of the final 30 days)
    ComplianceReport report = check(LocalDate.of(2021, 3, 2), underspent2020().build());
    // THEN the grant is at risk of underspend, 29 days before its year end
    Finding finding = assertThat(report).hasFinding("GRANT_UNDERSPEND_RISK").on("CRG-2020-21")
        .withSeverity(Severity.WARNING)
        .single();
    assertThat(finding.subject().kind()).isEqualTo(SubjectKind.GRANT);
    assertThat(finding.evidence()).containsExactly(
        entry("uncommitted", "1000.00"),
        entry("daysToYearEnd", "29"),
        entry("yearEnd", "2021-03-31"),
        entry("committed", "38661.00"),
        entry("returnedToFunder", "0.00"),
        entry("allocation", "39661.00"),
        entry("grantedRollovers", "0.00"));
    assertThat(finding.message()).isEqualTo("Crime Reduction Grant 2020/21 has £1,000.00 neither committed nor returned"
        + " to the funder 29 days before its year end on 31 March 2021 (£38,661.00 committed and £0.00 returned,"
        + " of £39,661.00 allocated plus £0.00 of granted rollovers); commit or return it.");
    assertThat(report).outcomeOf("GRANT_UNDERSPEND_RISK").isFail();
  }

  @Test
  void counts_days_to_year_end_as_0_on_year_end_and_negative_after_it() {
    // GIVEN £1,000 of the 2020/21 grant uncommitted
    // WHEN it is checked on its year end and the day after
    ComplianceReport onYearEnd = check(YEAR_END_2021, underspent2020().build());
    ComplianceReport after = check(YEAR_END_2021.plusDays(1), underspent2020().build());
    // THEN the days to year end are 0, then -1 (after year end the rule still fires)
    assertThat(onYearEnd).hasFinding("GRANT_UNDERSPEND_RISK").on("CRG-2020-21")
        .withEvidence("daysToYearEnd", "0")
        .withMessageContaining("£1,000.00 neither committed nor returned to the funder on its year end, 31 March 2021 (")
        .single();
    assertThat(after).hasFinding("GRANT_UNDERSPEND_RISK").on("CRG-2020-21")
        .withEvidence("daysToYearEnd", "-1")
        .withMessageContaining("returned to the funder 1 day after its year end on 31 March 2021 (")
        .single();
  }

  @Test
  void stays_silent_when_the_grant_is_fully_committed() {
    // GIVEN the 2020/21 grant fully committed: £26,441 upfront and £13,220 tactical (assumed)
    Grant full = KentGrants.crg2020().rollovers(List.of())
        .addProjects(
            project("ets", "Emergency Trauma Packs", Pot.UPFRONT, "26441", ProjectStatus.CHAIR_APPROVED),
            project("osara", "OSARA Problem Solving Training", Pot.TACTICAL, "13220", ProjectStatus.COMPLETED))
        .build();
    // WHEN it is checked in its final month and after year end
    // THEN it is not at risk (CHAIR_APPROVED and COMPLETED count as committed)
    assertThat(check(LocalDate.of(2021, 3, 2), full)).hasNoFinding("GRANT_UNDERSPEND_RISK")
        .outcomeOf("GRANT_UNDERSPEND_RISK").isPass();
    assertThat(check(LocalDate.of(2022, 7, 14), full)).hasNoFinding("GRANT_UNDERSPEND_RISK");
  }

  @Test
  void does_not_count_projects_that_are_not_committed() {
    // GIVEN the 2020/21 grant with £1,000 uncommitted and £1,000 more in PROPOSED and RECOMMENDED
    // projects (assumed)
    Grant grant = underspent2020()
        .addProjects(
            project("proposed", "Proposed project", Pot.UPFRONT, "500", ProjectStatus.PROPOSED),
            project("recommended", "Recommended project", Pot.UPFRONT, "500", ProjectStatus.RECOMMENDED))
        .build();
    // WHEN it is checked in its final month
    ComplianceReport report = check(LocalDate.of(2021, 3, 2), grant);
    // THEN the £1,000 is still uncommitted
    assertThat(report).hasFinding("GRANT_UNDERSPEND_RISK").on("CRG-2020-21").withEvidence("uncommitted", "1000.00").single();
  }

  /**
   * Issue 4: Kent returned £156 of its 2024/25 grant. Assumed: the allocation was £39,661 (the
   * level of seed 002) and committed projects took the rest, £39,505.
   */
  private static Grant.Builder kent2024() {
    return grant("CRG-2024-25", "2024/25").allocation(ALLOCATION).tacticalPot(TACTICAL)
        .addProjects(
            project("upfront-projects", "Upfront projects", Pot.UPFRONT, "26441", ProjectStatus.COMPLETED),
            project("tactical-projects", "Tactical projects", Pot.TACTICAL, "13064", ProjectStatus.COMPLETED));
  }

  @Test
  void counts_money_returned_to_the_funder_towards_full_use() {
    // GIVEN issue 4: Kent returned £156 of its 2024/25 grant
    Grant returned = kent2024().returnedToFunder(Money.of("156")).build();
    // WHEN it is checked after year end
    ComplianceReport report = check(LocalDate.of(2025, 7, 14), returned);
    // THEN committed £39,505 plus £156 returned use the whole £39,661: nothing is at risk
    assertThat(report).hasNoFinding("GRANT_UNDERSPEND_RISK").outcomeOf("GRANT_UNDERSPEND_RISK").isPass();
  }

  @Test
  void reports_the_2024_25_grant_if_the_156_pounds_were_not_returned() {
    // GIVEN issue 4's 2024/25 grant without the £156 returned
    Grant notReturned = kent2024().build();
    // WHEN it is checked after year end
    ComplianceReport report = check(LocalDate.of(2025, 7, 14), notReturned);
    // THEN the £156 is at risk
    assertThat(report).hasFinding("GRANT_UNDERSPEND_RISK").on("CRG-2024-25")
        .withEvidence("uncommitted", "156.00")
        .withEvidence("daysToYearEnd", "-105")
        .withEvidence("yearEnd", "2025-03-31")
        .single();
  }

  @Test
  void counts_granted_rollovers_as_money_to_use() {
    // GIVEN the 2020/21 grant (seed 002, 3.1) fully committed (£39,661, assumed), with the £10k
    // rollover GRANTED (assumed) or still REQUESTED (as in the seed)
    Grant.Builder committed = KentGrants.crg2020()
        .addProjects(
            project("ets", "Emergency Trauma Packs", Pot.UPFRONT, "26441", ProjectStatus.APPROVED),
            project("osara", "OSARA Problem Solving Training", Pot.TACTICAL, "13220", ProjectStatus.APPROVED));
    Grant.Builder granted = Grant.builder().from(committed.build())
        .rollovers(List.of(KentGrants.knifeCrimeRefundRollover().permission(RolloverPermission.GRANTED).build()));
    // WHEN they are checked in the final month
    LocalDate d = LocalDate.of(2021, 3, 2);
    // THEN the granted £10,000 is still to be used; the requested one is not counted
    assertThat(checkSeedGrants(d, granted)).hasFinding("GRANT_UNDERSPEND_RISK").on("CRG-2020-21")
        .withEvidence("uncommitted", "10000.00")
        .withEvidence("grantedRollovers", "10000.00")
        .single();
    assertThat(checkSeedGrants(d, committed)).hasNoFinding("GRANT_UNDERSPEND_RISK", "CRG-2020-21");
  }

  @Test
  void stays_silent_on_an_overcommitted_grant() {
    // GIVEN the 2020/21 grant with committed projects a penny more than its £39,661 (assumed)
    Grant over = KentGrants.crg2020().rollovers(List.of())
        .addProjects(
            project("ets", "Emergency Trauma Packs", Pot.UPFRONT, "26441.01", ProjectStatus.APPROVED),
            project("osara", "OSARA Problem Solving Training", Pot.TACTICAL, "13220", ProjectStatus.APPROVED))
        .build();
    // WHEN it is checked after year end
    ComplianceReport report = check(YEAR_END_2021.plusDays(1), over);
    // THEN nothing is underspent
    assertThat(report).hasNoFinding("GRANT_UNDERSPEND_RISK").outcomeOf("GRANT_UNDERSPEND_RISK").isPass();
  }
}

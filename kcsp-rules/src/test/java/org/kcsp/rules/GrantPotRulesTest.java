package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.rules.KentGrants.ALLOCATION;
import static org.kcsp.rules.KentGrants.REPORT_2020;
import static org.kcsp.rules.KentGrants.TACTICAL;
import static org.kcsp.rules.KentGrants.grant;
import static org.kcsp.rules.KentGrants.project;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kcsp.model.Fraction;
import org.kcsp.model.Grant;
import org.kcsp.model.Money;
import org.kcsp.model.Pot;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.RolloverPermission;

/**
 * The grant's pots: GRANT_TACTICAL_POT_OVER_CAP, GRANT_SPLIT_MISMATCH and
 * GRANT_POT_OVERCOMMITTED, and the catalogue entries of all seven grant rules.
 */
class GrantPotRulesTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();

  private static ComplianceReport check(LocalDate date, Grant... grants) {
    return ENGINE.check(Kcsp2022.record().addGrants(grants).build(), date);
  }

  /** A grant of the seed's £39,661 allocation (seed 002, 2.1), with its tactical pot as given. */
  private static Grant tacticalPot(String amount) {
    return grant("CRG-2019-20", "2019/20").allocation(ALLOCATION).tacticalPot(Money.of(amount)).build();
  }

  // ---------------------------------------------------------------- the catalogue

  @Test
  void declares_the_catalogue_entries_of_the_seven_grant_rules() {
    // GIVEN the standard rules
    RuleCatalog catalog = ENGINE.catalog();
    // THEN each grant rule carries the catalogue's severity, subject, source and applicability
    assertThat(catalog.rule("GRANT_TACTICAL_POT_OVER_CAP").orElseThrow())
        .returns(Severity.ERROR, RuleDescriptor::severity)
        .returns("the grant", RuleDescriptor::subject)
        .returns("Working Group report 18 March 2020, 2.2 and 3.1: up to a third (£13,220 of £39,661)", RuleDescriptor::source)
        .returns("there is a grant", RuleDescriptor::needs);
    assertThat(catalog.rule("GRANT_SPLIT_MISMATCH").orElseThrow())
        .returns(Severity.ERROR, RuleDescriptor::severity)
        .returns("the grant", RuleDescriptor::subject)
        .returns("Working Group report 18 March 2020, 2.2: £26,441 + £13,220 = £39,661", RuleDescriptor::source)
        .returns("some grant gives upfront", RuleDescriptor::needs);
    assertThat(catalog.rule("GRANT_POT_OVERCOMMITTED").orElseThrow())
        .returns(Severity.ERROR, RuleDescriptor::severity)
        .returns("the grant", RuleDescriptor::subject)
        .returns("grant conditions: spend within the allocation", RuleDescriptor::source)
        .returns("there is a grant", RuleDescriptor::needs);
    assertThat(catalog.rule("GRANT_ROLLOVER_PENDING").orElseThrow())
        .returns(Severity.WARNING, RuleDescriptor::severity)
        .returns("the grant", RuleDescriptor::subject)
        .returns("Working Group report 18 March 2020, 3.1: permission sought to roll over the £10k refund", RuleDescriptor::source)
        .returns("some grant has a rollover", RuleDescriptor::needs);
    assertThat(catalog.rule("GRANT_UNDERSPEND_RISK").orElseThrow())
        .returns(Severity.WARNING, RuleDescriptor::severity)
        .returns("the grant", RuleDescriptor::subject)
        .returns("minutes 14 July 2022, Working Group update para 5: underspend", RuleDescriptor::source)
        .returns("there is a grant", RuleDescriptor::needs);
    assertThat(catalog.rule("GRANT_REPORTED_TOTAL_MISMATCH").orElseThrow())
        .returns(Severity.ERROR, RuleDescriptor::severity)
        .returns("the grant", RuleDescriptor::subject)
        .returns("minutes 14 July 2022, para 6: \"In total, the PCC approved £21,440\"", RuleDescriptor::source)
        .returns("some grant has a reported total", RuleDescriptor::needs);
    assertThat(catalog.rule("GRANT_AMOUNTS_UNKNOWN").orElseThrow())
        .returns(Severity.INFO, RuleDescriptor::severity)
        .returns("the grant", RuleDescriptor::subject)
        .returns("honesty: no sum is guessed", RuleDescriptor::source)
        .returns("some grant has projects", RuleDescriptor::needs);
  }

  @Test
  void stays_silent_on_the_compliant_kcsp_of_14_july_2022_with_its_2022_23_grant() {
    // GIVEN the compliant KCSP with the 2022/23 grant of seed 001, para 6 (four projects approved,
    // £21,440 in total; amounts assumed, see KentGrants)
    // WHEN it is checked on the day of the minutes
    ComplianceReport report = check(Kcsp2022.MINUTES, KentGrants.crg2022().build());
    // THEN no grant rule finds anything: each passes, or does not apply where the grant lacks its data
    assertThat(report)
        .outcomeOf("GRANT_TACTICAL_POT_OVER_CAP").isPass()
        .outcomeOf("GRANT_SPLIT_MISMATCH").isNotApplicable()
        .outcomeOf("GRANT_POT_OVERCOMMITTED").isPass()
        .outcomeOf("GRANT_ROLLOVER_PENDING").isNotApplicable()
        .outcomeOf("GRANT_UNDERSPEND_RISK").isPass()
        .outcomeOf("GRANT_REPORTED_TOTAL_MISMATCH").isPass()
        .outcomeOf("GRANT_AMOUNTS_UNKNOWN").isPass();
    assertThat(report.findings()).noneMatch(f -> f.rule().startsWith("GRANT_"));
  }

  @Test
  void does_not_apply_the_grant_rules_to_a_record_without_grants() {
    // GIVEN the compliant KCSP of 14 July 2022, which lists no grant
    // WHEN it is checked
    ComplianceReport report = ENGINE.check(Kcsp2022.record().build(), Kcsp2022.MINUTES);
    // THEN no grant rule applies
    assertThat(report)
        .outcomeOf("GRANT_TACTICAL_POT_OVER_CAP").isNotApplicable()
        .outcomeOf("GRANT_SPLIT_MISMATCH").isNotApplicable()
        .outcomeOf("GRANT_POT_OVERCOMMITTED").isNotApplicable()
        .outcomeOf("GRANT_ROLLOVER_PENDING").isNotApplicable()
        .outcomeOf("GRANT_UNDERSPEND_RISK").isNotApplicable()
        .outcomeOf("GRANT_REPORTED_TOTAL_MISMATCH").isNotApplicable()
        .outcomeOf("GRANT_AMOUNTS_UNKNOWN").isNotApplicable();
  }

  // ---------------------------------------------------------------- GRANT_TACTICAL_POT_OVER_CAP

  @Test
  void stays_silent_on_the_2019_20_and_2020_21_grants_split_and_cap() {
    // GIVEN the 2019/20 grant (seed 002, 2.2: £39,661 = £26,441 upfront + £13,220 tactical) and the
    // 2020/21 grant (seed 002, 3.1: £39,661, up to a third, £13,220, in the tactical pot)
    // WHEN they are checked on the day of the report
    ComplianceReport report = check(REPORT_2020, KentGrants.crg2019().build(), KentGrants.crg2020().build());
    // THEN the tactical pots are within their caps and the 2019/20 split adds up
    assertThat(report)
        .hasNoFinding("GRANT_TACTICAL_POT_OVER_CAP")
        .hasNoFinding("GRANT_SPLIT_MISMATCH")
        .outcomeOf("GRANT_TACTICAL_POT_OVER_CAP").isPass()
        .outcomeOf("GRANT_SPLIT_MISMATCH").isPass();
  }

  @Test
  void stays_silent_on_a_tactical_pot_exactly_at_the_cap() {
    // GIVEN a third of £39,661 (seed 002, 3.1), rounded down to the penny: £13,220.33
    assertThat(Fraction.ONE_THIRD.of(ALLOCATION)).isEqualTo(Money.of("13220.33"));
    // WHEN a tactical pot of exactly £13,220.33 is checked
    ComplianceReport report = check(REPORT_2020, tacticalPot("13220.33"));
    // THEN it passes
    assertThat(report).hasNoFinding("GRANT_TACTICAL_POT_OVER_CAP").outcomeOf("GRANT_TACTICAL_POT_OVER_CAP").isPass();
  }

  @Test
  void stays_silent_on_a_tactical_pot_a_penny_under_the_cap() {
    // GIVEN a tactical pot of £13,220.32 on £39,661 (cap £13,220.33)
    // WHEN it is checked
    ComplianceReport report = check(REPORT_2020, tacticalPot("13220.32"));
    // THEN it passes
    assertThat(report).hasNoFinding("GRANT_TACTICAL_POT_OVER_CAP").outcomeOf("GRANT_TACTICAL_POT_OVER_CAP").isPass();
  }

  @Test
  void reports_a_tactical_pot_a_penny_over_the_cap() {
    // GIVEN a tactical pot of £13,220.34 on £39,661 (seed 002, 3.1: up to a third; cap £13,220.33)
    // WHEN it is checked
    ComplianceReport report = check(REPORT_2020, tacticalPot("13220.34"));
    // THEN the grant is reported, with the figures that made it fire
    Finding finding = assertThat(report).hasFinding("GRANT_TACTICAL_POT_OVER_CAP")
        .on("CRG-2019-20").withSeverity(Severity.ERROR)
        .withEvidence("allocation", "39661.00")
        .withEvidence("tacticalPot", "13220.34")
        .withEvidence("cap", "13220.33")
        .withEvidence("capFraction", "1/3")
        .single();
    assertThat(finding.subject().kind()).isEqualTo(SubjectKind.GRANT);
    assertThat(finding.message()).isEqualTo("The tactical pot of Crime Reduction Grant 2019/20 is £13,220.34, more than"
        + " 1/3 of its £39,661.00 allocation (£13,220.33); reduce it to £13,220.33 or less.");
    assertThat(report).outcomeOf("GRANT_TACTICAL_POT_OVER_CAP").isFail();
  }

  @Test
  void applies_the_grants_own_cap() {
    // GIVEN a cap of a quarter on £39,661: £9,915.25 exactly
    Grant.Builder quarter = grant("CRG-2019-20", "2019/20").allocation(ALLOCATION).tacticalPotCap(Fraction.of(1, 4));
    // WHEN tactical pots at and a penny over it are checked
    ComplianceReport at = check(REPORT_2020, quarter.tacticalPot(Money.of("9915.25")).build());
    ComplianceReport over = check(REPORT_2020, quarter.tacticalPot(Money.of("9915.26")).build());
    // THEN only the one over the quarter is reported, though both are under a third
    assertThat(at).hasNoFinding("GRANT_TACTICAL_POT_OVER_CAP");
    assertThat(over).hasFinding("GRANT_TACTICAL_POT_OVER_CAP").on("CRG-2019-20")
        .withEvidence("cap", "9915.25").withEvidence("capFraction", "1/4").single();
  }

  // ---------------------------------------------------------------- GRANT_SPLIT_MISMATCH

  @Test
  void reports_the_published_2025_26_kent_split_a_pound_short() {
    // GIVEN issue 4: published 2025/26 Kent split, £26,440 upfront + £13,220 tactical on £39,661
    Grant kent2025 = grant("CRG-2025-26", "2025/26").allocation(ALLOCATION)
        .upfront(Money.of("26440")).tacticalPot(TACTICAL).build();
    // WHEN it is checked
    ComplianceReport report = check(LocalDate.of(2025, 4, 1), kent2025);
    // THEN the split is a pound short of the allocation
    Finding finding = assertThat(report).hasFinding("GRANT_SPLIT_MISMATCH").on("CRG-2025-26")
        .withSeverity(Severity.ERROR)
        .withEvidence("upfront", "26440.00")
        .withEvidence("tacticalPot", "13220.00")
        .withEvidence("allocation", "39661.00")
        .withEvidence("difference", "1.00")
        .single();
    assertThat(finding.subject().kind()).isEqualTo(SubjectKind.GRANT);
    assertThat(finding.message()).isEqualTo("Crime Reduction Grant 2025/26 is split into £26,440.00 upfront and"
        + " £13,220.00 tactical pot, £39,660.00 in all, £1.00 short of its £39,661.00 allocation; correct the split.");
    assertThat(report).outcomeOf("GRANT_SPLIT_MISMATCH").isFail();
  }

  @Test
  void reports_a_split_a_penny_more_than_the_allocation() {
    // GIVEN the 2019/20 split of seed 002, 2.2, with a penny more upfront: £26,441.01 + £13,220
    Grant grant = KentGrants.crg2019().upfront(Money.of("26441.01")).build();
    // WHEN it is checked
    ComplianceReport report = check(REPORT_2020, grant);
    // THEN it is a penny more than the allocation
    assertThat(report).hasFinding("GRANT_SPLIT_MISMATCH").on("CRG-2019-20")
        .withEvidence("difference", "0.01")
        .withMessageContaining("£39,661.01 in all, £0.01 more than its £39,661.00 allocation")
        .single();
  }

  @Test
  void does_not_apply_the_split_to_a_grant_without_upfront() {
    // GIVEN the 2020/21 grant (seed 002, 3.1), which states no upfront part (its rollover left out)
    ComplianceReport report = check(REPORT_2020, KentGrants.crg2020().rollovers(List.of()).build());
    // THEN the split is not checked
    assertThat(report).hasNoFinding("GRANT_SPLIT_MISMATCH").outcomeOf("GRANT_SPLIT_MISMATCH").isNotApplicable();
  }

  // ---------------------------------------------------------------- GRANT_POT_OVERCOMMITTED

  /** The 2019/20 split (seed 002, 2.2) with committed upfront projects of these assumed amounts. */
  private static Grant upfrontCommitted(String... amounts) {
    Grant.Builder grant = grant("CRG-2019-20", "2019/20").allocation(ALLOCATION)
        .upfront(Money.of("26441")).tacticalPot(TACTICAL);
    for (int i = 0; i < amounts.length; i++) {
      grant.addProjects(project("p" + i, "Project " + i, Pot.UPFRONT, amounts[i],
          i % 2 == 0 ? ProjectStatus.APPROVED : ProjectStatus.CHAIR_APPROVED));
    }
    return grant.build();
  }

  @Test
  void stays_silent_when_the_committed_projects_cost_exactly_the_upfront_pot() {
    // GIVEN £26,441 upfront (seed 002, 2.2) and committed upfront projects of £20,000 (APPROVED) and
    // £6,441 (CHAIR_APPROVED), assumed amounts
    // WHEN it is checked
    ComplianceReport report = check(REPORT_2020, upfrontCommitted("20000", "6441"));
    // THEN the pot is used exactly, not overcommitted
    assertThat(report).hasNoFinding("GRANT_POT_OVERCOMMITTED").outcomeOf("GRANT_POT_OVERCOMMITTED").isPass();
  }

  @Test
  void reports_an_upfront_pot_overcommitted_by_a_penny() {
    // GIVEN £26,441 upfront (seed 002, 2.2) and committed upfront projects of £20,000 and £6,441.01
    // WHEN it is checked
    ComplianceReport report = check(REPORT_2020, upfrontCommitted("20000", "6441.01"));
    // THEN the upfront pot is reported a penny over
    Finding finding = assertThat(report).hasFinding("GRANT_POT_OVERCOMMITTED").on("CRG-2019-20")
        .withSeverity(Severity.ERROR)
        .withEvidence("pot", "UPFRONT")
        .withEvidence("potAmount", "26441.00")
        .withEvidence("rollovers", "0.00")
        .withEvidence("committed", "26441.01")
        .withEvidence("over", "0.01")
        .single();
    assertThat(finding.subject().kind()).isEqualTo(SubjectKind.GRANT);
    assertThat(finding.message()).isEqualTo("The committed projects of the upfront pot of Crime Reduction Grant 2019/20"
        + " cost £26,441.01, £0.01 more than the pot's £26,441.00 plus £0.00 of granted rollovers;"
        + " reduce the commitments or secure the funding.");
    assertThat(report).outcomeOf("GRANT_POT_OVERCOMMITTED").isFail();
  }

  @Test
  void takes_the_upfront_pot_as_allocation_less_tactical_pot_when_upfront_is_not_given() {
    // GIVEN the 2020/21 grant (seed 002, 3.1: £39,661, £13,220 tactical, no upfront figure), so an
    // upfront pot of £26,441, without its rollover; committed upfront projects of assumed amounts
    Grant.Builder crg2020 = KentGrants.crg2020().rollovers(List.of());
    Grant exact = crg2020.addProjects(project("ets", "Emergency Trauma Packs", Pot.UPFRONT, "26441", ProjectStatus.APPROVED))
        .build();
    Grant over = KentGrants.crg2020().rollovers(List.of())
        .addProjects(project("ets", "Emergency Trauma Packs", Pot.UPFRONT, "26441.01", ProjectStatus.APPROVED)).build();
    // WHEN both are checked
    // THEN £26,441 passes and £26,441.01 is a penny over
    assertThat(check(REPORT_2020, exact)).hasNoFinding("GRANT_POT_OVERCOMMITTED");
    assertThat(check(REPORT_2020, over)).hasFinding("GRANT_POT_OVERCOMMITTED").on("CRG-2020-21")
        .withEvidence("potAmount", "26441.00").withEvidence("over", "0.01").single();
  }

  @Test
  void counts_granted_rollovers_into_the_pot() {
    // GIVEN the 2020/21 grant (seed 002, 3.1) with the £10k knife crime first aid rollover into the
    // upfront pot GRANTED (assumed), and committed upfront projects of £36,441 or £36,441.01
    Grant.Builder granted = KentGrants.crg2020()
        .rollovers(List.of(KentGrants.knifeCrimeRefundRollover().permission(RolloverPermission.GRANTED).build()));
    Grant exact = Grant.builder().from(granted.build())
        .addProjects(project("ets", "Emergency Trauma Packs", Pot.UPFRONT, "36441", ProjectStatus.APPROVED)).build();
    Grant over = Grant.builder().from(granted.build())
        .addProjects(project("ets", "Emergency Trauma Packs", Pot.UPFRONT, "36441.01", ProjectStatus.APPROVED)).build();
    // WHEN they are checked on 1 April 2020 (the rollover is dated 18 March 2020)
    ComplianceReport atPot = check(LocalDate.of(2020, 4, 1), KentGrants.crg2019().build(), exact);
    ComplianceReport overPot = check(LocalDate.of(2020, 4, 1), KentGrants.crg2019().build(), over);
    // THEN the pot is £26,441 plus £10,000: £36,441 passes, a penny more is reported
    assertThat(atPot).hasNoFinding("GRANT_POT_OVERCOMMITTED");
    assertThat(overPot).hasFinding("GRANT_POT_OVERCOMMITTED").on("CRG-2020-21")
        .withEvidence("pot", "UPFRONT")
        .withEvidence("potAmount", "26441.00")
        .withEvidence("rollovers", "10000.00")
        .withEvidence("committed", "36441.01")
        .withEvidence("over", "0.01")
        .single();
  }

  @Test
  void does_not_count_a_requested_rollover_or_one_into_the_other_pot() {
    // GIVEN the 2020/21 grant (seed 002, 3.1) with committed upfront projects of £36,441, and its
    // £10k rollover either still REQUESTED (as in the seed) or GRANTED into the tactical pot
    Grant requested = KentGrants.crg2020()
        .addProjects(project("ets", "Emergency Trauma Packs", Pot.UPFRONT, "36441", ProjectStatus.APPROVED)).build();
    Grant intoTactical = KentGrants.crg2020()
        .rollovers(List.of(KentGrants.knifeCrimeRefundRollover().permission(RolloverPermission.GRANTED)
            .intoPot(Pot.TACTICAL).build()))
        .addProjects(project("ets", "Emergency Trauma Packs", Pot.UPFRONT, "36441", ProjectStatus.APPROVED)).build();
    // WHEN they are checked
    LocalDate d = LocalDate.of(2020, 4, 1);
    // THEN the upfront pot is £26,441 alone, £10,000 over
    assertThat(check(d, KentGrants.crg2019().build(), requested)).hasFinding("GRANT_POT_OVERCOMMITTED")
        .on("CRG-2020-21").withEvidence("rollovers", "0.00").withEvidence("over", "10000.00").single();
    assertThat(check(d, KentGrants.crg2019().build(), intoTactical)).hasFinding("GRANT_POT_OVERCOMMITTED")
        .on("CRG-2020-21").withEvidence("pot", "UPFRONT").withEvidence("rollovers", "0.00")
        .withEvidence("over", "10000.00").single();
  }

  @Test
  void reports_each_overcommitted_pot_once() {
    // GIVEN the 2019/20 split (seed 002, 2.2) with committed projects a penny over the upfront pot
    // (£26,441.01) and a pound over the tactical pot (£13,221), assumed amounts
    Grant grant = KentGrants.crg2019()
        .addProjects(
            project("ets", "Emergency Trauma Packs", Pot.UPFRONT, "26441.01", ProjectStatus.COMPLETED),
            project("osara", "OSARA Problem Solving Training", Pot.TACTICAL, "13221", ProjectStatus.CHAIR_APPROVED))
        .build();
    // WHEN it is checked
    ComplianceReport report = check(REPORT_2020, grant);
    // THEN each pot has its own finding
    assertThat(report).hasFinding("GRANT_POT_OVERCOMMITTED").on("CRG-2019-20").times(2);
    assertThat(report).hasFinding("GRANT_POT_OVERCOMMITTED").withEvidence("pot", "UPFRONT")
        .withEvidence("over", "0.01").single();
    assertThat(report).hasFinding("GRANT_POT_OVERCOMMITTED").withEvidence("pot", "TACTICAL")
        .withEvidence("potAmount", "13220.00").withEvidence("committed", "13221.00").withEvidence("over", "1.00")
        .withMessageContaining("The committed projects of the tactical pot of Crime Reduction Grant 2019/20 cost £13,221.00")
        .single();
  }

  @Test
  void counts_only_committed_projects_of_the_pot() {
    // GIVEN the 2019/20 grant (seed 002, 2.2: its WITHDRAWN and REFUNDED projects) with more
    // uncommitted projects than the upfront pot holds (assumed amounts), and a committed tactical
    // project that would overcommit the upfront pot if the pots were mixed
    Grant grant = KentGrants.crg2019()
        .addProjects(
            project("proposed", "Proposed project", Pot.UPFRONT, "30000", ProjectStatus.PROPOSED),
            project("recommended", "Recommended project", Pot.UPFRONT, "30000", ProjectStatus.RECOMMENDED),
            project("rejected", "Rejected project", Pot.UPFRONT, "30000", ProjectStatus.REJECTED),
            project("ets", "Emergency Trauma Packs", Pot.UPFRONT, "26441", ProjectStatus.APPROVED),
            project("osara", "OSARA Problem Solving Training", Pot.TACTICAL, "13220", ProjectStatus.APPROVED))
        .build();
    // WHEN it is checked
    ComplianceReport report = check(REPORT_2020, grant);
    // THEN neither pot is overcommitted
    assertThat(report).hasNoFinding("GRANT_POT_OVERCOMMITTED").outcomeOf("GRANT_POT_OVERCOMMITTED").isPass();
  }
}

package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.kcsp.rules.KentGrants.REPORT_2020;
import static org.kcsp.rules.KentGrants.project;
import static org.kcsp.rules.KentGrants.unknownAmount;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kcsp.model.Grant;
import org.kcsp.model.Money;
import org.kcsp.model.Pot;
import org.kcsp.model.Project;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.ReportedTotal;
import org.kcsp.model.TotalBasis;

/**
 * The grant's sums: GRANT_REPORTED_TOTAL_MISMATCH and GRANT_AMOUNTS_UNKNOWN, and the sum rules
 * (GRANT_POT_OVERCOMMITTED, GRANT_UNDERSPEND_RISK, GRANT_REPORTED_TOTAL_MISMATCH) on the seeds'
 * projects without amounts; {@link GrantUnknownAmountsTest} holds their boundaries.
 */
class GrantSumRulesTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();

  private static ComplianceReport check(LocalDate date, Grant... grants) {
    return ENGINE.check(Kcsp2022.record().addGrants(grants).build(), date);
  }

  /** The 2022/23 grant (seed 001, para 6) with one of its four approved projects replaced. */
  private static Grant crg2022With(Project replacement) {
    Grant grant = KentGrants.crg2022().build();
    return Grant.builder().from(grant)
        .projects(grant.projects().stream().map(p -> p.id().equals(replacement.id()) ? replacement : p).toList())
        .build();
  }

  private static ReportedTotal total(TotalBasis basis, String amount, String statedIn) {
    return ReportedTotal.builder().basis(basis).amount(Money.of(amount)).statedIn(statedIn).build();
  }

  // ---------------------------------------------------------------- GRANT_REPORTED_TOTAL_MISMATCH

  @Test
  void stays_silent_when_the_four_approved_2022_23_projects_sum_to_21440_pounds() {
    // GIVEN seed 001, para 6: "In total, the PCC approved £21,440" for four projects; the seeds do
    // not give the split, so the amounts are assumed to be £2,000 + £8,000 + £7,440 + £4,000; the
    // REJECTED Bystander Approach Training (assumed £3,000) does not count
    // WHEN the grant is checked on the day of the minutes
    ComplianceReport report = check(Kcsp2022.MINUTES, KentGrants.crg2022().build());
    // THEN the reported total matches
    assertThat(report).hasNoFinding("GRANT_REPORTED_TOTAL_MISMATCH")
        .outcomeOf("GRANT_REPORTED_TOTAL_MISMATCH").isPass();
  }

  @Test
  void reports_when_the_approved_2022_23_projects_do_not_sum_to_21440_pounds() {
    // GIVEN seed 001, para 6 (£21,440 approved), with the Trauma Awareness Project a penny less
    // than assumed: £7,439.99
    Grant grant = crg2022With(project("trauma-awareness", "Trauma Awareness Project", Pot.UPFRONT, "7439.99",
        ProjectStatus.APPROVED));
    // WHEN it is checked
    ComplianceReport report = check(Kcsp2022.MINUTES, grant);
    // THEN the reported total is a penny more than its projects
    Finding finding = assertThat(report).hasFinding("GRANT_REPORTED_TOTAL_MISMATCH").on("CRG-2022-23")
        .withSeverity(Severity.ERROR)
        .single();
    assertThat(finding.subject().kind()).isEqualTo(SubjectKind.GRANT);
    assertThat(finding.evidence()).containsExactly(
        entry("basis", "APPROVED"),
        entry("reported", "21440.00"),
        entry("computed", "21439.99"),
        entry("statedIn", "KCSP minutes 14 July 2022, para 6"));
    assertThat(finding.message()).isEqualTo("KCSP minutes 14 July 2022, para 6 reports £21,440.00 approved from Crime"
        + " Reduction Grant 2022/23, but its approved projects (APPROVED or COMPLETED) add up to £21,439.99;"
        + " correct the report or the project amounts.");
    assertThat(report).outcomeOf("GRANT_REPORTED_TOTAL_MISMATCH").isFail();
  }

  @Test
  void would_count_bystander_approach_training_had_it_been_approved() {
    // GIVEN seed 001, para 6, with Bystander Approach Training (assumed £3,000) APPROVED instead of
    // refused: the check above is silent only because a REJECTED project does not count
    Project approved = Project.builder().from(KentGrants.bystander()).status(ProjectStatus.APPROVED).build();
    // WHEN it is checked
    ComplianceReport report = check(Kcsp2022.MINUTES, crg2022With(approved));
    // THEN its £3,000 is added to the approved projects
    assertThat(report).hasFinding("GRANT_REPORTED_TOTAL_MISMATCH").on("CRG-2022-23")
        .withEvidence("computed", "24440.00").single();
  }

  @Test
  void counts_completed_but_not_chair_approved_projects_as_approved() {
    // GIVEN seed 001, para 6, with Best Bar None (assumed £2,000) COMPLETED, or only CHAIR_APPROVED
    Grant completed = crg2022With(project("best-bar-none", "Best Bar None promotional material", Pot.UPFRONT, "2000",
        ProjectStatus.COMPLETED));
    Grant chairApproved = crg2022With(project("best-bar-none", "Best Bar None promotional material", Pot.UPFRONT,
        "2000", ProjectStatus.CHAIR_APPROVED));
    // WHEN they are checked
    // THEN a completed project counts towards the approved total and a chair-approved one does not
    assertThat(check(Kcsp2022.MINUTES, completed)).hasNoFinding("GRANT_REPORTED_TOTAL_MISMATCH");
    assertThat(check(Kcsp2022.MINUTES, chairApproved)).hasFinding("GRANT_REPORTED_TOTAL_MISMATCH")
        .on("CRG-2022-23").withEvidence("computed", "19440.00").single();
  }

  @Test
  void counts_chair_approved_approved_and_completed_projects_as_committed() {
    // GIVEN seed 001, para 6, with Best Bar None (assumed £2,000) CHAIR_APPROVED, a committed total
    // of £21,440 and a committed total of £21,439.99 (both assumed)
    Grant grant = Grant.builder().from(crg2022With(project("best-bar-none", "Best Bar None promotional material",
            Pot.UPFRONT, "2000", ProjectStatus.CHAIR_APPROVED)))
        .reportedTotals(List.of(
            total(TotalBasis.COMMITTED, "21440", "Working Group update (assumed)"),
            total(TotalBasis.COMMITTED, "21439.99", "Working Group draft (assumed)")))
        .build();
    // WHEN it is checked
    ComplianceReport report = check(Kcsp2022.MINUTES, grant);
    // THEN the first matches the committed projects, the second is reported
    Finding finding = assertThat(report).hasFinding("GRANT_REPORTED_TOTAL_MISMATCH").on("CRG-2022-23").single();
    assertThat(finding.evidence()).containsEntry("basis", "COMMITTED").containsEntry("reported", "21439.99")
        .containsEntry("computed", "21440.00").containsEntry("statedIn", "Working Group draft (assumed)");
    assertThat(finding.message()).isEqualTo("Working Group draft (assumed) reports £21,439.99 committed from Crime"
        + " Reduction Grant 2022/23, but its committed projects (CHAIR_APPROVED, APPROVED or COMPLETED) add up to"
        + " £21,440.00; correct the report or the project amounts.");
  }

  @Test
  void counts_the_withdrawn_and_refunded_2019_20_projects_by_their_own_status() {
    // GIVEN the 2019/20 grant (seed 002, 2.2): taxi driver training £2,000, gangs training £2,541 and
    // the community safety conference £5,000 WITHDRAWN (£9,541 in all), knife crime first aid
    // £10,000 REFUNDED ("refunded the £10k"); the withdrawn total as stated is assumed
    Grant matching = KentGrants.crg2019().reportedTotals(List.of(
            total(TotalBasis.WITHDRAWN, "9541", "Working Group report 18 March 2020, 2.2 (sum assumed)"),
            total(TotalBasis.REFUNDED, "10000", "Working Group report 18 March 2020, 2.2")))
        .build();
    Grant mixed = KentGrants.crg2019().reportedTotals(List.of(
            total(TotalBasis.WITHDRAWN, "19541", "withdrawn and refunded together (assumed)")))
        .build();
    // WHEN they are checked
    // THEN each basis adds up only its own status
    assertThat(check(REPORT_2020, matching)).hasNoFinding("GRANT_REPORTED_TOTAL_MISMATCH")
        .outcomeOf("GRANT_REPORTED_TOTAL_MISMATCH").isPass();
    assertThat(check(REPORT_2020, mixed)).hasFinding("GRANT_REPORTED_TOTAL_MISMATCH").on("CRG-2019-20")
        .withEvidence("basis", "WITHDRAWN").withEvidence("computed", "9541.00")
        .withMessageContaining("but its withdrawn projects add up to £9,541.00")
        .single();
  }

  @Test
  void does_not_apply_the_total_rule_without_a_reported_total() {
    // GIVEN the 2019/20 grant (seed 002, 2.2), which states no total
    // WHEN it is checked
    ComplianceReport report = check(REPORT_2020, KentGrants.crg2019().build());
    // THEN the rule does not apply
    assertThat(report).outcomeOf("GRANT_REPORTED_TOTAL_MISMATCH").isNotApplicable();
  }

  @Test
  void reports_a_total_its_known_projects_already_exceed_though_one_has_no_amount() {
    // GIVEN the 2019/20 grant (seed 002, 2.2) with its withdrawn gangs training's amount unknown
    // and a withdrawn total of £1 (assumed): the other withdrawn projects, £2,000 and £5,000, are known
    Grant grant = Grant.builder().from(KentGrants.crg2019().build())
        .projects(KentGrants.crg2019().build().projects().stream()
            .map(p -> p.id().equals("gangs-training")
                ? unknownAmount("gangs-training", "Gangs training", Pot.UPFRONT, ProjectStatus.WITHDRAWN)
                : p)
            .toList())
        .addReportedTotals(total(TotalBasis.WITHDRAWN, "1", "assumed"))
        .build();
    // WHEN it is checked
    ComplianceReport report = check(REPORT_2020, grant);
    // THEN the known £7,000 already differ from £1 whatever gangs training cost: a finding, no gap;
    // the project is not live, so the grant's other sums are known
    Finding finding = assertThat(report).hasFinding("GRANT_REPORTED_TOTAL_MISMATCH").on("CRG-2019-20")
        .withEvidence("computed", "7000.00").withEvidence("projectsWithoutAmount", "gangs-training").single();
    assertThat(finding.message()).isEqualTo("assumed reports £1.00 withdrawn from Crime Reduction Grant 2019/20, but its"
        + " withdrawn projects add up to at least £7,000.00 (1 of them has no amount and is not counted); correct the"
        + " report or the project amounts.");
    assertThat(report).hasNoGap("GRANT_REPORTED_TOTAL_MISMATCH")
        .outcomeOf("GRANT_POT_OVERCOMMITTED").isPass()
        .outcomeOf("GRANT_AMOUNTS_UNKNOWN").isPass();
  }

  // ---------------------------------------------------------------- GRANT_AMOUNTS_UNKNOWN

  /**
   * The 2019/20 grant (seed 002, 2.2) with the three projects that proceeded (2.3), whose amounts
   * the seed does not give; statuses APPROVED assumed.
   */
  private static Grant crg2019WithProceededProjects() {
    return KentGrants.crg2019()
        .addProjects(
            unknownAmount("trauma-informed-practice", "Trauma Informed Practice: Staff Awareness Training 18-24",
                Pot.UPFRONT, ProjectStatus.APPROVED),
            unknownAmount("knife-crime-retail", "Knife Crime Retail Surveillance and Enforcement", Pot.UPFRONT,
                ProjectStatus.APPROVED),
            unknownAmount("easy-read-leaflets", "Easy Read Leaflets for 'Raise a Brow' Scams Campaign", Pot.UPFRONT,
                ProjectStatus.APPROVED))
        .build();
  }

  @Test
  void reports_the_2019_20_projects_that_proceeded_without_amounts() {
    // GIVEN the 2019/20 grant with the three projects of seed 002, 2.3 and no amounts for them
    // WHEN it is checked on the day of the report
    ComplianceReport report = check(REPORT_2020, crg2019WithProceededProjects());
    // THEN the grant's sums are said to be unknown, naming the projects in record order
    Finding finding = assertThat(report).hasFinding("GRANT_AMOUNTS_UNKNOWN").on("CRG-2019-20")
        .withSeverity(Severity.INFO)
        .withEvidence("projects", "trauma-informed-practice, knife-crime-retail, easy-read-leaflets")
        .withEvidence("count", "3")
        .single();
    assertThat(finding.subject().kind()).isEqualTo(SubjectKind.GRANT);
    assertThat(finding.message()).isEqualTo("The sums of Crime Reduction Grant 2019/20 cannot be checked: no amount is"
        + " recorded for Trauma Informed Practice: Staff Awareness Training 18-24, Knife Crime Retail Surveillance and"
        + " Enforcement and Easy Read Leaflets for 'Raise a Brow' Scams Campaign; record their amounts.");
    assertThat(report).outcomeOf("GRANT_AMOUNTS_UNKNOWN").isFail();
  }

  @Test
  void reports_a_single_live_project_without_an_amount() {
    // GIVEN the 2019/20 grant (seed 002, 2.2) with one PROPOSED project of unknown amount (assumed)
    Grant grant = KentGrants.crg2019()
        .addProjects(unknownAmount("ets", "Emergency Trauma Packs", Pot.UPFRONT, ProjectStatus.PROPOSED))
        .build();
    // WHEN it is checked
    ComplianceReport report = check(REPORT_2020, grant);
    // THEN it is named
    assertThat(report.findings("GRANT_AMOUNTS_UNKNOWN")).singleElement().satisfies(finding -> {
      assertThat(finding.evidence()).containsEntry("projects", "ets").containsEntry("count", "1");
      assertThat(finding.message()).isEqualTo("The sums of Crime Reduction Grant 2019/20 cannot be checked: no amount"
          + " is recorded for Emergency Trauma Packs; record its amount.");
    });
  }

  @Test
  void stays_silent_when_only_projects_that_are_not_live_lack_an_amount() {
    // GIVEN the 2022/23 grant (seed 001, para 6) with the REJECTED Bystander Approach Training's
    // amount unknown (the seeds give none)
    Project bystander = Project.builder().from(KentGrants.bystander()).amount(Optional.empty()).build();
    // WHEN it is checked
    ComplianceReport report = check(Kcsp2022.MINUTES, crg2022With(bystander));
    // THEN the sums are known and checked
    assertThat(report).hasNoFinding("GRANT_AMOUNTS_UNKNOWN")
        .outcomeOf("GRANT_AMOUNTS_UNKNOWN").isPass()
        .outcomeOf("GRANT_REPORTED_TOTAL_MISMATCH").isPass();
  }

  @Test
  void does_not_apply_the_unknown_amounts_rule_to_a_grant_without_projects() {
    // GIVEN the 2020/21 grant (seed 002, 3.1), whose projects were not finalised (3.3), without its
    // rollover
    // WHEN it is checked
    ComplianceReport report = check(REPORT_2020, KentGrants.crg2020().rollovers(List.of()).build());
    // THEN the rule does not apply
    assertThat(report).outcomeOf("GRANT_AMOUNTS_UNKNOWN").isNotApplicable();
  }

  // ---------------------------------------------------------------- unknown amounts and the sum rules

  /**
   * The 2019/20 grant (seed 002, 2.2) with, assumed: Emergency Trauma Packs £30,000 CHAIR_APPROVED
   * (over the £26,441 upfront pot), Modern Slavery: Train the Trainer CHAIR_APPROVED of the given
   * amount (seed 002, 2.4 gives none), and a committed total of £1 stated.
   */
  private static Grant crg2019Committed(Project modernSlavery) {
    return KentGrants.crg2019()
        .addProjects(
            project("ets", "Emergency Trauma Packs", Pot.UPFRONT, "30000", ProjectStatus.CHAIR_APPROVED),
            modernSlavery)
        .addReportedTotals(total(TotalBasis.COMMITTED, "1", "assumed"))
        .build();
  }

  @Test
  void fires_the_sum_rules_when_every_amount_is_known() {
    // GIVEN the committed 2019/20 projects with Modern Slavery's amount known (£1,000, assumed)
    Grant known = crg2019Committed(project("modern-slavery", "Modern Slavery: Train the Trainer", Pot.UPFRONT, "1000",
        ProjectStatus.CHAIR_APPROVED));
    // WHEN it is checked after year end (31 March 2020)
    ComplianceReport report = check(LocalDate.of(2020, 4, 1), known);
    // THEN the sum rules fire: £31,000 committed overcommits the upfront pot, leaves £8,661
    // uncommitted, and is not the £1 stated
    assertThat(report).hasFinding("GRANT_POT_OVERCOMMITTED").on("CRG-2019-20").withEvidence("over", "4559.00").single();
    assertThat(report).hasFinding("GRANT_UNDERSPEND_RISK").on("CRG-2019-20").withEvidence("uncommitted", "8661.00")
        .single();
    assertThat(report).hasFinding("GRANT_REPORTED_TOTAL_MISMATCH").on("CRG-2019-20")
        .withEvidence("computed", "31000.00").single();
    assertThat(report).hasNoFinding("GRANT_AMOUNTS_UNKNOWN");
  }

  @Test
  void decides_what_the_known_amounts_decide_and_leaves_the_rest_not_assessed() {
    // GIVEN the same, with Modern Slavery's amount unknown, as in seed 002, 2.4
    Grant unknown = crg2019Committed(unknownAmount("modern-slavery", "Modern Slavery: Train the Trainer", Pot.UPFRONT,
        ProjectStatus.CHAIR_APPROVED));
    // WHEN it is checked after year end
    ComplianceReport report = check(LocalDate.of(2020, 4, 1), unknown);
    // THEN the known £30,000 already overcommit the £26,441 upfront pot and differ from the £1
    // stated, whatever Modern Slavery cost: findings, at least that much
    assertThat(report).hasFinding("GRANT_POT_OVERCOMMITTED").on("CRG-2019-20").withEvidence("committed", "30000.00")
        .withEvidence("over", "3559.00").withEvidence("projectsWithoutAmount", "1")
        .withMessageContaining("cost at least £30,000.00 (1 of them has no amount and is not counted), at least"
            + " £3,559.00 more than the pot's £26,441.00")
        .single();
    assertThat(report).hasFinding("GRANT_REPORTED_TOTAL_MISMATCH").on("CRG-2019-20")
        .withEvidence("computed", "30000.00").single();
    // AND £30,000 committed of £39,661 may or may not be an underspend: not assessed, with a gap at
    // Modern Slavery's amount, the fifth project of the first grant
    assertThat(report).hasNoFinding("GRANT_UNDERSPEND_RISK").outcomeOf("GRANT_UNDERSPEND_RISK").isNotAssessed();
    Gap gap = assertThat(report).hasGap("GRANT_UNDERSPEND_RISK").on("CRG-2019-20")
        .at("$.grants[0].projects[5].amount").single();
    assertThat(gap.message()).isEqualTo("Record the amount of Modern Slavery: Train the Trainer (modern-slavery), a"
        + " project of Crime Reduction Grant 2019/20.");
    // AND GRANT_AMOUNTS_UNKNOWN says which amounts are unknown, and reports no gap (reading 28)
    assertThat(report).hasFinding("GRANT_AMOUNTS_UNKNOWN").on("CRG-2019-20")
        .withEvidence("projects", "modern-slavery").single();
    assertThat(report).hasNoGap("GRANT_AMOUNTS_UNKNOWN").hasNoGap("GRANT_POT_OVERCOMMITTED")
        .hasNoGap("GRANT_REPORTED_TOTAL_MISMATCH");
  }

  @Test
  void silences_the_sum_rules_only_on_the_grant_whose_amounts_are_unknown() {
    // GIVEN the 2019/20 grant with the amounts of seed 002, 2.3 unknown, beside the 2020/21 grant
    // (seed 002, 3.1) with its upfront pot overcommitted by a penny (£26,441.01, assumed)
    Grant crg2020 = KentGrants.crg2020()
        .addProjects(project("osara", "OSARA Problem Solving Training", Pot.UPFRONT, "26441.01", ProjectStatus.APPROVED))
        .build();
    // WHEN they are checked
    ComplianceReport report = check(REPORT_2020, crg2019WithProceededProjects(), crg2020);
    // THEN the 2020/21 grant is still checked
    assertThat(report).hasFinding("GRANT_POT_OVERCOMMITTED").on("CRG-2020-21").single();
    assertThat(report).hasNoFinding("GRANT_POT_OVERCOMMITTED", "CRG-2019-20");
    assertThat(report).hasFinding("GRANT_AMOUNTS_UNKNOWN").on("CRG-2019-20").single();
    // AND the 2019/20 upfront pot, nothing of it known committed, waits for the three amounts
    assertThat(report).hasGap("GRANT_POT_OVERCOMMITTED").on("CRG-2019-20").times(3);
    assertThat(report).hasNoGap("GRANT_POT_OVERCOMMITTED", "CRG-2020-21")
        .outcomeOf("GRANT_POT_OVERCOMMITTED").isFail();
  }
}

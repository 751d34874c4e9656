package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.rules.KentGrants.REPORT_2020;
import static org.kcsp.rules.KentGrants.approvedTotal;
import static org.kcsp.rules.KentGrants.project;
import static org.kcsp.rules.KentGrants.unknownAmount;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kcsp.model.Grant;
import org.kcsp.model.Money;
import org.kcsp.model.Pot;
import org.kcsp.model.Project;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.RolloverPermission;

/**
 * The sum rules when an amount is not recorded (the version 1 rows of the not-assessed table):
 * known amounts are lower bounds, so GRANT_POT_OVERCOMMITTED, GRANT_UNDERSPEND_RISK and
 * GRANT_REPORTED_TOTAL_MISMATCH decide a grant when the known figures already decide it, and
 * otherwise leave it not assessed, with a gap on the grant at the amount of each project their
 * sum reads that has none. Only the projects a sum reads matter.
 */
class GrantUnknownAmountsTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();

  private static final String OVERCOMMITTED = "GRANT_POT_OVERCOMMITTED";
  private static final String UNDERSPEND = "GRANT_UNDERSPEND_RISK";
  private static final String TOTAL = "GRANT_REPORTED_TOTAL_MISMATCH";

  private static ComplianceReport check(LocalDate date, Grant... grants) {
    return ENGINE.check(Kcsp2022.record().addGrants(grants).build(), date);
  }

  /** OSARA Problem Solving Training (seed 002, 2.4: chair approved, no amount given), in the pot given. */
  private static Project osara(Pot pot) {
    return unknownAmount("osara", "OSARA Problem Solving Training", pot, ProjectStatus.CHAIR_APPROVED);
  }

  /**
   * The 2019/20 grant (seed 002, 2.2: £26,441 upfront, £13,220 tactical; its four projects
   * withdrawn or refunded) with Emergency Trauma Packs approved at the amount given (assumed) and
   * OSARA, without an amount, in the upfront pot: projects 4 and 5.
   */
  private static Grant.Builder crg2019(String emergencyTraumaPacks) {
    return KentGrants.crg2019().addProjects(
        project("ets", "Emergency Trauma Packs", Pot.UPFRONT, emergencyTraumaPacks, ProjectStatus.APPROVED),
        osara(Pot.UPFRONT));
  }

  private static final String OSARA_AMOUNT = "$.grants[0].projects[5].amount";

  // ---------------------------------------------------------------- GRANT_POT_OVERCOMMITTED

  @Test
  void leaves_a_pot_not_assessed_while_its_known_commitments_are_a_penny_under_it() {
    // GIVEN £26,440.99 known committed in the £26,441 upfront pot, and OSARA's amount not recorded
    // WHEN it is checked
    ComplianceReport report = check(REPORT_2020, crg2019("26440.99").build());
    // THEN the pot may or may not be overcommitted: not assessed, with a gap at OSARA's amount
    assertThat(report).hasNoFinding(OVERCOMMITTED).outcomeOf(OVERCOMMITTED).isNotAssessed();
    Gap gap = assertThat(report).hasGap(OVERCOMMITTED).on("CRG-2019-20").at(OSARA_AMOUNT).single();
    assertThat(gap.subject().kind()).isEqualTo(SubjectKind.GRANT);
    assertThat(gap.message()).isEqualTo("Record the amount of OSARA Problem Solving Training (osara), a project of"
        + " Crime Reduction Grant 2019/20.");
  }

  @Test
  void leaves_a_pot_not_assessed_while_its_known_commitments_are_exactly_the_pot() {
    // GIVEN £26,441 known committed in the £26,441 upfront pot, and OSARA's amount not recorded
    // WHEN it is checked
    ComplianceReport report = check(REPORT_2020, crg2019("26441").build());
    // THEN it is full: OSARA at £0 keeps it clear, at a penny overcommits it
    assertThat(report).hasNoFinding(OVERCOMMITTED).outcomeOf(OVERCOMMITTED).isNotAssessed();
    assertThat(report).hasGap(OVERCOMMITTED).on("CRG-2019-20").at(OSARA_AMOUNT).single();
  }

  @Test
  void reports_a_pot_its_known_commitments_already_exceed_by_a_penny() {
    // GIVEN £26,441.01 known committed in the £26,441 upfront pot, and OSARA's amount not recorded
    // WHEN it is checked
    ComplianceReport report = check(REPORT_2020, crg2019("26441.01").build());
    // THEN it is overcommitted whatever OSARA costs: a finding, at least a penny over, and no gap
    Finding finding = assertThat(report).hasFinding(OVERCOMMITTED).on("CRG-2019-20")
        .withEvidence("pot", "UPFRONT").withEvidence("committed", "26441.01").withEvidence("over", "0.01")
        .withEvidence("projectsWithoutAmount", "1").single();
    assertThat(finding.message()).isEqualTo("The committed projects of the upfront pot of Crime Reduction Grant 2019/20"
        + " cost at least £26,441.01 (1 of them has no amount and is not counted), at least £0.01 more than the pot's"
        + " £26,441.00 plus £0.00 of granted rollovers; reduce the commitments or secure the funding.");
    assertThat(report).hasNoGap(OVERCOMMITTED).outcomeOf(OVERCOMMITTED).isFail();
  }

  @Test
  void counts_granted_rollovers_into_the_pot_before_deciding() {
    // GIVEN the 2020/21 grant (seed 002, 3.1: upfront pot £26,441) with its £10k rollover into the
    // upfront pot GRANTED (assumed), Emergency Trauma Packs committed at £36,441 or £36,441.01 and
    // OSARA without an amount
    Grant.Builder granted = KentGrants.crg2020()
        .rollovers(List.of(KentGrants.knifeCrimeRefundRollover().permission(RolloverPermission.GRANTED).build()));
    Grant full = Grant.builder().from(granted.build()).addProjects(
        project("ets", "Emergency Trauma Packs", Pot.UPFRONT, "36441", ProjectStatus.APPROVED), osara(Pot.UPFRONT)).build();
    Grant over = Grant.builder().from(granted.build()).addProjects(
        project("ets", "Emergency Trauma Packs", Pot.UPFRONT, "36441.01", ProjectStatus.APPROVED), osara(Pot.UPFRONT))
        .build();
    // WHEN they are checked on 1 April 2020, the rollover dated 18 March 2020, after the 2019/20
    // grant it comes from
    LocalDate d = LocalDate.of(2020, 4, 1);
    Grant from = KentGrants.crg2019().build();
    // THEN the pot is £36,441 with its rollover: exactly that is not assessed, a penny more overcommitted
    assertThat(check(d, from, full)).hasNoFinding(OVERCOMMITTED)
        .hasGap(OVERCOMMITTED).on("CRG-2020-21").at("$.grants[1].projects[1].amount").single();
    assertThat(check(d, from, over)).hasNoGap(OVERCOMMITTED)
        .hasFinding(OVERCOMMITTED).on("CRG-2020-21").withEvidence("rollovers", "10000.00")
        .withEvidence("over", "0.01").single();
  }

  @Test
  void judges_the_two_pots_apart() {
    // GIVEN the 2019/20 grant with its upfront pot overcommitted by a penny, every upfront amount
    // known, and OSARA without an amount in the tactical pot, nothing of which is known committed
    Grant grant = KentGrants.crg2019().addProjects(
        project("ets", "Emergency Trauma Packs", Pot.UPFRONT, "26441.01", ProjectStatus.APPROVED),
        osara(Pot.TACTICAL)).build();
    // WHEN it is checked
    ComplianceReport report = check(REPORT_2020, grant);
    // THEN the upfront pot's finding does not hide the tactical pot's gap (reading 23): the rule
    // fails, and the gap is still reported
    assertThat(report).hasFinding(OVERCOMMITTED).on("CRG-2019-20").withEvidence("pot", "UPFRONT").single();
    assertThat(report).hasGap(OVERCOMMITTED).on("CRG-2019-20").at(OSARA_AMOUNT).single();
    assertThat(report).outcomeOf(OVERCOMMITTED).isFail();
  }

  @Test
  void reads_only_the_committed_projects_of_the_pot() {
    // GIVEN £26,441 committed in the £26,441 upfront pot and £13,220 in the £13,220 tactical pot,
    // every committed amount known, beside a proposed and a withdrawn upfront project without amounts
    Grant grant = KentGrants.crg2019().addProjects(
        project("ets", "Emergency Trauma Packs", Pot.UPFRONT, "26441", ProjectStatus.APPROVED),
        unknownAmount("proposed", "Proposed project", Pot.UPFRONT, ProjectStatus.PROPOSED),
        unknownAmount("withdrawn", "Withdrawn project", Pot.UPFRONT, ProjectStatus.WITHDRAWN),
        project("tactical", "Tactical project", Pot.TACTICAL, "13220", ProjectStatus.APPROVED)).build();
    // WHEN it is checked
    ComplianceReport report = check(REPORT_2020, grant);
    // THEN the pots' sums are known: each is full, not overcommitted, and nothing is left open
    assertThat(report).hasNoFinding(OVERCOMMITTED).hasNoGap(OVERCOMMITTED).outcomeOf(OVERCOMMITTED).isPass();
  }

  // ---------------------------------------------------------------- GRANT_UNDERSPEND_RISK

  /**
   * The 2019/20 grant (£39,661; year end 31 March 2020, final month from 2 March) with £26,441
   * committed upfront, the money returned to the funder given (assumed), and OSARA committed in
   * the tactical pot without an amount.
   */
  private static Grant underspend2019(String returned) {
    return KentGrants.crg2019().returnedToFunder(Money.of(returned)).addProjects(
        project("ets", "Emergency Trauma Packs", Pot.UPFRONT, "26441", ProjectStatus.APPROVED),
        osara(Pot.TACTICAL)).build();
  }

  @Test
  void stays_clear_the_day_before_the_final_month_whatever_is_unknown() {
    // GIVEN £26,441 known committed of £39,661, nothing returned, OSARA's amount not recorded
    // WHEN it is checked on 1 March 2020, the last day before the final month
    ComplianceReport report = check(LocalDate.of(2020, 3, 1), underspend2019("0"));
    // THEN the rule cannot fire yet: clear, not a gap (reading 20)
    assertThat(report).hasNoFinding(UNDERSPEND).hasNoGap(UNDERSPEND).outcomeOf(UNDERSPEND).isPass();
  }

  @Test
  void leaves_the_grant_not_assessed_from_the_first_day_of_the_final_month() {
    // GIVEN the same
    // WHEN it is checked on 2 March 2020, the first day of the final month, and on 1 April 2020,
    // after year end
    ComplianceReport firstDay = check(LocalDate.of(2020, 3, 2), underspend2019("0"));
    ComplianceReport after = check(LocalDate.of(2020, 4, 1), underspend2019("0"));
    // THEN OSARA's amount decides whether £13,220 is left unused: not assessed, with a gap
    for (ComplianceReport report : List.of(firstDay, after)) {
      assertThat(report).hasNoFinding(UNDERSPEND).outcomeOf(UNDERSPEND).isNotAssessed();
      assertThat(report).hasGap(UNDERSPEND).on("CRG-2019-20").at(OSARA_AMOUNT)
          .withMessageContaining("Record the amount of OSARA Problem Solving Training (osara)").single();
    }
  }

  @Test
  void stays_clear_when_the_known_figures_reach_the_allocation() {
    // GIVEN £26,441 known committed and £13,220 returned to the funder, £39,661 in all; and £13,219.99
    // returned, a penny under the allocation
    // WHEN they are checked on 2 March 2020
    ComplianceReport reached = check(LocalDate.of(2020, 3, 2), underspend2019("13220"));
    ComplianceReport pennyShort = check(LocalDate.of(2020, 3, 2), underspend2019("13219.99"));
    // THEN the grant is used in full whatever OSARA costs; a penny short, OSARA decides
    assertThat(reached).hasNoFinding(UNDERSPEND).hasNoGap(UNDERSPEND).outcomeOf(UNDERSPEND).isPass();
    assertThat(pennyShort).hasNoFinding(UNDERSPEND).hasGap(UNDERSPEND).on("CRG-2019-20").single();
  }

  @Test
  void counts_granted_rollovers_as_money_to_use_before_deciding() {
    // GIVEN the 2020/21 grant (£39,661) with its £10k rollover GRANTED (assumed): £49,661 to use,
    // £26,441 committed upfront, OSARA committed in the tactical pot without an amount, and
    // £23,220 or £23,219.99 returned (assumed)
    Grant.Builder granted = KentGrants.crg2020()
        .rollovers(List.of(KentGrants.knifeCrimeRefundRollover().permission(RolloverPermission.GRANTED).build()))
        .addProjects(project("ets", "Emergency Trauma Packs", Pot.UPFRONT, "26441", ProjectStatus.APPROVED),
            osara(Pot.TACTICAL));
    // WHEN they are checked on 2 March 2021, the first day of the 2020/21 final month, after the
    // 2019/20 grant the rollover comes from
    LocalDate d = LocalDate.of(2021, 3, 2);
    Grant from = KentGrants.crg2019().build();
    ComplianceReport reached =
        check(d, from, Grant.builder().from(granted.build()).returnedToFunder(Money.of("23220")).build());
    ComplianceReport pennyShort =
        check(d, from, Grant.builder().from(granted.build()).returnedToFunder(Money.of("23219.99")).build());
    // THEN £49,661 known is clear; a penny short is not assessed
    assertThat(reached).hasNoGap(UNDERSPEND, "CRG-2020-21").hasNoFinding(UNDERSPEND, "CRG-2020-21");
    assertThat(pennyShort).hasGap(UNDERSPEND).on("CRG-2020-21").at("$.grants[1].projects[1].amount").single();
  }

  @Test
  void reads_only_the_committed_projects() {
    // GIVEN £38,661 committed of £39,661, every committed amount known, and a proposed project
    // without an amount
    Grant grant = KentGrants.crg2019().addProjects(
        project("ets", "Emergency Trauma Packs", Pot.UPFRONT, "25441", ProjectStatus.APPROVED),
        project("tactical", "Tactical project", Pot.TACTICAL, "13220", ProjectStatus.APPROVED),
        unknownAmount("proposed", "Proposed project", Pot.UPFRONT, ProjectStatus.PROPOSED)).build();
    // WHEN it is checked after year end
    ComplianceReport report = check(LocalDate.of(2020, 4, 1), grant);
    // THEN the proposed project's amount is not read: £1,000 is at risk, a finding, no gap
    assertThat(report).hasFinding(UNDERSPEND).on("CRG-2019-20").withEvidence("uncommitted", "1000.00").single();
    assertThat(report).hasNoGap(UNDERSPEND);
  }

  // ---------------------------------------------------------------- GRANT_REPORTED_TOTAL_MISMATCH

  /**
   * The 2022/23 grant (seed 001, para 6: "the PCC approved £21,440") with Best Bar None approved at
   * the amount given (assumed £2,000 in the seeds' figures) and the Trauma Awareness Project,
   * project 2, without an amount: the other approved projects are £8,000 and £4,000.
   */
  private static Grant.Builder crg2022(String bestBarNone) {
    Grant grant = KentGrants.crg2022().build();
    return Grant.builder().from(grant).projects(grant.projects().stream()
        .map(p -> switch (p.id()) {
          case "best-bar-none" -> project("best-bar-none", "Best Bar None promotional material", Pot.UPFRONT, bestBarNone,
              ProjectStatus.APPROVED);
          case "trauma-awareness" -> unknownAmount("trauma-awareness", "Trauma Awareness Project", Pot.UPFRONT,
              ProjectStatus.APPROVED);
          default -> p;
        })
        .toList());
  }

  private static final String TRAUMA_AMOUNT = "$.grants[0].projects[2].amount";

  @Test
  void leaves_a_total_not_assessed_while_its_known_projects_are_a_penny_under_or_exactly_it() {
    // GIVEN £21,439.99 and £21,440 known approved of the £21,440 stated, Trauma Awareness's amount
    // not recorded
    // WHEN they are checked on the day of the minutes
    ComplianceReport under = check(Kcsp2022.MINUTES, crg2022("9439.99").build());
    ComplianceReport exactly = check(Kcsp2022.MINUTES, crg2022("9440").build());
    // THEN Trauma Awareness's amount decides both: not assessed, a gap at it
    for (ComplianceReport report : List.of(under, exactly)) {
      assertThat(report).hasNoFinding(TOTAL).outcomeOf(TOTAL).isNotAssessed();
      assertThat(report).hasGap(TOTAL).on("CRG-2022-23").at(TRAUMA_AMOUNT)
          .withMessageContaining("Record the amount of Trauma Awareness Project (trauma-awareness)").single();
    }
  }

  @Test
  void reports_a_total_its_known_projects_already_exceed_by_a_penny() {
    // GIVEN £21,440.01 known approved of the £21,440 stated, Trauma Awareness's amount not recorded
    // WHEN it is checked
    ComplianceReport report = check(Kcsp2022.MINUTES, crg2022("9440.01").build());
    // THEN the total is wrong whatever Trauma Awareness cost: a finding, no gap
    Finding finding = assertThat(report).hasFinding(TOTAL).on("CRG-2022-23").withEvidence("computed", "21440.01")
        .withEvidence("reported", "21440.00").withEvidence("projectsWithoutAmount", "trauma-awareness").single();
    assertThat(finding.message()).isEqualTo("KCSP minutes 14 July 2022, para 6 reports £21,440.00 approved from Crime"
        + " Reduction Grant 2022/23, but its approved projects (APPROVED or COMPLETED) add up to at least £21,440.01"
        + " (1 of them has no amount and is not counted); correct the report or the project amounts.");
    assertThat(report).hasNoGap(TOTAL);
  }

  @Test
  void reads_only_the_projects_of_the_totals_basis() {
    // GIVEN the seed's four approved projects, £21,440 in all as stated, and a chair-approved
    // project without an amount, outside the approved basis
    Grant grant = KentGrants.crg2022()
        .addProjects(unknownAmount("chair-approved", "Chair approved project", Pot.UPFRONT, ProjectStatus.CHAIR_APPROVED))
        .build();
    // WHEN it is checked
    ComplianceReport report = check(Kcsp2022.MINUTES, grant);
    // THEN the total is decided and matches (reading 1), while the pot, which reads that project, is not assessed
    assertThat(report).hasNoFinding(TOTAL).hasNoGap(TOTAL).outcomeOf(TOTAL).isPass();
    assertThat(report).hasGap(OVERCOMMITTED).on("CRG-2022-23").at("$.grants[0].projects[5].amount").single();
  }

  @Test
  void reports_one_gap_for_two_totals_that_read_the_same_amount() {
    // GIVEN two approved totals, £21,440 and £21,500 (assumed), both above the £14,000 known
    Grant grant = crg2022("2000").addReportedTotals(approvedTotal("21500")).build();
    // WHEN it is checked
    ComplianceReport report = check(Kcsp2022.MINUTES, grant);
    // THEN one gap per rule, subject and path (reading 17)
    assertThat(report).hasGap(TOTAL).on("CRG-2022-23").at(TRAUMA_AMOUNT).single();
  }

  @Test
  void reports_no_further_gap_on_a_grant_one_of_whose_totals_is_already_wrong() {
    // GIVEN an approved total of £1 (assumed) beside the £21,440 of the minutes, £14,000 known
    Grant grant = crg2022("2000").addReportedTotals(approvedTotal("1")).build();
    // WHEN it is checked
    ComplianceReport report = check(Kcsp2022.MINUTES, grant);
    // THEN the £1 is wrong whatever Trauma Awareness cost, and the grant has no gap of the rule (reading 23)
    assertThat(report).hasFinding(TOTAL).on("CRG-2022-23").withEvidence("reported", "1.00").single();
    assertThat(report).hasNoGap(TOTAL);
  }
}

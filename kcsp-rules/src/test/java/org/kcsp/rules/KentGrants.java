package org.kcsp.rules;

import java.time.LocalDate;
import org.kcsp.model.FinancialYear;
import org.kcsp.model.Grant;
import org.kcsp.model.Money;
import org.kcsp.model.Pot;
import org.kcsp.model.Project;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.ReportedTotal;
import org.kcsp.model.Rollover;
import org.kcsp.model.RolloverPermission;
import org.kcsp.model.TotalBasis;

/**
 * The PCC's Crime Reduction Grants to the KCSP, as the seeds give them, for the grant rule tests.
 * Every figure says where it comes from; what the seeds do not give is marked assumed.
 */
final class KentGrants {

  /** Seed 002, 2.1 and 3.1: £39,661 in 2019/20, the same level kept for 2020/21. */
  static final Money ALLOCATION = Money.of("39661");
  /** Seed 002, 3.1: up to a third of the funding, £13,220, can go to the tactical pot. */
  static final Money TACTICAL = Money.of("13220");
  /** Seed 002, 2.2: the upfront part of 2019/20. */
  static final Money UPFRONT = Money.of("26441");
  /** The date of the Working Group report (seed 002). */
  static final LocalDate REPORT_2020 = LocalDate.of(2020, 3, 18);

  private KentGrants() {}

  static Grant.Builder grant(String id, String year) {
    return Grant.builder().id(id).programme("Crime Reduction Grant").funder("KENT-PCC")
        .financialYear(FinancialYear.parse(year));
  }

  static Project project(String id, String title, Pot pot, String amount, ProjectStatus status) {
    return Project.builder().id(id).title(title).pot(pot).amount(Money.of(amount)).status(status).build();
  }

  static Project unknownAmount(String id, String title, Pot pot, ProjectStatus status) {
    return Project.builder().id(id).title(title).pot(pot).status(status).build();
  }

  /**
   * The 2019/20 grant (seed 002, 2.2): £39,661 = £26,441 upfront + £13,220 tactical; removed
   * projects taxi driver training (£2k), gangs training (£2,541) and the community safety
   * conference (£5k) as WITHDRAWN; knife crime first aid (£10k) REFUNDED. Assumed: these four were
   * in the upfront pot (2.2 says they were among the projects planned for the year).
   */
  static Grant.Builder crg2019() {
    return grant("CRG-2019-20", "2019/20")
        .allocation(ALLOCATION).upfront(UPFRONT).tacticalPot(TACTICAL)
        .addProjects(
            project("taxi-driver-training", "Taxi driver training", Pot.UPFRONT, "2000", ProjectStatus.WITHDRAWN),
            project("gangs-training", "Gangs training", Pot.UPFRONT, "2541", ProjectStatus.WITHDRAWN),
            project("community-safety-conference-2019", "Community safety conference/seminar", Pot.UPFRONT, "5000",
                ProjectStatus.WITHDRAWN),
            project("knife-crime-first-aid", "Knife crime first aid", Pot.UPFRONT, "10000", ProjectStatus.REFUNDED));
  }

  /**
   * The £10k refunded on knife crime first aid, which the KCSP sought permission to roll into
   * 2020/21 (seed 002, 3.1). Assumed: requested on 18 March 2020, the date of the report that says
   * permission has been sought (so on or before it), and into the upfront pot ("into the pot for
   * 2020/21" does not say which).
   */
  static Rollover.Builder knifeCrimeRefundRollover() {
    return Rollover.builder().amount(Money.of("10000")).fromGrant("CRG-2019-20").intoPot(Pot.UPFRONT)
        .permission(RolloverPermission.REQUESTED).requestedOn(REPORT_2020);
  }

  /**
   * The 2020/21 grant (seed 002, 3.1): £39,661, with a third (£13,220) in the tactical pot and no
   * upfront figure stated, so the upfront pot is £39,661 - £13,220 = £26,441; the £10k rollover
   * is REQUESTED.
   */
  static Grant.Builder crg2020() {
    return grant("CRG-2020-21", "2020/21")
        .allocation(ALLOCATION).tacticalPot(TACTICAL)
        .addRollovers(knifeCrimeRefundRollover().build());
  }

  /**
   * The 2022/23 grant (seed 001, para 6): four of five proposed projects approved by the OPCC,
   * "In total, the PCC approved £21,440"; Bystander Approach Training not approved (the VRU funds
   * it). Assumed, because the seeds do not give them: the allocation and tactical pot (the
   * 2019/20 and 2020/21 level of seed 002), each project's amount (the four sum to £21,440:
   * £2,000 + £8,000 + £7,440 + £4,000), that all are upfront, and Bystander's £3,000.
   */
  static Grant.Builder crg2022() {
    return grant("CRG-2022-23", "2022/23")
        .allocation(ALLOCATION).tacticalPot(TACTICAL)
        .addReportedTotals(approvedTotal("21440"))
        .addProjects(
            project("best-bar-none", "Best Bar None promotional material", Pot.UPFRONT, "2000", ProjectStatus.APPROVED),
            project("community-safety-conference-2022", "Community Safety Conference", Pot.UPFRONT, "8000",
                ProjectStatus.APPROVED),
            project("trauma-awareness", "Trauma Awareness Project", Pot.UPFRONT, "7440", ProjectStatus.APPROVED),
            project("awareness-campaigns", "Promotional materials for awareness campaigns", Pot.UPFRONT, "4000",
                ProjectStatus.APPROVED),
            bystander());
  }

  /** Seed 001, para 6: not approved by the OPCC, the VRU already funds it. Assumed amount £3,000. */
  static Project bystander() {
    return Project.builder().id("bystander-approach-training").title("Bystander Approach Training")
        .activity("bystander-approach-training").pot(Pot.UPFRONT).amount(Money.of("3000"))
        .status(ProjectStatus.REJECTED).statusReason("VRU already funds the programme").build();
  }

  /** Seed 001, para 6: "In total, the PCC approved £21,440". */
  static ReportedTotal approvedTotal(String amount) {
    return ReportedTotal.builder().basis(TotalBasis.APPROVED).amount(Money.of(amount))
        .statedIn("KCSP minutes 14 July 2022, para 6").build();
  }
}

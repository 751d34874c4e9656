package org.kcsp.rules.report;

import java.time.LocalDate;
import org.kcsp.model.FinancialYear;
import org.kcsp.model.Grant;
import org.kcsp.model.Money;
import org.kcsp.model.Partnership;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Pot;
import org.kcsp.model.Project;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.Tier;
import org.kcsp.model.Waiver;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Evidence;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Kcsp2022Records;
import org.kcsp.rules.Outcome;
import org.kcsp.rules.RuleResult;
import org.kcsp.rules.Severity;
import org.kcsp.rules.Subject;
import org.kcsp.rules.SubjectKind;
import org.kcsp.rules.Waived;

/** Records and reports for the renderers' tests. */
final class ReportFixtures {

  static final ComplianceEngine ENGINE = ComplianceEngine.standard();

  /** A year after the KCSP's ToR approvals of 14 July 2022 (seed 001), plus a day: reviews overdue. */
  static final LocalDate YEAR_LATER = LocalDate.of(2023, 7, 15);

  /** The waiver's last day, after {@link #YEAR_LATER}. */
  static final LocalDate WAIVER_UNTIL = LocalDate.of(2023, 11, 30);

  static final String WAIVER_REASON = "Review moved to the meeting of 16 November 2023, when the new Police and "
      + "Crime Plan is known";

  private ReportFixtures() {}

  /** The KCSP of 14 July 2022 (seed 001): no findings that day, overdue reviews a year and a day later. */
  static PartnershipRecord kcsp() {
    return Kcsp2022Records.record().build();
  }

  /**
   * The 2019/20 Crime Reduction Grant (seed 002, §2.1-2.4): £39,661, of which £26,441 upfront and
   * £13,220 tactical. The three withdrawn projects and the refunded knife crime first aid are as the
   * seed says; the amounts of the approved projects are assumed (the seed does not give them).
   */
  static Grant crimeReductionGrant() {
    return Grant.builder()
        .id("CRG-2019-20").programme("Crime Reduction Grant").funder("KENT-PCC")
        .financialYear(FinancialYear.parse("2019/20"))
        .allocation(Money.of("39661")).upfront(Money.of("26441")).tacticalPot(Money.of("13220"))
        .addProjects(
            project("taxi-driver-training", "Taxi driver training", Pot.UPFRONT, "2000", ProjectStatus.WITHDRAWN),
            project("gangs-training", "Gangs training", Pot.UPFRONT, "2541", ProjectStatus.WITHDRAWN),
            project("community-safety-conference", "Community safety conference", Pot.UPFRONT, "5000",
                ProjectStatus.WITHDRAWN),
            project("knife-crime-first-aid", "Knife crime first aid", Pot.UPFRONT, "10000", ProjectStatus.REFUNDED),
            project("trauma-informed-practice", "Trauma Informed Practice", Pot.UPFRONT, "6480",
                ProjectStatus.APPROVED),
            project("raise-a-brow-leaflets", "Easy Read Leaflets for Raise a Brow", Pot.UPFRONT, "1250.50",
                ProjectStatus.APPROVED),
            project("emergency-trauma-packs", "Emergency Trauma Packs", Pot.TACTICAL, "4400",
                ProjectStatus.CHAIR_APPROVED),
            project("modern-slavery-trainer", "Modern Slavery: Train the Trainer", Pot.TACTICAL, "1800",
                ProjectStatus.APPROVED))
        .build();
  }

  /** A grant whose tactical pot (£12,000) is over its one-third cap (£10,000). */
  static Grant overCapGrant() {
    return Grant.builder()
        .id("CRG-2020-21").programme("Crime Reduction Grant").funder("KENT-PCC")
        .financialYear(FinancialYear.parse("2020/21"))
        .allocation(Money.of("30000")).tacticalPot(Money.of("12000"))
        .addProjects(project("osara-training", "OSARA Problem Solving Training", Pot.TACTICAL, "3000",
            ProjectStatus.APPROVED))
        .build();
  }

  /** A grant with a live project of unknown amount: what is committed cannot be drawn. */
  static Grant grantWithUnknownAmount() {
    return Grant.builder()
        .id("CRG-2021-22").programme("Crime Reduction Grant").funder("KENT-PCC")
        .financialYear(FinancialYear.parse("2021/22"))
        .allocation(Money.of("39661")).tacticalPot(Money.of("13220"))
        .addProjects(
            project("vulnerability-webapp", "Kent Community Vulnerability Guidance Webapp", Pot.UPFRONT, "8000",
                ProjectStatus.APPROVED),
            Project.builder().id("da-website-publicity").title("Domestic Abuse Website: Publicity Material")
                .pot(Pot.UPFRONT).status(ProjectStatus.PROPOSED).build())
        .build();
  }

  /** The Working Group report's date (seed 002): in the final month of the 2019/20 grant. */
  static final LocalDate REPORT_2020 = LocalDate.of(2020, 3, 18);

  /**
   * The KCSP with the 2019/20 grant and two projects the chair approved without an amount (seed
   * 002, 2.4 gives none), OSARA in the upfront pot and the webapp in the tactical pot: checked on
   * {@link #REPORT_2020}, neither pot nor the underspend can be decided, and each amount is needed
   * by two rules.
   */
  static PartnershipRecord kcspWithGaps() {
    return Kcsp2022Records.record()
        .addGrants(Grant.builder().from(crimeReductionGrant())
            .addProjects(
                Project.builder().id("osara-training").title("OSARA Problem Solving Training").pot(Pot.UPFRONT)
                    .status(ProjectStatus.CHAIR_APPROVED).build(),
                Project.builder().id("vulnerability-webapp").title("Kent Community Vulnerability Guidance Webapp")
                    .pot(Pot.TACTICAL).status(ProjectStatus.CHAIR_APPROVED).build())
            .build())
        .build();
  }

  /**
   * {@link #kcspWithGaps()} with GRANT_POT_OVERCOMMITTED waived on the grant until 31 March 2020
   * (assumed): whether the waiver covers a finding waits on the same two amounts.
   */
  static PartnershipRecord kcspWithWaivedGap() {
    return PartnershipRecord.builder().from(kcspWithGaps())
        .addWaivers(Waiver.builder().rule("GRANT_POT_OVERCOMMITTED").subject("CRG-2019-20").approvedBy("KCSP")
            .until(LocalDate.of(2020, 3, 31)).reason("Commitments to be confirmed at year end").build())
        .build();
  }

  static Project project(String id, String title, Pot pot, String amount, ProjectStatus status) {
    return Project.builder().id(id).title(title).pot(pot).amount(Money.of(amount)).status(status).build();
  }

  /** The waiver of the KCSP's overdue review, until 30 November 2023. */
  static Waiver waiver() {
    return Waiver.builder().rule("TOR_REVIEW_OVERDUE").subject("KCSP").reason(WAIVER_REASON).approvedBy("KCSP")
        .until(WAIVER_UNTIL).build();
  }

  /** The KCSP with the 2019/20 grant and the waiver. */
  static PartnershipRecord kcspWithGrantAndWaiver() {
    return Kcsp2022Records.record().addGrants(crimeReductionGrant()).addWaivers(waiver()).build();
  }

  /** The KCSP with all three grants and the waiver. */
  static PartnershipRecord kcspWithGrantsAndWaiver() {
    return Kcsp2022Records.record()
        .addGrants(crimeReductionGrant(), overCapGrant(), grantWithUnknownAmount())
        .addWaivers(waiver())
        .build();
  }

  /** The KCSP renamed with every character HTML and Markdown treat specially. */
  static PartnershipRecord awkwardlyNamed() {
    return Kcsp2022Records.record()
        .partnership(Partnership.builder().id("KCSP").name("Kent & Medway <Pilot> \"CSP\" | O'Neill's *group*")
            .area("Kent").tier(Tier.COUNTY).build())
        .addGrants(Grant.builder().from(crimeReductionGrant()).programme("Crime & Reduction <Grant>").build())
        .build();
  }

  /**
   * The KCSP renamed with a terminal escape sequence that clears the screen and a right-to-left
   * override that would make the rest of a line read backwards.
   */
  static PartnershipRecord hostileNamed() {
    return Kcsp2022Records.record()
        .partnership(Partnership.builder().id("KCSP").name("Kent\u001b[2J Community\u202E Safety Partnership")
            .area("Kent").tier(Tier.COUNTY).build())
        .build();
  }

  static ComplianceReport check(PartnershipRecord record, LocalDate date) {
    return ENGINE.check(record, date);
  }

  /**
   * A report made by hand, independent of the rule set: an INFO, a WARNING and two ERRORs (one
   * waived), with money, dates, a pipe and a very long word in them.
   */
  static ComplianceReport handMade() {
    return ComplianceReport.builder()
        .partnershipId("KCSP").partnershipName("Kent Community Safety Partnership")
        .asOf(LocalDate.of(2020, 3, 18))
        .addFindings(
            Finding.builder().rule("GRANT_TACTICAL_POT_OVER_CAP").severity(Severity.ERROR)
                .subject(new Subject(SubjectKind.GRANT, "CRG-2019-20"))
                .message("The tactical pot of CRG-2019-20 is £13,500.00, over its cap of £13,220.33 (1/3 of "
                    + "£39,661.00) by £279.67.")
                .evidence(Evidence.builder().money("tacticalPot", 1_350_000).money("cap", 1_322_033)
                    .money("allocation", 3_966_100).build())
                .source("PCC Crime Reduction Grant conditions | KCSP Working Group report 18 March 2020, para 2.2")
                .build(),
            Finding.builder().rule("PROJECT_DUPLICATE_FUNDING").severity(Severity.ERROR)
                .subject(new Subject(SubjectKind.PROJECT, "knife-crime-first-aid"))
                .message("Knife crime first aid is also funded by Kent and Medway Violence Reduction Unit.")
                .evidence(Evidence.builder().text("otherFunder", "KM-VRU").date("awardedOn", LocalDate.of(2020, 1, 15))
                    .text("reference", "VRU-" + "X".repeat(100)).build())
                .source("KCSP Working Group report 18 March 2020, para 2.2")
                .waived(new Waived("Refunded | the money returns to the pot", "KCSP", LocalDate.of(2020, 3, 31)))
                .build(),
            Finding.builder().rule("TOR_REVIEW_NOT_ALIGNED").severity(Severity.WARNING)
                .subject(new Subject(SubjectKind.SUBGROUP, "KCSP-WG"))
                .message("KCSP Working Group's review is not aligned.")
                .evidence(Evidence.builder().days("daysApart", 93).text("impossibleDate", "2020-02-30").build())
                .source("KCSP minutes 14 July 2022, ToR review, para 4")
                .build(),
            Finding.builder().rule("GRANT_OUTCOME_REPORT_MISSING").severity(Severity.INFO)
                .subject(new Subject(SubjectKind.PROJECT, "trauma-informed-practice"))
                .message("No outcome report is recorded yet.")
                .source("KCSP Working Group report 18 March 2020, para 2.5")
                .build())
        .addRules(
            new RuleResult("GRANT_OUTCOME_REPORT_MISSING", Severity.INFO, Outcome.FAIL, "1 open finding; 2 projects checked", 2),
            new RuleResult("GRANT_TACTICAL_POT_OVER_CAP", Severity.ERROR, Outcome.FAIL, "1 open finding; 1 grant checked", 1),
            new RuleResult("PROJECT_DUPLICATE_FUNDING", Severity.ERROR, Outcome.WAIVED, "1 finding, waived; 2 projects checked", 2),
            new RuleResult("SCRUTINY_NOT_ANNUAL", Severity.WARNING, Outcome.NOT_APPLICABLE,
                "the record holds no scrutiny sessions on or before 18 March 2020", 0),
            new RuleResult("TOR_MISSING", Severity.ERROR, Outcome.PASS, "2 bodies checked", 2),
            new RuleResult("TOR_REVIEW_NOT_ALIGNED", Severity.WARNING, Outcome.FAIL, "1 open finding; 1 subgroup checked", 1))
        .build();
  }
}

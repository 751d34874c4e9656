package org.kcsp.rules.assertj;

import java.time.LocalDate;
import java.util.List;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Evidence;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Gap;
import org.kcsp.rules.Outcome;
import org.kcsp.rules.RuleResult;
import org.kcsp.rules.Severity;
import org.kcsp.rules.Subject;
import org.kcsp.rules.SubjectKind;
import org.kcsp.rules.Waived;

/**
 * Reports made by hand for the assertions' tests, so that their failure messages are known to the
 * letter, and the lines those messages list.
 *
 * <p>The rule ids live here rather than in the test classes: {@code RuleCatalogTest} reads the
 * tests' {@code hasFinding(...)} and {@code hasNoFinding(...)} calls as the rules' own tests, and
 * assertions on hand-made reports test the assertions, not the rules.
 */
final class SampleReports {

  static final String DUPLICATE = "PROJECT_DUPLICATE_FUNDING";
  static final String OVERDUE = "TOR_REVIEW_OVERDUE";
  static final String QUALITATIVE = "AGREEMENT_NO_QUALITATIVE_OUTCOMES";
  static final String POT = "GRANT_TACTICAL_POT_OVER_CAP";
  static final String SCRUTINY = "SCRUTINY_NOT_ANNUAL";
  /** Known to the engine that made {@link #kent()}, which skips it. */
  static final String LOCAL_SCOPE = "PROJECT_LOCAL_SCOPE";

  static final Finding DUPLICATE_ON_BYSTANDER = Finding.builder().rule(DUPLICATE).severity(Severity.ERROR)
      .subject(new Subject(SubjectKind.PROJECT, "bystander-approach-training"))
      .message("Bystander Approach Training is also funded by Kent and Medway Violence Reduction Unit "
          + "(award VRU-BYSTANDER-2022) in 2022/23.")
      .evidence(Evidence.builder().text("otherFunder", "KM-VRU").text("award", "VRU-BYSTANDER-2022").build())
      .source("minutes 14 July 2022, para 6")
      .build();

  static final Finding OVERDUE_ON_KCSP = Finding.builder().rule(OVERDUE).severity(Severity.ERROR)
      .subject(new Subject(SubjectKind.PARTNERSHIP, "KCSP"))
      .message("Kent Community Safety Partnership's terms of reference were last approved on 14 July 2022; "
          + "their review was due on 14 July 2023, 1 day ago.")
      .evidence(Evidence.builder().date("lastApproved", LocalDate.of(2022, 7, 14)).date("dueDate", LocalDate.of(2023, 7, 14))
          .days("daysOverdue", 1).build())
      .source("KCSP minutes 14 July 2022, ToR review, resolution (c): reviewed annually")
      .build();

  static final Finding OVERDUE_ON_WORKING_GROUP = Finding.builder().rule(OVERDUE).severity(Severity.ERROR)
      .subject(new Subject(SubjectKind.SUBGROUP, "KCSP-WG"))
      .message("KCSP Working Group's terms of reference were last approved on 14 July 2022; "
          + "their review was due on 14 July 2023, 1 day ago.")
      .evidence(Evidence.builder().date("lastApproved", LocalDate.of(2022, 7, 14)).date("dueDate", LocalDate.of(2023, 7, 14))
          .days("daysOverdue", 1).build())
      .source("KCSP minutes 14 July 2022, ToR review, resolution (c): reviewed annually")
      .waived(new Waived("Review moved to the meeting of 16 November 2023", "KCSP", LocalDate.of(2023, 11, 30)))
      .build();

  static final Finding QUALITATIVE_ON_KCSP = Finding.builder().rule(QUALITATIVE).severity(Severity.INFO)
      .subject(new Subject(SubjectKind.PARTNERSHIP, "KCSP"))
      .message("None of the 5 actions of the Kent Community Safety Agreement action plan has a qualitative "
          + "outcome measure; add qualitative outcomes beside the quantitative ones.")
      .evidence(Evidence.builder().count("actions", 5).count("outcomeMeasures", 5).build())
      .source("KCSP minutes 14 July 2022, CSA item, para 7")
      .waived(new Waived("Outcomes to be added with the 2024 refresh", "KCSP", LocalDate.of(2024, 3, 31)))
      .build();

  /** The lines the failures list for each finding, evidence included. */
  static final String DUPLICATE_ON_BYSTANDER_LINES = lines(
      "  ERROR PROJECT_DUPLICATE_FUNDING on PROJECT bystander-approach-training: Bystander Approach Training is "
          + "also funded by Kent and Medway Violence Reduction Unit (award VRU-BYSTANDER-2022) in 2022/23.",
      "    evidence: otherFunder=KM-VRU, award=VRU-BYSTANDER-2022");
  static final String OVERDUE_ON_KCSP_LINES = lines(
      "  ERROR TOR_REVIEW_OVERDUE on PARTNERSHIP KCSP: Kent Community Safety Partnership's terms of reference "
          + "were last approved on 14 July 2022; their review was due on 14 July 2023, 1 day ago.",
      "    evidence: lastApproved=2022-07-14, dueDate=2023-07-14, daysOverdue=1");
  static final String OVERDUE_ON_WORKING_GROUP_LINES = lines(
      "  ERROR TOR_REVIEW_OVERDUE on SUBGROUP KCSP-WG (waived): KCSP Working Group's terms of reference were "
          + "last approved on 14 July 2022; their review was due on 14 July 2023, 1 day ago.",
      "    evidence: lastApproved=2022-07-14, dueDate=2023-07-14, daysOverdue=1");
  static final String QUALITATIVE_ON_KCSP_LINES = lines(
      "  INFO AGREEMENT_NO_QUALITATIVE_OUTCOMES on PARTNERSHIP KCSP (waived): None of the 5 actions of the Kent "
          + "Community Safety Agreement action plan has a qualitative outcome measure; add qualitative outcomes "
          + "beside the quantitative ones.",
      "    evidence: actions=5, outcomeMeasures=5");

  private SampleReports() {}

  /**
   * The KCSP a year and a day after its ToR approvals of 14 July 2022: its review overdue, the
   * Working Group's too but waived, a duplicate funding, a waived INFO finding; the tactical pot
   * within its cap, no scrutiny session on record; {@link #LOCAL_SCOPE} skipped.
   */
  static ComplianceReport kent() {
    return ComplianceReport.builder()
        .partnershipId("KCSP").partnershipName("Kent Community Safety Partnership")
        .asOf(LocalDate.of(2023, 7, 15))
        .addFindings(DUPLICATE_ON_BYSTANDER, OVERDUE_ON_KCSP, OVERDUE_ON_WORKING_GROUP, QUALITATIVE_ON_KCSP)
        .addRules(
            new RuleResult(QUALITATIVE, Severity.INFO, Outcome.WAIVED, "1 finding, waived; 1 partnership checked", 1),
            new RuleResult(POT, Severity.ERROR, Outcome.PASS, "1 grant checked", 1),
            new RuleResult(DUPLICATE, Severity.ERROR, Outcome.FAIL, "1 open finding; 5 projects checked", 5),
            new RuleResult(SCRUTINY, Severity.ERROR, Outcome.NOT_APPLICABLE,
                "the record holds no scrutiny sessions on or before 15 July 2023", 0),
            new RuleResult(OVERDUE, Severity.ERROR, Outcome.FAIL, "1 open finding, 1 waived; 2 bodies checked", 2))
        .addSkippedRules(LOCAL_SCOPE)
        .build();
  }

  /** {@link #kent()} with its open findings put right: only waived findings are left. */
  static ComplianceReport kentPutRight() {
    return ComplianceReport.builder().from(kent())
        .findings(List.of(OVERDUE_ON_WORKING_GROUP, QUALITATIVE_ON_KCSP))
        .rules(List.of(
            new RuleResult(QUALITATIVE, Severity.INFO, Outcome.WAIVED, "1 finding, waived; 1 partnership checked", 1),
            new RuleResult(POT, Severity.ERROR, Outcome.PASS, "1 grant checked", 1),
            new RuleResult(DUPLICATE, Severity.ERROR, Outcome.PASS, "5 projects checked", 5),
            new RuleResult(SCRUTINY, Severity.ERROR, Outcome.NOT_APPLICABLE,
                "the record holds no scrutiny sessions on or before 15 July 2023", 0),
            new RuleResult(OVERDUE, Severity.ERROR, Outcome.WAIVED, "1 finding, waived; 2 bodies checked", 2)))
        .build();
  }

  /** A report with no findings: every rule passed or did not apply. */
  static ComplianceReport compliant() {
    return ComplianceReport.builder()
        .partnershipId("KCSP").partnershipName("Kent Community Safety Partnership")
        .asOf(LocalDate.of(2022, 7, 14))
        .addRules(
            new RuleResult(POT, Severity.ERROR, Outcome.PASS, "1 grant checked", 1),
            new RuleResult(SCRUTINY, Severity.ERROR, Outcome.NOT_APPLICABLE,
                "the record holds no scrutiny sessions on or before 15 July 2023", 0))
        .build();
  }

  static final String OVERCOMMITTED = "GRANT_POT_OVERCOMMITTED";
  static final String UNDERSPEND = "GRANT_UNDERSPEND_RISK";

  static final Finding UPFRONT_OVERCOMMITTED = Finding.builder().rule(OVERCOMMITTED).severity(Severity.ERROR)
      .subject(new Subject(SubjectKind.GRANT, "CRG-2019-20"))
      .message("The committed projects of the upfront pot of Crime Reduction Grant 2019/20 cost £26,441.01, £0.01 "
          + "more than the pot's £26,441.00 plus £0.00 of granted rollovers; reduce the commitments or secure the funding.")
      .evidence(Evidence.builder().text("pot", "UPFRONT").money("over", 1).build())
      .source("grant conditions: spend within the allocation")
      .build();

  static final Gap TACTICAL_AMOUNT = new Gap(OVERCOMMITTED, new Subject(SubjectKind.GRANT, "CRG-2019-20"),
      "$.grants[0].projects[5].amount",
      "Record the amount of OSARA Problem Solving Training (osara), a project of Crime Reduction Grant 2019/20.");
  static final Gap UNDERSPEND_OSARA = new Gap(UNDERSPEND, new Subject(SubjectKind.GRANT, "CRG-2019-20"),
      "$.grants[0].projects[5].amount",
      "Record the amount of OSARA Problem Solving Training (osara), a project of Crime Reduction Grant 2019/20.");
  static final Gap UNDERSPEND_WEBAPP = new Gap(UNDERSPEND, new Subject(SubjectKind.GRANT, "CRG-2019-20"),
      "$.grants[0].projects[12].amount",
      "Record the amount of Kent Community Vulnerability Guidance Webapp (webapp), a project of Crime Reduction "
          + "Grant 2019/20.");

  static final String TACTICAL_AMOUNT_LINE = "  GRANT_POT_OVERCOMMITTED on GRANT CRG-2019-20 at "
      + "$.grants[0].projects[5].amount: Record the amount of OSARA Problem Solving Training (osara), a project of "
      + "Crime Reduction Grant 2019/20.";
  static final String UNDERSPEND_OSARA_LINE = "  GRANT_UNDERSPEND_RISK on GRANT CRG-2019-20 at "
      + "$.grants[0].projects[5].amount: Record the amount of OSARA Problem Solving Training (osara), a project of "
      + "Crime Reduction Grant 2019/20.";
  static final String UNDERSPEND_WEBAPP_LINE = "  GRANT_UNDERSPEND_RISK on GRANT CRG-2019-20 at "
      + "$.grants[0].projects[12].amount: Record the amount of Kent Community Vulnerability Guidance Webapp (webapp), "
      + "a project of Crime Reduction Grant 2019/20.";

  /**
   * The KCSP on 18 March 2020, in the final month of its 2019/20 grant: the upfront pot
   * overcommitted by a penny, the tactical pot and the underspend not assessed for want of two
   * amounts; no scrutiny session on record.
   */
  static ComplianceReport grant2019() {
    return ComplianceReport.builder()
        .partnershipId("KCSP").partnershipName("Kent Community Safety Partnership")
        .asOf(LocalDate.of(2020, 3, 18))
        .addFindings(UPFRONT_OVERCOMMITTED)
        .addGaps(TACTICAL_AMOUNT, UNDERSPEND_OSARA, UNDERSPEND_WEBAPP)
        .addRules(
            new RuleResult(OVERCOMMITTED, Severity.ERROR, Outcome.FAIL,
                "1 open finding, 1 gap on grant CRG-2019-20; 1 grant checked", 1),
            new RuleResult(POT, Severity.ERROR, Outcome.PASS, "1 grant checked", 1),
            new RuleResult(SCRUTINY, Severity.ERROR, Outcome.NOT_APPLICABLE,
                "the record holds no scrutiny sessions on or before 18 March 2020", 0),
            new RuleResult(UNDERSPEND, Severity.WARNING, Outcome.NOT_ASSESSED, "2 gaps on grant CRG-2019-20; 1 grant checked",
                1))
        .addSkippedRules(LOCAL_SCOPE)
        .build();
  }

  /** A report that lists no rules at all, as only a report made by hand can. */
  static ComplianceReport noRules() {
    return ComplianceReport.builder()
        .partnershipId("KCSP").partnershipName("Kent Community Safety Partnership")
        .asOf(LocalDate.of(2022, 7, 14))
        .build();
  }

  /** Lines joined as failure messages join them. */
  static String lines(String... lines) {
    return String.join(System.lineSeparator(), lines);
  }

}

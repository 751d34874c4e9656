package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kcsp.model.FinancialYear;
import org.kcsp.model.Grant;
import org.kcsp.model.Money;
import org.kcsp.model.OutcomeReport;
import org.kcsp.model.Partnership;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Pot;
import org.kcsp.model.Project;
import org.kcsp.model.ProjectScope;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.Tier;

/**
 * The project rules other than duplicate funding (see {@link DuplicateFundingTest}), on the KCSP's
 * Crime Reduction Grants of 2019/20 and 2020/21 as the Working Group report of 18 March 2020
 * describes them (seed 002).
 */
class ProjectRulesTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();

  /** Seed 002: the Working Group report to the KCSP of 18 March 2020. */
  private static final LocalDate REPORT = LocalDate.of(2020, 3, 18);

  /** The year end of 2019/20; its final month runs from 2 March to 31 March 2020. */
  private static final LocalDate YEAR_END = LocalDate.of(2020, 3, 31);

  /** Seed 002, 3.2: "the submission dates for the 2020/21 business cases to the OPCC is 20th March 2020". */
  private static final LocalDate BUSINESS_CASE_DEADLINE = LocalDate.of(2020, 3, 20);

  /** Seed 002, 2.1-2.2: £39,661 from the PCC for 2019/20, £26,441 up front and £13,220 tactical. */
  static Grant.Builder crg2019() {
    return Grant.builder().id("CRG-2019-20").programme("Crime Reduction Grant").funder("KENT-PCC")
        .financialYear(FinancialYear.parse("2019/20")).allocation(Money.of("39661")).upfront(Money.of("26441"))
        .tacticalPot(Money.of("13220"));
  }

  /** Seed 002, 3.1-3.2: the same £39,661 for 2020/21, business cases due 20 March 2020. */
  static Grant.Builder crg2020() {
    return Grant.builder().id("CRG-2020-21").programme("Crime Reduction Grant").funder("KENT-PCC")
        .financialYear(FinancialYear.parse("2020/21")).allocation(Money.of("39661")).tacticalPot(Money.of("13220"))
        .businessCaseDeadline(BUSINESS_CASE_DEADLINE);
  }

  static Project.Builder project(String id, String title, ProjectStatus status) {
    return Project.builder().id(id).title(title).pot(Pot.TACTICAL).status(status).addPriorities("serious-violence");
  }

  static PartnershipRecord record(Grant... grants) {
    return Kcsp2022.record().grants(List.of(grants)).build();
  }

  static OutcomeReport due(LocalDate due) {
    return OutcomeReport.builder().due(due).build();
  }

  static OutcomeReport due(LocalDate due, LocalDate submitted) {
    return OutcomeReport.builder().due(due).submittedOn(submitted).build();
  }

  @Nested
  class AwaitingFunderApproval {

    private static final String RULE = "PROJECT_AWAITING_FUNDER_APPROVAL";

    /**
     * Seed 002, 2.4: the projects the Chair approved, "subject to final approval from the Police and
     * Crime Commissioner"; and 2.3: the three projects that proceeded (approved).
     */
    private PartnershipRecord seed002() {
      return record(crg2019().addProjects(
          project("trauma-informed-practice", "Trauma Informed Practice: Staff Awareness Training 18-24",
              ProjectStatus.APPROVED).build(),
          project("knife-crime-retail", "Knife Crime Retail Surveillance and Enforcement", ProjectStatus.APPROVED).build(),
          project("raise-a-brow", "Easy Read Leaflets for 'Raise a Brow' Scams Campaign", ProjectStatus.APPROVED).build(),
          project("emergency-trauma-packs", "Emergency Trauma Packs", ProjectStatus.CHAIR_APPROVED).build(),
          project("modern-slavery", "Modern Slavery: Train the Trainer", ProjectStatus.CHAIR_APPROVED).build(),
          project("osara", "OSARA Problem Solving Training", ProjectStatus.CHAIR_APPROVED).build(),
          project("da-website", "Domestic Abuse Website: Publicity Material", ProjectStatus.CHAIR_APPROVED).build(),
          project("strategic-assessment", "Strategic Assessment Workshop", ProjectStatus.CHAIR_APPROVED).build(),
          project("vulnerability-webapp", "Kent Community Vulnerability Guidance Webapp", ProjectStatus.CHAIR_APPROVED)
              .build())
          .build());
    }

    private PartnershipRecord oneProject(ProjectStatus status) {
      return record(crg2019().addProjects(project("emergency-trauma-packs", "Emergency Trauma Packs", status).build())
          .build());
    }

    @Test
    void reports_each_project_the_chair_approved_still_awaiting_the_pcc_on_18_march_2020() {
      // GIVEN the six projects approved by the Chair and awaiting the PCC (seed 002, 2.4)
      // WHEN checked on 18 March 2020, inside the final month of 2019/20
      ComplianceReport report = ENGINE.check(seed002(), REPORT);
      // THEN each is reported, 13 days before year end
      Finding finding = assertThat(report).hasFinding(RULE).on("emergency-trauma-packs")
          .withSeverity(Severity.WARNING)
          .withEvidence("funder", "KENT-PCC")
          .withEvidence("yearEnd", "2020-03-31")
          .withEvidence("daysToYearEnd", "13")
          .single();
      assertThat(finding.subject().kind()).isEqualTo(SubjectKind.PROJECT);
      assertThat(finding.message()).isEqualTo("Emergency Trauma Packs was approved by the chair but still awaits the "
          + "approval of Kent Police and Crime Commissioner; 2019/20 ends on 31 March 2020, in 13 days.");
      assertThat(finding.source()).isEqualTo("Working Group report 18 March 2020, 2.4: subject to final approval from the PCC");
      for (String id : List.of("modern-slavery", "osara", "da-website", "strategic-assessment", "vulnerability-webapp")) {
        assertThat(report).hasFinding(RULE).on(id).withSeverity(Severity.WARNING).single();
      }
      // and not the three the PCC had approved (seed 002, 2.3)
      assertThat(report.findings(RULE)).hasSize(6);
      assertThat(report).outcomeOf(RULE).isFail();
    }

    @Test
    void stays_silent_on_the_last_day_before_the_final_month() {
      ComplianceReport report = ENGINE.check(oneProject(ProjectStatus.CHAIR_APPROVED), YEAR_END.minusDays(30));
      assertThat(report).hasNoFinding(RULE).outcomeOf(RULE).isPass();
    }

    @Test
    void reports_on_the_first_day_of_the_final_month() {
      // the final month is the 30 days up to and including 31 March 2020: from 2 March 2020
      ComplianceReport report = ENGINE.check(oneProject(ProjectStatus.CHAIR_APPROVED), LocalDate.of(2020, 3, 2));
      assertThat(report).hasFinding(RULE).on("emergency-trauma-packs").withEvidence("daysToYearEnd", "29").single();
    }

    @Test
    void reports_on_the_year_end_itself() {
      Finding finding = assertThat(ENGINE.check(oneProject(ProjectStatus.CHAIR_APPROVED), YEAR_END)).hasFinding(RULE)
          .on("emergency-trauma-packs").withEvidence("daysToYearEnd", "0").single();
      assertThat(finding.message()).endsWith("2019/20 ends on 31 March 2020, today.");
    }

    @Test
    void reports_after_year_end() {
      Finding finding = assertThat(ENGINE.check(oneProject(ProjectStatus.CHAIR_APPROVED), YEAR_END.plusDays(1)))
          .hasFinding(RULE).on("emergency-trauma-packs").withEvidence("daysAfterYearEnd", "1").single();
      assertThat(finding.evidence()).doesNotContainKey("daysToYearEnd");
      assertThat(finding.message()).isEqualTo("Emergency Trauma Packs was approved by the chair but still awaits the "
          + "approval of Kent Police and Crime Commissioner; 2019/20 ended on 31 March 2020, 1 day ago.");
    }

    @Test
    void stays_silent_once_the_funder_has_approved() {
      for (ProjectStatus status : List.of(ProjectStatus.APPROVED, ProjectStatus.COMPLETED, ProjectStatus.RECOMMENDED,
          ProjectStatus.PROPOSED, ProjectStatus.REJECTED)) {
        ComplianceReport report = ENGINE.check(oneProject(status), REPORT);
        assertThat(report).as(status.name()).hasNoFinding(RULE).outcomeOf(RULE).isPass();
      }
    }

    @Test
    void is_not_applicable_without_projects() {
      assertThat(ENGINE.check(record(crg2019().build()), REPORT)).outcomeOf(RULE).isNotApplicable();
    }
  }

  @Nested
  class OutcomeReportOverdue {

    private static final String RULE = "PROJECT_OUTCOME_REPORT_OVERDUE";

    /**
     * Seed 002, 2.5: outcome feedback on the 2019/20 projects "must be completed and submitted to the
     * OPCC in the coming weeks"; the due date, 30 April 2020, is assumed.
     */
    private static final LocalDate DUE = LocalDate.of(2020, 4, 30);

    private PartnershipRecord emergencyTraumaPacks(ProjectStatus status, OutcomeReport report) {
      return record(crg2019().addProjects(project("emergency-trauma-packs", "Emergency Trauma Packs", status)
          .outcomeReport(report).build()).build());
    }

    @Test
    void reports_a_report_due_yesterday_and_not_submitted() {
      ComplianceReport report = ENGINE.check(emergencyTraumaPacks(ProjectStatus.APPROVED, due(DUE)), DUE.plusDays(1));
      Finding finding = assertThat(report).hasFinding(RULE).on("emergency-trauma-packs")
          .withSeverity(Severity.WARNING)
          .withEvidence("dueDate", "2020-04-30")
          .withEvidence("daysOverdue", "1")
          .single();
      assertThat(finding.subject().kind()).isEqualTo(SubjectKind.PROJECT);
      assertThat(finding.message()).isEqualTo("The outcome report on Emergency Trauma Packs was due to Kent Police and "
          + "Crime Commissioner on 30 April 2020 and has not been submitted; it is 1 day overdue.");
      assertThat(report).outcomeOf(RULE).isFail();
    }

    @Test
    void stays_silent_on_a_report_due_yesterday_and_submitted_today() {
      ComplianceReport report = ENGINE.check(emergencyTraumaPacks(ProjectStatus.APPROVED, due(DUE, DUE.plusDays(1))),
          DUE.plusDays(1));
      assertThat(report).hasNoFinding(RULE).outcomeOf(RULE).isPass();
    }

    @Test
    void reports_a_report_submitted_after_the_evaluation_date_as_not_submitted() {
      // a submission dated tomorrow does not exist yet (record-format.md, evaluation date)
      ComplianceReport report = ENGINE.check(emergencyTraumaPacks(ProjectStatus.COMPLETED, due(DUE, DUE.plusDays(2))),
          DUE.plusDays(1));
      assertThat(report).hasFinding(RULE).on("emergency-trauma-packs").withEvidence("daysOverdue", "1");
    }

    @Test
    void stays_silent_on_a_report_due_today() {
      ComplianceReport report = ENGINE.check(emergencyTraumaPacks(ProjectStatus.APPROVED, due(DUE)), DUE);
      assertThat(report).hasNoFinding(RULE).outcomeOf(RULE).isPass();
    }

    @Test
    void reports_each_committed_status() {
      for (ProjectStatus status : List.of(ProjectStatus.CHAIR_APPROVED, ProjectStatus.APPROVED, ProjectStatus.COMPLETED)) {
        assertThat(ENGINE.check(emergencyTraumaPacks(status, due(DUE)), DUE.plusDays(10))).as(status.name())
            .hasFinding(RULE).on("emergency-trauma-packs").withEvidence("daysOverdue", "10");
      }
    }

    @Test
    void stays_silent_on_a_project_that_is_not_committed() {
      for (ProjectStatus status : List.of(ProjectStatus.PROPOSED, ProjectStatus.RECOMMENDED, ProjectStatus.WITHDRAWN,
          ProjectStatus.REJECTED, ProjectStatus.REFUNDED)) {
        ComplianceReport report = ENGINE.check(emergencyTraumaPacks(status, due(DUE)), DUE.plusDays(10));
        assertThat(report).as(status.name()).hasNoFinding(RULE).outcomeOf(RULE).isPass();
      }
    }

    @Test
    void is_not_applicable_when_no_project_owes_a_report() {
      ComplianceReport report = ENGINE.check(record(crg2019().addProjects(
          project("emergency-trauma-packs", "Emergency Trauma Packs", ProjectStatus.APPROVED).build()).build()),
          DUE.plusDays(1));
      assertThat(report).outcomeOf(RULE).isNotApplicable();
    }
  }

  @Nested
  class BusinessCaseLate {

    private static final String RULE = "PROJECT_BUSINESS_CASE_LATE";

    /** One of the 2020/21 projects "aimed at violence reduction" (seed 002, 3.2); its title is invented. */
    private PartnershipRecord violenceReduction(ProjectStatus status, LocalDate submitted) {
      return record(crg2020().addProjects(project("violence-reduction-2020", "Violence Reduction Mentoring", status)
          .businessCaseSubmittedOn(Optional.ofNullable(submitted)).build()).build());
    }

    @Test
    void reports_a_business_case_submitted_one_day_after_the_deadline_as_an_error() {
      // GIVEN a 2020/21 project whose business case went to the OPCC on 21 March 2020, a day after
      // the deadline of 20 March 2020 (seed 002, 3.2)
      ComplianceReport report = ENGINE.check(violenceReduction(ProjectStatus.RECOMMENDED, LocalDate.of(2020, 3, 21)),
          LocalDate.of(2020, 4, 1));
      Finding finding = assertThat(report).hasFinding(RULE).on("violence-reduction-2020")
          .withSeverity(Severity.ERROR)
          .withEvidence("deadline", "2020-03-20")
          .withEvidence("submittedOn", "2020-03-21")
          .withEvidence("daysLate", "1")
          .single();
      assertThat(finding.subject().kind()).isEqualTo(SubjectKind.PROJECT);
      assertThat(finding.message()).isEqualTo("The business case for Violence Reduction Mentoring was submitted on "
          + "21 March 2020, 1 day after Kent Police and Crime Commissioner's deadline of 20 March 2020.");
      assertThat(finding.source()).isEqualTo("Working Group report 18 March 2020, 3.2: business cases due 20 March 2020");
      assertThat(report).outcomeOf(RULE).isFail();
    }

    @Test
    void reports_a_late_business_case_on_the_day_it_is_submitted() {
      ComplianceReport report = ENGINE.check(violenceReduction(ProjectStatus.PROPOSED, LocalDate.of(2020, 3, 21)),
          LocalDate.of(2020, 3, 21));
      assertThat(report).hasFinding(RULE).on("violence-reduction-2020").withSeverity(Severity.ERROR).single();
    }

    @Test
    void reports_a_late_business_case_of_any_live_project() {
      for (ProjectStatus status : List.of(ProjectStatus.CHAIR_APPROVED, ProjectStatus.APPROVED, ProjectStatus.COMPLETED)) {
        ComplianceReport report = ENGINE.check(violenceReduction(status, LocalDate.of(2020, 3, 23)), LocalDate.of(2020, 4, 1));
        assertThat(report).as(status.name()).hasFinding(RULE).withSeverity(Severity.ERROR).withEvidence("daysLate", "3");
      }
    }

    @Test
    void stays_silent_on_a_business_case_submitted_on_the_deadline() {
      ComplianceReport report = ENGINE.check(violenceReduction(ProjectStatus.RECOMMENDED, BUSINESS_CASE_DEADLINE),
          LocalDate.of(2020, 4, 1));
      assertThat(report).hasNoFinding(RULE).outcomeOf(RULE).isPass();
    }

    @Test
    void stays_silent_on_a_late_business_case_of_a_project_that_is_not_live() {
      for (ProjectStatus status : List.of(ProjectStatus.WITHDRAWN, ProjectStatus.REJECTED, ProjectStatus.REFUNDED)) {
        ComplianceReport report = ENGINE.check(violenceReduction(status, LocalDate.of(2020, 3, 21)), LocalDate.of(2020, 4, 1));
        assertThat(report).as(status.name()).hasNoFinding(RULE).outcomeOf(RULE).isPass();
      }
    }

    @Test
    void warns_of_a_missing_business_case_of_a_proposed_project_the_day_after_the_deadline() {
      ComplianceReport report = ENGINE.check(violenceReduction(ProjectStatus.PROPOSED, null), BUSINESS_CASE_DEADLINE.plusDays(1));
      Finding finding = assertThat(report).hasFinding(RULE).on("violence-reduction-2020")
          .withSeverity(Severity.WARNING)
          .withEvidence("deadline", "2020-03-20")
          .withEvidence("daysLate", "1")
          .single();
      assertThat(finding.evidence()).doesNotContainKey("submittedOn");
      assertThat(finding.message()).isEqualTo("No business case for Violence Reduction Mentoring has been submitted; "
          + "it was due to Kent Police and Crime Commissioner on 20 March 2020, 1 day ago.");
      assertThat(report).outcomeOf(RULE).isFail();
    }

    @Test
    void warns_of_a_missing_business_case_of_a_recommended_project() {
      ComplianceReport report = ENGINE.check(violenceReduction(ProjectStatus.RECOMMENDED, null), LocalDate.of(2020, 4, 1));
      assertThat(report).hasFinding(RULE).withSeverity(Severity.WARNING).withEvidence("daysLate", "12");
    }

    @Test
    void warns_of_a_business_case_submitted_after_the_evaluation_date_as_missing() {
      // on 21 March 2020 a submission dated 22 March does not exist yet (record-format.md)
      ComplianceReport report = ENGINE.check(violenceReduction(ProjectStatus.PROPOSED, LocalDate.of(2020, 3, 22)),
          LocalDate.of(2020, 3, 21));
      assertThat(report).hasFinding(RULE).withSeverity(Severity.WARNING).single();
    }

    @Test
    void stays_silent_on_a_missing_business_case_on_the_deadline() {
      // GIVEN the 2020/21 projects considered in February 2020 and not yet finalised (seed 002, 3.2-3.3)
      ComplianceReport report = ENGINE.check(violenceReduction(ProjectStatus.PROPOSED, null), BUSINESS_CASE_DEADLINE);
      assertThat(report).hasNoFinding(RULE).outcomeOf(RULE).isPass();
      // and on the day of the report (seed 002), two days before it
      assertThat(ENGINE.check(violenceReduction(ProjectStatus.RECOMMENDED, null), REPORT)).hasNoFinding(RULE);
    }

    @Test
    void stays_silent_on_a_missing_business_case_of_a_project_past_recommendation() {
      for (ProjectStatus status : List.of(ProjectStatus.CHAIR_APPROVED, ProjectStatus.APPROVED, ProjectStatus.COMPLETED,
          ProjectStatus.WITHDRAWN)) {
        ComplianceReport report = ENGINE.check(violenceReduction(status, null), LocalDate.of(2020, 4, 1));
        assertThat(report).as(status.name()).hasNoFinding(RULE).outcomeOf(RULE).isPass();
      }
    }

    @Test
    void is_not_applicable_without_a_deadline_or_without_projects() {
      ComplianceReport noDeadline = ENGINE.check(record(crg2019().addProjects(
          project("emergency-trauma-packs", "Emergency Trauma Packs", ProjectStatus.PROPOSED).build()).build()), REPORT);
      assertThat(noDeadline).outcomeOf(RULE).isNotApplicable();
      ComplianceReport noProjects = ENGINE.check(record(crg2020().build()), LocalDate.of(2020, 4, 1));
      assertThat(noProjects).outcomeOf(RULE).isNotApplicable();
    }
  }

  @Nested
  class LocalScope {

    private static final String RULE = "PROJECT_LOCAL_SCOPE";

    private PartnershipRecord.Builder localProject(ProjectStatus status, ProjectScope scope) {
      return Kcsp2022.record().addGrants(crg2019().addProjects(
          project("ashford-streetwise", "Ashford Streetwise App", status).scope(scope).build()).build());
    }

    @Test
    void reports_a_local_project_of_the_county_partnership() {
      // GIVEN a project for one district funded by the KCSP, which operates at county level (seed 002,
      // 1.2); the project is invented, named after the Ashford Streetwise App presented at the
      // Community Safety Information Session (seed 001, Working Group update para 2)
      ComplianceReport report = ENGINE.check(localProject(ProjectStatus.PROPOSED, ProjectScope.LOCAL).build(), REPORT);
      // THEN it should go to the local CSP (seed 003, para 4: "Localised projects should be referred to the local CSPs")
      Finding finding = assertThat(report).hasFinding(RULE).on("ashford-streetwise")
          .withSeverity(Severity.WARNING)
          .withEvidence("scope", "LOCAL")
          .withEvidence("grant", "CRG-2019-20")
          .single();
      assertThat(finding.subject().kind()).isEqualTo(SubjectKind.PROJECT);
      assertThat(finding.message()).isEqualTo("Ashford Streetwise App is a local project; Kent Community Safety "
          + "Partnership works countywide and should refer it to the local community safety partnership.");
      assertThat(finding.source()).isEqualTo("Working Group update (2017), para 4: localised projects go to the local CSPs");
      assertThat(report).outcomeOf(RULE).isFail();
    }

    @Test
    void stays_silent_on_a_countywide_project() {
      ComplianceReport report = ENGINE.check(localProject(ProjectStatus.PROPOSED, ProjectScope.COUNTYWIDE).build(), REPORT);
      assertThat(report).hasNoFinding(RULE).outcomeOf(RULE).isPass();
    }

    @Test
    void stays_silent_on_a_local_project_that_is_not_live() {
      ComplianceReport report = ENGINE.check(localProject(ProjectStatus.REJECTED, ProjectScope.LOCAL).build(), REPORT);
      assertThat(report).hasNoFinding(RULE).outcomeOf(RULE).isPass();
    }

    @Test
    void stays_silent_on_a_local_project_of_a_district_partnership() {
      PartnershipRecord record = localProject(ProjectStatus.APPROVED, ProjectScope.LOCAL)
          .partnership(Partnership.builder().id("KCSP").name("Ashford Community Safety Partnership").area("Ashford")
              .tier(Tier.DISTRICT).build())
          .build();
      assertThat(ENGINE.check(record, REPORT)).hasNoFinding(RULE).outcomeOf(RULE).isPass();
    }

    @Test
    void is_not_applicable_without_projects() {
      assertThat(ENGINE.check(Kcsp2022.record().build(), Kcsp2022.MINUTES)).outcomeOf(RULE).isNotApplicable();
    }
  }

  @Nested
  class NotLinkedToPriority {

    private static final String RULE = "PROJECT_NOT_LINKED_TO_PRIORITY";

    private PartnershipRecord.Builder withPriorities(ProjectStatus status, String... priorities) {
      return Kcsp2022.record().addGrants(Grant.builder().id("CRG-2022-23").programme("Crime Reduction Grant")
          .funder("KENT-PCC").financialYear(FinancialYear.parse("2022/23")).allocation(Money.of("39661"))
          .addProjects(Project.builder().id("trauma-awareness").title("Trauma Awareness Project").pot(Pot.UPFRONT)
              .status(status).addPriorities(priorities).build())
          .build());
    }

    @Test
    void reports_a_live_project_naming_no_priority() {
      ComplianceReport report = ENGINE.check(withPriorities(ProjectStatus.APPROVED).build(), Kcsp2022.MINUTES);
      Finding finding = assertThat(report).hasFinding(RULE).on("trauma-awareness")
          .withSeverity(Severity.WARNING)
          .withEvidence("grant", "CRG-2022-23")
          .single();
      assertThat(finding.subject().kind()).isEqualTo(SubjectKind.PROJECT);
      assertThat(finding.message()).isEqualTo("Trauma Awareness Project serves none of the priorities of the Kent "
          + "Community Safety Agreement.");
      assertThat(report).outcomeOf(RULE).isFail();
    }

    @Test
    void reports_a_project_naming_only_a_priority_added_later() {
      // GIVEN a project serving only the VAWG priority, added to the agreement on 14 July 2022 (seed 001,
      // CSA item para 1): the day before, it serves no priority
      ComplianceReport report = ENGINE.check(withPriorities(ProjectStatus.APPROVED, "vawg").build(),
          Kcsp2022.MINUTES.minusDays(1));
      assertThat(report).hasFinding(RULE).on("trauma-awareness").single();
    }

    @Test
    void stays_silent_on_a_project_naming_a_priority_on_the_day_it_is_added() {
      ComplianceReport report = ENGINE.check(withPriorities(ProjectStatus.APPROVED, "vawg").build(), Kcsp2022.MINUTES);
      assertThat(report).hasNoFinding(RULE).outcomeOf(RULE).isPass();
    }

    @Test
    void stays_silent_when_one_named_priority_is_present() {
      ComplianceReport report = ENGINE.check(withPriorities(ProjectStatus.PROPOSED, "vawg", "serious-violence").build(),
          Kcsp2022.MINUTES.minusDays(1));
      assertThat(report).hasNoFinding(RULE).outcomeOf(RULE).isPass();
    }

    @Test
    void stays_silent_on_a_project_that_is_not_live() {
      ComplianceReport report = ENGINE.check(withPriorities(ProjectStatus.WITHDRAWN).build(), Kcsp2022.MINUTES);
      assertThat(report).hasNoFinding(RULE).outcomeOf(RULE).isPass();
    }

    @Test
    void is_not_applicable_without_an_agreement() {
      ComplianceReport report = ENGINE.check(withPriorities(ProjectStatus.APPROVED).agreement(Optional.empty()).build(),
          Kcsp2022.MINUTES);
      assertThat(report).hasNoFinding(RULE).outcomeOf(RULE).isNotApplicable();
    }

    @Test
    void is_not_applicable_without_projects() {
      assertThat(ENGINE.check(Kcsp2022.record().build(), Kcsp2022.MINUTES)).outcomeOf(RULE).isNotApplicable();
    }
  }

  @Test
  void the_compliant_kcsp_of_14_july_2022_has_no_project_findings() {
    ComplianceReport report = ENGINE.check(Kcsp2022.record().build(), Kcsp2022.MINUTES);
    for (String rule : List.of("PROJECT_DUPLICATE_FUNDING", "PROJECT_POSSIBLE_DUPLICATE_FUNDING",
        "PROJECT_AWAITING_FUNDER_APPROVAL", "PROJECT_OUTCOME_REPORT_OVERDUE", "PROJECT_BUSINESS_CASE_LATE",
        "PROJECT_LOCAL_SCOPE", "PROJECT_NOT_LINKED_TO_PRIORITY")) {
      assertThat(report).hasNoFinding(rule);
    }
  }
}

package org.kcsp.rules.assertj;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;
import static org.kcsp.rules.assertj.SampleReports.DUPLICATE;
import static org.kcsp.rules.assertj.SampleReports.DUPLICATE_ON_BYSTANDER_LINES;
import static org.kcsp.rules.assertj.SampleReports.LOCAL_SCOPE;
import static org.kcsp.rules.assertj.SampleReports.OVERDUE;
import static org.kcsp.rules.assertj.SampleReports.OVERDUE_ON_KCSP_LINES;
import static org.kcsp.rules.assertj.SampleReports.OVERDUE_ON_WORKING_GROUP_LINES;
import static org.kcsp.rules.assertj.SampleReports.POT;
import static org.kcsp.rules.assertj.SampleReports.QUALITATIVE;
import static org.kcsp.rules.assertj.SampleReports.QUALITATIVE_ON_KCSP_LINES;
import static org.kcsp.rules.assertj.SampleReports.SCRUTINY;
import static org.kcsp.rules.assertj.SampleReports.compliant;
import static org.kcsp.rules.assertj.SampleReports.kent;
import static org.kcsp.rules.assertj.SampleReports.kentPutRight;
import static org.kcsp.rules.assertj.SampleReports.lines;
import static org.kcsp.rules.assertj.SampleReports.noRules;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Kcsp2022Records;

/**
 * The report's assertions ({@link AbstractReportAssert}, {@link ReportAssert}, from {@link
 * ComplianceAssertions}): what passes, and every way each fails, to the letter, with and without a
 * description.
 */
class ReportAssertTest {

  private static final String DESCRIPTION = "Kent, 15 July 2023";

  private static final String KENT_FINDINGS = lines(
      DUPLICATE_ON_BYSTANDER_LINES, OVERDUE_ON_KCSP_LINES, OVERDUE_ON_WORKING_GROUP_LINES, QUALITATIVE_ON_KCSP_LINES);

  private static final String NULL_REPORT = lines("", "Expecting actual not to be null");

  @Nested
  class HasFinding {

    @Test
    void passes_on_a_rule_with_a_finding() {
      // GIVEN the KCSP with a duplicate funding, WHEN asserted, THEN it passes and narrows to that rule
      Finding finding = assertThat(kent()).hasFinding(DUPLICATE).single();
      Assertions.assertThat(finding.subject().id()).isEqualTo("bystander-approach-training");
    }

    @Test
    void fails_on_a_rule_that_found_nothing_naming_its_outcome_and_listing_the_reports_findings() {
      assertThatThrownBy(() -> assertThat(kent()).hasFinding(POT))
          .isExactlyInstanceOf(AssertionError.class)
          .hasMessage(lines("expected a finding of rule GRANT_TACTICAL_POT_OVER_CAP, but rule GRANT_TACTICAL_POT_OVER_CAP "
              + "found nothing (outcome PASS); the report has 4 findings:", KENT_FINDINGS));
    }

    @Test
    void fails_on_a_rule_that_did_not_apply_to_a_report_without_findings() {
      assertThatThrownBy(() -> assertThat(compliant()).hasFinding(SCRUTINY))
          .hasMessage("expected a finding of rule SCRUTINY_NOT_ANNUAL, but rule SCRUTINY_NOT_ANNUAL found nothing "
              + "(outcome NOT_APPLICABLE); the report has no findings");
    }

    @Test
    void fails_on_a_rule_id_the_engine_does_not_know_naming_the_nearest_ids_checked() {
      assertThatThrownBy(() -> assertThat(kent()).hasFinding("TOR_REVIEW_OVERDEU"))
          .hasMessage("expected a finding of rule TOR_REVIEW_OVERDEU, but no rule of that id was checked: "
              + "did you mean TOR_REVIEW_OVERDUE, SCRUTINY_NOT_ANNUAL or GRANT_TACTICAL_POT_OVER_CAP?");
      assertThatThrownBy(() -> assertThat(kent()).hasFinding("MISSPELT_ID"))
          .hasMessage("expected a finding of rule MISSPELT_ID, but no rule of that id was checked: "
              + "did you mean TOR_REVIEW_OVERDUE, SCRUTINY_NOT_ANNUAL or PROJECT_DUPLICATE_FUNDING?");
    }

    @Test
    void fails_on_a_rule_the_engine_skips() {
      assertThatThrownBy(() -> assertThat(kent()).hasFinding(LOCAL_SCOPE))
          .hasMessage("expected a finding of rule PROJECT_LOCAL_SCOPE, but no rule of that id was checked: the engine skips it");
    }

    @Test
    void fails_on_a_report_that_lists_no_rules() {
      assertThatThrownBy(() -> assertThat(noRules()).hasFinding(DUPLICATE))
          .hasMessage("expected a finding of rule PROJECT_DUPLICATE_FUNDING, but no rule of that id was checked: "
              + "the report lists no rules");
    }

    @Test
    void fails_on_no_report() {
      assertThatThrownBy(() -> assertThat((ComplianceReport) null).hasFinding(DUPLICATE)).hasMessage(NULL_REPORT);
      assertThatThrownBy(() -> assertThat((ComplianceReport) null).as(DESCRIPTION).hasFinding(DUPLICATE))
          .hasMessage("[Kent, 15 July 2023] " + NULL_REPORT);
    }

    @Test
    void heads_each_failure_with_the_description() {
      assertThatThrownBy(() -> assertThat(compliant()).as(DESCRIPTION).hasFinding(SCRUTINY))
          .hasMessage("[Kent, 15 July 2023] expected a finding of rule SCRUTINY_NOT_ANNUAL, but rule SCRUTINY_NOT_ANNUAL "
              + "found nothing (outcome NOT_APPLICABLE); the report has no findings");
      assertThatThrownBy(() -> assertThat(kent()).as("Kent, %s", "15 July 2023").hasFinding(LOCAL_SCOPE))
          .hasMessage("[Kent, 15 July 2023] expected a finding of rule PROJECT_LOCAL_SCOPE, but no rule of that id "
              + "was checked: the engine skips it");
    }

    @Test
    void gives_way_to_an_overriding_message() {
      assertThatThrownBy(() -> assertThat(kent()).withFailMessage("no %s here", "pot").hasFinding(POT))
          .hasMessage("no pot here");
    }

    @Test
    void points_its_failure_at_the_test_not_at_the_assertions() {
      assertThatThrownBy(() -> assertThat(kent()).hasFinding(POT))
          .satisfies(failure -> Assertions.assertThat(failure.getStackTrace()[0].getClassName())
              .isEqualTo(ReportAssertTest.HasFinding.class.getName()));
      assertThatThrownBy(() -> assertThat((ComplianceReport) null).hasFinding(POT))
          .satisfies(failure -> Assertions.assertThat(failure.getStackTrace()[0].getClassName())
              .isEqualTo(ReportAssertTest.HasFinding.class.getName()));
    }

    @Test
    void refuses_a_null_rule_id() {
      assertThatNullPointerException().isThrownBy(() -> assertThat(kent()).hasFinding(null)).withMessage("rule");
    }
  }

  @Nested
  class HasNoFinding {

    @Test
    void passes_on_a_rule_that_found_nothing_or_did_not_apply() {
      assertThat(kent()).hasNoFinding(POT).hasNoFinding(SCRUTINY);
    }

    @Test
    void fails_on_a_rule_with_findings_listing_them_open_and_waived() {
      assertThatThrownBy(() -> assertThat(kent()).hasNoFinding(OVERDUE))
          .isExactlyInstanceOf(AssertionError.class)
          .hasMessage(lines("expected no finding of rule TOR_REVIEW_OVERDUE, but found 2:",
              OVERDUE_ON_KCSP_LINES, OVERDUE_ON_WORKING_GROUP_LINES));
      assertThatThrownBy(() -> assertThat(kentPutRight()).hasNoFinding(QUALITATIVE))
          .hasMessage(lines("expected no finding of rule AGREEMENT_NO_QUALITATIVE_OUTCOMES, but found 1:",
              QUALITATIVE_ON_KCSP_LINES));
    }

    @Test
    void fails_on_a_rule_id_the_engine_does_not_know_where_it_would_pass_vacuously() {
      assertThatThrownBy(() -> assertThat(kent()).hasNoFinding("MISSPELT_ID"))
          .hasMessage("expected no finding of rule MISSPELT_ID, but no rule of that id was checked: "
              + "did you mean TOR_REVIEW_OVERDUE, SCRUTINY_NOT_ANNUAL or PROJECT_DUPLICATE_FUNDING?");
    }

    @Test
    void fails_on_a_rule_the_engine_skips_where_it_would_pass_vacuously() {
      assertThatThrownBy(() -> assertThat(kent()).hasNoFinding(LOCAL_SCOPE))
          .hasMessage("expected no finding of rule PROJECT_LOCAL_SCOPE, but no rule of that id was checked: "
              + "the engine skips it (didNotCheck(\"PROJECT_LOCAL_SCOPE\") asserts that)");
    }

    @Test
    void fails_on_no_report() {
      assertThatThrownBy(() -> assertThat((ComplianceReport) null).hasNoFinding(DUPLICATE)).hasMessage(NULL_REPORT);
    }

    @Test
    void heads_each_failure_with_the_description() {
      assertThatThrownBy(() -> assertThat(kent()).as(DESCRIPTION).hasNoFinding(DUPLICATE))
          .hasMessage(lines("[Kent, 15 July 2023] expected no finding of rule PROJECT_DUPLICATE_FUNDING, but found 1:",
              DUPLICATE_ON_BYSTANDER_LINES));
      assertThatThrownBy(() -> assertThat(kent()).as(DESCRIPTION).hasNoFinding("MISSPELT_ID"))
          .hasMessage("[Kent, 15 July 2023] expected no finding of rule MISSPELT_ID, but no rule of that id was "
              + "checked: did you mean TOR_REVIEW_OVERDUE, SCRUTINY_NOT_ANNUAL or PROJECT_DUPLICATE_FUNDING?");
    }
  }

  @Nested
  class HasNoFindingOnSubject {

    @Test
    void passes_when_the_rule_found_something_on_other_subjects_only() {
      assertThat(kent()).hasNoFinding(OVERDUE, "DHR-SG").hasNoFinding(DUPLICATE, "trauma-awareness-project");
    }

    @Test
    void fails_on_a_finding_on_that_subject_waived_or_not() {
      assertThatThrownBy(() -> assertThat(kent()).hasNoFinding(OVERDUE, "KCSP-WG"))
          .hasMessage(lines("expected no finding of rule TOR_REVIEW_OVERDUE on KCSP-WG, but found 1:",
              OVERDUE_ON_WORKING_GROUP_LINES));
      assertThatThrownBy(() -> assertThat(kent()).hasNoFinding(OVERDUE, "KCSP"))
          .hasMessage(lines("expected no finding of rule TOR_REVIEW_OVERDUE on KCSP, but found 1:", OVERDUE_ON_KCSP_LINES));
    }

    @Test
    void fails_on_a_rule_id_the_engine_does_not_know_or_skips() {
      assertThatThrownBy(() -> assertThat(kent()).hasNoFinding("TOR_REVIEW_OVERDEU", "KCSP"))
          .hasMessage("expected no finding of rule TOR_REVIEW_OVERDEU on KCSP, but no rule of that id was checked: "
              + "did you mean TOR_REVIEW_OVERDUE, SCRUTINY_NOT_ANNUAL or GRANT_TACTICAL_POT_OVER_CAP?");
      assertThatThrownBy(() -> assertThat(kent()).hasNoFinding(LOCAL_SCOPE, "bystander-approach-training"))
          .hasMessage("expected no finding of rule PROJECT_LOCAL_SCOPE on bystander-approach-training, but no rule of "
              + "that id was checked: the engine skips it (didNotCheck(\"PROJECT_LOCAL_SCOPE\") asserts that)");
    }

    @Test
    void fails_on_no_report() {
      assertThatThrownBy(() -> assertThat((ComplianceReport) null).hasNoFinding(OVERDUE, "KCSP")).hasMessage(NULL_REPORT);
    }

    @Test
    void heads_each_failure_with_the_description() {
      assertThatThrownBy(() -> assertThat(kent()).as(DESCRIPTION).hasNoFinding(OVERDUE, "KCSP"))
          .hasMessage(lines("[Kent, 15 July 2023] expected no finding of rule TOR_REVIEW_OVERDUE on KCSP, but found 1:",
              OVERDUE_ON_KCSP_LINES));
    }
  }

  @Nested
  class HasNoFindings {

    @Test
    void passes_on_a_report_without_findings() {
      assertThat(compliant()).hasNoFindings();
    }

    @Test
    void fails_listing_every_finding_waived_ones_too() {
      assertThatThrownBy(() -> assertThat(kent()).hasNoFindings())
          .hasMessage(lines("expected no findings, but found 4:", KENT_FINDINGS));
      assertThatThrownBy(() -> assertThat(kentPutRight()).as(DESCRIPTION).hasNoFindings())
          .hasMessage(lines("[Kent, 15 July 2023] expected no findings, but found 2:",
              OVERDUE_ON_WORKING_GROUP_LINES, QUALITATIVE_ON_KCSP_LINES));
    }

    @Test
    void fails_on_no_report() {
      assertThatThrownBy(() -> assertThat((ComplianceReport) null).hasNoFindings()).hasMessage(NULL_REPORT);
    }
  }

  @Nested
  class HasNoErrors {

    @Test
    void passes_when_every_error_is_waived() {
      assertThat(kentPutRight()).hasNoErrors();
    }

    @Test
    void fails_listing_the_open_errors_only() {
      assertThatThrownBy(() -> assertThat(kent()).hasNoErrors())
          .hasMessage(lines("expected no open ERROR finding, but found 2:", DUPLICATE_ON_BYSTANDER_LINES, OVERDUE_ON_KCSP_LINES));
      assertThatThrownBy(() -> assertThat(kent()).as(DESCRIPTION).hasNoErrors())
          .hasMessage(lines("[Kent, 15 July 2023] expected no open ERROR finding, but found 2:",
              DUPLICATE_ON_BYSTANDER_LINES, OVERDUE_ON_KCSP_LINES));
    }

    @Test
    void fails_on_no_report() {
      assertThatThrownBy(() -> assertThat((ComplianceReport) null).hasNoErrors()).hasMessage(NULL_REPORT);
    }
  }

  @Nested
  class DidNotCheck {

    @Test
    void passes_on_a_rule_the_engine_skips_or_does_not_know() {
      assertThat(kent()).didNotCheck(LOCAL_SCOPE).didNotCheck("MISSPELT_ID");
    }

    @Test
    void fails_on_a_rule_the_report_checked_naming_its_outcome() {
      assertThatThrownBy(() -> assertThat(kent()).didNotCheck(SCRUTINY))
          .hasMessage("expected rule SCRUTINY_NOT_ANNUAL not to be checked, but it was, with outcome NOT_APPLICABLE");
      assertThatThrownBy(() -> assertThat(kent()).as(DESCRIPTION).didNotCheck(OVERDUE))
          .hasMessage("[Kent, 15 July 2023] expected rule TOR_REVIEW_OVERDUE not to be checked, but it was, with outcome FAIL");
    }

    @Test
    void fails_on_findings_of_a_rule_a_report_made_by_hand_does_not_list() {
      assertThatThrownBy(() -> assertThat(ComplianceReport.builder().from(kent()).rules(List.of()).build()).didNotCheck(DUPLICATE))
          .hasMessage(lines("expected rule PROJECT_DUPLICATE_FUNDING not to be checked, but found 1:",
              DUPLICATE_ON_BYSTANDER_LINES));
    }

    @Test
    void fails_on_no_report() {
      assertThatThrownBy(() -> assertThat((ComplianceReport) null).didNotCheck(DUPLICATE)).hasMessage(NULL_REPORT);
    }
  }

  @Nested
  class OutcomeOf {

    @Test
    void fails_on_a_rule_id_the_engine_does_not_know_or_skips() {
      assertThatThrownBy(() -> assertThat(kent()).outcomeOf("MISSPELT_ID"))
          .isExactlyInstanceOf(AssertionError.class)
          .hasMessage("expected the outcome of rule MISSPELT_ID, but no rule of that id was checked: "
              + "did you mean TOR_REVIEW_OVERDUE, SCRUTINY_NOT_ANNUAL or PROJECT_DUPLICATE_FUNDING?");
      assertThatThrownBy(() -> assertThat(kent()).outcomeOf(LOCAL_SCOPE).isPass())
          .hasMessage("expected the outcome of rule PROJECT_LOCAL_SCOPE, but no rule of that id was checked: the engine skips it");
      assertThatThrownBy(() -> assertThat(noRules()).outcomeOf(SCRUTINY).isNotApplicable())
          .hasMessage("expected the outcome of rule SCRUTINY_NOT_ANNUAL, but no rule of that id was checked: "
              + "the report lists no rules");
    }

    @Test
    void fails_on_no_report() {
      assertThatThrownBy(() -> assertThat((ComplianceReport) null).outcomeOf(SCRUTINY)).hasMessage(NULL_REPORT);
    }

    @Test
    void heads_each_failure_with_the_description() {
      assertThatThrownBy(() -> assertThat(kent()).as(DESCRIPTION).outcomeOf("TOR_REVIEW_OVERDEU"))
          .hasMessage("[Kent, 15 July 2023] expected the outcome of rule TOR_REVIEW_OVERDEU, but no rule of that id "
              + "was checked: did you mean TOR_REVIEW_OVERDUE, SCRUTINY_NOT_ANNUAL or GRANT_TACTICAL_POT_OVER_CAP?");
    }
  }

  @Nested
  class ReportsOfAnEngineThatSkipsRules {

    private final ComplianceReport report = ComplianceEngine.builder().skip(OVERDUE).build()
        .check(Kcsp2022Records.record().build(), Kcsp2022Records.MINUTES);

    @Test
    void list_the_rules_it_skips() {
      Assertions.assertThat(report.skippedRules()).containsExactly(OVERDUE);
      Assertions.assertThat(ComplianceEngine.builder().only(OVERDUE).build()
              .check(Kcsp2022Records.record().build(), Kcsp2022Records.MINUTES).skippedRules())
          .hasSize(ComplianceEngine.standard().catalog().rules().size() - 1)
          .doesNotContain(OVERDUE)
          .isSorted();
    }

    @Test
    void fail_an_assertion_on_a_skipped_rule_saying_so() {
      assertThatThrownBy(() -> assertThat(report).hasNoFinding(OVERDUE))
          .hasMessage("expected no finding of rule TOR_REVIEW_OVERDUE, but no rule of that id was checked: "
              + "the engine skips it (didNotCheck(\"TOR_REVIEW_OVERDUE\") asserts that)");
      assertThat(report).didNotCheck(OVERDUE);
    }
  }
}

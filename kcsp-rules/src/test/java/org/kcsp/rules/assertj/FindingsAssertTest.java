package org.kcsp.rules.assertj;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;
import static org.kcsp.rules.assertj.SampleReports.DUPLICATE;
import static org.kcsp.rules.assertj.SampleReports.DUPLICATE_ON_BYSTANDER;
import static org.kcsp.rules.assertj.SampleReports.DUPLICATE_ON_BYSTANDER_LINES;
import static org.kcsp.rules.assertj.SampleReports.OVERDUE;
import static org.kcsp.rules.assertj.SampleReports.OVERDUE_ON_KCSP;
import static org.kcsp.rules.assertj.SampleReports.OVERDUE_ON_KCSP_LINES;
import static org.kcsp.rules.assertj.SampleReports.OVERDUE_ON_WORKING_GROUP;
import static org.kcsp.rules.assertj.SampleReports.OVERDUE_ON_WORKING_GROUP_LINES;
import static org.kcsp.rules.assertj.SampleReports.kent;
import static org.kcsp.rules.assertj.SampleReports.lines;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.kcsp.rules.Severity;

/**
 * The chained assertions on one rule's findings ({@link FindingsAssert}): each step narrows or
 * fails, listing the rule's findings, to the letter, with and without a description.
 */
class FindingsAssertTest {

  private static final String OVERDUE_FINDINGS = lines(OVERDUE_ON_KCSP_LINES, OVERDUE_ON_WORKING_GROUP_LINES);

  @Test
  void narrows_step_by_step_to_the_finding_that_matches_them_all() {
    Assertions.assertThat(assertThat(kent()).hasFinding(OVERDUE).on("KCSP").withSeverity(Severity.ERROR)
        .withEvidence("dueDate", "2023-07-14").withMessageContaining("1 day ago").open().single())
        .isEqualTo(OVERDUE_ON_KCSP);
    Assertions.assertThat(assertThat(kent()).hasFinding(OVERDUE).waived().single()).isEqualTo(OVERDUE_ON_WORKING_GROUP);
  }

  @Test
  void leaves_an_earlier_step_holding_what_it_kept() {
    FindingsAssert<ReportAssert> overdue = assertThat(kent()).hasFinding(OVERDUE);
    Assertions.assertThat(overdue.on("KCSP").single()).isEqualTo(OVERDUE_ON_KCSP);
    Assertions.assertThat(overdue.on("KCSP-WG").single()).isEqualTo(OVERDUE_ON_WORKING_GROUP);
    overdue.times(2);
  }

  @Test
  void fails_on_a_subject_the_rule_found_nothing_on_listing_the_rules_findings() {
    assertThatThrownBy(() -> assertThat(kent()).hasFinding(OVERDUE).on("DHR-SG"))
        .isExactlyInstanceOf(AssertionError.class)
        .hasMessage(lines("expected a finding of rule TOR_REVIEW_OVERDUE on DHR-SG, but the findings of rule "
            + "TOR_REVIEW_OVERDUE are:", OVERDUE_FINDINGS));
  }

  @Test
  void fails_on_another_severity() {
    assertThatThrownBy(() -> assertThat(kent()).hasFinding(DUPLICATE).on("bystander-approach-training")
        .withSeverity(Severity.WARNING))
        .hasMessage(lines("expected a finding of rule PROJECT_DUPLICATE_FUNDING on bystander-approach-training with "
            + "severity WARNING, but the findings of rule PROJECT_DUPLICATE_FUNDING are:", DUPLICATE_ON_BYSTANDER_LINES));
  }

  @Test
  void fails_on_evidence_of_another_value_or_name() {
    assertThatThrownBy(() -> assertThat(kent()).hasFinding(DUPLICATE).withEvidence("award", "VRU-BYSTANDER-2021"))
        .hasMessage(lines("expected a finding of rule PROJECT_DUPLICATE_FUNDING with evidence award=VRU-BYSTANDER-2021, "
            + "but the findings of rule PROJECT_DUPLICATE_FUNDING are:", DUPLICATE_ON_BYSTANDER_LINES));
    assertThatThrownBy(() -> assertThat(kent()).hasFinding(DUPLICATE).withEvidence("funder", "KM-VRU"))
        .hasMessage(lines("expected a finding of rule PROJECT_DUPLICATE_FUNDING with evidence funder=KM-VRU, "
            + "but the findings of rule PROJECT_DUPLICATE_FUNDING are:", DUPLICATE_ON_BYSTANDER_LINES));
  }

  @Test
  void fails_on_a_message_without_the_text() {
    assertThatThrownBy(() -> assertThat(kent()).hasFinding(OVERDUE).withMessageContaining("2 days ago"))
        .hasMessage(lines("expected a finding of rule TOR_REVIEW_OVERDUE with a message containing \"2 days ago\", "
            + "but the findings of rule TOR_REVIEW_OVERDUE are:", OVERDUE_FINDINGS));
  }

  @Test
  void fails_on_waived_where_the_finding_is_open_and_on_open_where_it_is_waived() {
    assertThatThrownBy(() -> assertThat(kent()).hasFinding(OVERDUE).on("KCSP").waived())
        .hasMessage(lines("expected a finding of rule TOR_REVIEW_OVERDUE on KCSP covered by a waiver, "
            + "but the findings of rule TOR_REVIEW_OVERDUE are:", OVERDUE_FINDINGS));
    assertThatThrownBy(() -> assertThat(kent()).hasFinding(OVERDUE).on("KCSP-WG").open())
        .hasMessage(lines("expected a finding of rule TOR_REVIEW_OVERDUE on KCSP-WG not covered by a waiver, "
            + "but the findings of rule TOR_REVIEW_OVERDUE are:", OVERDUE_FINDINGS));
  }

  @Test
  void narrows_from_what_the_step_before_kept() {
    // GIVEN KCSP-WG's finding is waived, THEN open() then on("KCSP-WG") keeps nothing, though each alone keeps one
    assertThat(kent()).hasFinding(OVERDUE).open();
    assertThat(kent()).hasFinding(OVERDUE).on("KCSP-WG");
    assertThatThrownBy(() -> assertThat(kent()).hasFinding(OVERDUE).open().on("KCSP-WG"))
        .hasMessage(lines("expected a finding of rule TOR_REVIEW_OVERDUE not covered by a waiver on KCSP-WG, "
            + "but the findings of rule TOR_REVIEW_OVERDUE are:", OVERDUE_FINDINGS));
  }

  @Test
  void counts_the_findings_kept_exactly() {
    assertThat(kent()).hasFinding(OVERDUE).times(2).and().hasFinding(OVERDUE).on("KCSP").times(1);
    assertThatThrownBy(() -> assertThat(kent()).hasFinding(OVERDUE).times(3))
        .hasMessage(lines("expected exactly 3 findings of rule TOR_REVIEW_OVERDUE, but found 2:", OVERDUE_FINDINGS));
    assertThatThrownBy(() -> assertThat(kent()).hasFinding(OVERDUE).withSeverity(Severity.ERROR).times(1))
        .hasMessage(lines("expected exactly 1 finding of rule TOR_REVIEW_OVERDUE with severity ERROR, but found 2:",
            OVERDUE_FINDINGS));
    assertThatThrownBy(() -> assertThat(kent()).hasFinding(DUPLICATE).on("bystander-approach-training").times(2))
        .hasMessage(lines("expected exactly 2 findings of rule PROJECT_DUPLICATE_FUNDING on bystander-approach-training, "
            + "but found 1:", DUPLICATE_ON_BYSTANDER_LINES));
  }

  @Test
  void refuses_to_count_to_none() {
    assertThatIllegalArgumentException().isThrownBy(() -> assertThat(kent()).hasFinding(OVERDUE).times(0))
        .withMessage("times(0): the count must be at least 1; for none, use hasNoFinding");
  }

  @Test
  void gives_the_single_finding_and_its_evidence_or_fails_on_more() {
    Assertions.assertThat(assertThat(kent()).hasFinding(DUPLICATE).single()).isEqualTo(DUPLICATE_ON_BYSTANDER);
    Assertions.assertThat(assertThat(kent()).hasFinding(DUPLICATE).evidence())
        .containsExactly(Assertions.entry("otherFunder", "KM-VRU"), Assertions.entry("award", "VRU-BYSTANDER-2022"));
    assertThatThrownBy(() -> assertThat(kent()).hasFinding(OVERDUE).single())
        .hasMessage(lines("expected exactly 1 finding of rule TOR_REVIEW_OVERDUE, but found 2:", OVERDUE_FINDINGS));
    assertThatThrownBy(() -> assertThat(kent()).hasFinding(OVERDUE).evidence())
        .hasMessage(lines("expected exactly 1 finding of rule TOR_REVIEW_OVERDUE, but found 2:", OVERDUE_FINDINGS));
  }

  @Test
  void goes_back_to_the_reports_assertion() {
    ReportAssert report = assertThat(kent());
    Assertions.assertThat(report.hasFinding(OVERDUE).on("KCSP").and()).isSameAs(report);
  }

  @Test
  void heads_each_failure_with_the_reports_description() {
    assertThatThrownBy(() -> assertThat(kent()).as("Kent, 15 July 2023").hasFinding(OVERDUE).on("KCSP")
        .withSeverity(Severity.WARNING))
        .hasMessage(lines("[Kent, 15 July 2023] expected a finding of rule TOR_REVIEW_OVERDUE on KCSP with severity "
            + "WARNING, but the findings of rule TOR_REVIEW_OVERDUE are:", OVERDUE_FINDINGS));
    assertThatThrownBy(() -> assertThat(kent()).as("Kent, %s", "15 July 2023").hasFinding(OVERDUE).single())
        .hasMessage(lines("[Kent, 15 July 2023] expected exactly 1 finding of rule TOR_REVIEW_OVERDUE, but found 2:",
            OVERDUE_FINDINGS));
  }

  @Test
  void gives_way_to_the_reports_overriding_message() {
    assertThatThrownBy(() -> assertThat(kent()).withFailMessage("the DHR subgroup's review").hasFinding(OVERDUE).on("DHR-SG"))
        .hasMessage("the DHR subgroup's review");
  }

  @Test
  void points_its_failures_at_the_test_not_at_the_assertions() {
    assertThatThrownBy(() -> assertThat(kent()).hasFinding(OVERDUE).on("DHR-SG"))
        .satisfies(failure -> Assertions.assertThat(failure.getStackTrace()[0].getClassName())
            .isEqualTo(FindingsAssertTest.class.getName()));
    assertThatThrownBy(() -> assertThat(kent()).hasFinding(OVERDUE).single())
        .satisfies(failure -> Assertions.assertThat(failure.getStackTrace()[0].getClassName())
            .isEqualTo(FindingsAssertTest.class.getName()));
  }

  @Test
  void refuses_null_arguments() {
    FindingsAssert<ReportAssert> overdue = assertThat(kent()).hasFinding(OVERDUE);
    assertThatNullPointerException().isThrownBy(() -> overdue.on(null)).withMessage("subject");
    assertThatNullPointerException().isThrownBy(() -> overdue.withSeverity(null)).withMessage("severity");
    assertThatNullPointerException().isThrownBy(() -> overdue.withEvidence(null, "1")).withMessage("name");
    assertThatNullPointerException().isThrownBy(() -> overdue.withEvidence("daysOverdue", null)).withMessage("value");
    assertThatNullPointerException().isThrownBy(() -> overdue.withMessageContaining(null)).withMessage("text");
  }
}

package org.kcsp.rules.assertj;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;
import static org.kcsp.rules.assertj.SampleReports.DUPLICATE;
import static org.kcsp.rules.assertj.SampleReports.DUPLICATE_ON_BYSTANDER_LINES;
import static org.kcsp.rules.assertj.SampleReports.OVERCOMMITTED;
import static org.kcsp.rules.assertj.SampleReports.OVERDUE;
import static org.kcsp.rules.assertj.SampleReports.OVERDUE_ON_KCSP_LINES;
import static org.kcsp.rules.assertj.SampleReports.OVERDUE_ON_WORKING_GROUP_LINES;
import static org.kcsp.rules.assertj.SampleReports.POT;
import static org.kcsp.rules.assertj.SampleReports.QUALITATIVE;
import static org.kcsp.rules.assertj.SampleReports.QUALITATIVE_ON_KCSP_LINES;
import static org.kcsp.rules.assertj.SampleReports.SCRUTINY;
import static org.kcsp.rules.assertj.SampleReports.UNDERSPEND;
import static org.kcsp.rules.assertj.SampleReports.UNDERSPEND_OSARA_LINE;
import static org.kcsp.rules.assertj.SampleReports.UNDERSPEND_WEBAPP_LINE;
import static org.kcsp.rules.assertj.SampleReports.grant2019;
import static org.kcsp.rules.assertj.SampleReports.kent;
import static org.kcsp.rules.assertj.SampleReports.lines;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.kcsp.rules.Outcome;

/**
 * The assertions on a rule's outcome ({@link OutcomeAssert}): each outcome passes its own
 * assertion and fails the others, saying why, to the letter, with and without a description.
 */
class OutcomeAssertTest {

  @Test
  void passes_each_outcome_on_its_own_assertion_and_goes_back_to_the_report() {
    ReportAssert report = assertThat(kent());
    Assertions.assertThat(report.outcomeOf(POT).isPass()).isSameAs(report);
    Assertions.assertThat(report.outcomeOf(OVERDUE).isFail()).isSameAs(report);
    Assertions.assertThat(report.outcomeOf(QUALITATIVE).isWaived()).isSameAs(report);
    Assertions.assertThat(report.outcomeOf(SCRUTINY).isNotApplicable()).isSameAs(report);
    Assertions.assertThat(report.outcomeOf(DUPLICATE).is(Outcome.FAIL)).isSameAs(report);
  }

  @Test
  void fails_on_a_failed_rule_listing_its_findings() {
    assertThatThrownBy(() -> assertThat(kent()).outcomeOf(OVERDUE).isPass())
        .isExactlyInstanceOf(AssertionError.class)
        .hasMessage(lines("expected rule TOR_REVIEW_OVERDUE to be PASS, but it was FAIL, with 2 findings:",
            OVERDUE_ON_KCSP_LINES, OVERDUE_ON_WORKING_GROUP_LINES));
    assertThatThrownBy(() -> assertThat(kent()).outcomeOf(DUPLICATE).isWaived())
        .hasMessage(lines("expected rule PROJECT_DUPLICATE_FUNDING to be WAIVED, but it was FAIL, with 1 finding:",
            DUPLICATE_ON_BYSTANDER_LINES));
  }

  @Test
  void fails_on_a_waived_rule_listing_its_waived_findings() {
    assertThatThrownBy(() -> assertThat(kent()).outcomeOf(QUALITATIVE).isFail())
        .hasMessage(lines("expected rule AGREEMENT_NO_QUALITATIVE_OUTCOMES to be FAIL, but it was WAIVED, with 1 finding:",
            QUALITATIVE_ON_KCSP_LINES));
  }

  @Test
  void fails_on_a_passed_rule_saying_it_applied_and_found_nothing_and_what_it_checked() {
    assertThatThrownBy(() -> assertThat(kent()).outcomeOf(POT).isFail())
        .hasMessage("expected rule GRANT_TACTICAL_POT_OVER_CAP to be FAIL, but it was PASS: it applied and found nothing "
            + "(1 grant checked)");
    assertThatThrownBy(() -> assertThat(kent()).outcomeOf(POT).isNotApplicable())
        .hasMessage("expected rule GRANT_TACTICAL_POT_OVER_CAP to be NOT_APPLICABLE, but it was PASS: it applied and found "
            + "nothing (1 grant checked)");
  }

  @Test
  void fails_on_a_rule_that_did_not_apply_saying_what_the_record_lacks() {
    assertThatThrownBy(() -> assertThat(kent()).outcomeOf(SCRUTINY).isPass())
        .hasMessage("expected rule SCRUTINY_NOT_ANNUAL to be PASS, but it was NOT_APPLICABLE: the record holds no "
            + "scrutiny sessions on or before 15 July 2023");
    assertThatThrownBy(() -> assertThat(kent()).outcomeOf(SCRUTINY).is(Outcome.WAIVED))
        .hasMessage("expected rule SCRUTINY_NOT_ANNUAL to be WAIVED, but it was NOT_APPLICABLE: the record holds no "
            + "scrutiny sessions on or before 15 July 2023");
  }

  @Test
  void passes_a_rule_not_assessed_on_its_own_assertion_and_fails_the_others_listing_its_gaps() {
    ReportAssert report = assertThat(grant2019());
    Assertions.assertThat(report.outcomeOf(UNDERSPEND).isNotAssessed()).isSameAs(report);
    assertThatThrownBy(() -> assertThat(grant2019()).outcomeOf(UNDERSPEND).isPass())
        .hasMessage(lines("expected rule GRANT_UNDERSPEND_RISK to be PASS, but it was NOT_ASSESSED, with 2 gaps:",
            UNDERSPEND_OSARA_LINE, UNDERSPEND_WEBAPP_LINE));
    assertThatThrownBy(() -> assertThat(grant2019()).outcomeOf(SCRUTINY).isNotAssessed())
        .hasMessage("expected rule SCRUTINY_NOT_ANNUAL to be NOT_ASSESSED, but it was NOT_APPLICABLE: the record holds no "
            + "scrutiny sessions on or before 18 March 2020");
  }

  @Test
  void fails_on_a_rule_that_failed_on_one_subject_though_it_left_another_open() {
    assertThatThrownBy(() -> assertThat(grant2019()).outcomeOf(OVERCOMMITTED).isNotAssessed())
        .hasMessage(lines("expected rule GRANT_POT_OVERCOMMITTED to be NOT_ASSESSED, but it was FAIL, with 1 finding:",
            "  ERROR GRANT_POT_OVERCOMMITTED on GRANT CRG-2019-20: The committed projects of the upfront pot of Crime "
                + "Reduction Grant 2019/20 cost £26,441.01, £0.01 more than the pot's £26,441.00 plus £0.00 of granted "
                + "rollovers; reduce the commitments or secure the funding.",
            "    evidence: pot=UPFRONT, over=0.01"));
  }

  @Test
  void heads_each_failure_with_the_reports_description() {
    assertThatThrownBy(() -> assertThat(kent()).as("Kent, 15 July 2023").outcomeOf(SCRUTINY).isPass())
        .hasMessage("[Kent, 15 July 2023] expected rule SCRUTINY_NOT_ANNUAL to be PASS, but it was NOT_APPLICABLE: the "
            + "record holds no scrutiny sessions on or before 15 July 2023");
    assertThatThrownBy(() -> assertThat(kent()).withFailMessage("the scrutiny session").outcomeOf(SCRUTINY).isPass())
        .hasMessage("the scrutiny session");
  }

  @Test
  void points_its_failures_at_the_test_not_at_the_assertions() {
    assertThatThrownBy(() -> assertThat(kent()).outcomeOf(SCRUTINY).isPass())
        .satisfies(failure -> Assertions.assertThat(failure.getStackTrace()[0].getClassName())
            .isEqualTo(OutcomeAssertTest.class.getName()));
  }

  @Test
  void refuses_a_null_outcome() {
    assertThatNullPointerException().isThrownBy(() -> assertThat(kent()).outcomeOf(POT).is(null)).withMessage("expected");
  }
}

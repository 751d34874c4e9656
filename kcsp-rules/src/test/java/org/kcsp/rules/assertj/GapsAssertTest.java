package org.kcsp.rules.assertj;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;
import static org.kcsp.rules.assertj.SampleReports.LOCAL_SCOPE;
import static org.kcsp.rules.assertj.SampleReports.OVERCOMMITTED;
import static org.kcsp.rules.assertj.SampleReports.POT;
import static org.kcsp.rules.assertj.SampleReports.SCRUTINY;
import static org.kcsp.rules.assertj.SampleReports.TACTICAL_AMOUNT;
import static org.kcsp.rules.assertj.SampleReports.TACTICAL_AMOUNT_LINE;
import static org.kcsp.rules.assertj.SampleReports.UNDERSPEND;
import static org.kcsp.rules.assertj.SampleReports.UNDERSPEND_OSARA_LINE;
import static org.kcsp.rules.assertj.SampleReports.UNDERSPEND_WEBAPP;
import static org.kcsp.rules.assertj.SampleReports.UNDERSPEND_WEBAPP_LINE;
import static org.kcsp.rules.assertj.SampleReports.compliant;
import static org.kcsp.rules.assertj.SampleReports.grant2019;
import static org.kcsp.rules.assertj.SampleReports.lines;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kcsp.rules.ComplianceReport;

/**
 * The assertions on evidence gaps ({@code hasGap}, {@link GapsAssert}, {@code hasNoGap}): each
 * passes on what the report holds and fails listing its gaps, to the letter, with and without a
 * description.
 */
class GapsAssertTest {

  private static final String UNDERSPEND_GAPS = lines(UNDERSPEND_OSARA_LINE, UNDERSPEND_WEBAPP_LINE);

  @Nested
  class HasGap {

    @Test
    void passes_on_a_rule_with_a_gap_and_narrows_to_it() {
      // GIVEN the 2019/20 grant with two amounts not recorded, WHEN asserted, THEN it narrows to each gap
      Assertions.assertThat(assertThat(grant2019()).hasGap(UNDERSPEND).on("CRG-2019-20")
          .at("$.grants[0].projects[12].amount").withMessageContaining("Webapp").single()).isEqualTo(UNDERSPEND_WEBAPP);
      Assertions.assertThat(assertThat(grant2019()).hasGap(OVERCOMMITTED).single()).isEqualTo(TACTICAL_AMOUNT);
      assertThat(grant2019()).hasGap(UNDERSPEND).times(2).and().hasFinding(OVERCOMMITTED);
    }

    @Test
    void compares_the_path_as_written_with_its_indices() {
      // GIVEN gaps at projects[5] and projects[12]
      // THEN projects[1] is another path, not a prefix of projects[12]
      assertThatThrownBy(() -> assertThat(grant2019()).hasGap(UNDERSPEND).at("$.grants[0].projects[1].amount"))
          .hasMessage(lines("expected a gap of rule GRANT_UNDERSPEND_RISK at $.grants[0].projects[1].amount, but the "
              + "gaps of rule GRANT_UNDERSPEND_RISK are:", UNDERSPEND_GAPS));
    }

    @Test
    void fails_on_a_rule_that_left_nothing_open_naming_its_outcome_and_listing_the_reports_gaps() {
      assertThatThrownBy(() -> assertThat(grant2019()).hasGap(POT))
          .isExactlyInstanceOf(AssertionError.class)
          .hasMessage(lines("expected a gap of rule GRANT_TACTICAL_POT_OVER_CAP, but rule GRANT_TACTICAL_POT_OVER_CAP "
              + "left nothing open (outcome PASS); the report has 3 gaps:", TACTICAL_AMOUNT_LINE, UNDERSPEND_GAPS));
      assertThatThrownBy(() -> assertThat(compliant()).hasGap(SCRUTINY))
          .hasMessage("expected a gap of rule SCRUTINY_NOT_ANNUAL, but rule SCRUTINY_NOT_ANNUAL left nothing open "
              + "(outcome NOT_APPLICABLE); the report has no gaps");
    }

    @Test
    void fails_on_another_subject_listing_the_rules_gaps() {
      assertThatThrownBy(() -> assertThat(grant2019()).hasGap(UNDERSPEND).on("CRG-2020-21"))
          .hasMessage(lines("expected a gap of rule GRANT_UNDERSPEND_RISK on CRG-2020-21, but the gaps of rule "
              + "GRANT_UNDERSPEND_RISK are:", UNDERSPEND_GAPS));
    }

    @Test
    void fails_on_a_count_listing_the_gaps_kept() {
      assertThatThrownBy(() -> assertThat(grant2019()).hasGap(UNDERSPEND).on("CRG-2019-20").single())
          .hasMessage(lines("expected exactly 1 gap of rule GRANT_UNDERSPEND_RISK on CRG-2019-20, but found 2:",
              UNDERSPEND_GAPS));
      assertThatIllegalArgumentException().isThrownBy(() -> assertThat(grant2019()).hasGap(UNDERSPEND).times(0))
          .withMessage("times(0): the count must be at least 1; for none, use hasNoGap");
    }

    @Test
    void fails_on_a_rule_id_the_engine_does_not_know_or_skips() {
      assertThatThrownBy(() -> assertThat(grant2019()).hasGap("GRANT_UNDERSPEND_RISKS"))
          .hasMessage("expected a gap of rule GRANT_UNDERSPEND_RISKS, but no rule of that id was checked: did you mean "
              + "GRANT_UNDERSPEND_RISK, GRANT_POT_OVERCOMMITTED or GRANT_TACTICAL_POT_OVER_CAP?");
      assertThatThrownBy(() -> assertThat(grant2019()).hasGap(LOCAL_SCOPE))
          .hasMessage("expected a gap of rule PROJECT_LOCAL_SCOPE, but no rule of that id was checked: the engine skips it");
    }

    @Test
    void heads_each_failure_with_the_description_and_points_at_the_test() {
      assertThatThrownBy(() -> assertThat(grant2019()).as("Kent, 18 March 2020").hasGap(UNDERSPEND).on("CRG-2020-21"))
          .hasMessage(lines("[Kent, 18 March 2020] expected a gap of rule GRANT_UNDERSPEND_RISK on CRG-2020-21, but the "
              + "gaps of rule GRANT_UNDERSPEND_RISK are:", UNDERSPEND_GAPS))
          .satisfies(failure -> Assertions.assertThat(failure.getStackTrace()[0].getClassName())
              .isEqualTo(GapsAssertTest.HasGap.class.getName()));
    }

    @Test
    void fails_on_no_report_and_refuses_a_null_rule_id() {
      assertThatThrownBy(() -> assertThat((ComplianceReport) null).hasGap(UNDERSPEND))
          .hasMessage(lines("", "Expecting actual not to be null"));
      assertThatNullPointerException().isThrownBy(() -> assertThat(grant2019()).hasGap(null)).withMessage("rule");
    }
  }

  @Nested
  class HasNoGap {

    @Test
    void passes_on_a_rule_that_decided_every_subject() {
      assertThat(grant2019()).hasNoGap(POT).hasNoGap(SCRUTINY).hasNoGap(UNDERSPEND, "CRG-2020-21");
    }

    @Test
    void fails_on_a_rule_with_gaps_listing_them() {
      assertThatThrownBy(() -> assertThat(grant2019()).hasNoGap(UNDERSPEND))
          .hasMessage(lines("expected no gap of rule GRANT_UNDERSPEND_RISK, but found 2:", UNDERSPEND_GAPS));
    }

    @Test
    void fails_on_a_gap_on_that_subject_though_the_rule_fails_there_too() {
      assertThatThrownBy(() -> assertThat(grant2019()).hasNoGap(OVERCOMMITTED, "CRG-2019-20"))
          .hasMessage(lines("expected no gap of rule GRANT_POT_OVERCOMMITTED on CRG-2019-20, but found 1:",
              TACTICAL_AMOUNT_LINE));
    }

    @Test
    void fails_on_a_rule_id_the_engine_does_not_know_or_skips_where_it_would_pass_vacuously() {
      assertThatThrownBy(() -> assertThat(grant2019()).hasNoGap("MISSPELT_ID"))
          .hasMessageStartingWith("expected no gap of rule MISSPELT_ID, but no rule of that id was checked: did you mean ");
      assertThatThrownBy(() -> assertThat(grant2019()).hasNoGap(LOCAL_SCOPE, "CRG-2019-20"))
          .hasMessage("expected no gap of rule PROJECT_LOCAL_SCOPE on CRG-2019-20, but no rule of that id was checked: "
              + "the engine skips it (didNotCheck(\"PROJECT_LOCAL_SCOPE\") asserts that)");
    }
  }
}

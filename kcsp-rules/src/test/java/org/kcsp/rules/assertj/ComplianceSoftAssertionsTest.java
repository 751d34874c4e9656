package org.kcsp.rules.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kcsp.rules.assertj.SampleReports.DUPLICATE;
import static org.kcsp.rules.assertj.SampleReports.DUPLICATE_ON_BYSTANDER_LINES;
import static org.kcsp.rules.assertj.SampleReports.OVERCOMMITTED;
import static org.kcsp.rules.assertj.SampleReports.OVERDUE;
import static org.kcsp.rules.assertj.SampleReports.OVERDUE_ON_KCSP_LINES;
import static org.kcsp.rules.assertj.SampleReports.OVERDUE_ON_WORKING_GROUP_LINES;
import static org.kcsp.rules.assertj.SampleReports.POT;
import static org.kcsp.rules.assertj.SampleReports.SCRUTINY;
import static org.kcsp.rules.assertj.SampleReports.UNDERSPEND;
import static org.kcsp.rules.assertj.SampleReports.grant2019;
import static org.kcsp.rules.assertj.SampleReports.kent;
import static org.kcsp.rules.assertj.SampleReports.lines;

import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertionsProvider;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Gap;
import org.kcsp.rules.Severity;
import org.opentest4j.MultipleFailuresError;

/**
 * Soft assertions ({@link ComplianceSoftAssertions}): every failure is collected, those of chained
 * assertions too, each with its description and pointing at the line of the test; a chain stops at
 * its first failure; and they work with JUnit 5's {@link SoftAssertionsExtension}.
 */
class ComplianceSoftAssertionsTest {

  private static final String OVERDUE_FINDINGS = lines(OVERDUE_ON_KCSP_LINES, OVERDUE_ON_WORKING_GROUP_LINES);

  private static final String MISSPELT = "expected a finding of rule MISSPELT_ID, but no rule of that id was checked: "
      + "did you mean TOR_REVIEW_OVERDUE, SCRUTINY_NOT_ANNUAL or PROJECT_DUPLICATE_FUNDING?";

  private static final String ON_DHR_SUBGROUP = lines("expected a finding of rule TOR_REVIEW_OVERDUE on DHR-SG, "
      + "but the findings of rule TOR_REVIEW_OVERDUE are:", OVERDUE_FINDINGS);

  private static final String SCRUTINY_NOT_APPLICABLE = "expected rule SCRUTINY_NOT_ANNUAL to be PASS, but it was "
      + "NOT_APPLICABLE: the record holds no scrutiny sessions on or before 15 July 2023";

  @Test
  void collects_the_failures_of_report_chained_and_outcome_assertions_and_goes_on() {
    // GIVEN soft assertions
    ComplianceSoftAssertions softly = new ComplianceSoftAssertions();

    // WHEN four chains fail, each in its own way, and two pass
    softly.assertThat(kent()).hasNoFinding(OVERDUE);
    softly.assertThat(kent()).hasFinding(OVERDUE).on("DHR-SG");
    softly.assertThat(kent()).outcomeOf(SCRUTINY).isPass();
    softly.assertThat(kent()).hasFinding("MISSPELT_ID").on("KCSP").withSeverity(Severity.ERROR);
    softly.assertThat(kent()).hasFinding(DUPLICATE).on("bystander-approach-training").withSeverity(Severity.ERROR);
    softly.assertThat(kent().findings()).hasSize(4);

    // THEN the four failures are collected, in order, each to the letter
    assertCollected(softly, "collects_the_failures_of_report_chained_and_outcome_assertions_and_goes_on",
        lines("expected no finding of rule TOR_REVIEW_OVERDUE, but found 2:", OVERDUE_FINDINGS),
        ON_DHR_SUBGROUP,
        SCRUTINY_NOT_APPLICABLE,
        MISSPELT);
  }

  @Test
  void stops_a_chain_at_its_first_failure() {
    ComplianceSoftAssertions softly = new ComplianceSoftAssertions();

    // WHEN a chain fails at its first step, then at every later one were they checked
    softly.assertThat(kent()).hasFinding(OVERDUE).on("DHR-SG").withSeverity(Severity.WARNING).open().times(3);
    Finding single = softly.assertThat(kent()).hasFinding(OVERDUE).single();
    Finding missing = softly.assertThat(kent()).hasFinding(OVERDUE).on("DHR-SG").single();

    // THEN each chain reports its first failure only, and single() gives nothing
    assertThat(single).isNull();
    assertThat(missing).isNull();
    assertThat(softly.assertThat(kent()).hasFinding(OVERDUE).on("DHR-SG").evidence()).isNull();
    assertCollected(softly, "stops_a_chain_at_its_first_failure",
        ON_DHR_SUBGROUP,
        lines("expected exactly 1 finding of rule TOR_REVIEW_OVERDUE, but found 2:", OVERDUE_FINDINGS),
        ON_DHR_SUBGROUP,
        ON_DHR_SUBGROUP);
  }

  @Test
  void collects_the_failure_of_a_chain_of_gaps_and_stops_it() {
    ComplianceSoftAssertions softly = new ComplianceSoftAssertions();

    // WHEN a chain of gaps fails at its first step, and another passes
    Gap gap = softly.assertThat(grant2019()).hasGap(UNDERSPEND).on("CRG-2020-21").at("$.grants[0]").single();
    softly.assertThat(grant2019()).hasGap(OVERCOMMITTED).on("CRG-2019-20").single();

    // THEN its first failure only is collected, and single() gives nothing
    assertThat(gap).isNull();
    assertCollected(softly, "collects_the_failure_of_a_chain_of_gaps_and_stops_it",
        lines("expected a gap of rule GRANT_UNDERSPEND_RISK on CRG-2020-21, but the gaps of rule GRANT_UNDERSPEND_RISK "
            + "are:", SampleReports.UNDERSPEND_OSARA_LINE, SampleReports.UNDERSPEND_WEBAPP_LINE));
  }

  @Test
  void goes_on_to_the_reports_assertions_after_a_failed_chain() {
    ComplianceSoftAssertions softly = new ComplianceSoftAssertions();

    softly.assertThat(kent()).hasFinding(POT).on("CRG-2022-23").and().hasNoFinding(DUPLICATE);
    softly.assertThat(kent()).outcomeOf("MISSPELT_ID").isPass().outcomeOf(SCRUTINY).isPass();

    assertCollected(softly, "goes_on_to_the_reports_assertions_after_a_failed_chain",
        lines("expected a finding of rule GRANT_TACTICAL_POT_OVER_CAP, but rule GRANT_TACTICAL_POT_OVER_CAP found "
            + "nothing (outcome PASS); the report has 4 findings:", DUPLICATE_ON_BYSTANDER_LINES, OVERDUE_FINDINGS,
            SampleReports.QUALITATIVE_ON_KCSP_LINES),
        lines("expected no finding of rule PROJECT_DUPLICATE_FUNDING, but found 1:", DUPLICATE_ON_BYSTANDER_LINES),
        "expected the outcome of rule MISSPELT_ID, but no rule of that id was checked: "
            + "did you mean TOR_REVIEW_OVERDUE, SCRUTINY_NOT_ANNUAL or PROJECT_DUPLICATE_FUNDING?",
        SCRUTINY_NOT_APPLICABLE);
  }

  @Test
  void heads_each_collected_failure_with_its_description() {
    ComplianceSoftAssertions softly = new ComplianceSoftAssertions();

    softly.assertThat(kent()).as("Kent, 15 July 2023").hasFinding(OVERDUE).on("DHR-SG");
    softly.assertThat(kent()).as("Kent, %s", "15 July 2023").outcomeOf(SCRUTINY).isPass();
    softly.assertThat(kent()).as("Kent, 15 July 2023").hasFinding("MISSPELT_ID");
    softly.assertThat(kent()).as("Kent, 15 July 2023").hasNoFinding(DUPLICATE, "bystander-approach-training");

    assertCollected(softly, "heads_each_collected_failure_with_its_description",
        "[Kent, 15 July 2023] " + ON_DHR_SUBGROUP,
        "[Kent, 15 July 2023] " + SCRUTINY_NOT_APPLICABLE,
        "[Kent, 15 July 2023] " + MISSPELT,
        lines("[Kent, 15 July 2023] expected no finding of rule PROJECT_DUPLICATE_FUNDING on bystander-approach-training, "
            + "but found 1:", DUPLICATE_ON_BYSTANDER_LINES));
  }

  @Test
  void collects_a_missing_report_once_a_chain() {
    ComplianceSoftAssertions softly = new ComplianceSoftAssertions();

    softly.assertThat((ComplianceReport) null).hasFinding(OVERDUE).on("KCSP").single();
    softly.assertThat((ComplianceReport) null).outcomeOf(OVERDUE).isFail();
    softly.assertThat((ComplianceReport) null).hasNoFinding(OVERDUE);

    String missing = lines("", "Expecting actual not to be null");
    assertCollected(softly, "collects_a_missing_report_once_a_chain", missing, missing, missing);
  }

  @Test
  void says_whether_the_last_assertion_succeeded() {
    ComplianceSoftAssertions softly = new ComplianceSoftAssertions();

    softly.assertThat(kent()).hasFinding(OVERDUE).on("DHR-SG");
    assertThat(softly.wasSuccess()).isFalse();
    softly.assertThat(kent()).hasFinding(OVERDUE).on("KCSP");
    assertThat(softly.wasSuccess()).isTrue();
    softly.assertThat(kent()).outcomeOf(SCRUTINY).isPass();
    assertThat(softly.wasSuccess()).isFalse();
    softly.assertThat(kent()).hasNoFinding(POT);
    assertThat(softly.wasSuccess()).isTrue();
  }

  @Test
  void throws_every_failure_at_once_from_assert_softly() {
    assertThatThrownBy(() -> SoftAssertionsProvider.assertSoftly(ComplianceSoftAssertions.class, softly -> {
      softly.assertThat(kent()).hasFinding(OVERDUE).on("DHR-SG");
      softly.assertThat(kent()).outcomeOf(SCRUTINY).isPass();
      softly.assertThat(kent()).hasFinding(DUPLICATE).on("bystander-approach-training");
    }))
        .isInstanceOfSatisfying(MultipleFailuresError.class, failure -> assertThat(failure.getFailures())
            .extracting(Throwable::getMessage)
            .satisfiesExactly(
                message -> assertThat(message).startsWith(ON_DHR_SUBGROUP),
                message -> assertThat(message).startsWith(SCRUTINY_NOT_APPLICABLE)));
  }

  @Test
  void works_with_junit_5s_soft_assertions_extension() {
    // WHEN JUnit runs a test class whose soft assertions the extension injects
    EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
        .selectors(DiscoverySelectors.selectClass(InjectedByTheExtension.class))
        .execute();

    // THEN the passing test passes, and the other fails with its two failures, pointing at its lines
    assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
    List<Throwable> failures = results.testEvents().failed().stream()
        .map(event -> event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
        .toList();
    assertThat(failures).singleElement().isInstanceOfSatisfying(MultipleFailuresError.class, failure -> {
      assertThat(failure.getFailures()).hasSize(2);
      String injected = "ComplianceSoftAssertionsTest$InjectedByTheExtension";
      assertLocated(failure.getFailures().get(0).getMessage(), injected, "collects_two_failures",
          "[Kent, 15 July 2023] " + ON_DHR_SUBGROUP);
      assertLocated(failure.getFailures().get(1).getMessage(), injected, "collects_two_failures", SCRUTINY_NOT_APPLICABLE);
    });
  }

  /** Run by the test above through JUnit's test kit, not on its own: one of its tests fails by design. */
  @ExtendWith(SoftAssertionsExtension.class)
  static class InjectedByTheExtension {

    @InjectSoftAssertions
    ComplianceSoftAssertions softly;

    @Test
    void collects_two_failures() {
      softly.assertThat(kent()).as("Kent, 15 July 2023").hasFinding(OVERDUE).on("DHR-SG").withSeverity(Severity.ERROR);
      softly.assertThat(kent()).hasFinding(DUPLICATE).on("bystander-approach-training");
      softly.assertThat(kent()).outcomeOf(SCRUTINY).isPass().hasNoFinding(POT);
    }

    @Test
    void passes() {
      softly.assertThat(kent()).hasFinding(DUPLICATE).on("bystander-approach-training").and().outcomeOf(SCRUTINY)
          .isNotApplicable();
      softly.assertThat(kent().findings()).hasSize(4);
    }
  }

  /**
   * The failures collected, each its expected message followed by the line of this test that
   * made it, as AssertJ adds to each: the assertions' own frames are left out.
   */
  private static void assertCollected(ComplianceSoftAssertions softly, String test, String... messages) {
    List<AssertionError> errors = softly.assertionErrorsCollected();
    assertThat(errors).hasSize(messages.length);
    for (int i = 0; i < messages.length; i++) {
      assertLocated(errors.get(i).getMessage(), "ComplianceSoftAssertionsTest", test, messages[i]);
    }
  }

  private static void assertLocated(String actual, String testClass, String test, String message) {
    assertThat(actual).matches(Pattern.quote(lines(message, "at " + testClass + "." + test + "(" + testClass + ".java:"))
        + "\\d+\\)");
  }
}

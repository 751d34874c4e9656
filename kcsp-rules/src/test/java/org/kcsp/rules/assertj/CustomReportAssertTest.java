package org.kcsp.rules.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kcsp.rules.assertj.SampleReports.DUPLICATE;
import static org.kcsp.rules.assertj.SampleReports.DUPLICATE_ON_BYSTANDER_LINES;
import static org.kcsp.rules.assertj.SampleReports.OVERDUE;
import static org.kcsp.rules.assertj.SampleReports.OVERDUE_ON_KCSP_LINES;
import static org.kcsp.rules.assertj.SampleReports.OVERDUE_ON_WORKING_GROUP_LINES;
import static org.kcsp.rules.assertj.SampleReports.SCRUTINY;
import static org.kcsp.rules.assertj.SampleReports.kent;
import static org.kcsp.rules.assertj.SampleReports.kentPutRight;
import static org.kcsp.rules.assertj.SampleReports.lines;

import org.assertj.core.api.AbstractSoftAssertions;
import org.junit.jupiter.api.Test;
import org.kcsp.rules.ComplianceReport;

/**
 * An application's own assertions, extending {@link AbstractReportAssert} as its Javadoc shows:
 * the inherited assertions return the application's type, its own assertions fail like the
 * inherited ones, and its own soft assertions proxy it, chained assertions included.
 */
class CustomReportAssertTest {

  /** The extension of the Javadoc, with one assertion of its own. */
  public static class OurReportAssert extends AbstractReportAssert<OurReportAssert> {

    public OurReportAssert(ComplianceReport actual) {
      super(actual, OurReportAssert.class);
    }

    static OurReportAssert assertThatReport(ComplianceReport actual) {
      return new OurReportAssert(actual);
    }

    /** No open error, and the partnership's own review done. */
    public OurReportAssert isCompliant() {
      return hasNoErrors().hasNoFinding(OVERDUE, "KCSP");
    }
  }

  /** Soft assertions of the application's own type. */
  public static class OurSoftAssertions extends AbstractSoftAssertions {

    public OurReportAssert assertThat(ComplianceReport actual) {
      return proxy(OurReportAssert.class, ComplianceReport.class, actual);
    }
  }

  @Test
  void chains_the_inherited_assertions_into_the_applications_own() {
    OurReportAssert.assertThatReport(kentPutRight())
        .hasFinding(OVERDUE).on("KCSP-WG").waived().and()
        .outcomeOf(SCRUTINY).isNotApplicable()
        .isCompliant();
  }

  @Test
  void fails_its_own_assertions_as_the_inherited_ones_fail() {
    assertThatThrownBy(() -> OurReportAssert.assertThatReport(kent()).as("Kent, 15 July 2023").isCompliant())
        .hasMessage(lines("[Kent, 15 July 2023] expected no open ERROR finding, but found 2:",
            DUPLICATE_ON_BYSTANDER_LINES, OVERDUE_ON_KCSP_LINES));
  }

  @Test
  void is_proxied_by_the_applications_own_soft_assertions() {
    OurSoftAssertions softly = new OurSoftAssertions();

    softly.assertThat(kent()).hasFinding(OVERDUE).on("DHR-SG").and().isCompliant();
    softly.assertThat(kentPutRight()).hasFinding(DUPLICATE).and().isCompliant();

    assertThat(softly.assertionErrorsCollected()).extracting(Throwable::getMessage).satisfiesExactly(
        message -> assertThat(message).startsWith(lines("expected a finding of rule TOR_REVIEW_OVERDUE on DHR-SG, "
            + "but the findings of rule TOR_REVIEW_OVERDUE are:", OVERDUE_ON_KCSP_LINES, OVERDUE_ON_WORKING_GROUP_LINES)),
        message -> assertThat(message).startsWith(lines("expected no open ERROR finding, but found 2:",
            DUPLICATE_ON_BYSTANDER_LINES, OVERDUE_ON_KCSP_LINES)),
        message -> assertThat(message).startsWith("expected a finding of rule PROJECT_DUPLICATE_FUNDING, "
            + "but rule PROJECT_DUPLICATE_FUNDING found nothing (outcome PASS); the report has 2 findings:"));
  }
}

package org.kcsp.rules.assertj;

import org.kcsp.rules.ComplianceReport;

/**
 * Assertions on a {@link ComplianceReport}: {@link AbstractReportAssert} made concrete. Start from
 * {@link ComplianceAssertions#assertThat(ComplianceReport)}, or {@link ComplianceSoftAssertions}.
 *
 * <pre>{@code
 * assertThat(report).hasFinding("PROJECT_DUPLICATE_FUNDING").on("bystander-approach-training").withSeverity(ERROR);
 * assertThat(report).hasNoFinding("GRANT_TACTICAL_POT_OVER_CAP");
 * assertThat(report).outcomeOf("SCRUTINY_NOT_ANNUAL").isNotApplicable();
 * }</pre>
 */
public class ReportAssert extends AbstractReportAssert<ReportAssert> {

  /**
   * Assertions on {@code actual}. Public, as soft assertions' proxies need it.
   *
   * @param actual the report
   */
  public ReportAssert(ComplianceReport actual) {
    super(actual, ReportAssert.class);
  }
}

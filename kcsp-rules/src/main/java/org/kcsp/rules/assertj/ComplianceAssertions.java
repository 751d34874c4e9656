package org.kcsp.rules.assertj;

import org.kcsp.rules.ComplianceReport;

/**
 * The entry point of the assertions for users' tests. AssertJ ({@code assertj-core}) must be on
 * the test class path: kcsp-rules declares it optional.
 *
 * <pre>{@code
 * import static org.kcsp.rules.Severity.ERROR;
 * import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;
 *
 * assertThat(report).hasFinding("TOR_REVIEW_OVERDUE").on("KCSP").withSeverity(ERROR);
 * assertThat(report).as("Kent, 15 July 2023").hasNoFinding("GRANT_TACTICAL_POT_OVER_CAP");
 * }</pre>
 *
 * <p>To collect every failure of a test rather than stop at the first, use {@link
 * ComplianceSoftAssertions}.
 */
public final class ComplianceAssertions {

  private ComplianceAssertions() {}

  /**
   * Assertions on {@code report}.
   *
   * @param report the report of a check
   * @return assertions on it
   */
  public static ReportAssert assertThat(ComplianceReport report) {
    return new ReportAssert(report);
  }
}

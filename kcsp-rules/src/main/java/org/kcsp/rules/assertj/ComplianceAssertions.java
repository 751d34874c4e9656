package org.kcsp.rules.assertj;

import org.kcsp.rules.ComplianceReport;

/**
 * The entry point of the assertions for users' tests. AssertJ ({@code assertj-core}) must be on
 * the test class path: kcsp-rules declares it optional.
 *
 * <pre>{@code
 * import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;
 *
 * assertThat(report).hasFinding("TOR_REVIEW_OVERDUE").on("KCSP-WG").withSeverity(Severity.ERROR);
 * }</pre>
 */
public final class ComplianceAssertions {

  private ComplianceAssertions() {}

  /** Assertions on {@code report}. */
  public static ReportAssert assertThat(ComplianceReport report) {
    return new ReportAssert(report);
  }
}

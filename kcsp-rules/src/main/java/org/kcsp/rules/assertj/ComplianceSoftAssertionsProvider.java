package org.kcsp.rules.assertj;

import org.assertj.core.api.SoftAssertionsProvider;
import org.kcsp.rules.ComplianceReport;

/**
 * Soft assertions on compliance reports, to mix into soft assertions of your own as AssertJ's
 * providers mix:
 *
 * <pre>{@code
 * public class OurSoftAssertions extends SoftAssertions
 *     implements ComplianceSoftAssertionsProvider, OtherSoftAssertionsProvider {}
 * }</pre>
 *
 * <p>{@link ComplianceSoftAssertions} is AssertJ's {@link org.assertj.core.api.SoftAssertions} with
 * this provider mixed in.
 */
public interface ComplianceSoftAssertionsProvider extends SoftAssertionsProvider {

  /**
   * Soft assertions on {@code report}: their failures, and those of the assertions chained from
   * them, are collected rather than thrown.
   *
   * @param report the report of a check
   * @return assertions on it
   */
  default ReportAssert assertThat(ComplianceReport report) {
    return proxy(ReportAssert.class, ComplianceReport.class, report);
  }
}

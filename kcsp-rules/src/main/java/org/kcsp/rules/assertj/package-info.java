/**
 * AssertJ assertions on compliance reports, for users' tests: {@link
 * org.kcsp.rules.assertj.ComplianceAssertions#assertThat(org.kcsp.rules.ComplianceReport)} to
 * stop at the first failure, {@link org.kcsp.rules.assertj.ComplianceSoftAssertions} to collect
 * them all. They fail on a rule id the report did not check, and extend as AssertJ's own do
 * ({@link org.kcsp.rules.assertj.AbstractReportAssert}). AssertJ ({@code assertj-core}) must be on
 * the test class path: kcsp-rules declares it optional.
 */
package org.kcsp.rules.assertj;

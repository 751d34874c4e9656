/**
 * AssertJ assertions on compliance reports, for users' tests: {@link
 * org.kcsp.rules.assertj.ComplianceAssertions#assertThat(org.kcsp.rules.ComplianceReport)}.
 */
package org.kcsp.rules.assertj;

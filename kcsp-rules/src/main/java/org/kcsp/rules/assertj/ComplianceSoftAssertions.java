package org.kcsp.rules.assertj;

import org.assertj.core.api.SoftAssertions;

/**
 * AssertJ's {@link SoftAssertions} with {@link #assertThat(org.kcsp.rules.ComplianceReport)
 * assertThat(ComplianceReport)}: every failure of a test is collected and reported at the end,
 * those of chained assertions ({@code .on(...).withSeverity(...)}) included. It works as {@code
 * SoftAssertions} does: injected by JUnit 5's {@code SoftAssertionsExtension},
 *
 * <pre>{@code
 * @ExtendWith(SoftAssertionsExtension.class)
 * class PartnershipTest {
 *
 *   @InjectSoftAssertions
 *   ComplianceSoftAssertions softly;
 *
 *   @Test
 *   void keeps_its_grants_in_order() {
 *     ComplianceReport report = ComplianceEngine.standard().check(record, LocalDate.of(2022, 7, 14));
 *     softly.assertThat(report).as("Kent, 14 July 2022").hasNoFinding("GRANT_TACTICAL_POT_OVER_CAP");
 *     softly.assertThat(report).hasFinding("GRANT_AMOUNTS_UNKNOWN").on("CRG-2022-23");
 *     softly.assertThat(report.findings()).hasSize(2);
 *   }
 * }
 * }</pre>
 *
 * <p>or by hand, with {@code SoftAssertionsProvider.assertSoftly(ComplianceSoftAssertions.class,
 * softly -> ...)}, or {@code new ComplianceSoftAssertions()} and {@link #assertAll()}.
 */
public class ComplianceSoftAssertions extends SoftAssertions implements ComplianceSoftAssertionsProvider {}

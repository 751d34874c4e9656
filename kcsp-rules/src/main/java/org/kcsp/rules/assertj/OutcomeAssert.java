package org.kcsp.rules.assertj;

import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Outcome;

/** Assertions on one rule's outcome: {@code outcomeOf("SCRUTINY_NOT_ANNUAL").isNotApplicable()}. */
public final class OutcomeAssert {

  private final ReportAssert report;
  private final String rule;
  private final Outcome actual;
  private final ComplianceReport source;

  OutcomeAssert(ReportAssert report, String rule, Outcome actual, ComplianceReport source) {
    this.report = report;
    this.rule = rule;
    this.actual = actual;
    this.source = source;
  }

  /** Asserts the outcome is {@code expected}. */
  public ReportAssert is(Outcome expected) {
    if (actual != expected) {
      throw new AssertionError("Expected %s to be %s, but it was %s; the report had %s".formatted(
          rule, expected, actual, ReportAssert.describe(source.findings())));
    }
    return report;
  }

  public ReportAssert isPass() {
    return is(Outcome.PASS);
  }

  public ReportAssert isFail() {
    return is(Outcome.FAIL);
  }

  public ReportAssert isWaived() {
    return is(Outcome.WAIVED);
  }

  public ReportAssert isNotApplicable() {
    return is(Outcome.NOT_APPLICABLE);
  }
}

package org.kcsp.rules.assertj;

import java.util.List;
import java.util.Objects;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Outcome;

/**
 * Assertions on one rule's outcome, from {@link AbstractReportAssert#outcomeOf(String)}; each
 * returns the report's assertion, for more:
 *
 * <pre>{@code
 * assertThat(report).outcomeOf("SCRUTINY_NOT_ANNUAL").isNotApplicable();
 * assertThat(report).outcomeOf("TOR_REVIEW_OVERDUE").isWaived().hasNoErrors();
 * }</pre>
 *
 * <p>A failure says what the outcome was and why: the rule's findings, or that it applied and found
 * nothing, or that the record holds none of the facts it reads. Failures carry the description
 * given to the report's assertion with {@code as(...)}; in soft assertions they are collected.
 *
 * @param <R> the type of the report's assertion, which the assertions return
 */
public final class OutcomeAssert<R extends AbstractReportAssert<R>> {

  private final R report;
  private final String rule;
  private final Outcome actual;
  private final List<Finding> findings;

  OutcomeAssert(R report, String rule, Outcome actual, List<Finding> findings) {
    this.report = report;
    this.rule = rule;
    this.actual = actual;
    this.findings = findings;
  }

  /** An outcome whose failure soft assertions collected: it checks nothing. */
  static <R extends AbstractReportAssert<R>> OutcomeAssert<R> failed(R report) {
    return new OutcomeAssert<>(report, "", null, List.of());
  }

  /** Asserts the outcome is {@code expected}. */
  public R is(Outcome expected) {
    Objects.requireNonNull(expected, "expected");
    if (actual != null && actual != expected) {
      report.failWith(report.chainedFailure("expected rule %s to be %s, but it was %s%s", rule, expected, actual, why()));
    }
    return report;
  }

  /** Asserts the rule applied and found nothing wrong. */
  public R isPass() {
    return is(Outcome.PASS);
  }

  /** Asserts the rule has at least one open finding. */
  public R isFail() {
    return is(Outcome.FAIL);
  }

  /** Asserts the rule has findings, and waivers cover them all. */
  public R isWaived() {
    return is(Outcome.WAIVED);
  }

  /** Asserts the record holds none of the facts the rule reads. */
  public R isNotApplicable() {
    return is(Outcome.NOT_APPLICABLE);
  }

  private String why() {
    return switch (actual) {
      case PASS -> ": it applied and found nothing";
      case NOT_ASSESSED -> ": it could not decide";
      case NOT_APPLICABLE -> ": the record holds none of the facts it reads";
      case FAIL, WAIVED -> ", with " + Listing.findings(findings);
    };
  }
}

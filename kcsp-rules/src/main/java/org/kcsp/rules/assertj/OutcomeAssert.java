package org.kcsp.rules.assertj;

import java.util.List;
import java.util.Objects;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Gap;
import org.kcsp.rules.Outcome;
import org.kcsp.rules.RuleResult;

/**
 * Assertions on one rule's outcome, from {@link AbstractReportAssert#outcomeOf(String)}; each
 * returns the report's assertion, for more:
 *
 * <pre>{@code
 * assertThat(report).outcomeOf("SCRUTINY_NOT_ANNUAL").isNotApplicable();
 * assertThat(report).outcomeOf("GRANT_UNDERSPEND_RISK").isNotAssessed();
 * assertThat(report).outcomeOf("TOR_REVIEW_OVERDUE").isWaived().hasNoErrors();
 * }</pre>
 *
 * <p>A failure says what the outcome was and why: the rule's findings, or its gaps, or what it
 * checked when it found nothing, or what the record lacks for it to apply (the rule's {@linkplain
 * org.kcsp.rules.RuleResult#reason() reason}). Failures carry the description given to the
 * report's assertion with {@code as(...)}; in soft assertions they are collected.
 *
 * @param <R> the type of the report's assertion, which the assertions return
 */
public final class OutcomeAssert<R extends AbstractReportAssert<R>> {

  private final R report;
  private final String rule;
  private final Outcome actual;
  private final String reason;
  private final List<Finding> findings;
  private final List<Gap> gaps;

  OutcomeAssert(R report, RuleResult result, List<Finding> findings, List<Gap> gaps) {
    this(report, result.rule(), result.outcome(), result.reason(), findings, gaps);
  }

  private OutcomeAssert(R report, String rule, Outcome actual, String reason, List<Finding> findings, List<Gap> gaps) {
    this.report = report;
    this.rule = rule;
    this.actual = actual;
    this.reason = reason;
    this.findings = findings;
    this.gaps = gaps;
  }

  /** An outcome whose failure soft assertions collected: it checks nothing. */
  static <R extends AbstractReportAssert<R>> OutcomeAssert<R> failed(R report) {
    return new OutcomeAssert<>(report, "", null, "", List.of(), List.of());
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

  /**
   * Asserts the rule has no finding and could not decide some subject: it has evidence gaps ({@link
   * AbstractReportAssert#hasGap}).
   */
  public R isNotAssessed() {
    return is(Outcome.NOT_ASSESSED);
  }

  /** Asserts the record holds none of the facts the rule reads. */
  public R isNotApplicable() {
    return is(Outcome.NOT_APPLICABLE);
  }

  private String why() {
    return switch (actual) {
      case PASS -> ": it applied and found nothing (" + reason + ")";
      case NOT_ASSESSED -> ", with " + Listing.gaps(gaps);
      case NOT_APPLICABLE -> ": " + reason;
      case FAIL, WAIVED -> ", with " + Listing.findings(findings);
    };
  }
}

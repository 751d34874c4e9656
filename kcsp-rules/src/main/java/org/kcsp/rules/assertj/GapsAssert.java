package org.kcsp.rules.assertj;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.kcsp.rules.Gap;

/**
 * Narrows the evidence gaps of one rule, from {@link AbstractReportAssert#hasGap(String)}:
 *
 * <pre>{@code
 * assertThat(report).hasGap("GRANT_POT_OVERCOMMITTED").on("CRG-2019-20").at("$.grants[0].projects[4].amount");
 * Gap gap = assertThat(report).hasGap("GRANT_UNDERSPEND_RISK").on("CRG-2019-20").single();
 * }</pre>
 *
 * <p>Each step keeps the gaps that match, from those the step before kept, and fails when none
 * does, listing every gap of the rule:
 *
 * <pre>
 * [Kent, 18 March 2020] expected a gap of rule GRANT_UNDERSPEND_RISK on CRG-2020-21, but the gaps of rule GRANT_UNDERSPEND_RISK are:
 *   GRANT_UNDERSPEND_RISK on GRANT CRG-2019-20 at $.grants[0].projects[4].amount: Record the amount of ...
 * </pre>
 *
 * <p>A step returns a new, narrower assertion: an earlier one still holds what it kept. Failures
 * carry the description given to the report's assertion with {@code as(...)}. In soft assertions a
 * failure is collected and the rest of the chain is not checked; {@link #single()} then returns
 * {@code null}.
 *
 * @param <R> the type of the report's assertion, which {@link #and()} returns
 */
public final class GapsAssert<R extends AbstractReportAssert<R>> {

  private final R report;
  private final String rule;
  private final List<Gap> ofRule;
  private final List<Gap> kept;
  private final String narrowing;
  private final boolean failed;

  GapsAssert(R report, String rule, List<Gap> gaps) {
    this(report, rule, gaps, gaps, "", false);
  }

  private GapsAssert(R report, String rule, List<Gap> ofRule, List<Gap> kept, String narrowing, boolean failed) {
    this.report = report;
    this.rule = rule;
    this.ofRule = ofRule;
    this.kept = kept;
    this.narrowing = narrowing;
    this.failed = failed;
  }

  /** A chain whose failure was collected by soft assertions: its later steps check nothing. */
  static <R extends AbstractReportAssert<R>> GapsAssert<R> failed(R report) {
    return new GapsAssert<>(report, "", List.of(), List.of(), "", true);
  }

  /**
   * Keeps the gaps on the subject with this id.
   *
   * @param subject the subject's id in the record, such as {@code "CRG-2019-20"}
   */
  public GapsAssert<R> on(String subject) {
    Objects.requireNonNull(subject, "subject");
    return keep("on " + subject, gap -> gap.subject().id().equals(subject));
  }

  /**
   * Keeps the gaps at this place in the record.
   *
   * @param path the JSON path of what to record, such as {@code "$.grants[0].projects[4].amount"}
   */
  public GapsAssert<R> at(String path) {
    Objects.requireNonNull(path, "path");
    // toString: the path's text, whatever its type
    return keep("at " + path, gap -> gap.missing().toString().equals(path));
  }

  /** Keeps the gaps whose message contains {@code text}. */
  public GapsAssert<R> withMessageContaining(String text) {
    Objects.requireNonNull(text, "text");
    return keep("with a message containing \"" + text + "\"", gap -> gap.message().contains(text));
  }

  /**
   * Asserts exactly {@code count} gaps are kept.
   *
   * @param count at least 1 (for none, {@link AbstractReportAssert#hasNoGap(String, String)})
   * @throws IllegalArgumentException if {@code count} is less than 1
   */
  public GapsAssert<R> times(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("times(" + count + "): the count must be at least 1; for none, use hasNoGap");
    }
    if (failed || kept.size() == count) {
      return this;
    }
    report.failWith(report.chainedFailure("expected exactly %s of rule %s%s, but found %s",
        Listing.count(count, "gap", "gaps"), rule, narrowing, Listing.foundGaps(kept)));
    return failed(report);
  }

  /**
   * Asserts exactly one gap is kept, and returns it for assertions of its own.
   *
   * @return the gap, or {@code null} when soft assertions collected a failure of this chain
   */
  public Gap single() {
    GapsAssert<R> one = times(1);
    return one.failed ? null : one.kept.get(0);
  }

  /** Back to the report's assertion, for more assertions on the report. */
  public R and() {
    return report;
  }

  private GapsAssert<R> keep(String step, Predicate<Gap> test) {
    if (failed) {
      return this;
    }
    List<Gap> matching = kept.stream().filter(test).toList();
    String narrower = narrowing + " " + step;
    if (matching.isEmpty()) {
      report.failWith(report.chainedFailure("expected a gap of rule %s%s, but the gaps of rule %s are:%s",
          rule, narrower, rule, Listing.gapLines(ofRule)));
      return failed(report);
    }
    return new GapsAssert<>(report, rule, ofRule, matching, narrower, false);
  }
}

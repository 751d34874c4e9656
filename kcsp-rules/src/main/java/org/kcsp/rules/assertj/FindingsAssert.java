package org.kcsp.rules.assertj;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Severity;

/**
 * Narrows the findings of one rule, from {@link AbstractReportAssert#hasFinding(String)}:
 *
 * <pre>{@code
 * assertThat(report).hasFinding("PROJECT_DUPLICATE_FUNDING").on("bystander-approach-training").withSeverity(ERROR);
 * Finding finding = assertThat(report).hasFinding("GRANT_TACTICAL_POT_OVER_CAP").on("CRG-2019-20").open().single();
 * }</pre>
 *
 * <p>Each step keeps the findings that match, from those the step before kept, and fails when none
 * does, listing every finding of the rule:
 *
 * <pre>
 * [Kent, 14 July 2022] expected a finding of rule PROJECT_DUPLICATE_FUNDING on bystander-approach-training with severity WARNING, but the findings of rule PROJECT_DUPLICATE_FUNDING are:
 *   ERROR PROJECT_DUPLICATE_FUNDING on PROJECT bystander-approach-training: Bystander Approach Training is also funded by ...
 *     evidence: otherFunder=KM-VRU, award=VRU-BYSTANDER-2022
 * </pre>
 *
 * <p>A step returns a new, narrower assertion: an earlier one still holds what it kept. Failures
 * carry the description given to the report's assertion with {@code as(...)}. In soft assertions a
 * failure is collected and the rest of the chain is not checked; {@link #single()} and {@link
 * #evidence()} then return {@code null}.
 *
 * @param <R> the type of the report's assertion, which {@link #and()} returns
 */
public final class FindingsAssert<R extends AbstractReportAssert<R>> {

  private final R report;
  private final String rule;
  private final List<Finding> ofRule;
  private final List<Finding> kept;
  private final String narrowing;
  private final boolean failed;

  FindingsAssert(R report, String rule, List<Finding> findings) {
    this(report, rule, findings, findings, "", false);
  }

  private FindingsAssert(R report, String rule, List<Finding> ofRule, List<Finding> kept, String narrowing, boolean failed) {
    this.report = report;
    this.rule = rule;
    this.ofRule = ofRule;
    this.kept = kept;
    this.narrowing = narrowing;
    this.failed = failed;
  }

  /** A chain whose failure was collected by soft assertions: its later steps check nothing. */
  static <R extends AbstractReportAssert<R>> FindingsAssert<R> failed(R report) {
    return new FindingsAssert<>(report, "", List.of(), List.of(), "", true);
  }

  /**
   * Keeps the findings on the subject with this id.
   *
   * @param subject the subject's id in the record, such as {@code "bystander-approach-training"}
   */
  public FindingsAssert<R> on(String subject) {
    Objects.requireNonNull(subject, "subject");
    return keep("on " + subject, finding -> finding.subject().id().equals(subject));
  }

  /** Keeps the findings of this severity. */
  public FindingsAssert<R> withSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return keep("with severity " + severity, finding -> finding.severity() == severity);
  }

  /**
   * Keeps the findings whose evidence holds {@code name} = {@code value}.
   *
   * @param value as the evidence writes it: money as {@code "13220.33"}, dates as {@code "2022-07-14"}
   */
  public FindingsAssert<R> withEvidence(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    return keep("with evidence " + name + "=" + value, finding -> value.equals(finding.evidence().get(name)));
  }

  /** Keeps the findings whose message contains {@code text}. */
  public FindingsAssert<R> withMessageContaining(String text) {
    Objects.requireNonNull(text, "text");
    return keep("with a message containing \"" + text + "\"", finding -> finding.message().contains(text));
  }

  /** Keeps the findings a waiver covers. */
  public FindingsAssert<R> waived() {
    return keep("covered by a waiver", finding -> !finding.isOpen());
  }

  /** Keeps the open findings: those no waiver covers. */
  public FindingsAssert<R> open() {
    return keep("not covered by a waiver", Finding::isOpen);
  }

  /**
   * Asserts exactly {@code count} findings are kept.
   *
   * @param count at least 1 (for none, {@link AbstractReportAssert#hasNoFinding(String, String)})
   * @throws IllegalArgumentException if {@code count} is less than 1
   */
  public FindingsAssert<R> times(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("times(" + count + "): the count must be at least 1; for none, use hasNoFinding");
    }
    if (failed || kept.size() == count) {
      return this;
    }
    report.failWith(report.chainedFailure("expected exactly %s of rule %s%s, but found %s",
        Listing.count(count, "finding", "findings"), rule, narrowing, Listing.found(kept)));
    return failed(report);
  }

  /**
   * Asserts exactly one finding is kept, and returns it for assertions of its own.
   *
   * @return the finding, or {@code null} when soft assertions collected a failure of this chain
   */
  public Finding single() {
    FindingsAssert<R> one = times(1);
    return one.failed ? null : one.kept.get(0);
  }

  /**
   * The evidence of the only finding kept ({@link #single()}).
   *
   * @return its evidence, or {@code null} when soft assertions collected a failure of this chain
   */
  public Map<String, String> evidence() {
    Finding finding = single();
    return finding == null ? null : finding.evidence();
  }

  /** Back to the report's assertion, for more assertions on the report. */
  public R and() {
    return report;
  }

  private FindingsAssert<R> keep(String step, Predicate<Finding> test) {
    if (failed) {
      return this;
    }
    List<Finding> matching = kept.stream().filter(test).toList();
    String narrower = narrowing + " " + step;
    if (matching.isEmpty()) {
      report.failWith(report.chainedFailure("expected a finding of rule %s%s, but the findings of rule %s are:%s",
          rule, narrower, rule, Listing.lines(ofRule)));
      return failed(report);
    }
    return new FindingsAssert<>(report, rule, ofRule, matching, narrower, false);
  }
}

package org.kcsp.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * What one rule said about one subject in a check: it was not run, it ran and raised nothing on
 * the subject, or it raised a finding there, open or waived. The pictures a report carries ({@link
 * ComplianceReport#grants()}, {@link ComplianceReport#termsOfReference()}) say what a rule found
 * through these, never by redoing the rule: a skipped rule, a waiver or a changed severity changes
 * a picture exactly as it changes the findings.
 *
 * <pre>{@code
 * RuleCheck overdue = report.termsOfReference().get(0).reviewOverdue();
 * switch (overdue.state()) {
 *   case OPEN -> System.out.println("overdue: " + overdue.finding().orElseThrow().message());
 *   case WAIVED -> System.out.println("overdue, waived: " + overdue.finding().orElseThrow().waived().orElseThrow().reason());
 *   case NO_FINDING -> System.out.println("not overdue");
 *   case NOT_RUN -> System.out.println("not checked");
 * }
 * }</pre>
 *
 * @param rule the rule's id, such as {@code "TOR_REVIEW_OVERDUE"}
 * @param evaluated whether the engine ran the rule (it is in {@link ComplianceReport#rules()}); a
 *     rule skipped, or left out by {@code only}, is not evaluated
 * @param finding the rule's finding on the subject, open or waived, if it raised one
 */
public record RuleCheck(String rule, boolean evaluated, Optional<Finding> finding) {

  /** What a {@link RuleCheck} says. */
  public enum State {
    /** The rule was not run, so it says nothing either way. */
    NOT_RUN,
    /**
     * The rule ran and raised no finding on the subject: it found it clear, or could not decide
     * it, in which case its gaps on the subject are in {@link ComplianceReport#gaps()}.
     */
    NO_FINDING,
    /** The rule raised a finding on the subject, and no waiver covers it. */
    OPEN,
    /** The rule raised a finding on the subject, and a waiver covers it. */
    WAIVED
  }

  /**
   * @throws IllegalArgumentException if there is a finding of another rule, or a finding of a
   *     rule that was not evaluated
   */
  public RuleCheck {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(finding, "finding");
    if (finding.isPresent() && !finding.get().rule().equals(rule)) {
      throw new IllegalArgumentException("a check of " + rule + " holds a finding of " + finding.get().rule());
    }
    if (finding.isPresent() && !evaluated) {
      throw new IllegalArgumentException("a check of " + rule + " holds a finding, but the rule was not evaluated");
    }
  }

  /** What the rule said: {@link State#OPEN} or {@link State#WAIVED} when it raised a finding. */
  public State state() {
    if (finding.isPresent()) {
      return finding.get().isOpen() ? State.OPEN : State.WAIVED;
    }
    return evaluated ? State.NO_FINDING : State.NOT_RUN;
  }
}

package org.kcsp.rules;

import java.util.Objects;

/**
 * One rule's outcome in a report, with why, in a few words.
 *
 * <pre>{@code
 * RuleResult result = report.result("GRANT_POT_OVERCOMMITTED");
 * result.outcome();    // PASS
 * result.reason();     // "2 grants checked"
 * result.checked();    // 2
 * }</pre>
 *
 * <p><b>Checked.</b> A rule applies to the subjects its {@code @needs} counts ({@link
 * org.kcsp.rules.spi.Needs}: each constant says which), on the record as of the evaluation date:
 * {@code GRANT} counts the grants, {@code PROJECT} the projects, {@code SCRUTINY_SESSION} the
 * partnership once, when it has a session. It decides each of them: a finding, clear, or not
 * assessed. {@code checked} is how many there are, whatever the verdicts: a rule applies exactly
 * when it is at least 1, so it is 0 for a NOT_APPLICABLE rule and at least 1 for one that passed.
 * A rule whose condition cannot hold on a subject (a year-end rule before the final month, a rule
 * of county partnerships on a district one) still checked it, and found it clear.
 *
 * <p><b>Reason.</b> A short phrase, for people, by outcome: what a NOT_APPLICABLE rule lacks
 * ({@code "the record holds no scrutiny sessions on or before 18 March 2020"}); what a rule that
 * passed checked ({@code "3 grants checked"}); the gaps of a NOT_ASSESSED rule ({@code "2 gaps on
 * Grant CRG-2019-20; 2 grants checked"}); the findings of a FAIL or WAIVED one.
 *
 * @param rule the rule's id
 * @param severity the severity of its findings
 * @param outcome PASS, FAIL, WAIVED, NOT_ASSESSED or NOT_APPLICABLE
 * @param reason why, in a short phrase without a final full stop
 * @param checked how many subjects it applied to: see above; never negative
 */
public record RuleResult(String rule, Severity severity, Outcome outcome, String reason, int checked) {

  public RuleResult {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
    if (checked < 0) {
      throw new IllegalArgumentException("rule " + rule + " checked " + checked + " subjects: a count is never negative");
    }
  }
}

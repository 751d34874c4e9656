package org.kcsp.rules;

import java.util.Objects;

/**
 * One rule's outcome in a report.
 *
 * @param rule the rule's id
 * @param severity the severity of its findings
 * @param outcome PASS, FAIL, WAIVED or NOT_APPLICABLE
 */
public record RuleResult(String rule, Severity severity, Outcome outcome) {

  public RuleResult {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(outcome, "outcome");
  }
}

package org.kcsp.rules;

/**
 * A check that could not finish because a rule misbehaved: it threw, or rules kept firing past
 * the engine's limit. It names the rule. The engine stays usable for other checks.
 */
public final class RuleExecutionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String rule;

  public RuleExecutionException(String rule, String message, Throwable cause) {
    super(message, cause);
    this.rule = rule;
  }

  /** The id of the rule that misbehaved. */
  public String rule() {
    return rule;
  }
}

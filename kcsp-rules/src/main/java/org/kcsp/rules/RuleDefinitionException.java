package org.kcsp.rules;

import java.util.List;

/**
 * Rules that cannot be used: DRL that does not compile (with each problem's file, line and
 * words), a rule without its metadata, or a configuration naming a rule that does not exist.
 */
public final class RuleDefinitionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  public RuleDefinitionException(List<String> problems) {
    super(problems.size() == 1
        ? problems.get(0)
        : problems.size() + " problems with the rules:" + System.lineSeparator() + "  "
            + String.join(System.lineSeparator() + "  ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem, such as {@code my-rules.drl, line 7: mismatched input 'then'}. */
  public List<String> problems() {
    return problems;
  }
}

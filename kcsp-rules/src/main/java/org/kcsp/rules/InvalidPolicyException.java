package org.kcsp.rules;

import java.util.List;
import org.kcsp.model.Problem;

/**
 * A policy file ({@code kcsp-policy/1}) that cannot be read, with every problem found, each with
 * its JSON path, line and column in the file:
 *
 * <pre>
 * safer-maidstone.yaml: 2 problems
 *   $.rules.TOR_REVIEW_NOT_ALINGED (line 8, column 3): there is no rule TOR_REVIEW_NOT_ALINGED: did you mean TOR_REVIEW_NOT_ALIGNED?
 *   $.rules.PROJECT_LOCAL_SCOPE.severity (line 9, column 35): severity must be one of ERROR, WARNING, INFO, got "LOW"
 * </pre>
 *
 * <p>A problem of a policy file it extends is reported at the {@code extends} entry that names
 * it, its message naming that file, its path, line and column.
 */
public final class InvalidPolicyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient String source;
  private final transient List<Problem> problems;

  /**
   * @param source the policy file
   * @param problems every problem found, at least one
   */
  public InvalidPolicyException(String source, List<Problem> problems) {
    super(null, null, true, true);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid policy has at least one problem");
    }
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  /** The policy file. */
  public String source() {
    return source;
  }

  /** Every problem, in the order of the file. */
  public List<Problem> problems() {
    return problems;
  }

  /** The file, how many problems, then one line a problem. */
  @Override
  public String getMessage() {
    StringBuilder text = new StringBuilder()
        .append(source).append(": ").append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
    for (Problem problem : problems) {
      text.append(System.lineSeparator()).append("  ").append(problem);
    }
    return text.toString();
  }
}

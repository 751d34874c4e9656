package org.kcsp.workbook;

import java.util.List;
import java.util.Optional;

/**
 * A workbook that is not a valid record, or that kcsp refuses to open: every problem found, each
 * naming its sheet and cell.
 */
public final class InvalidWorkbookException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The most problems one exception lists; the others are only counted. */
  public static final int MAX_PROBLEMS = 1_000;

  private final String source;
  private final transient List<WorkbookProblem> problems;
  private final int omitted;

  /**
   * @param source the file, for messages
   * @param problems the problems, in the workbook's order (at most {@value #MAX_PROBLEMS})
   * @param omitted how many more were found and not listed
   */
  public InvalidWorkbookException(String source, List<WorkbookProblem> problems, int omitted) {
    super(source, null, false, false);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid workbook has at least one problem");
    }
    this.source = source;
    this.problems = List.copyOf(problems);
    this.omitted = omitted;
  }

  /** One problem with the file as a whole. */
  static InvalidWorkbookException of(String source, String message) {
    return new InvalidWorkbookException(source, List.of(new WorkbookProblem("workbook", message)), 0);
  }

  /** The workbook, as it was named. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** The problems listed, in the order of the workbook's sheets, rows and columns. */
  public List<WorkbookProblem> problems() {
    return problems;
  }

  /** How many problems were found beyond those listed. */
  public int omitted() {
    return omitted;
  }

  /** How many problems were found in all. */
  public int totalProblems() {
    return problems.size() + omitted;
  }

  @Override
  public String getMessage() {
    StringBuilder text = new StringBuilder(source).append(": ").append(totalProblems())
        .append(totalProblems() == 1 ? " problem" : " problems");
    for (WorkbookProblem problem : problems) {
      text.append(System.lineSeparator()).append("  ").append(problem);
    }
    if (omitted > 0) {
      text.append(System.lineSeparator()).append("  and ").append(omitted).append(" more");
    }
    return text.toString();
  }
}

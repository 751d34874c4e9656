package org.kcsp.workbook;

import java.util.List;

/** 360Giving data that kcsp cannot use: every problem found, each at its place in the file (a JSON path, a row, a cell). */
public final class InvalidGrantsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final transient List<WorkbookProblem> problems;

  public InvalidGrantsException(String source, List<WorkbookProblem> problems) {
    super(source, null, false, false);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("invalid grants data has at least one problem");
    }
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  /** The file, as it was named. */
  public String source() {
    return source;
  }

  /** The problems, in the file's order. */
  public List<WorkbookProblem> problems() {
    return problems;
  }

  @Override
  public String getMessage() {
    StringBuilder text = new StringBuilder(source).append(": ").append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems");
    problems.forEach(problem -> text.append(System.lineSeparator()).append("  ").append(problem));
    return text.toString();
  }
}

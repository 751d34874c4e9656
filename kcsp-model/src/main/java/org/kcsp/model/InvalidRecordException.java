package org.kcsp.model;

import java.util.List;
import java.util.Optional;

/**
 * A record that cannot be read or built, with every problem found.
 *
 * <p>The same exception comes from reading a file ({@code RecordReader}) and from building a
 * record in code, so an application gets the same errors either way. Its message names the file
 * (when there is one) and lists each problem with its JSON path:
 *
 * <pre>
 * kcsp-2022-07.json: 2 problems
 *   $.grants[0].allocation (line 14, column 19): allocation must not be negative, got -5
 *   $.grants[0].funder: funder names organisation "KENT-PC", which the record does not list
 * </pre>
 */
public final class InvalidRecordException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient String source;
  private final transient List<Problem> problems;

  /**
   * @param source the file or other source the record came from, or {@code null} for a record
   *     built in code
   * @param problems every problem found, at least one
   */
  public InvalidRecordException(String source, List<Problem> problems) {
    super(describe(source, problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid record has at least one problem");
    }
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  /** A record built in code, with these problems. */
  public InvalidRecordException(List<Problem> problems) {
    this(null, problems);
  }

  /** The file or other source, when the record was read from one. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** Every problem found: by place in the file when read from one, else in the order found. */
  public List<Problem> problems() {
    return problems;
  }

  /** The same problems, now known to come from {@code newSource}. */
  public InvalidRecordException from(String newSource) {
    return new InvalidRecordException(newSource, problems);
  }

  /** The same problems, with paths under {@code prefix} (such as {@code $.grants[2]}). */
  public InvalidRecordException under(String prefix) {
    return new InvalidRecordException(source, problems.stream().map(p -> p.under(prefix)).toList());
  }

  private static String describe(String source, List<Problem> problems) {
    StringBuilder text = new StringBuilder();
    text.append(source == null ? "invalid record" : source)
        .append(": ")
        .append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems");
    for (Problem problem : problems) {
      text.append(System.lineSeparator()).append("  ").append(problem);
    }
    return text.toString();
  }
}

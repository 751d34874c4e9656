package org.kcsp.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A record that cannot be read or built, with the problems found.
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
 *
 * <p>The list is capped: it holds the first {@value #MAX_PROBLEMS} problems found, and {@link
 * #omitted()} says how many more there were, so that a file of millions of bad values costs
 * neither the memory nor the time of listing them. The message then ends with that count:
 *
 * <pre>
 * huge.json: 8388554 problems, the first 1000 listed
 *   $.organisations[0] (line 1, column 107): expected an object, got the number 1
 *   ...
 *   and 8387554 more
 * </pre>
 */
public final class InvalidRecordException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The most problems one exception lists: 1,000. The others are only counted ({@link #omitted()}). */
  public static final int MAX_PROBLEMS = 1_000;

  private final transient String source;
  private final transient List<Problem> problems;
  private final int omitted;

  /**
   * @param source the file or other source the record came from, or {@code null} for a record
   *     built in code
   * @param problems every problem found, at least one; beyond the first {@value #MAX_PROBLEMS},
   *     they are counted in {@link #omitted()}
   */
  public InvalidRecordException(String source, List<Problem> problems) {
    this(source, problems, 0);
  }

  /**
   * @param source the file or other source the record came from, or {@code null}
   * @param problems the problems listed, at least one; beyond the first {@value #MAX_PROBLEMS},
   *     they are counted in {@link #omitted()}
   * @param omitted how many more problems were found but not listed
   */
  public InvalidRecordException(String source, List<Problem> problems, int omitted) {
    super(null, null, true, true);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid record has at least one problem");
    }
    if (omitted < 0) {
      throw new IllegalArgumentException("omitted must not be negative, got " + omitted);
    }
    int listed = Math.min(problems.size(), MAX_PROBLEMS);
    this.source = source;
    this.problems = List.copyOf(problems.subList(0, listed));
    this.omitted = Math.addExact(omitted, problems.size() - listed);
  }

  /** A record built in code, with these problems. */
  public InvalidRecordException(List<Problem> problems) {
    this(null, problems);
  }

  /** The file or other source, when the record was read from one. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * The problems listed: every problem found, or the first {@value #MAX_PROBLEMS} when there were
   * more ({@link #omitted()} says how many more). By place in the file when read from one, else in
   * the order found.
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * How many problems were found beyond those {@link #problems()} lists: 0 unless more than
   * {@value #MAX_PROBLEMS} were found. A command line prints {@code problems()}, then, when this
   * is not 0, a line such as {@code and 8387554 more}.
   */
  public int omitted() {
    return omitted;
  }

  /** How many problems were found in all: those listed and those {@link #omitted()}. */
  public int totalProblems() {
    return problems.size() + omitted;
  }

  /** The same problems, now known to come from {@code newSource}. */
  public InvalidRecordException from(String newSource) {
    return new InvalidRecordException(newSource, problems, omitted);
  }

  /** The same problems, with paths under {@code prefix} (such as {@code $.grants[2]}). */
  public InvalidRecordException under(RecordPath prefix) {
    return new InvalidRecordException(source, problems.stream().map(p -> p.under(prefix)).toList(), omitted);
  }

  /** The same problems, with paths under a prefix written as text ({@link RecordPath#parse}). */
  public InvalidRecordException under(String prefix) {
    return under(RecordPath.parse(prefix));
  }

  /**
   * The source, how many problems, then one line a problem, and {@code and N more} when some
   * were {@linkplain #omitted() omitted}. Built when asked for, not when thrown.
   */
  @Override
  public String getMessage() {
    int total = totalProblems();
    StringBuilder text = new StringBuilder();
    text.append(source == null ? "invalid record" : source)
        .append(": ")
        .append(total)
        .append(total == 1 ? " problem" : " problems");
    if (omitted > 0) {
      text.append(", the first ").append(problems.size()).append(" listed");
    }
    for (Problem problem : problems) {
      text.append(System.lineSeparator()).append("  ").append(problem);
    }
    if (omitted > 0) {
      text.append(System.lineSeparator()).append("  and ").append(omitted).append(" more");
    }
    return text.toString();
  }

  /**
   * Gathers the problems of one record for one exception: keeps the first {@value #MAX_PROBLEMS}
   * and only counts the rest. A reader asks {@link #isFull()} before building a problem's path and
   * message, and calls {@link #count()} instead when it is, so that millions of bad values cost
   * neither memory nor the time of describing them.
   *
   * <pre>{@code
   * InvalidRecordException.Collector problems = new InvalidRecordException.Collector();
   * if (problems.isFull()) {
   *   problems.count();
   * } else {
   *   problems.add(new Problem(path, "amount must not be negative, got " + text, line, column));
   * }
   * problems.throwIfAny(source);
   * }</pre>
   */
  public static final class Collector {
    private final List<Problem> kept = new ArrayList<>();
    private int total;

    /** Whether the next problem would only be counted: {@value #MAX_PROBLEMS} are kept already. */
    public boolean isFull() {
      return kept.size() >= MAX_PROBLEMS;
    }

    /** Adds a problem: kept while fewer than {@value #MAX_PROBLEMS} are, else only counted. */
    public void add(Problem problem) {
      if (!isFull()) {
        kept.add(problem);
      }
      total++;
    }

    /** Counts a problem without keeping it: for a caller that found the collector full. */
    public void count() {
      total++;
    }

    /** Counts {@code more} problems without keeping them, such as those another exception {@linkplain #omitted() omitted}. */
    public void count(int more) {
      if (more < 0) {
        throw new IllegalArgumentException("more must not be negative, got " + more);
      }
      total = Math.addExact(total, more);
    }

    /** How many problems were added or counted. */
    public int total() {
      return total;
    }

    /** Whether no problem was added or counted. */
    public boolean isEmpty() {
      return total == 0;
    }

    /** The problems kept, in the order added. */
    public List<Problem> kept() {
      return List.copyOf(kept);
    }

    /**
     * Throws the problems kept (sorted by {@code order}, when given) and the count of the others,
     * if there are any.
     *
     * @param source the file or other source, or {@code null}
     */
    public void throwIfAny(String source, Comparator<Problem> order) {
      if (total > 0) {
        List<Problem> listed = new ArrayList<>(kept);
        if (order != null) {
          listed.sort(order);
        }
        throw new InvalidRecordException(source, listed, total - listed.size());
      }
    }

    /** Throws the problems, in the order added, if there are any. */
    public void throwIfAny(String source) {
      throwIfAny(source, null);
    }
  }
}

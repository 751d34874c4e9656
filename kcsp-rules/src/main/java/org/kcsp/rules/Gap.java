package org.kcsp.rules;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.kcsp.model.Location;

/**
 * An evidence gap: a subject on which a rule could not decide, because its verdict depends on
 * facts the record does not give, and what to record to decide it. A rule reports a gap instead of
 * guessing; while it has one and no finding, its outcome is {@link Outcome#NOT_ASSESSED}.
 *
 * <pre>{@code
 * for (Gap gap : report.gaps()) {
 *   gap.rule();            // "GRANT_POT_OVERCOMMITTED"
 *   gap.subject().id();    // "CRG-2019-20"
 *   gap.missing();         // "$.grants[0].projects[4].amount"
 *   gap.message();         // "Record the amount of Modern Slavery: Train the Trainer (...), a committed project of ..."
 *   gap.location();        // Optional[kcsp.json:95:9]: the project, where the amount goes
 * }
 * }</pre>
 *
 * <p>A report holds one gap per rule, subject and path, in {@link #ORDER}: several rules may need
 * the same thing recorded, each with its own gap; reports group them by {@link #missing()} for
 * reading.
 *
 * @param rule the id of the rule that could not decide
 * @param subject what it could not decide on, as a finding would be on it
 * @param missing where in the record the deciding fact goes, as a JSON path from the record's
 *     root: a key ({@code $.grants[0].projects[4].amount}), a list or an object
 * @param message a sentence a person can act on, saying what to record
 * @param location where in the record checked what is missing goes: the nearest object or array
 *     at or above {@code missing} that the record holds, with the file, line and column for a
 *     record read from a file ({@link org.kcsp.model.io.RecordLocations#locateNearest}); empty for a
 *     gap made without one. Equality leaves it out, as a {@link Finding}'s: equal records give
 *     equal gaps wherever they were read from.
 */
public record Gap(String rule, Subject subject, String missing, String message, Optional<Location> location) {

  /**
   * Reports' order: rule id, subject id, then the path (its indices compared as numbers, so
   * {@code projects[2]} comes before {@code projects[10]}), then subject kind and message.
   */
  public static final Comparator<Gap> ORDER =
      Comparator.comparing(Gap::rule)
          .thenComparing(gap -> gap.subject().id())
          // toString: the path's text, as the JSON report writes it
          .thenComparing((Gap gap) -> gap.missing().toString(), Gap::comparePaths)
          .thenComparing(gap -> gap.subject().kind())
          .thenComparing(Gap::message);

  public Gap {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(missing, "missing");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
  }

  /** A gap not placed in a record. */
  public Gap(String rule, Subject subject, String missing, String message) {
    this(rule, subject, missing, message, Optional.empty());
  }

  /** This gap, placed at {@code location}. */
  public Gap at(Location location) {
    return new Gap(rule, subject, missing, message, Optional.of(location));
  }

  /** Equal when the rule, subject, path and message are: where the record was read from does not count. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Gap that && rule.equals(that.rule) && subject.equals(that.subject)
        && missing.equals(that.missing) && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, subject, missing, message);
  }

  /** Two paths in record order: runs of digits compared as numbers, the rest as text. */
  private static int comparePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      if (isDigit(a.charAt(i)) && isDigit(b.charAt(j))) {
        int endA = digitsEnd(a, i);
        int endB = digitsEnd(b, j);
        // a longer run of digits, leading zeros aside, is a larger number; runs as long compare digit by digit
        int startA = significant(a, i, endA);
        int startB = significant(b, j, endB);
        int order = Integer.compare(endA - startA, endB - startB);
        for (int k = 0; order == 0 && k < endA - startA; k++) {
          order = Character.compare(a.charAt(startA + k), b.charAt(startB + k));
        }
        if (order != 0) {
          return order;
        }
        i = endA;
        j = endB;
      } else {
        if (a.charAt(i) != b.charAt(j)) {
          return Character.compare(a.charAt(i), b.charAt(j));
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int digitsEnd(String text, int from) {
    int end = from;
    while (end < text.length() && isDigit(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /** Where the run of digits from {@code from} to {@code end} starts, leading zeros aside (its last digit stays). */
  private static int significant(String text, int from, int end) {
    int start = from;
    while (start < end - 1 && text.charAt(start) == '0') {
      start++;
    }
    return start;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}

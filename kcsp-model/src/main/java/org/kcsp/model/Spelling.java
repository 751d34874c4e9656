package org.kcsp.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * How alike two words are, for "did you mean" messages: a misspelt key of a record, a misspelt rule
 * id on the command line or in a test. Case is ignored, since {@code RIGHT_TO_LEFT} typed as
 * {@code right_to_left} is plainly the same word.
 *
 * <pre>{@code
 * Spelling.distance("amuont", "amount");                                  // 2
 * Spelling.nearest(List.of("TOR_MISSING", "TOR_REVIEW_OVERDUE"), "tor_misisng", 1); // [TOR_MISSING]
 * }</pre>
 */
public final class Spelling {

  private Spelling() {}

  /**
   * The edit (Levenshtein) distance between {@code a} and {@code b}, ignoring case: how many
   * {@code char}s must be inserted, deleted or replaced to turn one into the other. Two chars are
   * the same when {@link String#equalsIgnoreCase} would find them so. It is never less than the
   * difference of their lengths, which lets a caller skip words too long or too short to be near.
   */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      char x = a.charAt(i - 1);
      for (int j = 1; j <= b.length(); j++) {
        int cost = sameIgnoringCase(x, b.charAt(j - 1)) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /**
   * The {@code count} words of {@code candidates} nearest to {@code word} by {@link #distance},
   * nearest first; words at the same distance in their natural (alphabetical) order, so the answer
   * does not depend on the order of {@code candidates}.
   */
  public static List<String> nearest(Collection<String> candidates, String word, int count) {
    return candidates.stream()
        .sorted(Comparator.comparingInt((String candidate) -> distance(candidate, word))
            .thenComparing(Comparator.naturalOrder()))
        .limit(count)
        .toList();
  }

  private static boolean sameIgnoringCase(char x, char y) {
    if (x == y) {
      return true;
    }
    char upperX = Character.toUpperCase(x);
    char upperY = Character.toUpperCase(y);
    return upperX == upperY || Character.toLowerCase(upperX) == Character.toLowerCase(upperY);
  }
}

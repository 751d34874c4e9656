package org.kcsp.rules.internal;

import org.kcsp.model.Fraction;

/**
 * How alike two titles must be to be possible duplicates: they share at least {@code a/b} of the
 * words of either ({@code common / all >= a/b}), {@code 3/5} unless the policy sets another
 * ({@code PROJECT_POSSIBLE_DUPLICATE_FUNDING.similarity}). All in whole numbers, never a double.
 */
record Similarity(int shared, int outOf) {

  static Similarity of(Fraction fraction) {
    return new Similarity(fraction.numerator(), fraction.denominator());
  }

  /** Whether two token sets sharing {@code common} of their {@code all} words are alike. */
  boolean alike(long common, long all) {
    return outOf * common >= shared * all;
  }

  /** The fewest words of a token set of n words that an alike one shares, and the fewest it has: ceil(an/b). */
  int leastAlike(int n) {
    return (int) ((shared * (long) n + outOf - 1) / outOf);
  }

  /** The most words an alike token set of a set of n words has: floor(bn/a). */
  int mostAlike(int n) {
    return (int) (outOf * (long) n / shared);
  }

  /**
   * How many of the rarest words of a token set of n words any alike token set shares one of:
   * n - ceil(an/b) + 1 (for 3/5, n - ceil(3n/5) + 1).
   */
  int probingPrefix(int n) {
    return n - leastAlike(n) + 1;
  }

  /**
   * The same, for an alike token set at least as large: n - ceil(2an/(a+b)) + 1 (two sets a/b
   * alike share at least a/(a+b) of their words together, so at least 2a/(a+b) of the smaller
   * one's; for 3/5, 3/4 of them).
   */
  int indexingPrefix(int n) {
    long twice = 2L * shared;
    long sum = (long) shared + outOf;
    return n - (int) ((twice * n + sum - 1) / sum) + 1;
  }
}

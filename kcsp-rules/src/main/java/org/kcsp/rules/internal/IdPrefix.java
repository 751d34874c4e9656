package org.kcsp.rules.internal;

/**
 * The beginning of an id as a number, so that a sort of many ids compares numbers side by side in
 * an array and reads ids only where two begin alike ({@link FindingSort}, the duplicate-funding
 * index's listing order).
 */
final class IdPrefix {

  private IdPrefix() {}

  /**
   * The first eight characters of {@code id} as a number whose order, compared unsigned, is the
   * ids' ({@link String#compareTo}) whenever two numbers differ: a byte for each character, most
   * significant first, the character itself below U+00FF, zero past the id's end, and from the first
   * character at or above U+00FF on, bytes of 0xFF. Two ids differ first at a character both have
   * below U+00FF, or where one ends or has a character at or above U+00FF: their numbers then differ
   * the same way, or are equal, and the ids are compared in full.
   */
  static long of(String id) {
    long prefix = 0;
    for (int i = 0; i < Long.BYTES; i++) {
      int c = i < id.length() ? id.charAt(i) : 0;
      if (c >= 0xFF) {
        return (prefix << (Byte.SIZE * (Long.BYTES - i))) | (-1L >>> (Byte.SIZE * i));
      }
      prefix = prefix << Byte.SIZE | c;
    }
    return prefix;
  }

  /**
   * {@link String#compareTo} of two ids given with their {@link #of prefixes}: by the prefixes where
   * they differ, else in full (at once for the same string).
   */
  static int compare(long prefixA, String a, long prefixB, String b) {
    int byPrefix = Long.compareUnsigned(prefixA, prefixB);
    return byPrefix != 0 || a == b ? byPrefix : a.compareTo(b);
  }
}

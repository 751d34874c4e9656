package org.kcsp.rules.internal;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The words of a record's titles, as the catalogue defines them (rules.md, Projects), each distinct
 * word numbered once: a title is read straight into the numbers of its words, and a word becomes a
 * string only the first time it is met, however many titles have it.
 *
 * <p>A title's normalised form is its words, lower case, separated by single spaces: every
 * character that is not a letter or digit separates words, and case is folded one character at a
 * time, as {@link String#equalsIgnoreCase} compares (a letter stays one letter: {@code
 * String.toLowerCase} would turn the capital dotted I into an i and a combining dot, which is no
 * letter and would split the word in two). So two titles are equal once normalised exactly when
 * they have the same words in the same order, and the numbers of its words stand for a normalised
 * title. Its token set is its words without stop words, each once.
 *
 * <p>The stop words are numbered first, so that a word's number tells whether it is one; the
 * other words in the order they are first met, so that the numbers never depend on the hashes by
 * which words are found. Those are seeded afresh for each index: no set of titles written in
 * advance can make its words collide on every run.
 */
final class TitleWords {

  /** Words that say nothing about the activity. */
  static final List<String> STOP_WORDS =
      List.of("a", "an", "and", "the", "of", "for", "to", "in", "on", "at", "by", "with", "or", "from");

  private static final int[] NONE = {};

  /** The words by number. */
  private String[] words = new String[64];
  /** For each number, its word's hash. */
  private int[] hashes = new int[64];
  private final int seed;
  private int count;
  /** An open-addressing table of word numbers plus one, 0 where empty; never more than half full. */
  private int[] slots = new int[128];
  /** The word being read. */
  private char[] word = new char[32];
  /** The numbers of the words of the title last read. */
  private int[] read = new int[16];
  /** A token set being made. */
  private int[] tokens = new int[16];

  TitleWords() {
    this(ThreadLocalRandom.current().nextInt());
  }

  /** Words found by hashes seeded with {@code seed}. */
  TitleWords(int seed) {
    this.seed = seed;
    for (String stop : STOP_WORDS) {
      int hash = seed;
      for (int i = 0; i < stop.length(); i++) {
        word[i] = stop.charAt(i);
        hash = mix(hash, word[i]);
      }
      number(stop.length(), hash);
    }
  }

  /** How many distinct words there are: every number is below it. */
  int count() {
    return count;
  }

  /** The word of a number. */
  String word(int number) {
    return words[number];
  }

  /**
   * Reads a title: how many words it has, their numbers in order in {@link #read()} until the next
   * title is read. A new word is numbered; no other object is made.
   */
  int read(String title) {
    int length = 0;
    int size = 0;
    int hash = seed;
    for (int i = 0; i < title.length(); ) {
      int c = title.charAt(i);
      if (c < 0x80) {
        i++;
        if (c >= 'A' && c <= 'Z') {
          c += 'a' - 'A';
        } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
          c = -1;
        }
      } else {
        c = title.codePointAt(i);
        i += Character.charCount(c);
        c = Character.isLetterOrDigit(c) ? Character.toLowerCase(Character.toUpperCase(c)) : -1;
      }
      if (c >= 0) {
        if (size + 2 > word.length) {
          word = Arrays.copyOf(word, 2 * word.length);
        }
        if (Character.isBmpCodePoint(c)) {
          word[size++] = (char) c;
          hash = mix(hash, c);
        } else {
          char high = Character.highSurrogate(c);
          char low = Character.lowSurrogate(c);
          word[size++] = high;
          word[size++] = low;
          hash = mix(mix(hash, high), low);
        }
      } else if (size > 0) {
        length = add(length, number(size, hash));
        size = 0;
        hash = seed;
      }
    }
    if (size > 0) {
      length = add(length, number(size, hash));
    }
    return length;
  }

  /** The numbers of the words of the title last read: its first {@code read(title)} numbers. */
  int[] read() {
    return read;
  }

  private int add(int length, int number) {
    if (length == read.length) {
      read = Arrays.copyOf(read, 2 * length);
    }
    read[length] = number;
    return length + 1;
  }

  /** The number of the word in {@code word[0..size)}, numbering it when it is new. */
  private int number(int size, int hash) {
    int mask = slots.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      int found = slots[slot] - 1;
      if (found < 0) {
        return numberNew(slot, size, hash);
      }
      if (hashes[found] == hash && isWord(found, size)) {
        return found;
      }
    }
  }

  private boolean isWord(int number, int size) {
    String known = words[number];
    if (known.length() != size) {
      return false;
    }
    for (int i = 0; i < size; i++) {
      if (known.charAt(i) != word[i]) {
        return false;
      }
    }
    return true;
  }

  private int numberNew(int slot, int size, int hash) {
    if (count == words.length) {
      words = Arrays.copyOf(words, 2 * count);
      hashes = Arrays.copyOf(hashes, 2 * count);
    }
    int number = count++;
    words[number] = new String(word, 0, size);
    hashes[number] = hash;
    slots[slot] = number + 1;
    if (2 * count > slots.length) {
      rehash();
    }
    return number;
  }

  private void rehash() {
    slots = new int[2 * slots.length];
    int mask = slots.length - 1;
    for (int number = 0; number < count; number++) {
      int slot = hashes[number] & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = number + 1;
    }
  }

  /**
   * A hash with one more value: a bijection of the hash for any value (an exclusive or, a product
   * by an odd number, a shift of the high bits into the low ones, which pick the slot).
   */
  static int mix(int hash, int value) {
    int mixed = (hash ^ value) * 0x9E3779B9;
    return mixed ^ (mixed >>> 15);
  }

  /** Whether a word number is a stop word's. */
  static boolean isStopWord(int number) {
    return number < STOP_WORDS.size();
  }

  /**
   * The token set of a title whose word numbers are {@code sequence}: its numbers without stop
   * words, each once, in increasing order; {@code sequence} itself when it is already that.
   */
  int[] tokenSet(int[] sequence) {
    if (tokens.length < sequence.length) {
      tokens = new int[Math.max(sequence.length, 2 * tokens.length)];
    }
    int size = 0;
    for (int number : sequence) {
      if (!isStopWord(number)) {
        tokens[size++] = number;
      }
    }
    Arrays.sort(tokens, 0, size);
    int distinct = 0;
    for (int i = 0; i < size; i++) {
      if (distinct == 0 || tokens[distinct - 1] != tokens[i]) {
        tokens[distinct++] = tokens[i];
      }
    }
    if (distinct == 0) {
      return NONE;
    }
    return distinct == sequence.length && Arrays.equals(tokens, 0, distinct, sequence, 0, distinct)
        ? sequence : Arrays.copyOf(tokens, distinct);
  }

  /** A title normalised: its words, lower case, separated by single spaces; empty when it has none. */
  static String normalise(String title) {
    TitleWords words = new TitleWords();
    int length = words.read(title);
    StringBuilder text = new StringBuilder(title.length());
    for (int i = 0; i < length; i++) {
      text.append(i == 0 ? "" : " ").append(words.word(words.read()[i]));
    }
    return text.toString();
  }

  /** The token set of a title as words: its distinct words without stop words, sorted. */
  static String[] tokens(String title) {
    TitleWords words = new TitleWords();
    int length = words.read(title);
    int[] set = words.tokenSet(Arrays.copyOf(words.read(), length));
    String[] tokens = new String[set.length];
    for (int i = 0; i < set.length; i++) {
      tokens[i] = words.word(set[i]);
    }
    Arrays.sort(tokens);
    return tokens;
  }
}

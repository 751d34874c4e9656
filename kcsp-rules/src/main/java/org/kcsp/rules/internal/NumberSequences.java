package org.kcsp.rules.internal;

import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Distinct sequences of numbers (the words of a title, a token set, a class's description), each
 * numbered in the order it was added, and found by its content: looking up a sequence allocates
 * nothing, so a record's many titles and token sets are told apart without a key object each.
 * The hashes are seeded afresh for each table, as {@link TitleWords}'s are; the numbers never
 * depend on them.
 */
final class NumberSequences {

  /** The sequences by number. */
  private int[][] sequences = new int[16][];
  private int[] hashes = new int[16];
  private int count;
  /** An open-addressing table of sequence numbers plus one, 0 where empty; never more than half full. */
  private int[] slots = new int[32];
  private final int seed;

  NumberSequences() {
    this(ThreadLocalRandom.current().nextInt());
  }

  /** Sequences found by hashes seeded with {@code seed}. */
  NumberSequences(int seed) {
    this.seed = seed;
  }

  /** How many sequences there are. */
  int count() {
    return count;
  }

  /** The number of the sequence of the first {@code length} numbers of {@code numbers}, or -1 when it is not here. */
  int find(int[] numbers, int length) {
    int hash = hash(numbers, length);
    int mask = slots.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      int found = slots[slot] - 1;
      if (found < 0) {
        return -1;
      }
      if (hashes[found] == hash && Arrays.equals(sequences[found], 0, sequences[found].length, numbers, 0, length)) {
        return found;
      }
    }
  }

  /** Adds a sequence that is not here, kept as it is (not copied); its number. */
  int add(int[] sequence) {
    if (count == sequences.length) {
      sequences = Arrays.copyOf(sequences, 2 * count);
      hashes = Arrays.copyOf(hashes, 2 * count);
    }
    int number = count++;
    sequences[number] = sequence;
    hashes[number] = hash(sequence, sequence.length);
    if (2 * count > slots.length) {
      slots = new int[2 * slots.length];
      for (int i = 0; i < count; i++) {
        place(i);
      }
    } else {
      place(number);
    }
    return number;
  }

  private void place(int number) {
    int mask = slots.length - 1;
    int slot = hashes[number] & mask;
    while (slots[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    slots[slot] = number + 1;
  }

  private int hash(int[] numbers, int length) {
    int hash = TitleWords.mix(seed, length);
    for (int i = 0; i < length; i++) {
      hash = TitleWords.mix(hash, numbers[i]);
    }
    return hash;
  }
}

package org.kcsp.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Sequences of numbers found by their content, whatever their hashes, and numbered as added. */
class NumberSequencesTest {

  @Test
  void finds_a_sequence_by_the_first_numbers_of_a_longer_array() {
    // GIVEN two sequences added
    NumberSequences sequences = new NumberSequences(5);
    assertThat(sequences.add(new int[] {3, 1, 4})).isZero();
    assertThat(sequences.add(new int[] {3, 1})).isEqualTo(1);
    // THEN each is found by its own numbers only: a prefix or a longer sequence is another
    assertThat(sequences.find(new int[] {3, 1, 4, 1, 5}, 3)).isZero();
    assertThat(sequences.find(new int[] {3, 1, 4, 1, 5}, 2)).isEqualTo(1);
    assertThat(sequences.find(new int[] {3, 1, 4, 1, 5}, 4)).isEqualTo(-1);
    assertThat(sequences.find(new int[] {3}, 1)).isEqualTo(-1);
    assertThat(sequences.find(new int[0], 0)).isEqualTo(-1);
  }

  @Test
  void tells_apart_sequences_whose_hashes_are_equal() {
    // GIVEN two pairs of numbers whose hashes under one seed are equal
    int seed = 9;
    int[][] colliding = collidingPairs(seed);
    NumberSequences sequences = new NumberSequences(seed);
    // WHEN one is added
    sequences.add(colliding[0]);
    // THEN the other is not found, and once added, each is found as itself
    assertThat(sequences.find(colliding[1], 2)).isEqualTo(-1);
    sequences.add(colliding[1]);
    assertThat(sequences.find(colliding[0], 2)).isZero();
    assertThat(sequences.find(colliding[1], 2)).isEqualTo(1);
  }

  @Test
  void finds_every_sequence_again_after_the_table_has_grown() {
    NumberSequences sequences = new NumberSequences(1);
    for (int i = 0; i < 10_000; i++) {
      assertThat(sequences.add(new int[] {i / 100, i % 100})).isEqualTo(i);
    }
    for (int i = 0; i < 10_000; i++) {
      assertThat(sequences.find(new int[] {i / 100, i % 100}, 2)).isEqualTo(i);
    }
    assertThat(sequences.count()).isEqualTo(10_000);
  }

  /** Two distinct pairs of numbers with equal hashes under {@code seed}. */
  private static int[][] collidingPairs(int seed) {
    Random random = new Random(seed);
    Map<Integer, int[]> byHash = new HashMap<>();
    while (true) {
      int[] pair = {random.nextInt(1 << 20), random.nextInt(1 << 20)};
      int hash = TitleWords.mix(TitleWords.mix(TitleWords.mix(seed, 2), pair[0]), pair[1]);
      int[] before = byHash.putIfAbsent(hash, pair);
      if (before != null && (before[0] != pair[0] || before[1] != pair[1])) {
        return new int[][] {before, pair};
      }
    }
  }
}

package org.kcsp.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The words of titles read into numbers: each distinct word numbered once, a title known by the
 * numbers of its words, whatever its case and punctuation, and words told apart by their letters,
 * not their hashes.
 */
class TitleWordsTest {

  @Test
  void numbers_each_distinct_word_once_in_the_order_first_met_after_the_stop_words() {
    // GIVEN words of titles
    TitleWords words = new TitleWords(7);
    // WHEN two titles sharing a word are read
    int[] first = read(words, "Youth Diversion Scheme");
    int[] second = read(words, "Diversion Work");
    // THEN the shared word has one number, and new words follow the 14 stop words in order
    assertThat(first).containsExactly(14, 15, 16);
    assertThat(second).containsExactly(15, 17);
    assertThat(words.count()).isEqualTo(18);
    assertThat(words.word(17)).isEqualTo("work");
  }

  @Test
  void reads_a_title_written_otherwise_into_the_same_numbers() {
    TitleWords words = new TitleWords(7);
    assertThat(read(words, "  OSARA -- Problem-Solving\ttraining "))
        .containsExactly(read(words, "osara problem solving TRAINING"));
    assertThat(read(words, "Train the Trainer")).isNotEqualTo(read(words, "Trainer the Train"));
  }

  @Test
  void numbers_stop_words_below_every_other_word() {
    TitleWords words = new TitleWords(7);
    int[] numbers = read(words, "The Plan of the Partnership");
    assertThat(Arrays.stream(numbers).mapToObj(TitleWords::isStopWord)).containsExactly(true, false, true, true, false);
    assertThat(words.tokenSet(numbers)).containsExactly(14, 15);
  }

  @Test
  void makes_a_token_set_of_each_word_once_without_stop_words_in_increasing_order() {
    TitleWords words = new TitleWords(7);
    int[] ordered = read(words, "Alpha Beta Gamma");
    // already the token set: the same array
    assertThat(words.tokenSet(ordered)).isSameAs(ordered);
    assertThat(words.tokenSet(read(words, "Gamma and Alpha and Gamma"))).containsExactly(14, 16);
    assertThat(words.tokenSet(read(words, "The And Of"))).isEmpty();
  }

  @Test
  void tells_apart_words_whose_hashes_are_equal() {
    // GIVEN two words whose hashes under one seed are equal, found by trying words of six letters
    int seed = 11;
    String[] colliding = collidingWords(seed);
    TitleWords words = new TitleWords(seed);
    // WHEN both are read, as titles, and again
    int first = read(words, colliding[0])[0];
    int second = read(words, colliding[1])[0];
    // THEN they are two words, each found again by its letters
    assertThat(first).isNotEqualTo(second);
    assertThat(words.word(first)).isEqualTo(colliding[0]);
    assertThat(words.word(second)).isEqualTo(colliding[1]);
    assertThat(read(words, colliding[1] + " " + colliding[0])).containsExactly(second, first);
  }

  @Test
  void finds_every_word_again_after_the_table_has_grown() {
    TitleWords words = new TitleWords(3);
    int[] numbers = new int[5_000];
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] = read(words, "w" + i)[0];
    }
    for (int i = 0; i < numbers.length; i++) {
      assertThat(read(words, "W" + i)).containsExactly(numbers[i]);
    }
    assertThat(words.count()).isEqualTo(TitleWords.STOP_WORDS.size() + numbers.length);
  }

  @Test
  void reads_letters_outside_the_basic_plane_as_one_letter_each() {
    TitleWords words = new TitleWords(7);
    // U+1D400 MATHEMATICAL BOLD CAPITAL A is a letter of two chars; U+1F600, an emoji, is no letter
    assertThat(TitleWords.normalise("\uD835\uDC00lpha\uD83D\uDE00Beta")).isEqualTo("\uD835\uDC00lpha beta");
    assertThat(read(words, "\uD835\uDC00lpha")).containsExactly(read(words, "\uD835\uDC00LPHA"));
    // a lone surrogate is no letter
    assertThat(TitleWords.normalise("Alpha\uD800Beta")).isEqualTo("alpha beta");
  }

  private static int[] read(TitleWords words, String title) {
    return Arrays.copyOf(words.read(), words.read(title));
  }

  /** Two distinct words of six lower-case letters with equal hashes under {@code seed}. */
  private static String[] collidingWords(int seed) {
    Random random = new Random(seed);
    Map<Integer, String> byHash = new HashMap<>();
    while (true) {
      char[] letters = new char[6];
      for (int i = 0; i < letters.length; i++) {
        letters[i] = (char) ('a' + random.nextInt(26));
      }
      String word = new String(letters);
      int hash = seed;
      for (char c : letters) {
        hash = TitleWords.mix(hash, c);
      }
      String before = byHash.putIfAbsent(hash, word);
      if (before != null && !before.equals(word)) {
        return new String[] {before, word};
      }
    }
  }
}

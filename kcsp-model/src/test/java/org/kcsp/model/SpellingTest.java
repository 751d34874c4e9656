package org.kcsp.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How alike two words are, for "did you mean": edits counted, case ignored, ties in alphabetical order. */
class SpellingTest {

  @ParameterizedTest(name = "{0} to {1}: {2}")
  @CsvSource({
      "amount, amount, 0",
      "amount, AMOUNT, 0",
      "amount, amont, 1",
      "amount, amountt, 1",
      "amount, amoumt, 1",
      "amount, amuont, 2",
      "kitten, sitting, 3",
      "'', abc, 3",
      "abc, '', 3",
      "'', '', 0"})
  void counts_the_insertions_deletions_and_replacements_between_two_words_ignoring_case(String a, String b, int distance) {
    assertThat(Spelling.distance(a, b)).isEqualTo(distance);
    assertThat(Spelling.distance(b, a)).isEqualTo(distance);
  }

  @Test
  void ignores_the_case_of_letters_of_any_script() {
    assertThat(Spelling.distance("\u00C9t\u00E9", "\u00E9T\u00C9")).isZero();
    assertThat(Spelling.distance("\u03A3\u03B9\u03C3", "\u03C3\u0399\u03A3")).isZero();
  }

  @Test
  void lists_the_nearest_words_nearest_first() {
    // GIVEN rule ids and a misspelling of one, in lower case
    List<String> ids = List.of("TOR_REVIEW_OVERDUE", "TOR_MISSING", "ISA_EXPIRED", "TOR_MISSING_CHAIR");

    // WHEN the two nearest are asked for
    // THEN the misspelt one comes first, then the next nearest
    assertThat(Spelling.nearest(ids, "tor_misisng", 2)).containsExactly("TOR_MISSING", "TOR_MISSING_CHAIR");
  }

  @Test
  void orders_words_at_the_same_distance_alphabetically_whatever_their_order_given() {
    // GIVEN words each one edit from "cat", in two orders
    List<String> words = List.of("cut", "bat", "cot", "car");

    // WHEN the nearest are asked for from either order
    // THEN they are the same, alphabetical
    assertThat(Spelling.nearest(words, "cat", 3)).containsExactly("bat", "car", "cot");
    assertThat(Spelling.nearest(List.of("car", "cot", "bat", "cut"), "cat", 3)).containsExactly("bat", "car", "cot");
  }

  @Test
  void lists_every_word_when_fewer_than_asked_and_none_from_none() {
    assertThat(Spelling.nearest(List.of("b", "a"), "a", 5)).containsExactly("a", "b");
    assertThat(Spelling.nearest(List.of(), "a", 3)).isEmpty();
  }
}

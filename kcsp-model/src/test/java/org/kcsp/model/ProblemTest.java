package org.kcsp.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A problem is one line of visible text, whatever the record's keys and values hold, and short. */
class ProblemTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a zero width space | \u200B | \\u200B",
      "a right-to-left override | \u202E | \\u202E",
      "a left-to-right isolate | \u2066 | \\u2066",
      "a byte order mark | \uFEFF | \\uFEFF",
      "a soft hyphen | \u00AD | \\u00AD",
      "a line separator | \u2028 | \\u2028",
      "a paragraph separator | \u2029 | \\u2029",
      "a next line | \u0085 | \\u0085",
      "a lone high surrogate | \uD800 | \\uD800",
      "a lone low surrogate | \uDC00 | \\uDC00",
      "a tag letter beyond the Basic Multilingual Plane | \uDB40\uDC41 | \\uDB40\\uDC41"})
  void writes_an_invisible_or_direction_changing_character_as_an_escape(String name, String character, String escape) {
    // GIVEN a key holding the character
    // WHEN a problem names it, in its path and message
    Problem problem = Problem.at(RecordPath.ROOT.key("na" + character + "me"), "unknown key \"na" + character + "me\"");

    // THEN the character is written as its escape in both, the key in quotes in the path
    assertThat(problem.path()).isEqualTo("$[\"na" + escape + "me\"]");
    assertThat(problem.recordPath().lastKey()).contains("na" + character + "me");
    assertThat(problem.message()).isEqualTo("unknown key \"na" + escape + "me\"");
  }

  @Test
  void keeps_visible_characters_of_any_script_as_they_are() {
    // GIVEN text in other scripts, with a character beyond the Basic Multilingual Plane
    String text = "Caf\u00E9 \u5C0F\u7EC4 \u0645\u062C\u0644\u0633 \uD83D\uDE00";

    // WHEN a problem holds it
    // THEN it is unchanged
    assertThat(Problem.at("$", text).message()).isEqualTo(text);
  }

  @Test
  void writes_line_breaks_and_tabs_as_short_escapes() {
    assertThat(Problem.at("$", "a\nb\rc\td").message()).isEqualTo("a\\nb\\rc\\td");
  }

  @Test
  void shows_a_key_of_80_characters_whole_and_shortens_one_of_81() {
    // GIVEN texts of 80 and 81 characters
    String longest = "k".repeat(Problem.LONGEST_TEXT);
    String tooLong = longest + "x";

    // WHEN they are abbreviated
    // THEN the first is whole, the second is its first 40 and last 10 characters around its length
    assertThat(Problem.abbreviate(longest)).isEqualTo(longest);
    assertThat(Problem.abbreviate(tooLong)).isEqualTo("k".repeat(40) + "…(81 characters)…" + "k".repeat(9) + "x");
    assertThat(Problem.quote(tooLong)).isEqualTo("\"" + Problem.abbreviate(tooLong) + "\"");
  }

  @Test
  void never_cuts_a_character_beyond_the_basic_multilingual_plane_in_half() {
    // GIVEN a text of emoji, each two chars, cut at an odd place
    String emoji = "\uD83D\uDE00".repeat(100);

    // WHEN it is abbreviated
    String shortened = Problem.abbreviate("a" + emoji);

    // THEN it holds whole characters only, and counts characters, not chars
    assertThat(shortened.codePoints().filter(c -> Character.getType(c) == Character.SURROGATE)).isEmpty();
    assertThat(shortened).contains("…(101 characters)…");
  }

  @Test
  void shortens_a_long_key_in_a_path_and_leaves_it_so_under_another_path() {
    // GIVEN a problem at a key of 99,990 characters
    Problem problem = Problem.at("$.organisations[1]." + "k".repeat(99_990), "unknown key");

    // WHEN it is placed under another path
    Problem under = problem.under("$.grants[0]");

    // THEN its key is shortened once, and stays so
    String key = "k".repeat(40) + "…(99990 characters)…" + "k".repeat(10);
    assertThat(problem.path()).isEqualTo("$.organisations[1][\"" + key + "\"]");
    assertThat(under.path()).isEqualTo("$.grants[0].organisations[1][\"" + key + "\"]");
  }

  @Test
  void shortens_a_message_of_more_than_2000_characters() {
    // GIVEN a message that quotes a long text whole
    Problem problem = Problem.at("$", "got " + "x".repeat(10_000));

    // WHEN it is made
    // THEN it is shortened to a line of about 2,000 characters, saying how long it was
    assertThat(problem.message()).hasSizeLessThan(2_000).contains("…(10004 characters)…");
  }
}

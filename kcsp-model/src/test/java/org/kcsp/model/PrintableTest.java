package org.kcsp.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text made safe to print shows every character as what it is: nothing hidden, reordered or acting on a terminal. */
class PrintableTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "an escape starting a terminal sequence | '\u001B' | \\u001B",
      "a bell | '\u0007' | \\u0007",
      "a delete | '\u007F' | \\u007F",
      "a next line | '\u0085' | \\u0085",
      "a zero width space | '\u200B' | \\u200B",
      "a right-to-left override | '\u202E' | \\u202E",
      "a left-to-right isolate | '\u2066' | \\u2066",
      "a byte order mark | '\uFEFF' | \\uFEFF",
      "a soft hyphen | '\u00AD' | \\u00AD",
      "a line separator | '\u2028' | \\u2028",
      "a paragraph separator | '\u2029' | \\u2029",
      "a lone high surrogate | '\uD800' | \\uD800",
      "a lone low surrogate | '\uDC00' | \\uDC00",
      "a tag letter beyond the Basic Multilingual Plane | '\uDB40\uDC41' | \\uDB40\\uDC41"})
  void writes_an_invisible_direction_changing_or_line_breaking_character_as_an_escape(
      String name, String character, String escape) {
    // GIVEN a name holding the character
    String text = "Kent" + character + "[2J CSP";

    // WHEN it is made printable, as a line and as text
    // THEN the character is its escape in both, and the rest is unchanged
    assertThat(Printable.line(text)).isEqualTo("Kent" + escape + "[2J CSP");
    assertThat(Printable.text(text)).isEqualTo("Kent" + escape + "[2J CSP");
  }

  @Test
  void writes_line_feeds_carriage_returns_and_tabs_of_a_line_as_short_escapes() {
    assertThat(Printable.line("a\nb\rc\td")).isEqualTo("a\\nb\\rc\\td");
  }

  @Test
  void keeps_the_line_feeds_and_tabs_of_a_text_but_escapes_its_carriage_returns() {
    // GIVEN text of two lines, one indented by a tab, with a carriage return that could overwrite a line
    String text = "first\n\tsecond\rforged\n";

    // WHEN it is made printable as text
    // THEN its layout stays, and the carriage return shows
    assertThat(Printable.text(text)).isEqualTo("first\n\tsecond\\rforged\n");
  }

  @Test
  void keeps_visible_characters_of_any_script_as_they_are() {
    // GIVEN text in other scripts, with a backslash and a character beyond the Basic Multilingual Plane
    String text = "Caf\u00E9 \u5C0F\u7EC4 \u0645\u062C\u0644\u0633 \uD83D\uDE00 back\\slash";

    // WHEN it is made printable
    // THEN it is the very same text
    assertThat(Printable.line(text)).isSameAs(text);
    assertThat(Printable.text(text)).isSameAs(text);
  }

  @Test
  void changes_nothing_when_made_printable_twice() {
    // GIVEN text already made printable
    String once = Printable.line("a\u001B\n\u202Eb");

    // WHEN it is made printable again
    // THEN it is unchanged: an escape is plain visible text
    assertThat(Printable.line(once)).isEqualTo(once).isEqualTo("a\\u001B\\n\\u202Eb");
    assertThat(Printable.text(once)).isEqualTo(once);
  }
}

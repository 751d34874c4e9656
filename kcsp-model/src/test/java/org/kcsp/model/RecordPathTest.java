package org.kcsp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A path names one value of a record, is written as a JSONPath, and reads back as it was. */
class RecordPathTest {

  @Test
  void writes_keys_and_indices_as_a_json_path() {
    // GIVEN the path of a project's amount
    RecordPath path = RecordPath.ROOT.key("grants").index(0).key("projects").index(3).key("amount");

    // WHEN it is written
    // THEN it reads as a JSONPath, and names its segments in order
    assertThat(path).hasToString("$.grants[0].projects[3].amount");
    assertThat(path.segments()).containsExactly(new RecordPath.Key("grants"), new RecordPath.Index(0),
        new RecordPath.Key("projects"), new RecordPath.Index(3), new RecordPath.Key("amount"));
    assertThat(path.depth()).isEqualTo(5);
    assertThat(path.lastKey()).contains("amount");
    assertThat(RecordPath.ROOT).hasToString("$");
    assertThat(RecordPath.ROOT.segments()).isEmpty();
  }

  @Test
  void writes_a_key_that_is_not_a_plain_name_in_quotes_with_json_escapes() {
    assertThat(RecordPath.ROOT.key("a.b")).hasToString("$[\"a.b\"]");
    assertThat(RecordPath.ROOT.key("x").key("name[0]")).hasToString("$.x[\"name[0]\"]");
    assertThat(RecordPath.ROOT.key("")).hasToString("$[\"\"]");
    assertThat(RecordPath.ROOT.key("say \"hi\"\\")).hasToString("$[\"say \\\"hi\\\"\\\\\"]");
    assertThat(RecordPath.ROOT.key("na\nme\u001b[2J")).hasToString("$[\"na\\nme\\u001B[2J\"]");
    assertThat(RecordPath.ROOT.key("2022")).hasToString("$[\"2022\"]");
    assertThat(RecordPath.ROOT.key("caf\u00e9")).hasToString("$[\"caf\u00e9\"]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.b", "a[1]", "", "\"", "\\", "\\u0041", "na\nme", "\u001b[2J", "\u202eeman", "x\uD800",
      "\uD83D\uDE00", "<<", "~", "9"})
  void reads_back_what_it_writes_whatever_a_key_holds(String key) {
    // GIVEN a path whose keys hold awkward text
    RecordPath path = RecordPath.ROOT.key("organisations").index(12).key(key).key("plain");

    // WHEN it is written and read back
    RecordPath back = RecordPath.parse(path.toString());

    // THEN it is the same path
    assertThat(back).isEqualTo(path).hasSameHashCodeAs(path);
    assertThat(back.segments().get(2)).isEqualTo(new RecordPath.Key(key));
  }

  @Test
  void reads_a_dotted_key_written_by_hand_up_to_the_next_dot_or_bracket() {
    assertThat(RecordPath.parse("$.na\u200Bme[2].x")).isEqualTo(RecordPath.ROOT.key("na\u200Bme").index(2).key("x"));
  }

  @Test
  void refuses_text_that_is_not_a_path() {
    assertThatThrownBy(() -> RecordPath.parse("grants[0]")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RecordPath.parse("$.a[x]")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RecordPath.parse("$[\"a\"")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RecordPath.ROOT.index(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void knows_its_parent_and_puts_a_path_under_another() {
    // GIVEN the path of a meeting's items
    RecordPath items = RecordPath.ROOT.key("meetings").index(3).key("items");

    // WHEN its parent is asked for, and a value's own path is put under it
    // THEN each is the path expected
    assertThat(items.parent()).isEqualTo(RecordPath.ROOT.key("meetings").index(3));
    assertThat(items.parent().parent().parent()).isEqualTo(RecordPath.ROOT);
    assertThat(items.resolve(RecordPath.ROOT.index(0).key("title"))).hasToString("$.meetings[3].items[0].title");
    assertThat(items).isNotEqualTo(RecordPath.ROOT.key("meetings").index(2).key("items"));
    assertThatThrownBy(RecordPath.ROOT::parent).isInstanceOf(IllegalStateException.class);
  }
}

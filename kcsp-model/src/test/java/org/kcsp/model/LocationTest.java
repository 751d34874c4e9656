package org.kcsp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A place in a record: written as compilers write one when the file, line and column are known. */
class LocationTest {

  private static final RecordPath PROJECT = RecordPath.parse("$.grants[0].projects[3]");

  @Test
  void writes_a_place_in_a_file_as_file_line_and_column() {
    Location at = Location.in("records/kcsp.json", PROJECT, 112, 7);

    assertThat(at).hasToString("records/kcsp.json:112:7");
    assertThat(at.hasPosition()).isTrue();
    assertThat(at.file()).contains("records/kcsp.json");
    assertThat(at.path()).isEqualTo(PROJECT);
  }

  @Test
  void writes_a_place_in_a_record_built_in_code_as_its_path() {
    Location at = Location.of(PROJECT);

    assertThat(at).hasToString("$.grants[0].projects[3]");
    assertThat(at.hasPosition()).isFalse();
    assertThat(at.file()).isEmpty();
    assertThat(at.line()).isZero();
    assertThat(at.column()).isZero();
  }

  @Test
  void writes_a_place_in_a_file_without_a_line_as_file_and_path() {
    assertThat(Location.in("kcsp.json", PROJECT, 0, 0)).hasToString("kcsp.json $.grants[0].projects[3]");
  }

  @Test
  void escapes_a_file_name_that_could_act_on_a_terminal() {
    assertThat(Location.in("a\u001B[2Jb.json", PROJECT, 1, 1)).hasToString("a\\u001B[2Jb.json:1:1");
  }

  @Test
  void refuses_a_line_without_a_column_and_negative_places() {
    assertThatThrownBy(() -> Location.in("kcsp.json", PROJECT, 3, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Location.in("kcsp.json", PROJECT, 0, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Location.in("kcsp.json", PROJECT, -1, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void is_equal_to_a_location_of_the_same_file_path_line_and_column() {
    assertThat(Location.in("kcsp.json", PROJECT, 112, 7)).isEqualTo(Location.in("kcsp.json", PROJECT, 112, 7))
        .hasSameHashCodeAs(Location.in("kcsp.json", PROJECT, 112, 7))
        .isNotEqualTo(Location.in("kcsp.json", PROJECT, 112, 8))
        .isNotEqualTo(Location.in("other.json", PROJECT, 112, 7))
        .isNotEqualTo(Location.of(PROJECT));
  }
}

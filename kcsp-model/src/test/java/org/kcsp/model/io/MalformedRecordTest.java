package org.kcsp.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.kcsp.model.io.MalformedRecords.BASE;
import static org.kcsp.model.io.MalformedRecords.YAML_BASE;
import static org.kcsp.model.io.MalformedRecords.json;
import static org.kcsp.model.io.MalformedRecords.replace;
import static org.kcsp.model.io.MalformedRecords.yaml;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Problem;
import org.kcsp.model.io.MalformedRecords.Case;
import org.kcsp.model.io.RecordReader.Syntax;

/**
 * The corpus of bad input ({@link MalformedRecords}) through the API. Each must raise {@link
 * InvalidRecordException} (never another exception, never a partial record) within five seconds,
 * naming the problem's path, saying what is wrong and, where the file has a place for it, giving
 * its line and column.
 */
class MalformedRecordTest {

  static Stream<Named<Case>> corpus() {
    return MalformedRecords.all().stream().map(bad -> Named.of(bad.name, bad));
  }

  @ParameterizedTest(name = "rejects {0}")
  @MethodSource("corpus")
  void rejects_bad_input_naming_each_problem_and_its_place(Case bad) {
    // GIVEN a bad input from the corpus
    assertRejected(bad);
  }

  @Test
  void the_base_records_of_the_corpus_are_valid() {
    // GIVEN the records the cases vary
    // WHEN they are read
    PartnershipRecord json = RecordReader.readJson(BASE, "base.json");
    PartnershipRecord yaml = RecordReader.readYaml(YAML_BASE, "base.yaml");
    PartnershipRecord version2 = RecordReader.readJson(MalformedRecords.BASE_2, "base-2.json");

    // THEN they are valid, so each case's only problem is the one it adds
    assertThat(json.grants()).hasSize(2);
    assertThat(yaml.grants()).hasSize(1);
    assertThat(version2.format()).isEqualTo(org.kcsp.model.FormatVersion.V2);
  }

  @Test
  void the_corpus_holds_at_least_forty_kinds_of_bad_input() {
    assertThat(corpus().count()).isGreaterThanOrEqualTo(40);
  }

  @Test
  void the_corpus_holds_at_least_sixty_kinds_of_hostile_input_beside_the_first_118() {
    assertThat(corpus().count()).isGreaterThanOrEqualTo(118 + 60);
    assertThat(corpus().map(Named::getName).distinct().count()).isEqualTo(corpus().count());
  }

  @Test
  void the_corpus_holds_at_least_thirty_kinds_of_bad_version_2_input() {
    assertThat(MalformedRecords.all().stream().filter(bad -> new String(bad.input.get(), StandardCharsets.UTF_8)
        .contains("kcsp-record/2") || bad.fragment != null && bad.fragment.contains("kcsp-record/2")).count())
        .isGreaterThanOrEqualTo(30);
  }

  @Test
  void reads_a_file_of_exactly_max_bytes() {
    // GIVEN a valid record padded with spaces to exactly MAX_BYTES
    byte[] text = BASE.getBytes(StandardCharsets.UTF_8);
    byte[] padded = Arrays.copyOf(text, RecordReader.MAX_BYTES);
    Arrays.fill(padded, text.length, padded.length, (byte) ' ');

    // WHEN it is read
    PartnershipRecord record = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> RecordReader.read(new ByteArrayInputStream(padded), Syntax.JSON, "padded.json"));

    // THEN it is read like the record itself
    assertThat(record).isEqualTo(RecordReader.readJson(BASE, "base.json"));
  }

  @Test
  void reads_nesting_and_strings_right_at_their_limits() {
    // GIVEN a string of exactly MAX_STRING_LENGTH characters
    String longName = "x".repeat(RecordReader.MAX_STRING_LENGTH);
    String json = replace("\"name\": \"Kent County Council\"", "\"name\": \"" + longName + "\"");

    // WHEN it is read
    PartnershipRecord record = RecordReader.readJson(json, "long.json");

    // THEN it is accepted
    assertThat(record.organisations().get(1).name()).hasSize(RecordReader.MAX_STRING_LENGTH);
  }

  // ---- bugs found and fixed: each asserts the right behaviour

  @Test
  void rejects_a_yaml_integer_written_in_hex_or_with_underscores() {
    assertRejected(yaml("a YAML integer written in hex", YAML_BASE.replace("reviewIntervalMonths: 12",
            "reviewIntervalMonths: ‸0x0C"))
        .expect("$.termsOfReference[0].reviewIntervalMonths", "reviewIntervalMonths must be a whole number, got"));
    assertRejected(yaml("a YAML integer written with an underscore", YAML_BASE.replace("reviewIntervalMonths: 12",
            "reviewIntervalMonths: ‸1_2"))
        .expect("$.termsOfReference[0].reviewIntervalMonths", "reviewIntervalMonths must be a whole number, got"));
  }

  @Test
  void rejects_a_yaml_tab_naming_it_at_its_place() {
    assertRejected(yaml("a tab used for indentation in YAML", YAML_BASE.replace("  area: Kent", "‸\tarea: Kent"))
        .expectUnder("$.partnership", "a tab is not allowed for indentation in YAML: indent with spaces"));
  }

  @Test
  void rejects_a_yaml_file_cut_short_saying_so() {
    assertRejected(yaml("a YAML file cut short inside a quoted string",
            YAML_BASE.substring(0, YAML_BASE.indexOf("Kent Police")) + "\"Kent Police‸")
        .expect("$.organisations[0].name", "the file ends before the record does"));
    assertRejected(yaml("a YAML file cut short inside a flow mapping",
            YAML_BASE + "subgroups: [ { id: KCSP-WG, name: Working Group‸")
        .expect("$.subgroups[0].name", "the file ends before the record does"));
  }

  @Test
  void rejects_a_yaml_tag_on_a_key() {
    assertRejected(yaml("a YAML tag naming a Java class on a key",
            YAML_BASE.replace("format: kcsp-record/1", "!!java.lang.Runtime format: kcsp-record/1"))
        .expectUnder("$", "YAML tags (tag:yaml.org,2002:java.lang.Runtime) are not allowed").onLineOnly());
  }

  @Test
  void rejects_minus_infinity_in_json_in_plain_words() {
    assertRejected(json("-Infinity in JSON", replace("\"allocation\": 39661", "\"allocation\": -Infinity‸"))
        .expect("$.grants[0].allocation", "NaN and Infinity are not numbers a record may hold"));
  }

  @Test
  void rejects_nesting_far_deeper_than_max_depth_in_plain_words() {
    assertRejected(json("nesting far deeper than MAX_DEPTH", replace("\"asOf\": \"2022-07-14\"",
            "\"asOf\": " + "[".repeat(100) + "]".repeat(100)))
        .expect("$.asOf" + "[0]".repeat(RecordReader.MAX_DEPTH - 1),
            "the record is nested more than " + RecordReader.MAX_DEPTH + " levels deep").onLine(3));
  }

  @Test
  void rejects_a_string_far_longer_than_max_string_length_in_plain_words() {
    assertRejected(json("a string ten times MAX_STRING_LENGTH", replace("\"name\": \"Kent County Council\"",
            "\"name\": \"" + "x".repeat(RecordReader.MAX_STRING_LENGTH * 10) + "\""))
        .expect("$.organisations[1].name", "a string is longer than " + RecordReader.MAX_STRING_LENGTH + " characters")
        .onLine(7));
  }

  /** A line that long is refused before the YAML scanner (slow on long lines) sees it: by line, not path. */
  @Test
  void rejects_a_yaml_line_of_megabytes_quickly() {
    assertRejected(yaml("an 8 MB line of YAML", YAML_BASE + "‸description: " + "x".repeat(8_000_000) + "\n")
        .expect("$", "line 24 is 8000013 characters long, and a line of YAML may be at most "
            + TreeParser.MAX_YAML_LINE_LENGTH)
        .onLineOnly());
  }

  // ---- how each case is read and checked

  private static void assertRejected(Case bad) {
    byte[] input = bad.input.get();
    // WHEN the bad input is read, with a bound on the time it may take
    Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> catchThrowable(() -> RecordReader.read(new ByteArrayInputStream(input), bad.syntax, bad.source())),
        () -> "reading " + bad.name + " took more than 5 s");

    // THEN it is rejected with one InvalidRecordException naming the source and every problem
    assertThat(thrown).as("%s: read without an error", bad.name).isNotNull();
    assertThat(thrown).as(bad.name).isInstanceOf(InvalidRecordException.class);
    InvalidRecordException invalid = (InvalidRecordException) thrown;
    assertThat(invalid.source()).contains(bad.source());
    assertThat(invalid.getMessage()).startsWith(bad.source() + ": ");
    assertThat(invalid.problems()).as(bad.name).isNotEmpty();
    if (bad.paths.isEmpty()) {
      return;
    }
    Problem problem;
    if (bad.total > 0) {
      // THEN (many problems) the first MAX_PROBLEMS are listed, the others counted, and the one expected is listed
      assertThat(invalid.totalProblems()).as(bad.name).isEqualTo(bad.total);
      assertThat(invalid.problems()).as(bad.name).hasSize(Math.min(bad.total, InvalidRecordException.MAX_PROBLEMS));
      assertThat(invalid.omitted()).as(bad.name).isEqualTo(bad.total - invalid.problems().size());
      if (invalid.omitted() > 0) {
        assertThat(invalid.getMessage()).as(bad.name)
            .contains(bad.total + " problems, the first " + InvalidRecordException.MAX_PROBLEMS + " listed")
            .endsWith("and " + invalid.omitted() + " more");
      }
      problem = invalid.problems().stream()
          .filter(p -> p.path().equals(bad.path) && (bad.fragment == null || p.message().contains(bad.fragment)))
          .findFirst().orElseThrow(() -> new AssertionError(bad.name + ": no problem at " + bad.path + " in "
              + invalid.problems().subList(0, Math.min(5, invalid.problems().size()))));
    } else if (bad.pathIsPrefix) {
      problem = invalid.problems().get(0);
      assertThat(invalid.problems()).as(bad.name).hasSize(1);
      assertThat(problem.path()).as(bad.name).startsWith(bad.path);
    } else {
      assertThat(invalid.problems()).as("%s: paths of %s", bad.name, invalid.problems())
          .extracting(Problem::path).containsExactlyElementsOf(bad.paths);
      problem = invalid.problems().stream().filter(p -> p.path().equals(bad.path)).findFirst().orElseThrow();
    }
    if (bad.fragment != null) {
      assertThat(problem.message()).as(bad.name).contains(bad.fragment);
    }
    if (bad.line > 0) {
      assertThat(problem.line()).as("%s: line of %s", bad.name, problem).isEqualTo(bad.line);
      if (bad.column > 0) {
        assertThat(problem.column()).as("%s: column of %s", bad.name, problem).isEqualTo(bad.column);
      }
    }
  }
}

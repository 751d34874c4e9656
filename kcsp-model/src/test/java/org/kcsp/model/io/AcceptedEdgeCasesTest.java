package org.kcsp.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.kcsp.model.io.MalformedRecords.BASE;
import static org.kcsp.model.io.MalformedRecords.YAML_BASE;
import static org.kcsp.model.io.MalformedRecords.replace;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.Money;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Problem;

/**
 * Input at the edges of the format that the reader accepts on purpose, each read to the record it
 * means: line endings of every kind, YAML's markers, explicit keys and unused anchors, money
 * written with trailing zeros or an exponent, characters beyond the Basic Multilingual Plane,
 * separators and byte order marks as data, the first and last dates, and records of very many
 * values (in linear time).
 */
class AcceptedEdgeCasesTest {

  private static final PartnershipRecord JSON_RECORD = RecordReader.readJson(BASE, "base.json");
  private static final PartnershipRecord YAML_RECORD = RecordReader.readYaml(YAML_BASE, "base.yaml");

  @ParameterizedTest(name = "{0}")
  @CsvSource({"CRLF, '\r\n'", "CR alone, '\r'"})
  void reads_json_and_yaml_with_other_line_endings_as_with_lf(String name, String ending) {
    // GIVEN the records with each line ending in CRLF, or in CR alone
    // WHEN they are read
    // THEN they are the same records
    assertThat(RecordReader.readJson(BASE.replace("\n", ending), "crlf.json")).isEqualTo(JSON_RECORD);
    assertThat(RecordReader.readYaml(YAML_BASE.replace("\n", ending), "crlf.yaml")).isEqualTo(YAML_RECORD);
  }

  @Test
  void reads_a_file_of_mixed_line_endings() {
    // GIVEN records whose lines end in LF, CRLF and CR
    String json = BASE.replaceFirst("\n", "\r\n").replaceFirst("\n", "\r");
    String yaml = YAML_BASE.replaceFirst("\n", "\r\n").replaceFirst("\n", "\r");

    // WHEN they are read
    // THEN they are the same records
    assertThat(RecordReader.readJson(json, "mixed.json")).isEqualTo(JSON_RECORD);
    assertThat(RecordReader.readYaml(yaml, "mixed.yaml")).isEqualTo(YAML_RECORD);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"CRLF, '\r\n'", "CR alone, '\r'"})
  void counts_a_crlf_or_a_cr_as_one_line_break_in_a_problem_s_place(String name, String ending) {
    // GIVEN a bad amount on line 30, column 21, in a file of LF line endings and in one of other endings
    String bad = replace("\"allocation\": 39661", "\"allocation\": -5");

    // WHEN both are read
    Problem lf = problem(bad);
    Problem other = problem(bad.replace("\n", ending));

    // THEN the problem is at the same line and column
    assertThat(other).isEqualTo(lf);
    assertThat(lf.line()).isEqualTo(30);
    assertThat(lf.column()).isEqualTo(21);
  }

  @Test
  void reads_a_yaml_document_between_its_start_and_end_markers() {
    // GIVEN the YAML record after "---" and before "..."
    // WHEN it is read
    // THEN it is the record
    assertThat(RecordReader.readYaml("---\n" + YAML_BASE + "...\n", "markers.yaml")).isEqualTo(YAML_RECORD);
  }

  @Test
  void reads_an_explicit_yaml_key_as_the_key() {
    // GIVEN the partnership's area written as an explicit key ("? area" then ": Kent")
    String yaml = YAML_BASE.replace("  area: Kent\n", "  ? area\n  : Kent\n");

    // WHEN it is read
    // THEN it is the record
    assertThat(RecordReader.readYaml(yaml, "explicit.yaml")).isEqualTo(YAML_RECORD);
  }

  @Test
  void reads_a_yaml_anchor_that_nothing_refers_to_as_its_value() {
    // GIVEN an anchor on a scalar and on a mapping, with no alias (aliases are refused)
    String yaml = YAML_BASE.replace("area: Kent", "area: &county Kent").replace("partnership:\n", "partnership: &p\n");

    // WHEN it is read
    // THEN the anchors are labels only: the record is the same
    assertThat(RecordReader.readYaml(yaml, "anchor.yaml")).isEqualTo(YAML_RECORD);
  }

  @Test
  void reads_a_record_written_on_one_line_in_yaml_flow_style() {
    // GIVEN a whole record on one line
    String yaml = "{format: kcsp-record/1, partnership: {id: KCSP, name: Kent Community Safety Partnership, area: Kent,"
        + " tier: COUNTY}, organisations: [{id: KENT-PCC, name: Kent Police and Crime Commissioner,"
        + " kind: POLICE_AND_CRIME_COMMISSIONER}]}\n";

    // WHEN it is read
    PartnershipRecord record = RecordReader.readYaml(yaml, "flow.yaml");

    // THEN it holds what the line says
    assertThat(record.partnership().name()).isEqualTo("Kent Community Safety Partnership");
    assertThat(record.organisations()).singleElement().satisfies(o -> assertThat(o.id()).isEqualTo("KENT-PCC"));
  }

  @Test
  void reads_a_yaml_line_exactly_as_long_as_a_line_may_be_and_refuses_one_character_more() {
    // GIVEN a comment line of exactly MAX_YAML_LINE_LENGTH characters, and one of one more
    String longest = "#" + "x".repeat(TreeParser.MAX_YAML_LINE_LENGTH - 1);

    // WHEN each is read
    PartnershipRecord record = RecordReader.readYaml(YAML_BASE + longest + "\n", "longest.yaml");
    InvalidRecordException tooLong = catchThrowableOfType(InvalidRecordException.class,
        () -> RecordReader.readYaml(YAML_BASE + longest + "x\n", "too-long.yaml"));

    // THEN the first is the record, the second is refused as a long line at that line
    assertThat(record).isEqualTo(YAML_RECORD);
    assertThat(tooLong.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.message()).startsWith("line 24 is " + (TreeParser.MAX_YAML_LINE_LENGTH + 1) + " characters long");
      assertThat(problem.line()).isEqualTo(24);
    });
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"1.500, 1.50", "1.50, 1.50", "1e3, 1000", "1.5e1, 15", "1234.5E-1, 123.45", "-0, 0", "0.10e1, 1",
      "9999999999.990, 9999999999.99"})
  void reads_money_written_with_trailing_zeros_an_exponent_or_a_minus_zero_as_its_exact_value(String written, String pounds) {
    // GIVEN an allocation written so, in JSON and in YAML
    String json = replace("\"allocation\": 39661", "\"allocation\": " + written);
    String yaml = YAML_BASE.replace("allocation: 39661", "allocation: " + written);

    // WHEN they are read
    // THEN the allocation is that many pounds, exactly
    Money expected = Money.of(new BigDecimal(pounds));
    assertThat(RecordReader.readJson(json, "money.json").grants().get(0).allocation()).isEqualTo(expected);
    assertThat(RecordReader.readYaml(yaml, "money.yaml").grants().get(0).allocation()).isEqualTo(expected);
  }

  @Test
  void reads_a_character_beyond_the_basic_multilingual_plane_raw_or_as_a_pair_of_escapes() {
    // GIVEN a name holding U+1F600, raw and as the JSON escapes of its two halves, and in a YAML double-quoted string
    String raw = replace("\"name\": \"Kent County Council\"", "\"name\": \"Kent \uD83D\uDE00 Council\"");
    String escaped = replace("\"name\": \"Kent County Council\"", "\"name\": \"Kent \\ud83d\\ude00 Council\"");
    String yaml = YAML_BASE.replace("area: Kent", "area: \"Kent \\U0001F600\"");

    // WHEN they are read
    // THEN each holds the one character
    assertThat(RecordReader.readJson(raw, "raw.json").organisations().get(1).name()).isEqualTo("Kent \uD83D\uDE00 Council");
    assertThat(RecordReader.readJson(escaped, "escaped.json").organisations().get(1).name()).isEqualTo("Kent \uD83D\uDE00 Council");
    assertThat(RecordReader.readYaml(yaml, "emoji.yaml").partnership().area()).isEqualTo("Kent \uD83D\uDE00");
  }

  @Test
  void places_problems_after_a_character_beyond_the_basic_multilingual_plane_in_json_and_yaml_alike() {
    // GIVEN a YAML line holding U+1F600 before a bad value on the next line
    String yaml = YAML_BASE.replace("area: Kent\n  tier: COUNTY", "area: \uD83D\uDE00 Kent\n  tier: county");

    // WHEN it is read
    Problem problem = catchThrowableOfType(InvalidRecordException.class, () -> RecordReader.readYaml(yaml, "emoji.yaml"))
        .problems().get(0);

    // THEN the problem is at its own line and column, not shifted by the wide character
    assertThat(problem.path()).isEqualTo("$.partnership.tier");
    assertThat(problem.line()).isEqualTo(6);
    assertThat(problem.column()).isEqualTo(9);
  }

  @Test
  void reads_separators_and_a_byte_order_mark_inside_a_json_string_as_data() {
    // GIVEN a JSON name holding a raw line separator, paragraph separator and byte order mark (JSON allows them in strings)
    String json = replace("\"name\": \"Kent County Council\"", "\"name\": \"Kent\u2028County\u2029Council\uFEFF\"");

    // WHEN it is read
    // THEN the name holds them, as written
    assertThat(RecordReader.readJson(json, "separators.json").organisations().get(1).name())
        .isEqualTo("Kent\u2028County\u2029Council\uFEFF");
  }

  @Test
  void reads_y_and_n_in_yaml_as_text_as_yaml_parsers_do() {
    // GIVEN a YAML area of "n" and a name of "Y", unquoted (YAML 1.1's type list calls them booleans; its parsers do not)
    String yaml = YAML_BASE.replace("area: Kent", "area: n").replace("name: Kent Community Safety Partnership", "name: Y");

    // WHEN it is read
    PartnershipRecord record = RecordReader.readYaml(yaml, "yn.yaml");

    // THEN they are text
    assertThat(record.partnership().area()).isEqualTo("n");
    assertThat(record.partnership().name()).isEqualTo("Y");
  }

  @Test
  void reads_the_first_and_the_last_dates_a_record_may_hold() {
    // GIVEN a meeting on 1 January 1900 and a waiver until 31 December 9999
    String json = replace("\"date\": \"2022-03-08\"", "\"date\": \"1900-01-01\"")
        .replace("\"until\": \"2023-03-31\"", "\"until\": \"9999-12-31\"");

    // WHEN it is read
    PartnershipRecord record = RecordReader.readJson(json, "dates.json");

    // THEN both dates are read
    assertThat(record.meetings().get(0).date()).isEqualTo(Fields.FIRST_DATE);
    assertThat(record.waivers().get(0).until()).isEqualTo(LocalDate.of(9999, 12, 31));
  }

  @Test
  void reads_100_000_tiny_organisations_in_linear_time() {
    // GIVEN a record of 100,002 organisations (2.9 MB)
    StringBuilder organisations = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      organisations.append("{\"id\":\"O").append(i).append("\",\"name\":\"n\",\"kind\":\"OTHER\"},");
    }
    String json = replace("\"organisations\": [", "\"organisations\": [" + organisations);

    // WHEN it is read
    PartnershipRecord record = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> RecordReader.readJson(json, "many.json"));

    // THEN every organisation is there, in order
    assertThat(record.organisations()).hasSize(100_002);
    assertThat(record.organisations().get(99_999).id()).isEqualTo("O99999");
  }

  @Test
  void reads_a_chain_of_100_000_subgroups_each_the_parent_of_the_next_in_linear_time() {
    // GIVEN 100,000 subgroups, the first under the partnership, each other under the one before
    StringBuilder subgroups = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      subgroups.append(i == 0 ? "" : ",").append("{\"id\":\"S").append(i).append("\",\"name\":\"n\",\"parent\":\"")
          .append(i == 0 ? "KCSP" : "S" + (i - 1)).append("\"}");
    }
    String json = replace("\"subgroups\": [ { \"id\": \"KCSP-WG\", \"name\": \"KCSP Working Group\", \"parent\": \"KCSP\" } ]",
        "\"subgroups\": [" + subgroups + "]");

    // WHEN it is read (following each subgroup's parents to the partnership one by one is quadratic)
    PartnershipRecord record = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> RecordReader.readJson(json, "chain.json"));

    // THEN it is valid
    assertThat(record.subgroups()).hasSize(100_000);
  }

  private static Problem problem(String json) {
    return catchThrowableOfType(InvalidRecordException.class, () -> RecordReader.readJson(json, "bad.json")).problems().get(0);
  }
}

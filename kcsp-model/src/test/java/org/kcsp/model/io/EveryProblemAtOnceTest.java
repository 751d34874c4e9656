package org.kcsp.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kcsp.model.io.MalformedRecords.BASE;
import static org.kcsp.model.io.MalformedRecords.YAML_BASE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.Problem;
import org.kcsp.model.io.RecordReader.Syntax;

/** A bad file reports every problem at once, in the order of the file, naming the file. */
class EveryProblemAtOnceTest {

  private static final Comparator<Problem> BY_PLACE =
      Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column);

  @TempDir Path dir;

  @Test
  void reports_every_problem_of_form_sorted_by_line() {
    // GIVEN a record with problems of form on several lines: a bad date, a partnership without a tier, an unknown
    // kind, money written as a string, and a waiver whose "until" is misspelt
    String json = edit(BASE,
        "\"asOf\": \"2022-07-14\"", "\"asOf\": \"2022-7-14\"",
        ", \"tier\": \"COUNTY\" }", " }",
        "\"kind\": \"LOCAL_AUTHORITY\"", "\"kind\": \"COUNCIL\"",
        "\"allocation\": 39661", "\"allocation\": \"39661\"",
        "\"until\": \"2023-03-31\"", "\"untill\": \"2023-03-31\"");

    // WHEN it is read
    InvalidRecordException thrown = read(json, Syntax.JSON, "kcsp.json");

    // THEN every problem is reported, each with its place, in the order of the file
    assertThat(thrown.problems()).extracting(Problem::path).containsExactly(
        "$.asOf",
        "$.partnership.tier",
        "$.organisations[1].kind",
        "$.grants[0].allocation",
        "$.waivers[0].until",
        "$.waivers[0].untill");
    assertThat(thrown.problems()).allMatch(Problem::hasLocation).isSortedAccordingTo(BY_PLACE);
    assertThat(thrown.problems()).extracting(Problem::line).containsExactly(3, 4, 7, 30, 55, 56);
    assertThat(thrown.problems().get(5).message()).isEqualTo("unknown key \"untill\": did you mean \"until\"?");
  }

  @Test
  void reports_every_problem_of_form_in_yaml_sorted_by_line() {
    // GIVEN a YAML record with problems on lines 6, 9, 17 and 23
    String yaml = edit(YAML_BASE,
        "tier: COUNTY", "tier: county",
        "name: Kent Police and Crime Commissioner", "name: 42",
        "reviewIntervalMonths: 12", "reviewIntervalMonths: 0",
        "allocation: 39661", "allocation: -39661");

    // WHEN it is read
    InvalidRecordException thrown = read(yaml, Syntax.YAML, "kcsp.yaml");

    // THEN all four are reported, in the order of the file
    assertThat(thrown.problems()).extracting(Problem::path).containsExactly(
        "$.partnership.tier",
        "$.organisations[0].name",
        "$.termsOfReference[0].reviewIntervalMonths",
        "$.grants[0].allocation");
    assertThat(thrown.problems()).extracting(Problem::line).containsExactly(6, 9, 17, 23);
    assertThat(thrown.problems()).isSortedAccordingTo(BY_PLACE);
  }

  @Test
  void reports_every_problem_within_one_object_and_in_sibling_objects() {
    // GIVEN two projects of one grant, each with two problems
    String json = edit(BASE,
        "{ \"id\": \"taxi\", \"title\": \"Taxi driver training\", \"pot\": \"UPFRONT\", \"amount\": 2000,",
        "{ \"id\": \"taxi\", \"title\": \"Taxi driver training\", \"pot\": \"UPFRONT\", \"amount\": 20.001,",
        "\"status\": \"WITHDRAWN\"", "\"status\": \"DROPPED\"",
        "\"pot\": \"TACTICAL\", \"status\": \"APPROVED\" }", "\"pot\": \"tactical\", \"status\": \"APPROVED\", \"cost\": 5 }");

    // WHEN it is read
    InvalidRecordException thrown = read(json, Syntax.JSON, "kcsp.json");

    // THEN all four are reported: one problem does not hide the next
    assertThat(thrown.problems()).extracting(Problem::path).containsExactly(
        "$.grants[0].projects[0].amount",
        "$.grants[0].projects[0].status",
        "$.grants[1].projects[0].pot",
        "$.grants[1].projects[0].cost");
  }

  @Test
  void reports_every_problem_of_structure_once_the_form_is_right() {
    // GIVEN a record whose form is right, with a duplicate organisation id and two references that do not resolve
    String json = edit(BASE,
        "{ \"id\": \"KCC\",", "{ \"id\": \"KENT-PCC\",",
        "\"body\": \"KCSP\", \"version\"", "\"body\": \"KCSP-XX\", \"version\"",
        "\"subject\": \"TOR-2022\"", "\"subject\": \"TOR-2021\"");

    // WHEN it is read
    InvalidRecordException thrown = read(json, Syntax.JSON, "kcsp.json");

    // THEN all three are reported, each placed at the value at fault, in the order of the file
    assertThat(thrown.problems()).extracting(Problem::path).containsExactly(
        "$.organisations[1].id",
        "$.termsOfReference[0].body",
        "$.waivers[0].subject");
    assertThat(thrown.problems()).extracting(Problem::message).containsExactly(
        "organisation id \"KENT-PCC\" is used twice",
        "body names body \"KCSP-XX\", which is neither the partnership nor a subgroup",
        "subject names \"TOR-2021\", which is no id in the record");
    assertThat(thrown.problems()).extracting(Problem::line).containsExactly(7, 11, 55);
    assertThat(thrown.problems()).isSortedAccordingTo(BY_PLACE);
  }

  @Test
  void reports_problems_of_form_before_problems_of_structure() {
    // GIVEN a record with a bad date and a funder the record does not list
    String json = edit(BASE,
        "\"asOf\": \"2022-07-14\"", "\"asOf\": \"14/07/2022\"",
        "\"funder\": \"KENT-PCC\",\n      \"financialYear\": \"2019/20\"",
        "\"funder\": \"KENT-PC\",\n      \"financialYear\": \"2019/20\"");

    // WHEN it is read
    InvalidRecordException thrown = read(json, Syntax.JSON, "kcsp.json");

    // THEN the problem of form is reported; structure is checked once the form is right
    assertThat(thrown.problems()).extracting(Problem::path).containsExactly("$.asOf");
  }

  @Test
  void starts_its_message_with_the_source_and_lists_one_problem_a_line() {
    // GIVEN a record with three problems
    String json = edit(BASE,
        "\"asOf\": \"2022-07-14\"", "\"asOf\": \"2022-02-30\"",
        "\"tier\": \"COUNTY\"", "\"tier\": \"SHIRE\"",
        "\"amount\": 2000", "\"amount\": -2000");

    // WHEN it is read
    InvalidRecordException thrown = read(json, Syntax.JSON, "uploads/kcsp-2022-07.json");

    // THEN the message names the source and the count, then gives each problem on its own line
    List<String> lines = thrown.getMessage().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).isEqualTo("uploads/kcsp-2022-07.json: 3 problems");
    assertThat(lines.subList(1, 4)).containsExactly(
        "  $.asOf (line 3, column 11): asOf must be a real calendar date, got \"2022-02-30\"",
        "  $.partnership.tier (line 4, column 103): tier must be one of COUNTY, DISTRICT, UNITARY, got \"SHIRE\"",
        "  $.grants[0].projects[0].amount (line 34, column 86): amount must not be negative, got -2000");
    assertThat(thrown.source()).contains("uploads/kcsp-2022-07.json");
  }

  @Test
  void names_the_file_it_read_as_the_source() throws IOException {
    // GIVEN a file with two problems
    Path file = dir.resolve("kcsp-2022-07.yaml");
    Files.writeString(file, edit(YAML_BASE, "tier: COUNTY", "tier: SHIRE", "allocation: 39661", "allocation: \"39661\""),
        StandardCharsets.UTF_8);

    // WHEN it is read
    InvalidRecordException thrown = catchThrowableOfType(InvalidRecordException.class, () -> RecordReader.read(file));

    // THEN source() is the file, and the message starts with it
    assertThat(thrown).isNotNull();
    assertThat(thrown.source()).contains(file.toString());
    assertThat(thrown.getMessage()).startsWith(file + ": 2 problems" + System.lineSeparator() + "  $.partnership.tier");
    assertThat(thrown.problems()).hasSize(2);
  }

  private static InvalidRecordException read(String text, Syntax syntax, String source) {
    InvalidRecordException thrown = catchThrowableOfType(InvalidRecordException.class,
        () -> RecordReader.read(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), syntax, source));
    assertThat(thrown).as("reading %s must fail", source).isNotNull();
    return thrown;
  }

  /** {@code text} with each pair (from, to) replaced; each {@code from} must occur exactly once. */
  private static String edit(String text, String... pairs) {
    for (int i = 0; i < pairs.length; i += 2) {
      int at = text.indexOf(pairs[i]);
      if (at < 0 || text.indexOf(pairs[i], at + 1) >= 0) {
        throw new IllegalArgumentException("not exactly once: " + pairs[i]);
      }
      text = text.substring(0, at) + pairs[i + 1] + text.substring(at + pairs[i].length());
    }
    return text;
  }
}

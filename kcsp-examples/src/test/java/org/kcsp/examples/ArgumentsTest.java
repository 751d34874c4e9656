package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kcsp.examples.KcspCommandTest.kcsp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.examples.KcspCommandTest.Run;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.RuleDefinitionException;
import org.kcsp.rules.RuleDescriptor;

/**
 * Hostile and mistaken arguments: each is exit 2 with one plain sentence (never a Java class name,
 * never a stack trace), a check of no rule never passes, and nothing the command line prints from
 * its input (file names, rule ids) can hide, reverse or forge text on a terminal.
 */
class ArgumentsTest {

  private static final String NL = System.lineSeparator();

  @TempDir Path dir;

  private Path example(String name) throws IOException {
    Path file = dir.resolve(name);
    try (var in = getClass().getClassLoader().getResourceAsStream("examples/" + name)) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  private Path copy(Path record, String name) throws IOException {
    return Files.copy(record, dir.resolve(name));
  }

  /** Standard error holds no Java class name and no stack trace. */
  private static void assertPlain(Run run) {
    assertThat(run.err()).doesNotContain("\tat ", "Exception", "java.", "class ");
  }

  // --only and --skip

  @Test
  void refuses_only_or_skip_naming_no_rule() throws Exception {
    Path record = example("kcsp-2022-07-14.json");
    for (String option : List.of("--only", "--skip")) {
      for (String value : List.of(",", ",,", " ")) {
        Run run = kcsp("validate", record.toString(), option, value);
        assertThat(run.status()).as("%s '%s'", option, value).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).as("%s '%s'", option, value).startsWith("kcsp: " + option + " names no rule: give rule ids, such as "
            + option + " TOR_REVIEW_OVERDUE");
      }
    }
  }

  @Test
  void refuses_a_rule_both_run_only_and_skipped() throws Exception {
    Path record = example("kcsp-2022-07-14.json");
    Run run = kcsp("validate", record.toString(), "--only", "TOR_MISSING,TOR_REVIEW_OVERDUE", "--skip", "TOR_REVIEW_OVERDUE");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("kcsp: --only and --skip both name TOR_REVIEW_OVERDUE: a rule cannot be both run and left out"
        + NL + "See 'kcsp validate --help'." + NL);
  }

  @Test
  void refuses_skipping_every_rule_but_runs_when_one_is_left() throws Exception {
    // GIVEN every rule's id
    Path record = example("kcsp-2022-07-14.json");
    List<String> ids = ComplianceEngine.standard().catalog().rules().stream().map(RuleDescriptor::id).toList();

    // WHEN all are skipped, THEN nothing would be checked: refused
    Run none = kcsp("validate", record.toString(), "--skip", String.join(",", ids));
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.out()).isEmpty();
    assertThat(none.err()).startsWith("kcsp: --skip leaves no rule to run, and a check of no rule would pass any record");

    // WHEN all but one are skipped, THEN that one runs
    Run one = kcsp("validate", record.toString(), "--skip", String.join(",", ids.subList(1, ids.size())), "--format", "json");
    assertThat(one.status()).isZero();
    assertThat(one.out()).contains("\"id\": \"" + ids.get(0) + "\"");
  }

  // --as-of

  @Test
  void refuses_an_as_of_that_is_not_written_yyyy_mm_dd() throws Exception {
    Path record = example("kcsp-2022-07-14.json");
    for (String date : List.of("garbage", "14/07/2022", "2022-7-14", "+2022-07-14", "-999999999-01-01", "20220714",
        "2022-07-14T00:00", "２０２２-07-14", "")) {
      Run run = kcsp("validate", record.toString(), "--as-of", date);
      assertThat(run.status()).as(date).isEqualTo(2);
      assertThat(run.out()).as(date).isEmpty();
      assertThat(run.err()).as(date).isEqualTo("kcsp: Invalid value for option '--as-of': '" + date
          + "' is not a date written yyyy-mm-dd, such as 2022-07-14" + NL + "See 'kcsp validate --help'." + NL);
    }
  }

  @Test
  void refuses_a_day_that_is_not_in_the_calendar() throws Exception {
    Path record = example("kcsp-2022-07-14.json");
    for (String date : List.of("2022-02-30", "2023-02-29", "2022-13-01", "2022-00-10")) {
      Run run = kcsp("validate", record.toString(), "--as-of", date);
      assertThat(run.status()).as(date).isEqualTo(2);
      assertThat(run.err()).as(date).startsWith("kcsp: Invalid value for option '--as-of': " + date + " is not a day of the calendar");
    }
    assertThat(kcsp("validate", record.toString(), "--as-of", "2024-02-29").err()).isEmpty();
  }

  @Test
  void takes_as_of_dates_from_1900_to_9999_only() throws Exception {
    Path record = example("kcsp-2022-07-14.json");
    Run before = kcsp("validate", record.toString(), "--as-of", "1899-12-31");
    assertThat(before.status()).isEqualTo(2);
    assertThat(before.err()).startsWith("kcsp: Invalid value for option '--as-of': 1899-12-31 is before 1900-01-01: give a date"
        + " from 1900-01-01 to 9999-12-31");
    for (String date : List.of("1900-01-01", "9999-12-31")) {
      Run run = kcsp("validate", record.toString(), "--as-of", date, "--format", "json");
      assertThat(run.err()).as(date).isEmpty();
      assertThat(run.out()).as(date).contains("\"asOf\": \"" + date + "\"");
    }
  }

  // --rules

  @Test
  void refuses_a_rules_file_that_is_not_a_regular_file() throws Exception {
    Path record = example("kcsp-2022-07-14.json");
    for (String special : List.of("/dev/zero", dir.toString())) {
      Run run = kcsp("validate", record.toString(), "--rules", special);
      assertThat(run.status()).as(special).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).as(special).isEqualTo("kcsp: " + special
          + ": not a regular file (a directory, a device or a pipe); rules are read from a file of at most 1 MiB" + NL);
    }
  }

  @Test
  void refuses_a_rules_file_over_1_mib() throws Exception {
    Path record = example("kcsp-2022-07-14.json");
    Path large = Files.write(dir.resolve("large.drl"), comment(ComplianceEngine.Builder.MAX_RULES_BYTES + 1));
    Run run = kcsp("validate", record.toString(), "--rules", large.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("kcsp: " + large + ": larger than 1 MiB, the most a rules file may be" + NL);
  }

  @Test
  void the_library_reads_a_rules_file_of_1_mib_and_refuses_one_byte_more_naming_it() throws Exception {
    Path most = Files.write(dir.resolve("most.drl"), comment(ComplianceEngine.Builder.MAX_RULES_BYTES));
    Path over = Files.write(dir.resolve("over.drl"), comment(ComplianceEngine.Builder.MAX_RULES_BYTES + 1));
    assertThat(ComplianceEngine.builder().addRules(most)).isNotNull();
    assertThatThrownBy(() -> ComplianceEngine.builder().addRules(over))
        .isInstanceOf(RuleDefinitionException.class)
        .hasMessage(over + ": larger than 1 MiB, the most a rules file may be");
    assertThatThrownBy(() -> ComplianceEngine.builder().addRules(Path.of("/dev/zero")))
        .isInstanceOf(RuleDefinitionException.class)
        .hasMessageStartingWith("/dev/zero: not a regular file");
  }

  /** A DRL file of {@code size} bytes: a package line, then a comment. */
  private static byte[] comment(int size) {
    byte[] bytes = new byte[size];
    Arrays.fill(bytes, (byte) 'x');
    byte[] start = "package com.example;\n//".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(start, 0, bytes, 0, start.length);
    bytes[size - 1] = '\n';
    return bytes;
  }

  // what is printed from the input

  @Test
  void prints_invisible_and_direction_changing_characters_of_file_names_as_escapes() throws Exception {
    // GIVEN records whose names hold a right-to-left override, a zero-width space, a byte order mark and an escape
    Path record = example("kcsp-2022-07-14.json");
    Path reversed = copy(record, "invoice\u202Enosj.json");
    Path hidden = copy(record, "zero\u200Bwidth\uFEFF.json");
    Path escape = copy(record, "clear\u001B[2J.json");

    // WHEN they are validated together, as text and as Markdown
    for (String format : List.of("text", "markdown")) {
      Run run = kcsp("validate", reversed.toString(), hidden.toString(), escape.toString(), "--format", format);

      // THEN their headings show each as an escape, and the output holds no such character at all
      assertThat(run.err()).isEmpty();
      assertThat(run.out()).contains("invoice\\u202Enosj.json", "zero\\u200Bwidth\\uFEFF.json", "clear\\u001B[2J.json");
      assertThat(run.out().chars().filter(c -> Character.getType(c) == Character.FORMAT
          || Character.getType(c) == Character.CONTROL && c != '\n')).as(format).isEmpty();
    }
  }

  @Test
  void a_file_name_with_a_line_break_cannot_forge_a_problem_line() throws Exception {
    // GIVEN an invalid record whose file name holds a line break and what looks like a problem
    Path forged = Files.writeString(dir.resolve("bad.json\n  $.grants[0].amount: all is well\u202E.json"), "[]");

    // WHEN it is validated
    Run run = kcsp("validate", forged.toString());

    // THEN its name stays on the first line, escaped, and the only problem line is the real one
    assertThat(run.status()).isEqualTo(2);
    List<String> lines = run.err().lines().toList();
    assertThat(lines.get(0)).isEqualTo("kcsp: " + dir + "/bad.json\\n  $.grants[0].amount: all is well\\u202E.json"
        + " is not a valid record (1 problem):");
    assertThat(lines.subList(1, lines.size())).containsExactly("  $ (line 1, column 1): a record must be an object, got an array");
  }

  @Test
  void explains_a_misspelt_rule_id_with_its_invisible_characters_escaped() {
    Run run = kcsp("explain", "TOR\u202E_MISSING\u200B");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("kcsp: there is no rule TOR\\u202E_MISSING\\u200B; the nearest are ")
        .doesNotContain("\u202E", "\u200B");
  }

  @Test
  void escapes_what_a_usage_error_repeats_of_its_argument() {
    Run option = kcsp("validate", "--fo\u001B[2Jrmat\u202E", "json");
    Run skip = kcsp("validate", "--skip", "TOR\u202EMISSING");
    for (Run run : List.of(option, skip)) {
      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).contains("\\u202E").doesNotContain("\u202E", "\u001B");
    }
    assertThat(skip.err()).startsWith("kcsp: there is no rule TOR\\u202EMISSING; nearest: ");
  }

  // directories

  @Test
  void names_each_dangling_or_looping_link_of_a_directory_and_exits_2() throws Exception {
    // GIVEN a directory with a record, a link to a file that is gone, and two links to each other
    Path records = Files.createDirectory(dir.resolve("records"));
    Path record = Files.copy(example("kcsp-2022-07-14.json"), records.resolve("kcsp.json"));
    Path gone = Files.createSymbolicLink(records.resolve("gone.json"), Path.of("deleted.json"));
    Path first = Files.createSymbolicLink(records.resolve("first.yaml"), Path.of("second.yaml"));
    Path second = Files.createSymbolicLink(records.resolve("second.yaml"), Path.of("first.yaml"));

    // WHEN the directory is validated
    Run run = kcsp("validate", records.toString());

    // THEN each link is named on a line of its own, the status is 2, and the record is still checked
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().lines()).containsExactly(
        "kcsp: " + first + " is a link to second.yaml, in a loop of links that leads nowhere: not checked",
        "kcsp: " + gone + " is a link to deleted.json, which does not exist: not checked",
        "kcsp: " + second + " is a link to first.yaml, in a loop of links that leads nowhere: not checked");
    assertThat(run.out()).isEqualTo(kcsp("validate", record.toString()).out());
  }

  @Test
  void validates_a_file_whose_name_is_not_utf8_found_in_a_directory() throws Exception {
    // GIVEN a record whose name holds a byte that is not UTF-8 (made by the shell: Java cannot name it)
    Path records = Files.createDirectory(dir.resolve("records"));
    Files.copy(example("kcsp-2022-07-14.json"), records.resolve("source.json"));
    Process shell = new ProcessBuilder("bash", "-c", "cd \"$0\" && mv source.json \"$(printf 'caf\\351.json')\"", records.toString())
        .inheritIO().start();
    assertThat(shell.waitFor()).isZero();

    // WHEN the directory is validated
    Run run = kcsp("validate", records.toString(), "--format", "json");

    // THEN the record is checked
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("\"asOf\": \"2022-07-14\"");
  }

  // errors nobody expected

  private static final String ALLOCATES_TOO_MUCH = """
      package com.example.partnership;

      import org.kcsp.rules.spi.GrantFact;

      rule "EXAMPLE_GREEDY"
        @severity("INFO") @title("t") @subject("s") @source("s") @needs("GRANT")
      when
        GrantFact()
      then
        long[] everything = new long[Integer.MAX_VALUE - 8];
      end
      """;

  @Test
  void answers_running_out_of_memory_with_exit_2_and_one_sentence() throws Exception {
    // GIVEN a rule that asks for more memory than there is
    Path greedy = Files.writeString(dir.resolve("greedy.drl"), ALLOCATES_TOO_MUCH);
    Path record = example("kcsp-2022-07-14.json");

    // WHEN a record with a grant is checked with it
    Run run = kcsp("validate", record.toString(), "--rules", greedy.toString());

    // THEN the status is 2 and one sentence says what to do, without a stack trace unless --debug
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("kcsp: out of memory (").contains("give Java more, such as JAVA_TOOL_OPTIONS=-Xmx4g");
    assertThat(run.err().lines()).hasSize(1);
    assertThat(kcsp("validate", record.toString(), "--rules", greedy.toString(), "--debug").err())
        .contains("OutOfMemoryError", "\tat ");
  }

  @Test
  void says_each_hostile_argument_in_plain_words() throws Exception {
    Path record = example("kcsp-2022-07-14.json");
    for (String[] args : List.of(
        new String[] {"validate", record.toString(), "--as-of", "garbage"},
        new String[] {"validate", record.toString(), "--only", ","},
        new String[] {"validate", record.toString(), "--rules", ""},
        new String[] {"validate", record.toString(), "--rules", "/dev/zero"},
        new String[] {"validate", record.toString(), "--output="},
        new String[] {"validate", record.toString(), "--max-firings", "many"},
        new String[] {"generate", "--partnerships", "1", "--years", "1", "--output="})) {
      Run run = kcsp(args);
      assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
      assertPlain(run);
    }
  }
}

package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kcsp.examples.KcspCommandTest.Run;
import org.kcsp.model.io.MalformedRecords;
import org.kcsp.model.io.MalformedRecords.Case;

/**
 * The corpus of bad records ({@link MalformedRecords}, shared from kcsp-model's tests) through
 * {@code ./kcsp validate}: each is exit 2 with one clear message on stderr naming the file, the
 * JSON path and what is wrong, nothing on stdout, and no stack trace.
 */
class MalformedRecordCommandTest {

  @TempDir Path dir;

  static Stream<Named<Case>> corpus() {
    return MalformedRecords.all().stream().map(bad -> Named.of(bad.name(), bad));
  }

  @ParameterizedTest(name = "answers {0} with exit 2")
  @MethodSource("corpus")
  void answers_a_bad_record_with_exit_2_naming_the_file_the_path_and_the_problem(Case bad) throws Exception {
    // GIVEN a file holding a bad record from the corpus
    Path file = dir.resolve(bad.fileName());
    Files.write(file, bad.bytes());

    // WHEN an analyst validates it
    Run run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> KcspCommandTest.kcsp("validate", file.toString()),
        () -> "validating " + bad.name() + " took more than 10 s");

    // THEN the status is 2, stdout is empty, and stderr names the file, the path and the problem
    assertThat(run.status()).as(bad.name()).isEqualTo(2);
    assertThat(run.out()).as(bad.name()).isEmpty();
    assertThat(run.err()).as(bad.name()).startsWith("kcsp: " + file + " is not a valid record (");
    assertThat(run.err().lines().filter(line -> line.startsWith("  ")))
        .as("%s: the problems in %s", bad.name(), run.err())
        .anySatisfy(line -> {
          assertThat(line).startsWith("  " + bad.path());
          if (!bad.pathIsPrefix()) {
            assertThat(line).matches("  \\Q" + bad.path() + "\\E( \\(line [0-9]+, column [0-9]+\\))?: .*");
          }
          assertThat(line).contains(bad.fragment());
          if (bad.line() > 0) {
            assertThat(line).contains("(line " + bad.line() + ", column " + (bad.column() > 0 ? bad.column() + ")" : ""));
          }
        });
    assertThat(run.err()).as(bad.name()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void prints_the_control_characters_of_a_valid_record_as_escapes_never_raw() throws Exception {
    // GIVEN a valid record whose partnership's name holds a terminal escape sequence (a JSON escape)
    Path file = dir.resolve("escape.json");
    Files.writeString(file, """
        { "format": "kcsp-record/1", "asOf": "2022-07-14",
          "partnership": { "id": "KCSP", "name": "Kent\\u001b[2J CSP", "area": "Kent", "tier": "COUNTY" },
          "organisations": [] }
        """);

    // WHEN it is validated, as text and as Markdown
    for (String format : new String[] {"text", "markdown"}) {
      Run run = KcspCommandTest.kcsp("validate", file.toString(), "--format", format);

      // THEN the report shows the escape sequence as text, and holds no control character but line breaks
      assertThat(run.out()).as(format).contains("Kent\\u001B");
      assertThat(run.out().chars().filter(c -> Character.getType(c) == Character.CONTROL && c != '\n'))
          .as(format).isEmpty();
    }
  }

  @Test
  void checks_every_kind_of_bad_record_of_the_corpus() {
    assertThat(corpus().count()).isGreaterThanOrEqualTo(40);
  }

  @Test
  void counts_every_problem_but_prints_only_the_first_thousand() throws Exception {
    // GIVEN a record of 100,000 empty organisations: three missing keys each, 300,000 problems
    Path file = dir.resolve("many.json");
    StringBuilder organisations = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      organisations.append(i == 0 ? "{}" : ",{}");
    }
    Files.writeString(file, """
        { "format": "kcsp-record/1",
          "partnership": { "id": "KCSP", "name": "Kent CSP", "area": "Kent", "tier": "COUNTY" },
          "organisations": [%s] }
        """.formatted(organisations));

    // WHEN it is validated
    Run run = KcspCommandTest.kcsp("validate", file.toString());

    // THEN the heading counts them all, a thousand are listed, and one line says how many more there are
    assertThat(run.status()).isEqualTo(2);
    List<String> lines = run.err().lines().toList();
    assertThat(lines.get(0)).isEqualTo("kcsp: " + file + " is not a valid record (300,000 problems, the first 1000 listed):");
    assertThat(lines).hasSize(1 + 1000 + 1);
    assertThat(lines.get(lines.size() - 1)).isEqualTo("  and 299,000 more");
  }
}

package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.examples.KcspCommandTest.kcsp;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.examples.KcspCommandTest.Run;

/** {@code validate --format sarif} and {@code --format junit}: files, names and exit status as for the other formats. */
class ToolFormatsCommandTest {

  @TempDir Path dir;

  private Path record;

  @BeforeEach
  void copyTheRecordOfTheEveOfTheMeeting() throws Exception {
    record = dir.resolve("kcsp.json");
    try (InputStream in = BundledExamples.class.getClassLoader()
        .getResourceAsStream("examples/kcsp-2022-07-13-before-the-meeting.json")) {
      Files.write(record, in.readAllBytes());
    }
  }

  @Test
  void exits_1_for_open_errors_in_sarif_and_junit_as_in_text() {
    assertThat(kcsp("validate", record.toString()).status()).isEqualTo(1);
    assertThat(kcsp("validate", record.toString(), "--format", "sarif").status()).isEqualTo(1);
    assertThat(kcsp("validate", record.toString(), "--format", "junit").status()).isEqualTo(1);
    assertThat(kcsp("validate", record.toString(), "--format", "SARIF", "--fail-on", "never").status()).isZero();
  }

  @Test
  void writes_a_sarif_file_and_a_junit_file_named_after_the_record() throws Exception {
    // WHEN the record is validated into a directory in each format
    Path reports = dir.resolve("reports");
    Run sarif = kcsp("validate", record.toString(), "--format", "sarif", "--output", reports + "/");
    Run junit = kcsp("validate", record.toString(), "--format", "junit", "--output", reports + "/");
    // THEN each report is beside the other, named after the record with its format's ending
    assertThat(sarif.err()).isEmpty();
    assertThat(junit.err()).isEmpty();
    assertThat(Files.readString(reports.resolve("kcsp.json.sarif"), StandardCharsets.UTF_8))
        .startsWith("{\n  \"$schema\": \"https://docs.oasis-open.org/sarif/sarif/v2.1.0/")
        .contains("\"uri\": \"" + record.toUri() + "\"", "\"startLine\": 346");
    assertThat(Files.readString(reports.resolve("kcsp.json.xml"), StandardCharsets.UTF_8))
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"kcsp\">\n")
        .contains("<testcase name=\"PROJECT_DUPLICATE_FUNDING\"", "file=\"" + record + "\"");
  }

  @Test
  void names_both_formats_in_its_help() {
    assertThat(kcsp("validate", "--help").out()).contains("sarif (SARIF 2.1.0").contains("junit (JUnit XML");
  }
}

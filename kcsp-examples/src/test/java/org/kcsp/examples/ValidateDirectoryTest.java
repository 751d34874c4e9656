package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.examples.KcspCommandTest.kcsp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.examples.KcspCommandTest.Run;
import org.kcsp.examples.generate.RecordGenerator;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.io.RecordWriter;

/** {@code kcsp validate DIR}: every record of a directory, in name order, on all cores. */
class ValidateDirectoryTest {

  @TempDir Path dir;
  private Path records;
  /** The records of the directory, in name order. */
  private final List<Path> inOrder = new ArrayList<>();

  @BeforeEach
  void generate() throws Exception {
    // GIVEN a directory of 8 generated records (one of them YAML), a note and a subdirectory
    records = Files.createDirectory(dir.resolve("records"));
    RecordGenerator generator = new RecordGenerator(3, FormatVersion.V1);
    for (int partnership = 0; partnership < 4; partnership++) {
      for (int year = 0; year < 2; year++) {
        String name = RecordGenerator.fileName(partnership, year);
        if (partnership == 2 && year == 1) {
          name = name.replace(".json", ".yaml");
        }
        Path file = records.resolve(name);
        RecordWriter.write(generator.record(partnership, year), file);
        inOrder.add(file);
      }
    }
    Files.writeString(records.resolve("notes.txt"), "not a record");
    Path old = Files.createDirectory(records.resolve("old"));
    RecordWriter.write(generator.record(9, 0), old.resolve("csp-010-2019-20.json"));
  }

  @Test
  void prints_each_record_of_the_directory_in_name_order_as_one_file_at_a_time_would() {
    Run run = kcsp("validate", records.toString());
    StringBuilder expected = new StringBuilder();
    int worst = 0;
    for (Path file : inOrder) {
      Run single = kcsp("validate", file.toString());
      expected.append(expected.length() == 0 ? "" : System.lineSeparator())
          .append("== ").append(file).append(" ==").append(System.lineSeparator())
          .append(single.out());
      worst = Math.max(worst, single.status());
    }
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(expected.toString()).doesNotContain("csp-010", "notes.txt");
    assertThat(run.status()).isEqualTo(worst);
  }

  @Test
  void writes_a_json_array_of_the_reports_in_name_order() {
    Run run = kcsp("validate", records.toString(), "--format", "json", "--fail-on", "never");
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("[" + System.lineSeparator() + "  {").endsWith("  }" + System.lineSeparator() + "]" + System.lineSeparator());
    int at = 0;
    for (Path file : inOrder) {
      String report = kcsp("validate", file.toString(), "--format", "json").out().stripTrailing().indent(2).stripTrailing();
      int found = run.out().indexOf(report, at);
      assertThat(found).as("report of %s after position %s", file, at).isGreaterThanOrEqualTo(at);
      at = found + report.length();
    }
  }

  @Test
  void reports_a_bad_file_and_checks_the_rest_exiting_2() throws Exception {
    Files.writeString(records.resolve("csp-002-2019-20.json"), "{\"format\": \"kcsp-record/1\"}");
    Run run = kcsp("validate", records.toString(), "--format", "json");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("csp-002-2019-20.json is not a valid record").doesNotContain("\tat ");
    assertThat(run.out()).contains("\"id\": \"CSP-001\"", "\"id\": \"CSP-004\"");
  }

  @Test
  void takes_directories_and_files_together_in_the_order_given() {
    Path single = inOrder.get(0);
    Run run = kcsp("validate", single.toString(), records.toString(), "--fail-on", "never");
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("== " + single + " ==");
    assertThat(run.out().split("== ")).hasSize(1 + 1 + inOrder.size());
  }

  @Test
  void writes_a_report_for_each_record_into_the_output_directory() {
    Path reports = dir.resolve("reports");
    Run run = kcsp("validate", records.toString(), "--format", "markdown", "--output", reports.toString(), "--fail-on", "never");
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(reports.resolve("csp-001-2019-20.json.md")).exists();
    assertThat(reports.resolve("csp-003-2020-21.yaml.md")).exists();
    assertThat(reports.toFile().list()).hasSize(inOrder.size());
  }

  @Test
  void refuses_a_directory_without_records_with_exit_2() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Files.writeString(empty.resolve("readme.md"), "nothing here");
    Run run = kcsp("validate", empty.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("the directory " + empty + " holds no .json, .yaml or .yml file");
  }
}

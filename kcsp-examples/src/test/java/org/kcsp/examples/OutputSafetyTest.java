package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.examples.KcspCommandTest.kcsp;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.examples.KcspCommandTest.Run;

/**
 * {@code validate --output} never loses a file: an output that is an input, or a directory that
 * holds them, is refused before anything is written; report names never collide and keep the
 * record's extension; errors say why. Every refusal is checked on the disk itself: each file
 * under the test's directory is hashed before and after, and nothing may have changed.
 */
class OutputSafetyTest {

  private static final String NL = System.lineSeparator();

  @TempDir Path dir;

  private Path example(String name, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (var in = getClass().getClassLoader().getResourceAsStream("examples/" + name)) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  /** A directory of two records: records/kcsp.json (14 July 2022) and records/march-2020.json. */
  private Path records() throws IOException {
    Path records = dir.resolve("records");
    example("kcsp-2022-07-14.json", records.resolve("kcsp.json"));
    example("kcsp-2020-03-18.json", records.resolve("march-2020.json"));
    return records;
  }

  private static List<String> names(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void refuses_an_output_that_is_the_record_it_checks() throws Exception {
    // GIVEN a record
    Path record = records().resolve("kcsp.json");
    Map<String, String> before = DiskSnapshot.of(dir);

    // WHEN its report is sent to the record itself
    Run run = kcsp("validate", record.toString(), "--output", record.toString());

    // THEN the run is refused, naming the output and the input, and the record is as it was
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("kcsp: --output " + record + " would replace the input " + record
        + ": a report never replaces what it reports on; give another --output" + NL);
    assertThat(DiskSnapshot.of(dir)).isEqualTo(before);
  }

  @Test
  void refuses_the_directory_of_the_records_as_output_directory() throws Exception {
    // GIVEN a directory of records
    Path records = records();
    Map<String, String> before = DiskSnapshot.of(dir);

    // WHEN their JSON reports are sent into that directory, where kcsp.json's report was once kcsp.json
    Run run = kcsp("validate", records.toString(), "--format", "json", "--output", records + "/");

    // THEN the run is refused, naming the directory, and no record is replaced or added to
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("kcsp: --output " + records + " is a directory of the records being checked ("
        + records + "): reports are never written among records, where they could replace them or be read as records;"
        + " give another directory" + NL);
    assertThat(DiskSnapshot.of(dir)).isEqualTo(before);
  }

  @Test
  void refuses_the_directory_of_a_record_named_on_its_own_as_output_directory() throws Exception {
    Path record = records().resolve("kcsp.json");
    Map<String, String> before = DiskSnapshot.of(dir);

    Run run = kcsp("validate", record.toString(), "--output", record.getParent().toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("kcsp: --output " + record.getParent() + " is a directory of the records being checked ("
        + record + ")");
    assertThat(DiskSnapshot.of(dir)).isEqualTo(before);
  }

  @Test
  void refuses_an_output_file_in_a_directory_of_the_records() throws Exception {
    // GIVEN a directory of one record
    Path records = dir.resolve("one");
    example("kcsp-2022-07-14.json", records.resolve("kcsp.json"));
    Map<String, String> before = DiskSnapshot.of(dir);

    // WHEN the directory's JSON report is sent to a file among its records, where the next run would read it as one
    Run run = kcsp("validate", records.toString(), "--format", "json", "--output", records.resolve("report.json").toString());

    // THEN the run is refused, naming the directory, and nothing is added to it
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("kcsp: --output " + records.resolve("report.json") + " is in a directory of the records"
        + " being checked (" + records + ")");
    assertThat(DiskSnapshot.of(dir)).isEqualTo(before);
  }

  @Test
  void refuses_a_link_to_the_record_as_output() throws Exception {
    // GIVEN a record, and a link to it elsewhere
    Path record = records().resolve("kcsp.json");
    Path link = Files.createSymbolicLink(dir.resolve("latest.json"), record);
    Map<String, String> before = DiskSnapshot.of(dir);

    // WHEN the report is sent to the link
    Run run = kcsp("validate", record.toString(), "--output", link.toString());

    // THEN the files are compared, not the names: refused, naming both
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("kcsp: --output " + link + " would replace the input " + record
        + ": a report never replaces what it reports on; give another --output" + NL);
    assertThat(DiskSnapshot.of(dir)).isEqualTo(before);
  }

  @Test
  void refuses_a_link_to_the_directory_of_the_records_as_output_directory() throws Exception {
    Path records = records();
    Path link = Files.createSymbolicLink(dir.resolve("reports"), records);
    Map<String, String> before = DiskSnapshot.of(dir);

    Run run = kcsp("validate", records.toString(), "--output", link.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("kcsp: --output " + link + " is a directory of the records being checked (" + records + ")");
    assertThat(DiskSnapshot.of(dir)).isEqualTo(before);
  }

  @Test
  void refuses_dot_dot_paths_to_the_record_and_to_its_directory() throws Exception {
    // GIVEN a record, and paths to it and to its directory through other directories and ..
    Path records = records();
    Path record = records.resolve("kcsp.json");
    Files.createDirectories(dir.resolve("elsewhere"));
    Path file = dir.resolve("elsewhere/../records/./kcsp.json");
    Path directory = dir.resolve("elsewhere/../records");
    Map<String, String> before = DiskSnapshot.of(dir);

    // WHEN the report goes to either
    Run toFile = kcsp("validate", record.toString(), "--output", file.toString());
    Run toDirectory = kcsp("validate", records.toString(), "--output", directory.toString());

    // THEN both are refused
    assertThat(toFile.status()).isEqualTo(2);
    assertThat(toFile.err()).startsWith("kcsp: --output " + file + " would replace the input " + record);
    assertThat(toDirectory.status()).isEqualTo(2);
    assertThat(toDirectory.err()).startsWith("kcsp: --output " + directory + " is a directory of the records being checked");
    assertThat(DiskSnapshot.of(dir)).isEqualTo(before);
  }

  @Test
  void refuses_two_records_whose_report_names_differ_only_in_case() throws Exception {
    // GIVEN kcsp.json and KCSP.json, whose reports would be one file where case is ignored
    Path records = records();
    example("kcsp-2020-03-18.json", records.resolve("KCSP.json"));
    Path reports = dir.resolve("reports");
    Map<String, String> before = DiskSnapshot.of(dir);

    // WHEN both are reported into one directory
    Run run = kcsp("validate", records.toString(), "--output", reports.toString());

    // THEN the run is refused before anything is written (the directory is not even made)
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("kcsp: " + records.resolve("KCSP.json") + " and " + records.resolve("kcsp.json")
        + " would both be reported as " + reports.resolve("KCSP.json.txt") + " (the same file where case is ignored):"
        + " check them in separate runs, each with its own --output directory" + NL);
    assertThat(DiskSnapshot.of(dir)).isEqualTo(before);
  }

  @Test
  void refuses_two_records_of_the_same_name_in_two_directories() throws Exception {
    Path first = example("kcsp-2022-07-14.json", dir.resolve("a/x.json"));
    Path second = example("kcsp-2020-03-18.json", dir.resolve("b/x.json"));
    Path reports = dir.resolve("reports");
    Map<String, String> before = DiskSnapshot.of(dir);

    Run run = kcsp("validate", first.toString(), second.toString(), "--output", reports.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("kcsp: " + first + " and " + second + " would both be reported as "
        + reports.resolve("x.json.txt") + ": check them in separate runs, each with its own --output directory" + NL);
    assertThat(DiskSnapshot.of(dir)).isEqualTo(before);
  }

  @Test
  void names_each_report_after_its_record_keeping_the_records_extension() throws Exception {
    // GIVEN kcsp.json and kcsp.yaml, once one report name (kcsp.txt)
    Path records = records();
    Path yaml = records.resolve("kcsp.yaml");
    Files.writeString(yaml, org.kcsp.model.io.RecordWriter.toYaml(
        org.kcsp.model.io.RecordReader.read(records.resolve("march-2020.json"))));
    Map<String, String> recordsBefore = DiskSnapshot.of(records);
    Path reports = dir.resolve("reports");

    // WHEN they are reported into a directory
    Run run = kcsp("validate", records.toString(), "--output", reports.toString(), "--fail-on", "never");

    // THEN each has its own report, named after its file with .txt added, as one file at a time would give
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(names(reports)).containsExactly("kcsp.json.txt", "kcsp.yaml.txt", "march-2020.json.txt");
    assertThat(Files.readString(reports.resolve("kcsp.yaml.txt"), StandardCharsets.UTF_8))
        .isEqualTo(kcsp("validate", yaml.toString()).out());
    assertThat(DiskSnapshot.of(records)).isEqualTo(recordsBefore);
  }

  @Test
  void writes_one_report_into_a_directory_named_with_a_slash_even_when_it_is_missing() throws Exception {
    Path record = records().resolve("kcsp.json");
    Path reports = dir.resolve("reports");

    Run run = kcsp("validate", record.toString(), "--format", "html", "--output", reports + "/");

    assertThat(run.status()).isZero();
    assertThat(names(reports)).containsExactly("kcsp.json.html");
  }

  @Test
  void refuses_an_empty_output() throws Exception {
    Path record = records().resolve("kcsp.json");
    Map<String, String> before = DiskSnapshot.of(dir);

    for (Run run : List.of(kcsp("validate", record.toString(), "--output="), kcsp("validate", record.toString(), "--output", " "))) {
      assertThat(run.status()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).isEqualTo("kcsp: --output is empty: give the file or the directory to write to" + NL);
    }
    assertThat(DiskSnapshot.of(dir)).isEqualTo(before);
  }

  @Test
  void says_there_is_no_such_directory() throws Exception {
    Path record = records().resolve("kcsp.json");
    Path missing = dir.resolve("missing");
    Map<String, String> before = DiskSnapshot.of(dir);

    Run run = kcsp("validate", record.toString(), "--output", missing.resolve("report.txt").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("kcsp: cannot write " + missing.resolve("report.txt") + ": there is no such directory "
        + missing + NL);
    assertThat(DiskSnapshot.of(dir)).isEqualTo(before);
  }

  @Test
  void says_a_file_in_the_way_is_not_a_directory() throws Exception {
    // GIVEN a file where a directory would be
    Path records = records();
    Path plain = Files.writeString(dir.resolve("plain"), "a file");
    Map<String, String> before = DiskSnapshot.of(dir);

    // WHEN one report goes into it, and several go into a directory below it
    Run one = kcsp("validate", records.resolve("kcsp.json").toString(), "--output", plain.resolve("report.txt").toString());
    Run several = kcsp("validate", records.toString(), "--output", plain.resolve("reports").toString());

    // THEN each says the file is not a directory
    assertThat(one.status()).isEqualTo(2);
    assertThat(one.err()).isEqualTo("kcsp: cannot write " + plain.resolve("report.txt") + ": " + plain + " is not a directory" + NL);
    assertThat(several.status()).isEqualTo(2);
    assertThat(several.err()).isEqualTo("kcsp: cannot make the directory " + plain.resolve("reports") + ": " + plain
        + " is not a directory" + NL);
    assertThat(DiskSnapshot.of(dir)).isEqualTo(before);
  }

  @Test
  void says_permission_denied_for_a_directory_that_cannot_be_written() throws Exception {
    // GIVEN a directory whose permissions forbid writing (root ignores permissions: for root, the
    // root of sysfs, where no file can be made, stands in)
    Path record = records().resolve("kcsp.json");
    Path readOnly = Files.createDirectory(dir.resolve("read-only"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    Path where = Files.isWritable(readOnly) ? Path.of("/sys") : readOnly;
    Map<String, String> before = DiskSnapshot.of(dir);

    // WHEN a report is written there
    Run run = kcsp("validate", record.toString(), "--output", where.resolve("report.txt").toString());

    // THEN the error says why, before any check
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).matches("kcsp: cannot write into \\Q" + where + "\\E: (permission denied|read-only file system)" + NL);
    assertThat(DiskSnapshot.of(dir)).isEqualTo(before);
    assertThat(where.resolve("report.txt")).doesNotExist();
  }

  @Test
  void refuses_several_records_to_one_existing_file() throws Exception {
    Path records = records();
    Path report = Files.writeString(dir.resolve("report.txt"), "last week's report");
    Map<String, String> before = DiskSnapshot.of(dir);

    Run run = kcsp("validate", records.toString(), "--output", report.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("kcsp: several records need a directory to write their reports to, and --output "
        + report + " is a file" + NL);
    assertThat(DiskSnapshot.of(dir)).isEqualTo(before);
  }

  @Test
  void replaces_an_earlier_report_whole_and_leaves_no_temporary_file() throws Exception {
    // GIVEN a report written as of one date
    Path record = records().resolve("kcsp.json");
    Path reports = Files.createDirectory(dir.resolve("reports"));
    Path report = reports.resolve("kcsp.txt");
    assertThat(kcsp("validate", record.toString(), "--output", report.toString()).status()).isZero();

    // WHEN it is written again as of a later date
    Run run = kcsp("validate", record.toString(), "--output", report.toString(), "--as-of", "2023-07-15");

    // THEN the file is the later report, whole, and nothing else is left beside it
    assertThat(run.status()).isEqualTo(1);
    assertThat(Files.readString(report, StandardCharsets.UTF_8))
        .isEqualTo(kcsp("validate", record.toString(), "--as-of", "2023-07-15").out());
    assertThat(names(reports)).containsExactly("kcsp.txt");
  }

  @Test
  void answers_a_failed_write_to_standard_output_with_exit_2_and_why() {
    // GIVEN standard output on a full disk
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };

    // WHEN a report, or the catalogue, is printed to it
    for (String[] args : List.of(new String[] {"validate", "--format", "json"}, new String[] {"rules"})) {
      StringWriter err = new StringWriter();
      int status = KcspCommand.run(args, ReportOutput.standardStream(full, false), new PrintWriter(err));

      // THEN the status is 2, with a sentence saying so, never a silent 0
      assertThat(status).as(args[0]).isEqualTo(2);
      assertThat(err.toString()).as(args[0]).isEqualTo("kcsp: cannot write to standard output: no space left on device" + NL);
    }
  }
}

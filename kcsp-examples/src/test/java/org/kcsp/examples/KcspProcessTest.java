package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a process of its own, on this module's class path: what only a real process
 * shows. Standard output on a full disk, a run stopped by SIGTERM or SIGKILL while it writes
 * reports, the C locale of cron and small containers, a file too big for the memory, a file name
 * that is not UTF-8.
 */
class KcspProcessTest {

  @TempDir Path dir;

  /** What a process printed and returned. */
  record Result(int status, byte[] out, String err) {
    String outText() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  /** The command {@code java ... KcspCommand args}, with these JVM options. */
  private static List<String> command(List<String> jvm, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
    command.addAll(jvm);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), KcspCommand.class.getName()));
    command.addAll(List.of(args));
    return command;
  }

  private Result run(ProcessBuilder builder) throws Exception {
    Path out = Files.createTempFile(dir, "out", ".bin");
    Path err = Files.createTempFile(dir, "err", ".txt");
    if (builder.redirectOutput() == ProcessBuilder.Redirect.PIPE) {
      builder.redirectOutput(out.toFile());
    }
    Process process = builder.redirectError(err.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the run ended within 2 minutes").isTrue();
    Result result = new Result(process.exitValue(), Files.readAllBytes(out), Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return result;
  }

  private Path example(String name, Path file) throws IOException {
    try (var in = getClass().getClassLoader().getResourceAsStream("examples/" + name)) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  @Test
  void answers_standard_output_on_a_full_disk_with_exit_2_and_why() throws Exception {
    // GIVEN standard output sent to /dev/full, where every write fails with "no space left"
    Path record = example("kcsp-2022-07-14.json", dir.resolve("kcsp.json"));
    ProcessBuilder builder = new ProcessBuilder(command(List.of(), "validate", record.toString()))
        .redirectOutput(new File("/dev/full"));

    // WHEN a record is validated
    Result result = run(builder);

    // THEN the status is 2, never 0, and stderr says why
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("kcsp: cannot write to standard output: no space left on device" + System.lineSeparator());
  }

  /** The process under the C locale, as cron, systemd and small containers run it. */
  private static ProcessBuilder underTheCLocale(ProcessBuilder builder) {
    builder.environment().remove("LANG");
    builder.environment().remove("LC_CTYPE");
    builder.environment().put("LC_ALL", "C");
    return builder;
  }

  @Test
  void prints_utf8_under_the_c_locale() throws Exception {
    // GIVEN a record whose partnership's name is not ASCII, a record with a key that is not, and the C locale
    Path record = example("kcsp-2022-07-14.json", dir.resolve("kcsp.json"));
    Files.writeString(record, Files.readString(record).replace("\"Kent Community Safety Partnership\"",
        "\"Safer Café Partnership, £ and €\""));
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"kcsp-record/1\", \"coût\": 1}");

    // WHEN each is validated
    Result report = run(underTheCLocale(new ProcessBuilder(command(List.of(), "validate", record.toString()))));
    Result error = run(underTheCLocale(new ProcessBuilder(command(List.of(), "validate", bad.toString()))));

    // THEN the report is UTF-8 on standard output, the problem UTF-8 on standard error: nothing became ?
    assertThat(report.err()).isEmpty();
    assertThat(report.status()).isZero();
    assertThat(report.outText()).contains("Compliance report: Safer Café Partnership, £ and €");
    assertThat(error.status()).isEqualTo(2);
    assertThat(error.err()).contains("unknown key \"coût\"");
  }

  @Test
  void says_why_a_name_that_is_not_utf8_cannot_be_opened() throws Exception {
    // GIVEN a record whose name holds a byte that is not UTF-8, named on the command line
    example("kcsp-2022-07-14.json", dir.resolve("source.json"));
    List<String> java = command(List.of(), "validate");
    String script = "mv source.json \"$(printf 'caf\\351.json')\" && exec \"$@\" \"$(printf 'caf\\351.json')\"";
    List<String> bash = new ArrayList<>(List.of("bash", "-c", script, "bash"));
    bash.addAll(java);

    // WHEN it is validated (under a UTF-8 locale, as ./kcsp runs Java)
    ProcessBuilder builder = new ProcessBuilder(bash).directory(dir.toFile());
    builder.environment().put("LC_ALL", "C.UTF-8");
    Result result = run(builder);

    // THEN the error says why, and what to do
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("kcsp: caf\uFFFD.json: the name is not valid UTF-8 (\uFFFD stands for the bytes that are"
        + " not), so the file cannot be opened by it: rename the file, or validate the directory that holds it"
        + System.lineSeparator());
  }

  @Test
  void answers_a_record_too_big_for_the_memory_with_exit_2_and_one_sentence() throws Exception {
    // GIVEN 4 MiB of organisations that are each the number 1, and a Java of 32 MB
    StringBuilder text = new StringBuilder("{\"format\": \"kcsp-record/1\", \"partnership\": {\"id\": \"K\", \"name\": \"K\","
        + " \"area\": \"K\", \"tier\": \"COUNTY\"}, \"organisations\": [1");
    text.append(",1".repeat(2 * 1024 * 1024)).append("]}");
    Path record = Files.writeString(dir.resolve("ones.json"), text);

    // WHEN it is validated
    Result result = run(new ProcessBuilder(command(List.of("-Xmx32m"), "validate", record.toString())));

    // THEN whatever gives way, the answer is exit 2 and one sentence, never a stack trace and exit 1
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).startsWith("kcsp: ").doesNotContain("\tat ", "Exception in thread");
    assertThat(result.err().lines().filter(line -> !line.startsWith("  "))).hasSize(1);
  }

  /**
   * Four records whose HTML reports are 2.5 MB each, so that writing one takes a while: the
   * 14 July 2022 KCSP with 25 more projects, each with no amount and a title of 99,000 characters,
   * all named by its one GRANT_AMOUNTS_UNKNOWN finding.
   */
  private Path largeReports() throws IOException {
    Path records = Files.createDirectory(dir.resolve("records"));
    String text = Files.readString(example("kcsp-2022-07-14.json", dir.resolve("kcsp.json")));
    StringBuilder projects = new StringBuilder("\"projects\": [");
    for (int i = 0; i < 25; i++) {
      projects.append("{\"id\": \"long-").append(i).append("\", \"title\": \"Project ").append(i).append(' ')
          .append("x".repeat(99_000)).append("\", \"pot\": \"UPFRONT\", \"status\": \"APPROVED\", \"priorities\": [\"vawg\"]},");
    }
    assertThat(text).containsOnlyOnce("\"projects\": [");
    String large = text.replace("\"projects\": [", projects);
    for (int i = 1; i <= 4; i++) {
      Files.writeString(records.resolve("kcsp-" + i + ".json"), large);
    }
    return records;
  }

  /**
   * Starts reporting {@code records} as HTML into {@code reports}, and stops it with a signal as
   * soon as it is writing a report: when a report, or a temporary file that is not empty, shows.
   */
  private Process stopWhileWriting(Path records, Path reports, boolean forcibly) throws Exception {
    Process process = new ProcessBuilder(command(List.of(), "validate", records.toString(), "--format", "html",
        "--output", reports.toString(), "--fail-on", "never"))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline && process.isAlive() && !writing(reports)) {
      Thread.onSpinWait();
    }
    assertThat(process.isAlive()).as("the run was still writing when stopped").isTrue();
    if (forcibly) {
      process.destroyForcibly();
    } else {
      process.destroy();
    }
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return process;
  }

  /** Whether a report is being written: a report shows, or a temporary file with something in it. */
  private static boolean writing(Path reports) {
    for (String name : names(reports)) {
      try {
        if (name.endsWith(".html") || name.endsWith(".tmp") && Files.size(reports.resolve(name)) > 0) {
          return true;
        }
      } catch (IOException e) {
        // renamed or removed as it was looked at: look again
      }
    }
    return false;
  }

  private static List<String> names(Path directory) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(file -> file.getFileName().toString()).toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** Each report of the directory is whole: an HTML page to its end. */
  private static void assertWholeReports(Path reports) throws IOException {
    try (Stream<Path> files = Files.list(reports)) {
      for (Path file : files.filter(file -> file.toString().endsWith(".html")).toList()) {
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).as("%s", file)
            .startsWith("<!DOCTYPE html>").endsWith("</html>\n");
      }
    }
  }

  @Test
  void leaves_whole_reports_and_no_temporary_file_when_stopped_by_sigterm() throws Exception {
    // GIVEN a run writing four large HTML reports
    Path records = largeReports();
    Map<String, String> before = DiskSnapshot.of(records);
    Path reports = dir.resolve("reports");

    // WHEN it is stopped by SIGTERM as it writes the first
    Process process = stopWhileWriting(records, reports, false);

    // THEN each report there is whole, no temporary file is left, and the records are untouched
    assertThat(process.exitValue()).isEqualTo(128 + 15);
    assertWholeReports(reports);
    assertThat(names(reports)).allMatch(name -> name.endsWith(".json.html"));
    assertThat(DiskSnapshot.of(records)).isEqualTo(before);
  }

  @Test
  void leaves_no_partial_report_when_killed_by_sigkill() throws Exception {
    // GIVEN a run writing four large HTML reports
    Path records = largeReports();
    Path reports = dir.resolve("reports");

    // WHEN it is killed by SIGKILL as it writes the first, which no program can answer
    Process process = stopWhileWriting(records, reports, true);

    // THEN each report there is whole (the temporary file it was writing, .kcsp-*.tmp, may be left beside them)
    assertThat(process.exitValue()).isEqualTo(128 + 9);
    assertWholeReports(reports);
    assertThat(names(reports)).allMatch(name -> name.endsWith(".json.html") || name.matches("\\.kcsp-[0-9a-z]+\\.tmp"));
  }
}

package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.examples.KcspCommandTest.kcsp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.examples.KcspCommandTest.Run;
import org.kcsp.examples.generate.RecordGenerator;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.io.RecordWriter;

/** {@code kcsp generate}: files, names, determinism, bad usage. */
class GenerateCommandTest {

  @TempDir Path dir;

  private static List<String> names(Path directory) throws Exception {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writes_one_canonical_file_per_partnership_year_into_a_new_directory() throws Exception {
    Path out = dir.resolve("national/records");
    Run run = kcsp("generate", "--partnerships", "3", "--years", "2", "--output", out.toString());
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("Wrote 6 records", "seed 1", "kcsp-record/2");
    assertThat(names(out)).containsExactly(
        "csp-001-2019-20.json", "csp-001-2020-21.json",
        "csp-002-2019-20.json", "csp-002-2020-21.json",
        "csp-003-2019-20.json", "csp-003-2020-21.json");
    // each file is the generator's record for seed 1, written canonically
    RecordGenerator generator = new RecordGenerator(1);
    assertThat(Files.readString(out.resolve("csp-002-2020-21.json"))).isEqualTo(RecordWriter.toJson(generator.record(1, 1)));
  }

  @Test
  void writes_version_1_records_when_asked() throws Exception {
    Path out = dir.resolve("version-1");
    Run run = kcsp("generate", "--partnerships", "2", "--years", "1", "--record-format", "1", "--output", out.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Wrote 2 records", "kcsp-record/1");
    assertThat(Files.readString(out.resolve("csp-002-2019-20.json")))
        .isEqualTo(RecordWriter.toJson(new RecordGenerator(1, FormatVersion.V1).record(1, 0)))
        .startsWith("{\n  \"format\": \"kcsp-record/1\"");
    Run bad = kcsp("generate", "--partnerships", "1", "--years", "1", "--record-format", "3", "--output", dir.resolve("b").toString());
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).isEqualTo("kcsp: --record-format must be 1 or 2 (kcsp-record/1 or kcsp-record/2), got 3"
        + System.lineSeparator());
    assertThat(dir.resolve("b")).doesNotExist();
  }

  @Test
  void writes_the_same_files_for_the_same_seed_and_others_for_another() throws Exception {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    Path other = dir.resolve("other");
    assertThat(kcsp("generate", "--partnerships", "2", "--years", "1", "--seed", "7", "--output", first.toString()).status()).isZero();
    assertThat(kcsp("generate", "--partnerships", "2", "--years", "1", "--seed", "7", "--output", second.toString()).status()).isZero();
    assertThat(kcsp("generate", "--partnerships", "2", "--years", "1", "--seed", "8", "--output", other.toString()).status()).isZero();
    for (String name : names(first)) {
      assertThat(Files.readAllBytes(second.resolve(name))).isEqualTo(Files.readAllBytes(first.resolve(name)));
      assertThat(Files.readAllBytes(other.resolve(name))).isNotEqualTo(Files.readAllBytes(first.resolve(name)));
    }
  }

  @Test
  void writes_records_that_validate() {
    Path out = dir.resolve("records");
    assertThat(kcsp("generate", "--partnerships", "2", "--years", "2", "--output", out.toString()).status()).isZero();
    Run run = kcsp("validate", out.toString(), "--fail-on", "never");
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("== " + out.resolve("csp-002-2020-21.json") + " ==");
  }

  @Test
  void refuses_bad_arguments_with_exit_2_and_a_plain_message() throws Exception {
    Path file = Files.writeString(dir.resolve("taken.json"), "{}");
    Run none = kcsp("generate", "--partnerships", "0", "--years", "1", "--output", dir.resolve("a").toString());
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.err()).isEqualTo("kcsp: --partnerships must be at least 1, got 0" + System.lineSeparator());
    Run noYears = kcsp("generate", "--partnerships", "1", "--years", "0", "--output", dir.resolve("a").toString());
    assertThat(noYears.status()).isEqualTo(2);
    assertThat(noYears.err()).contains("--years must be from 1 to 100, got 0");
    Run onFile = kcsp("generate", "--partnerships", "1", "--years", "1", "--output", file.toString());
    assertThat(onFile.status()).isEqualTo(2);
    assertThat(onFile.err()).contains("taken.json is a file; give a directory").doesNotContain("Exception");
    assertThat(kcsp("generate", "--partnerships", "1", "--years", "1").status()).isEqualTo(2);
    assertThat(kcsp("generate", "--partnerships", "many", "--years", "1", "--output", "x").status()).isEqualTo(2);
    assertThat(dir.resolve("a")).doesNotExist();
  }
}

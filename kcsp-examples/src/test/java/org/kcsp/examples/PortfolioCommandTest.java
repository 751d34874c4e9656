package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.examples.KcspCommandTest.kcsp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.examples.KcspCommandTest.Run;

/** {@code kcsp portfolio DIR}: many records side by side, in every format, never among the records. */
class PortfolioCommandTest {

  @TempDir Path dir;

  private Path records;

  @BeforeEach
  void generateRecords() {
    records = dir.resolve("records");
    Run generated = kcsp("generate", "--partnerships", "3", "--years", "2", "--seed", "9", "--output", records.toString());
    assertThat(generated.status()).as(generated.err()).isZero();
  }

  @Test
  void prints_a_line_per_record_in_name_order_and_exits_0() {
    // WHEN the directory's portfolio is made
    Run run = kcsp("portfolio", records.toString());
    // THEN each record has its line, in name order, and its file is named
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Portfolio: 6 records of 3 partnerships, as of ");
    assertThat(run.out()).containsPattern("(?m)^1  CSP-001 +2020-").containsPattern("(?m)^6  CSP-003 +2021-");
    assertThat(run.out()).contains(records.resolve("csp-001-2019-20.json") + ": ");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void gives_the_same_bytes_in_every_format_run_after_run() {
    for (String format : List.of("text", "json", "html", "csv")) {
      Run first = kcsp("portfolio", records.toString(), "--format", format);
      Run second = kcsp("portfolio", records.toString(), "--format", format);
      assertThat(first.status()).as(format + ": " + first.err()).isZero();
      assertThat(second.out()).as(format).isEqualTo(first.out());
    }
  }

  @Test
  void writes_every_finding_of_every_record_as_a_csv_row_into_the_directory_named() throws Exception {
    // WHEN the findings are written as CSV into a directory of reports
    Path reports = dir.resolve("reports");
    Run run = kcsp("portfolio", records.toString(), "--format", "csv", "--output", reports + "/");
    // THEN portfolio.csv holds the header and a row per finding of each record, and the same as standard output does
    assertThat(run.status()).as(run.err()).isZero();
    String csv = Files.readString(reports.resolve("portfolio.csv"), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("record,partnership,asOf,rule,severity,subjectKind,subject,message,waived,fingerprint\r\n");
    assertThat(csv).isEqualTo(kcsp("portfolio", records.toString(), "--format", "csv").out());
    String json = kcsp("validate", records.toString(), "--format", "json").out();
    int findings = json.split("\"severity\": \"(ERROR|WARNING|INFO)\",\n\\s*\"subject\"", -1).length - 1;
    assertThat(csv.split("\r\n")).hasSize(findings + 1);
    try (Stream<Path> left = Files.list(reports)) {
      assertThat(left).as("no temporary file left behind").extracting(path -> path.getFileName().toString())
          .containsExactly("portfolio.csv");
    }
  }

  @Test
  void writes_an_html_page_to_the_file_named() throws Exception {
    Path page = dir.resolve("portfolio-2021.html");
    Run run = kcsp("portfolio", records.toString(), "--format", "html", "--output", page.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Files.readString(page, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>")
        .contains("<table class=\"matrix\" aria-hidden=\"true\">");
  }

  @Test
  void checks_every_record_as_of_the_date_given() {
    Run run = kcsp("portfolio", records.toString(), "--as-of", "2023-01-31", "--format", "json");
    assertThat(run.out()).contains("\"asOf\": \"2023-01-31\"").doesNotContain("\"asOf\": \"2020-");
  }

  @Test
  void refuses_to_write_among_the_records_before_checking_any() {
    Run run = kcsp("portfolio", records.toString(), "--output", records.resolve("portfolio.txt").toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("is in a directory of the records being checked").doesNotContain("Exception");
    assertThat(records.resolve("portfolio.txt")).doesNotExist();
  }

  @Test
  void leaves_out_a_record_that_is_not_valid_saying_why_and_exits_2() throws Exception {
    // GIVEN a directory with one bad record among the good ones
    Files.writeString(records.resolve("csp-000-broken.json"), "{ \"format\": \"kcsp-record/2\", \"partnership\": 3 }");
    // WHEN its portfolio is made
    Run run = kcsp("portfolio", records.toString(), "--format", "json");
    // THEN the others are in it, the bad one is named on standard error with its problems, and the exit status is 2
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).contains("\"records\": 6");
    assertThat(run.err()).contains("csp-000-broken.json is not a valid record")
        .contains("csp-000-broken.json is left out of the portfolio");
  }

  @Test
  void needs_a_directory_and_names_its_formats() {
    Run none = kcsp("portfolio");
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.err()).contains("Missing required parameter");
    assertThat(kcsp("portfolio", "--help").out()).contains("text, html, csv or json");
    assertThat(kcsp("portfolio", records.toString(), "--format", "pdf").status()).isEqualTo(2);
  }
}

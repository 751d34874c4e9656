package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.model.io.RecordReader;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Severity;

/** The command line as an analyst uses it: output, exit status, errors. */
class KcspCommandTest {

  @TempDir Path dir;

  /** What one run printed and returned. */
  record Run(int status, String out, String err) {}

  static Run kcsp(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = KcspCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(status, out.toString(), err.toString());
  }

  private Path example(String name) throws Exception {
    Path file = dir.resolve(name);
    try (var in = KcspCommandTest.class.getClassLoader().getResourceAsStream("examples/" + name)) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  @Test
  void validates_every_bundled_example_when_given_no_file() {
    Run run = kcsp("validate");
    assertThat(run.out()).contains("== examples/kcsp-2020-03-18.json ==", "== examples/kcsp-2022-07-14.json ==",
        "== examples/kcsp-2022-07-13-before-the-meeting.json ==");
    // the eve of the 14 July 2022 meeting has open errors (the defunct CCG, the duplicate funding)
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void exits_0_when_no_open_finding_reaches_fail_on() throws Exception {
    // the 14 July 2022 record has no ERROR finding and two INFO ones
    Path file = example("kcsp-2022-07-14.json");
    ComplianceReport report = ComplianceEngine.standard().check(RecordReader.read(file));
    assertThat(report.hasErrors()).isFalse();
    assertThat(kcsp("validate", file.toString()).status()).isZero();
    assertThat(kcsp("validate", file.toString(), "--fail-on", "warning").status())
        .isEqualTo(report.hasOpenFindingAtLeast(Severity.WARNING) ? 1 : 0);
    assertThat(kcsp("validate", file.toString(), "--fail-on", "info").status()).isEqualTo(1);
    Path before = example("kcsp-2022-07-13-before-the-meeting.json");
    assertThat(kcsp("validate", before.toString(), "--fail-on", "never").status()).isZero();
  }

  @Test
  void shows_the_gaps_and_exits_0_when_rules_are_not_assessed_and_nothing_fails() throws Exception {
    // the 14 July 2022 record gives the £21,440 the PCC approved, not the four projects' amounts, and
    // leaves out what the minutes do not say (the reviews, the rollovers, a meeting's items, the
    // strands its priorities serve...):
    // the rules that cannot decide are not assessed, which is not a failure
    Path file = example("kcsp-2022-07-14.json");
    Run run = kcsp("validate", file.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Gaps      18 things to record, for 10 rules\n", "GAPS: 18 things to record\n",
        "   Path:     $.grants[0].projects[0].amount\n",
        "Not assessed (10)\n",
        "  GRANT_POT_OVERCOMMITTED: 4 gaps on grant CRG-2022-23; 1 grant checked\n");
    assertThat(run.out().indexOf("GAPS: ")).isGreaterThan(run.out().indexOf("INFO: "));
  }

  @Test
  void writes_json_that_is_the_library_report() throws Exception {
    Path file = example("kcsp-2022-07-14.json");
    Run run = kcsp("validate", file.toString(), "--format", "json");
    assertThat(run.out()).startsWith("{\n  \"format\": \"kcsp-report/2\"");
    assertThat(run.out()).contains("\"asOf\": \"2022-07-14\"");
  }

  @Test
  void checks_as_of_the_date_given() throws Exception {
    Path file = example("kcsp-2022-07-14.json");
    Run run = kcsp("validate", file.toString(), "--as-of", "2023-07-15", "--format", "json");
    assertThat(run.out()).contains("\"asOf\": \"2023-07-15\"", "TOR_REVIEW_OVERDUE");
    assertThat(run.status()).isEqualTo(1);
  }

  @Test
  void writes_the_report_to_the_output_file() throws Exception {
    Path file = example("kcsp-2022-07-14.json");
    Path page = dir.resolve("report.html");
    Run run = kcsp("validate", file.toString(), "--format", "html", "--output", page.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(page, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>").contains("<svg");
  }

  @Test
  void writes_several_reports_into_the_output_directory() throws Exception {
    Path out = dir.resolve("reports");
    Run run = kcsp("validate", "--format", "markdown", "--output", out.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(out.resolve("kcsp-2020-03-18.json.md")).exists();
    assertThat(out.resolve("kcsp-2022-07-13-before-the-meeting.json.md")).exists();
  }

  @Test
  void answers_a_malformed_file_with_exit_2_and_its_problems_on_stderr() throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"format\": \"kcsp-record/1\", \"partnership\": {\"id\": \"KCSP\"}, \"organisations\": []}");
    Run run = kcsp("validate", file.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("bad.json is not a valid record (3 problems):",
        "$.partnership.name (line 1, column 44): name is required");
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void shows_a_stack_trace_only_with_debug() throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "[]");
    assertThat(kcsp("validate", file.toString()).err()).doesNotContain("\tat ");
    Run debug = kcsp("validate", file.toString(), "--debug");
    assertThat(debug.status()).isEqualTo(2);
    assertThat(debug.err()).contains("InvalidRecordException", "\tat ");
  }

  @Test
  void reports_each_of_several_files_and_exits_with_the_worst_status() throws Exception {
    Path good = example("kcsp-2022-07-14.json");
    Path missing = dir.resolve("missing.yaml");
    Run run = kcsp("validate", good.toString(), missing.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).contains("== " + good + " ==");
    assertThat(run.err()).contains("missing.yaml", "there is no such file");
  }

  @Test
  void refuses_an_unknown_rule_naming_the_nearest() {
    Run run = kcsp("validate", "--skip", "TOR_REVIEW_OVERDUEE");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("there is no rule TOR_REVIEW_OVERDUEE; nearest: TOR_REVIEW_OVERDUE");
  }

  @Test
  void refuses_bad_usage_with_exit_2() {
    assertThat(kcsp("validate", "--format", "pdf").status()).isEqualTo(2);
    assertThat(kcsp("validate", "--as-of", "14/07/2022").status()).isEqualTo(2);
    assertThat(kcsp("no-such-command").status()).isEqualTo(2);
  }

  @Test
  void leaves_out_the_skipped_rules() throws Exception {
    Path before = example("kcsp-2022-07-13-before-the-meeting.json");
    Run run = kcsp("validate", before.toString(), "--format", "json",
        "--skip", "TOR_LISTS_DEFUNCT_MEMBER,MEMBERSHIP_RESPONSIBLE_AUTHORITY_MISSING,PROJECT_DUPLICATE_FUNDING");
    assertThat(run.status()).isZero();
    assertThat(run.out()).doesNotContain("PROJECT_DUPLICATE_FUNDING");
  }

  @Test
  void prints_the_catalogue_from_the_rule_base() {
    Run text = kcsp("rules");
    assertThat(text.status()).isZero();
    assertThat(text.out()).contains("GRANT_TACTICAL_POT_OVER_CAP", "38 rules.");
    assertThat(kcsp("rules", "--format", "json").out()).contains("\"id\": \"TOR_MISSING\"").doesNotContain("\r");
    assertThat(kcsp("rules", "--format", "markdown").out()).startsWith("| Rule | Severity | Kind | Subject | Title | Source |");
  }

  @Test
  void explains_a_rule_with_an_example_finding_from_the_bundled_records() {
    Run run = kcsp("explain", "PROJECT_DUPLICATE_FUNDING");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("PROJECT_DUPLICATE_FUNDING (ERROR)", "Why, under kcsp:", "Why, under england:", "Data it needs:",
        "kcsp-2022-07-13-before-the-meeting.json", "Bystander Approach Training");
  }

  @Test
  void names_the_nearest_rules_for_an_unknown_one() {
    Run run = kcsp("explain", "GRANT_TACTICAL_POT");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("there is no rule GRANT_TACTICAL_POT; the nearest are GRANT_TACTICAL_POT_OVER_CAP");
  }

  @Test
  void lists_the_bundled_examples() {
    Run run = kcsp("examples");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("kcsp-2020-03-18.json", "kcsp-2022-07-14.json", "kcsp-2022-07-13-before-the-meeting.json");
  }

  @Test
  void has_help_and_a_version() {
    assertThat(kcsp("--help").status()).isZero();
    assertThat(kcsp("validate", "--help").out()).contains("--fail-on", "--as-of");
    assertThat(kcsp("--version").out()).startsWith("kcsp ");
  }

  @Test
  void reads_yaml_records_too() throws Exception {
    Path json = example("kcsp-2022-07-14.json");
    Path yaml = dir.resolve("kcsp.yaml");
    Files.writeString(yaml, org.kcsp.model.io.RecordWriter.toYaml(RecordReader.read(json)));
    String fromYaml = kcsp("validate", yaml.toString(), "--format", "json").out();
    String fromJson = kcsp("validate", json.toString(), "--format", "json").out();
    // the same report, but for where each finding is: in the file each was read from
    assertThat(withoutLocations(fromYaml)).isEqualTo(withoutLocations(fromJson));
    assertThat(fromYaml).contains("\"file\": \"" + yaml + "\"").doesNotContain(json.toString());
  }

  /** A JSON report without its findings' and gaps' locations. */
  private static String withoutLocations(String report) {
    return report.replaceAll("\"location\": \\{[^}]*},\n\\s*", "");
  }
}

package org.kcsp.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kcsp.rules.report.ReportFixtures.REPORT_2020;
import static org.kcsp.rules.report.ReportFixtures.YEAR_LATER;
import static org.kcsp.rules.report.ReportFixtures.check;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kcsp.model.Location;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.Document;
import org.kcsp.model.io.RecordReader;
import org.kcsp.model.io.RecordWriter;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Finding;
import org.kcsp.rules.RuleDescriptor;
import org.kcsp.rules.RuleResult;
import org.kcsp.rules.Severity;

/**
 * The SARIF log: a run per record, the rules of its policy in the driver, each finding a result at
 * its place in the record, a waived one suppressed, a gap an open result. (That it is valid SARIF
 * 2.1.0 is checked against the official schema in kcsp-examples.)
 */
class SarifReportTest {

  private static Document.Value sarif(String text) {
    return Document.parse(text, RecordReader.Syntax.JSON, "report.sarif", "SARIF log").root();
  }

  /** The KCSP a year after its ToR approvals, with a grant and the waiver of its overdue review, read from kcsp.json. */
  private static ComplianceReport waivedFromFile() {
    PartnershipRecord read = RecordReader.readJson(RecordWriter.toJson(ReportFixtures.kcspWithGrantAndWaiver()), "records/kcsp.json");
    return check(read, YEAR_LATER);
  }

  @Test
  void writes_a_sarif_2_1_0_log_of_one_run_per_report() {
    // GIVEN two reports
    ComplianceReport first = check(ReportFixtures.kcsp(), YEAR_LATER);
    ComplianceReport second = check(ReportFixtures.kcspWithGaps(), REPORT_2020);
    // WHEN they are written as one log
    Document.Value log = sarif(SarifReport.render(List.of(first, second)));
    // THEN it names SARIF 2.1.0 and its schema, and holds a run for each, in order
    assertThat(log.get("version").text()).isEqualTo("2.1.0");
    assertThat(log.get("$schema").text()).isEqualTo(SarifReport.SCHEMA);
    assertThat(log.get("runs").items()).hasSize(2);
    assertThat(log.get("runs").items().get(1).get("properties").get("asOf").text()).isEqualTo("2020-03-18");
    assertThat(log.get("runs").items().get(0).get("tool").get("driver").get("name").text()).isEqualTo("kcsp");
  }

  @Test
  void describes_every_rule_of_the_report_as_its_policy_sets_it() {
    // GIVEN a report
    ComplianceReport report = check(ReportFixtures.kcsp(), YEAR_LATER);
    // WHEN it is written
    List<Document.Value> rules = sarif(SarifReport.render(report)).get("runs").items().get(0)
        .get("tool").get("driver").get("rules").items();
    // THEN each rule has its id, title, description, default level, and help naming its source
    assertThat(rules).hasSize(report.rules().size());
    for (int i = 0; i < rules.size(); i++) {
      RuleResult result = report.rules().get(i);
      RuleDescriptor rule = report.catalog().rule(result.rule()).orElseThrow();
      Document.Value written = rules.get(i);
      assertThat(written.get("id").text()).isEqualTo(rule.id());
      assertThat(written.get("shortDescription").get("text").text()).isEqualTo(rule.title());
      assertThat(written.get("fullDescription").get("text").text()).isEqualTo(rule.description());
      assertThat(written.get("help").get("text").text()).endsWith("Source: " + rule.source());
      assertThat(written.get("defaultConfiguration").get("level").text()).isEqualTo(SarifReport.level(rule.severity()));
      assertThat(written.get("properties").get("outcome").text()).isEqualTo(result.outcome().name());
    }
  }

  @Test
  void gives_each_severity_its_sarif_level() {
    assertThat(SarifReport.level(Severity.ERROR)).isEqualTo("error");
    assertThat(SarifReport.level(Severity.WARNING)).isEqualTo("warning");
    assertThat(SarifReport.level(Severity.INFO)).isEqualTo("note");
  }

  @Test
  void places_each_finding_at_its_subject_in_the_record_file_and_by_its_path() {
    // GIVEN a report of a record read from records/kcsp.json
    ComplianceReport report = waivedFromFile();
    // WHEN it is written
    Document.Value run = sarif(SarifReport.render(report)).get("runs").items().get(0);
    List<Document.Value> results = run.get("results").items();
    List<Document.Value> rules = run.get("tool").get("driver").get("rules").items();
    // THEN each finding is a result of its rule, level and message, at the line and column of its subject
    assertThat(results).hasSize(report.findings().size() + report.gaps().size());
    for (int i = 0; i < report.findings().size(); i++) {
      Finding finding = report.findings().get(i);
      Location at = finding.location().orElseThrow();
      Document.Value result = results.get(i);
      assertThat(result.get("ruleId").text()).isEqualTo(finding.rule());
      assertThat(rules.get(Integer.parseInt(result.get("ruleIndex").text())).get("id").text()).isEqualTo(finding.rule());
      assertThat(result.get("kind").text()).isEqualTo("fail");
      assertThat(result.get("level").text()).isEqualTo(SarifReport.level(finding.severity()));
      assertThat(result.get("message").get("text").text()).isEqualTo(finding.message());
      Document.Value location = result.get("locations").items().get(0);
      Document.Value physical = location.get("physicalLocation");
      assertThat(physical.get("artifactLocation").get("uri").text()).isEqualTo("records/kcsp.json");
      assertThat(physical.get("artifactLocation").get("uriBaseId").text()).isEqualTo("%SRCROOT%");
      assertThat(physical.get("region").get("startLine").text()).isEqualTo(String.valueOf(at.line()));
      assertThat(physical.get("region").get("startColumn").text()).isEqualTo(String.valueOf(at.column()));
      Document.Value logical = location.get("logicalLocations").items().get(0);
      assertThat(logical.get("fullyQualifiedName").text()).isEqualTo(at.path().toString());
      assertThat(logical.get("name").text()).isEqualTo(finding.subject().id());
    }
    assertThat(run.get("automationDetails").get("id").text()).isEqualTo("kcsp/records/kcsp.json/");
    assertThat(run.get("properties").get("record").text()).isEqualTo("records/kcsp.json");
  }

  @Test
  void gives_each_finding_its_fingerprint_as_a_partial_fingerprint() {
    // GIVEN the report with the waived overdue review and other findings
    ComplianceReport report = waivedFromFile();
    // WHEN it is written
    List<Document.Value> results = sarif(SarifReport.render(report)).get("runs").items().get(0).get("results").items();
    // THEN each finding's result carries the finding's fingerprint, under a versioned name
    for (Finding finding : report.findings()) {
      Document.Value result = results.get(report.findings().indexOf(finding));
      assertThat(result.get("partialFingerprints").get("kcspFingerprint/v1").text()).isEqualTo(finding.fingerprint());
    }
    assertThat(report.findings()).hasSizeGreaterThan(1);
  }

  @Test
  void suppresses_a_waived_finding_with_the_waivers_reason() {
    // GIVEN the report with the waived overdue review
    ComplianceReport report = waivedFromFile();
    Finding waived = report.findings().stream().filter(f -> !f.isOpen()).findFirst().orElseThrow();
    // WHEN it is written
    List<Document.Value> results = sarif(SarifReport.render(report)).get("runs").items().get(0).get("results").items();
    // THEN the waived finding carries an accepted suppression in the record, justified by the waiver's reason
    Document.Value result = results.get(report.findings().indexOf(waived));
    Document.Value suppression = result.get("suppressions").items().get(0);
    assertThat(suppression.get("kind").text()).isEqualTo("inSource");
    assertThat(suppression.get("status").text()).isEqualTo("accepted");
    assertThat(suppression.get("justification").text()).isEqualTo(waived.waived().orElseThrow().reason());
    assertThat(suppression.get("properties").get("until").text()).isEqualTo("2023-11-30");
    // AND an open finding carries none
    Finding open = report.findings().stream().filter(Finding::isOpen).findFirst().orElseThrow();
    assertThat(results.get(report.findings().indexOf(open)).get("suppressions")).isNull();
  }

  @Test
  void writes_each_gap_as_an_open_result_where_what_is_missing_goes() {
    // GIVEN the KCSP of 18 March 2020 with two amounts not recorded, built in code
    ComplianceReport report = check(ReportFixtures.kcspWithGaps(), REPORT_2020);
    // WHEN it is written
    List<Document.Value> results = sarif(SarifReport.render(report)).get("runs").items().get(0).get("results").items();
    // THEN each gap follows the findings as an open result with no level, at the project, by path alone
    Document.Value gap = results.get(report.findings().size());
    assertThat(gap.get("kind").text()).isEqualTo("open");
    assertThat(gap.get("level").text()).isEqualTo("none");
    assertThat(gap.get("ruleId").text()).isEqualTo(report.gaps().get(0).rule());
    assertThat(gap.get("properties").get("missing").text()).isEqualTo("$.grants[0].projects[8].amount");
    Document.Value location = gap.get("locations").items().get(0);
    assertThat(location.get("physicalLocation")).as("a record built in code has no file").isNull();
    assertThat(location.get("logicalLocations").items().get(0).get("fullyQualifiedName").text())
        .isEqualTo("$.grants[0].projects[8]");
  }

  @Test
  void names_a_relative_record_file_by_a_relative_uri_and_an_absolute_one_by_a_file_uri() {
    assertThat(SarifReport.relativeUri("records/café 1.json")).isEqualTo("records/caf%C3%A9%201.json");
    assertThat(SarifReport.relativeUri("a:b.json")).as("never read as a scheme").isEqualTo("a%3Ab.json");
    assertThat(SarifReport.relativeUri("records\\kcsp.json")).isEqualTo("records/kcsp.json");
    // GIVEN a record read by an absolute name
    Path absolute = Path.of("records", "kcsp.json").toAbsolutePath();
    PartnershipRecord read = RecordReader.readJson(RecordWriter.toJson(ReportFixtures.kcsp()), absolute.toString());
    // THEN its results name it by a file URI, with no base
    Document.Value artifact = sarif(SarifReport.render(check(read, YEAR_LATER))).get("runs").items().get(0).get("results")
        .items().get(0).get("locations").items().get(0).get("physicalLocation").get("artifactLocation");
    assertThat(artifact.get("uri").text()).isEqualTo(absolute.toUri().toString()).startsWith("file:///");
    assertThat(artifact.get("uriBaseId")).isNull();
  }

  @Test
  void writes_runs_one_at_a_time_as_it_writes_them_together() {
    // GIVEN two reports
    ComplianceReport first = waivedFromFile();
    ComplianceReport second = check(ReportFixtures.kcspWithGaps(), REPORT_2020);
    // WHEN they are written one at a time to a writer
    StringWriter out = new StringWriter();
    try (SarifReport.Log log = SarifReport.log(out)) {
      log.add(first);
      log.add(second);
    }
    // THEN the text is what rendering them together gives, byte for byte, and the same every time
    assertThat(out).hasToString(SarifReport.render(List.of(first, second)));
    assertThat(SarifReport.render(first)).isEqualTo(SarifReport.render(waivedFromFile())).endsWith("}\n");
  }

  @Test
  void refuses_a_run_once_the_log_is_closed() {
    SarifReport.Log log = SarifReport.log(new StringWriter());
    log.close();
    assertThatThrownBy(() -> log.add(check(ReportFixtures.kcsp(), YEAR_LATER))).isInstanceOf(IllegalStateException.class);
  }
}

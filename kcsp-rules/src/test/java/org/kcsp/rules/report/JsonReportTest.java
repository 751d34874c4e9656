package org.kcsp.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.rules.report.ReportFixtures.REPORT_2020;
import static org.kcsp.rules.report.ReportFixtures.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kcsp.model.io.RecordReader;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Gap;
import org.kcsp.rules.Outcome;
import org.kcsp.rules.RuleResult;

/** The {@code kcsp-report/2} JSON report: what version 2 adds to version 1, field by field. */
class JsonReportTest {

  /** The report as JSON, read back: objects as maps in the order written, arrays as lists, values as text. */
  private static Map<String, Object> json(ComplianceReport report) throws IOException {
    try (JsonParser parser = new JsonFactory().createParser(JsonReport.render(report))) {
      parser.nextToken();
      @SuppressWarnings("unchecked")
      Map<String, Object> object = (Map<String, Object>) value(parser);
      return object;
    }
  }

  private static Object value(JsonParser parser) throws IOException {
    if (parser.currentToken() == JsonToken.START_OBJECT) {
      Map<String, Object> object = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        object.put(name, value(parser));
      }
      return object;
    }
    if (parser.currentToken() == JsonToken.START_ARRAY) {
      List<Object> array = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        array.add(value(parser));
      }
      return array;
    }
    return parser.getValueAsString();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> array(Object value) {
    return (List<Object>) value;
  }

  private static List<String> keys(Object object) {
    return List.copyOf(object(object).keySet());
  }

  @Test
  void names_its_format_the_records_format_and_the_policy_before_the_partnership() throws IOException {
    // GIVEN the KCSP with amounts not recorded, checked on 18 March 2020
    // WHEN its report is written as JSON
    Map<String, Object> report = json(check(ReportFixtures.kcspWithGaps(), REPORT_2020));
    // THEN version 2's fields come in their place, and no effective date: the record is checked as of its date
    assertThat(keys(report)).containsExactly("format", "recordFormat", "policy", "partnership", "asOf", "summary",
        "rules", "findings", "gaps");
    assertThat(report.get("format")).isEqualTo("kcsp-report/2");
    assertThat(report.get("recordFormat")).isEqualTo("kcsp-record/1");
    assertThat(report.get("policy")).isEqualTo("kcsp");
  }

  @Test
  void counts_the_rules_not_assessed_and_the_gaps() throws IOException {
    // GIVEN the same
    ComplianceReport report = check(ReportFixtures.kcspWithGaps(), REPORT_2020);
    // WHEN it is written
    Map<String, Object> summary = object(json(report).get("summary"));
    // THEN the summary counts the rules of each outcome, NOT_ASSESSED included, and the gaps
    assertThat(keys(summary)).containsExactly("errors", "warnings", "info", "waived", "passed", "failed", "waivedRules",
        "notAssessed", "notApplicable", "gaps");
    assertThat(summary.get("notAssessed")).isEqualTo(String.valueOf(report.ruleCount(Outcome.NOT_ASSESSED))).isEqualTo("2");
    assertThat(summary.get("gaps")).isEqualTo(String.valueOf(report.gaps().size())).isEqualTo("4");
  }

  @Test
  void gives_each_rule_its_reason_and_how_many_subjects_it_checked() throws IOException {
    // GIVEN the same
    ComplianceReport report = check(ReportFixtures.kcspWithGaps(), REPORT_2020);
    // WHEN it is written
    List<Object> rules = array(json(report).get("rules"));
    // THEN each rule has its reason and count, as the report holds them
    assertThat(rules).hasSize(report.rules().size());
    for (int i = 0; i < rules.size(); i++) {
      RuleResult result = report.rules().get(i);
      Map<String, Object> rule = object(rules.get(i));
      assertThat(keys(rule)).containsExactly("id", "severity", "outcome", "reason", "checked");
      assertThat(rule.get("reason")).isEqualTo(result.reason());
      assertThat(rule.get("checked")).isEqualTo(String.valueOf(result.checked()));
    }
    Map<String, Object> underspend = object(rules.get(report.rules().indexOf(report.result("GRANT_UNDERSPEND_RISK"))));
    assertThat(underspend.get("outcome")).isEqualTo("NOT_ASSESSED");
    assertThat(underspend.get("reason")).isEqualTo("2 gaps on grant CRG-2019-20; 1 grant checked");
    assertThat(underspend.get("checked")).isEqualTo("1");
  }

  @Test
  void lists_the_gaps_in_rule_subject_and_path_order() throws IOException {
    // GIVEN the same
    ComplianceReport report = check(ReportFixtures.kcspWithGaps(), REPORT_2020);
    // WHEN it is written
    List<Object> gaps = array(json(report).get("gaps"));
    // THEN each gap has its rule, subject, the path to record and its message, in the report's order
    assertThat(gaps).hasSize(4);
    Map<String, Object> first = object(gaps.get(0));
    assertThat(keys(first)).containsExactly("rule", "subject", "location", "missing", "message");
    assertThat(first.get("rule")).isEqualTo("GRANT_POT_OVERCOMMITTED");
    assertThat(first.get("subject")).isEqualTo(Map.of("kind", "GRANT", "id", "CRG-2019-20"));
    // a record built in code: the path of the project, where the amount goes, and no file or line
    assertThat(first.get("location")).isEqualTo(Map.of("path", "$.grants[0].projects[8]"));
    assertThat(first.get("missing")).isEqualTo("$.grants[0].projects[8].amount");
    assertThat(first.get("message")).isEqualTo("Record the amount of OSARA Problem Solving Training "
        + "(osara-training), a project of Crime Reduction Grant 2019/20.");
    List<String> written = new ArrayList<>();
    gaps.forEach(gap -> written.add(object(gap).get("rule") + " " + object(gap).get("missing")));
    assertThat(written).containsExactly(
        "GRANT_POT_OVERCOMMITTED $.grants[0].projects[8].amount",
        "GRANT_POT_OVERCOMMITTED $.grants[0].projects[9].amount",
        "GRANT_UNDERSPEND_RISK $.grants[0].projects[8].amount",
        "GRANT_UNDERSPEND_RISK $.grants[0].projects[9].amount");
    assertThat(report.gaps()).isSortedAccordingTo(Gap.ORDER);
  }

  @Test
  void writes_an_empty_list_of_gaps_and_each_findings_fingerprint_after_what_version_1_wrote() throws IOException {
    // GIVEN the compliant KCSP of 14 July 2022
    Map<String, Object> report = json(check(ReportFixtures.kcsp(), LocalDate.of(2022, 7, 14)));
    // THEN its gaps are an empty list
    assertThat(array(report.get("gaps"))).isEmpty();
    assertThat(object(report.get("summary")).get("gaps")).isEqualTo("0");
    // AND a year later its findings carry what version 1's did, then their fingerprints
    ComplianceReport later = check(ReportFixtures.kcsp(), ReportFixtures.YEAR_LATER);
    List<Object> findings = array(json(later).get("findings"));
    assertThat(keys(findings.get(0)))
        .containsExactly("rule", "severity", "subject", "location", "message", "evidence", "source", "waived", "fingerprint");
    for (int i = 0; i < findings.size(); i++) {
      assertThat(object(findings.get(i)).get("fingerprint")).isEqualTo(later.findings().get(i).fingerprint());
    }
    assertThat(findings).extracting(finding -> object(finding).get("fingerprint")).contains("TOR_REVIEW_OVERDUE/KCSP");
  }

  @Test
  void places_each_finding_at_its_subjects_line_and_column_in_the_file_read() throws IOException {
    // GIVEN a record read from a file whose grant's tactical pot is over its cap
    String json = """
        {
          "format": "kcsp-record/1",
          "asOf": "2020-03-18",
          "partnership": { "id": "KCSP", "name": "Kent Community Safety Partnership", "area": "Kent", "tier": "COUNTY" },
          "organisations": [
            { "id": "KENT-PCC", "name": "Kent Police and Crime Commissioner", "kind": "POLICE_AND_CRIME_COMMISSIONER" }
          ],
          "grants": [{
            "id": "CRG-2019-20", "programme": "Crime Reduction Grant", "funder": "KENT-PCC",
            "financialYear": "2019/20", "allocation": 39661, "upfront": 26441, "tacticalPot": 20000
          }]
        }
        """;
    ComplianceReport report = ComplianceEngine.standard().check(RecordReader.readJson(json, "records/kcsp.json"));

    // WHEN its report is written as JSON
    Map<String, Object> over = array(json(report).get("findings")).stream().map(JsonReportTest::object)
        .filter(finding -> finding.get("rule").equals("GRANT_TACTICAL_POT_OVER_CAP")).findFirst().orElseThrow();

    // THEN the finding names the file, the grant's path, and the line and column where the grant starts
    assertThat(keys(over.get("location"))).containsExactly("file", "path", "line", "column");
    assertThat(over.get("location")).isEqualTo(Map.of("file", "records/kcsp.json", "path", "$.grants[0]", "line", "8",
        "column", "14"));
  }

  @Test
  void writes_a_null_location_for_a_subject_the_record_does_not_hold() throws IOException {
    // GIVEN a finding of a custom rule on an id the record does not hold
    ComplianceReport report = check(ReportFixtures.kcsp(), ReportFixtures.YEAR_LATER);
    ComplianceReport elsewhere = ComplianceReport.builder().from(report)
        .findings(List.of(Finding.builder().from(report.findings().get(0)).location(Optional.empty()).build()))
        .build();
    // THEN its location is null
    assertThat(object(array(json(elsewhere).get("findings")).get(0))).containsEntry("location", null);
  }

  @Test
  void writes_the_effective_date_only_when_it_differs_from_the_date_asked() throws IOException {
    // GIVEN a report checked as of another date than asked (a partnership that had ceased), and one
    // whose effective date is its date
    ComplianceReport report = check(ReportFixtures.kcsp(), LocalDate.of(2022, 7, 14));
    ComplianceReport ceased = ComplianceReport.builder().from(report).effectiveDate(LocalDate.of(2020, 10, 31)).build();
    ComplianceReport same = ComplianceReport.builder().from(report).effectiveDate(report.asOf()).build();
    // WHEN they are written
    // THEN the effective date follows asOf in the first only
    assertThat(keys(json(ceased))).containsSequence("asOf", "effectiveDate", "summary");
    assertThat(json(ceased).get("effectiveDate")).isEqualTo("2020-10-31");
    assertThat(keys(json(same))).doesNotContain("effectiveDate");
  }

  @Test
  void writes_the_policy_and_record_format_the_report_holds() throws IOException {
    // GIVEN a report checked under another policy, of a version 2 record
    ComplianceReport report = ComplianceReport.builder().from(check(ReportFixtures.kcsp(), LocalDate.of(2022, 7, 14)))
        .policy("england").recordFormat("kcsp-record/2").build();
    // THEN the JSON says so
    assertThat(json(report).get("policy")).isEqualTo("england");
    assertThat(json(report).get("recordFormat")).isEqualTo("kcsp-record/2");
  }
}

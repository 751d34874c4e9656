package org.kcsp.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.rules.report.ReportFixtures.REPORT_2020;
import static org.kcsp.rules.report.ReportFixtures.YEAR_LATER;
import static org.kcsp.rules.report.ReportFixtures.check;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.RecordReader;
import org.kcsp.model.io.RecordWriter;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Finding;

/** Every finding of many records, a CSV row each (RFC 4180), for spreadsheets and dashboards. */
class FindingsCsvTest {

  @Test
  void writes_a_header_and_a_row_per_finding_with_crlf_line_ends() {
    // GIVEN the KCSP a year after its approvals, its overdue review waived, read from records/kcsp.json
    PartnershipRecord read = RecordReader.readJson(RecordWriter.toJson(ReportFixtures.kcspWithGrantAndWaiver()), "records/kcsp.json");
    ComplianceReport report = check(read, YEAR_LATER);
    // WHEN its findings are written as CSV
    String csv = FindingsCsv.render(List.of(report));
    // THEN a header, then a row per finding in the report's order, every line ended by CRLF
    assertThat(csv).startsWith("record,partnership,asOf,rule,severity,subjectKind,subject,message,waived,fingerprint\r\n").endsWith("\r\n");
    List<String> lines = List.of(csv.split("\r\n", -1));
    assertThat(lines).hasSize(report.findings().size() + 2);
    assertThat(csv.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    Finding waived = report.findings().stream().filter(f -> !f.isOpen()).findFirst().orElseThrow();
    assertThat(lines.get(1 + report.findings().indexOf(waived)))
        .startsWith("records/kcsp.json,KCSP,2023-07-15,TOR_REVIEW_OVERDUE,ERROR,PARTNERSHIP,KCSP,")
        .endsWith(",true," + waived.fingerprint());
    Finding open = report.findings().stream().filter(Finding::isOpen).findFirst().orElseThrow();
    assertThat(lines.get(1 + report.findings().indexOf(open))).endsWith(",false," + open.fingerprint());
  }

  @Test
  void quotes_a_field_with_a_comma_or_a_quote_and_doubles_its_quotes() {
    assertThat(FindingsCsv.field("plain words")).isEqualTo("plain words");
    assertThat(FindingsCsv.field("£13,220.33 of £39,661.00")).isEqualTo("\"£13,220.33 of £39,661.00\"");
    assertThat(FindingsCsv.field("the \"tactical\" pot")).isEqualTo("\"the \"\"tactical\"\" pot\"");
  }

  @Test
  void keeps_each_finding_on_one_line_and_never_writes_a_formula() {
    assertThat(FindingsCsv.field("one\ntwo\r\nthree")).isEqualTo("one\\ntwo\\r\\nthree");
    assertThat(FindingsCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(FindingsCsv.field("+44")).isEqualTo("'+44");
    assertThat(FindingsCsv.field("-1")).isEqualTo("'-1");
    assertThat(FindingsCsv.field("@sum")).isEqualTo("'@sum");
    assertThat(FindingsCsv.field("a-b")).isEqualTo("a-b");
  }

  @Test
  void leaves_the_record_empty_for_a_record_built_in_code_and_writes_a_report_at_a_time() {
    ComplianceReport first = check(ReportFixtures.kcsp(), YEAR_LATER);
    ComplianceReport second = check(ReportFixtures.kcspWithGaps(), REPORT_2020);
    StringWriter out = new StringWriter();
    FindingsCsv.Table table = FindingsCsv.table(out);
    table.add(first);
    table.add(second);
    assertThat(out).hasToString(FindingsCsv.render(List.of(first, second)));
    assertThat(out.toString().split("\r\n")[1]).startsWith(",KCSP,2023-07-15,");
  }
}

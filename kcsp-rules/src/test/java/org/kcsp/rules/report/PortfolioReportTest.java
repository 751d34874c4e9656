package org.kcsp.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.rules.report.ReportFixtures.REPORT_2020;
import static org.kcsp.rules.report.ReportFixtures.YEAR_LATER;
import static org.kcsp.rules.report.ReportFixtures.check;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.Document;
import org.kcsp.model.io.RecordReader;
import org.kcsp.model.io.RecordWriter;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Outcome;
import org.kcsp.rules.Portfolio;
import org.kcsp.rules.PortfolioRow;
import org.kcsp.rules.Severity;
import org.xml.sax.InputSource;

/** The portfolio as text, JSON and HTML: a row per record, a column per rule, the outcome in each cell. */
class PortfolioReportTest {

  /** The KCSP on three dates, the first read from a file, and a hostile name among them. */
  private static Portfolio portfolio() {
    PartnershipRecord read = RecordReader.readJson(RecordWriter.toJson(ReportFixtures.kcspWithGrantAndWaiver()), "records/kcsp.json");
    return Portfolio.of(List.of(
        check(read, YEAR_LATER),
        check(ReportFixtures.kcspWithGaps(), REPORT_2020),
        check(ReportFixtures.hostileNamed(), LocalDate.of(2022, 7, 14))));
  }

  @Test
  void draws_a_line_per_record_and_a_mark_per_rule_within_80_columns() {
    // GIVEN three records
    Portfolio portfolio = portfolio();
    // WHEN the portfolio is written as text
    String text = PortfolioReport.text(portfolio);
    // THEN no line is wider than a terminal, and each record's line holds a mark per rule, in the rules' order
    assertThat(text.lines()).allSatisfy(line -> assertThat(Wrap.length(line)).isLessThanOrEqualTo(80));
    assertThat(text).startsWith("Portfolio: 3 records of 1 partnership, as of 18 March 2020 to 15 July 2023\n");
    for (int i = 0; i < 3; i++) {
      PortfolioRow row = portfolio.rows().get(i);
      StringBuilder marks = new StringBuilder();
      portfolio.rules().forEach(rule -> marks.append(row.outcome(rule).map(PortfolioReport::mark).orElse(' ')));
      Matcher line = Pattern.compile("(?m)^ *" + (i + 1) + "  KCSP +" + row.asOf() + " +(\\d+) +(\\d+) +(\\d+)  (.*)$")
          .matcher(text);
      assertThat(line.find()).as("the line of record " + (i + 1)).isTrue();
      assertThat(line.group(1)).isEqualTo(String.valueOf(row.openCount(Severity.ERROR)));
      assertThat(line.group(4)).isEqualTo(marks.toString().stripTrailing());
    }
    // AND the rules are numbered over their columns, and counted by outcome below
    assertThat(text).contains(" err wrn inf  1234567890123456789012345678901234567")
        .contains("                                        1111111111222222222233333333");
    assertThat(text).containsPattern("(?m)^ *\\d+  TOR_REVIEW_OVERDUE +" + portfolio.count("TOR_REVIEW_OVERDUE", Outcome.FAIL) + " ");
  }

  @Test
  void marks_each_outcome_apart() {
    assertThat(List.of(Outcome.values())).extracting(PortfolioReport::mark).doesNotHaveDuplicates().containsExactlyInAnyOrder(
        'F', 'W', '?', '.', '-');
    assertThat(List.of(Outcome.values())).extracting(PortfolioReport::htmlMark).doesNotHaveDuplicates();
  }

  @Test
  void names_each_records_file_and_escapes_what_could_act_on_a_terminal() {
    String text = PortfolioReport.text(portfolio());
    assertThat(text).contains("1  records/kcsp.json: Kent Community Safety Partnership (KCSP) as of 15 July\n   2023;")
        .contains("Kent\\u001B[2J Community\\u202E Safety Partnership").doesNotContain("\u001b").doesNotContain("\u202e");
  }

  @Test
  void writes_json_of_the_counts_each_rule_and_each_record() {
    // GIVEN three records
    Portfolio portfolio = portfolio();
    // WHEN the portfolio is written as JSON
    Document.Value json = Document.parse(PortfolioReport.json(portfolio), RecordReader.Syntax.JSON, "portfolio.json", "JSON")
        .root();
    // THEN it has its format, the counts over every record, a count of outcomes per rule and every record's cells
    assertThat(json.keys()).containsExactly("format", "summary", "rules", "records");
    assertThat(json.get("format").text()).isEqualTo("kcsp-portfolio/1");
    assertThat(json.get("summary").get("records").text()).isEqualTo("3");
    assertThat(json.get("summary").get("errors").text()).isEqualTo(String.valueOf(portfolio.openCount(Severity.ERROR)));
    Document.Value overdue = json.get("rules").items().stream().filter(rule -> rule.get("id").text().equals("TOR_REVIEW_OVERDUE"))
        .findFirst().orElseThrow();
    assertThat(overdue.keys()).containsExactly("id", "passed", "failed", "waived", "notAssessed", "notApplicable");
    assertThat(overdue.get("failed").text()).isEqualTo(String.valueOf(portfolio.count("TOR_REVIEW_OVERDUE", Outcome.FAIL)));
    List<Document.Value> records = json.get("records").items();
    assertThat(records).hasSize(3);
    assertThat(records.get(0).get("record").text()).isEqualTo("records/kcsp.json");
    assertThat(records.get(1).get("record").kind()).isEqualTo(Document.Value.Kind.NULL);
    assertThat(records.get(0).keys()).containsExactly("record", "partnership", "asOf", "policy", "recordFormat", "summary",
        "outcomes");
    assertThat(records.get(0).get("outcomes").get("TOR_REVIEW_OVERDUE").text())
        .isEqualTo(portfolio.rows().get(0).outcome("TOR_REVIEW_OVERDUE").orElseThrow().name());
    assertThat(records.get(0).get("summary").get("gaps").text()).isEqualTo(String.valueOf(portfolio.rows().get(0).gapCount()));
  }

  @Test
  void draws_an_html_matrix_for_the_eye_and_a_table_of_records_in_words_for_screen_readers() throws Exception {
    // GIVEN three records
    Portfolio portfolio = portfolio();
    // WHEN the portfolio is written as HTML
    String html = PortfolioReport.html(portfolio);
    // THEN it is one well-formed page that needs nothing else: no script, and no address to fetch anything from
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    factory.newDocumentBuilder().parse(new InputSource(new StringReader(html.replace("<!DOCTYPE html>", ""))));
    assertThat(html).doesNotContain("<script").doesNotContain("http:").doesNotContain("https:").doesNotContain("url(")
        .doesNotContain("<link").doesNotContain("<img");
    // AND the matrix has a row per record and a cell per rule, coloured by outcome and marked
    String matrix = html.substring(html.indexOf("<table class=\"matrix\" aria-hidden=\"true\">"), html.indexOf("</table>",
        html.indexOf("<table class=\"matrix\"")));
    assertThat(count(matrix, "<tr><th class=\"record\">KCSP")).isEqualTo(3);
    assertThat(count(matrix, "<td class=\"o-fail\">F</td>")).isEqualTo(portfolio.rules().stream()
        .mapToInt(rule -> portfolio.count(rule, Outcome.FAIL)).sum());
    assertThat(count(matrix, "<th class=\"rule\"")).isEqualTo(portfolio.rules().size());
    // AND the table of records says each record's failing rules in words, with header cells for each row
    // AND the tables of counts and of records scroll sideways in frames of their own on a narrow screen, never the page
    assertThat(html).contains("<div class=\"wide\" role=\"region\" tabindex=\"0\" aria-labelledby=\"rules\">\n"
        + "<table class=\"rule-counts\">").contains("<div class=\"wide\" role=\"region\" tabindex=\"0\" "
        + "aria-labelledby=\"records\">\n<table class=\"records\">");
    String records = html.substring(html.indexOf("<table class=\"records\">"));
    assertThat(count(records, "<tr><th scope=\"row\">")).isEqualTo(3);
    assertThat(records).contains("<p><strong>Failed:</strong> ").contains("<code>TOR_<wbr />REVIEW_<wbr />OVERDUE</code>");
    // AND the record's hostile name is escaped text
    assertThat(html).doesNotContain("\u001b");
    assertThat(PortfolioReport.html(portfolio)).isEqualTo(html);
  }

  @Test
  void writes_an_empty_portfolio_in_every_format() {
    Portfolio empty = Portfolio.of(List.of());
    assertThat(PortfolioReport.text(empty)).contains("No record was checked.");
    assertThat(PortfolioReport.json(empty)).contains("\"records\": 0");
    assertThat(PortfolioReport.html(empty)).contains("<table class=\"records\">");
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  @Test
  void gives_the_same_bytes_for_the_same_portfolio() {
    List<ComplianceReport> reports = new ArrayList<>();
    reports.add(check(ReportFixtures.kcsp(), YEAR_LATER));
    reports.add(check(ReportFixtures.kcspWithGaps(), REPORT_2020));
    assertThat(PortfolioReport.text(Portfolio.of(reports))).isEqualTo(PortfolioReport.text(Portfolio.of(List.copyOf(reports))));
    assertThat(PortfolioReport.json(Portfolio.of(reports))).isEqualTo(PortfolioReport.json(Portfolio.of(List.copyOf(reports))));
  }
}

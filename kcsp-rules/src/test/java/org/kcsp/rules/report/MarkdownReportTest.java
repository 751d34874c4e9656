package org.kcsp.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.rules.report.ReportFixtures.YEAR_LATER;
import static org.kcsp.rules.report.ReportFixtures.check;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Kcsp2022Records;
import org.kcsp.rules.Outcome;
import org.kcsp.rules.RuleResult;
import org.kcsp.rules.Severity;

/** The Markdown report: a paper for a partnership meeting, with tables that stay tables. */
class MarkdownReportTest {

  /** The tables of a Markdown text: runs of lines starting with {@code |}. */
  private static List<List<String>> tables(String markdown) {
    List<List<String>> tables = new ArrayList<>();
    List<String> current = null;
    for (String line : markdown.lines().toList()) {
      if (line.startsWith("|")) {
        if (current == null) {
          current = new ArrayList<>();
          tables.add(current);
        }
        current.add(line);
      } else {
        current = null;
      }
    }
    return tables;
  }

  /** The cells of a row, split on pipes that no backslash escapes. */
  private static List<String> cells(String row) {
    assertThat(row).startsWith("|").endsWith("|");
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 1; i < row.length(); i++) {
      char c = row.charAt(i);
      if (c == '\\' && i + 1 < row.length()) {
        cell.append(c).append(row.charAt(++i));
      } else if (c == '|') {
        cells.add(cell.toString().trim());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    return cells;
  }

  private static void assertWellFormed(String markdown) {
    List<List<String>> tables = tables(markdown);
    assertThat(tables).isNotEmpty();
    for (List<String> table : tables) {
      int columns = cells(table.get(0)).size();
      assertThat(table).hasSizeGreaterThanOrEqualTo(2);
      assertThat(cells(table.get(1))).as("delimiter row of %s", table.get(0)).hasSize(columns)
          .allSatisfy(cell -> assertThat(cell).matches(":?-{3,}:?"));
      assertThat(table).allSatisfy(row -> assertThat(cells(row)).as(row).hasSize(columns));
    }
  }

  @Test
  void writes_well_formed_tables_for_a_report_with_findings() {
    ComplianceReport report = check(ReportFixtures.kcspWithGrantAndWaiver(), YEAR_LATER);
    String markdown = MarkdownReport.render(report);
    assertWellFormed(markdown);
    // the summary, the rules, and a table for each severity that has findings
    long severities = report.findings().stream().map(f -> f.severity()).distinct().count();
    assertThat(severities).isGreaterThanOrEqualTo(2);
    assertThat(tables(markdown)).hasSize(2 + (int) severities);
  }

  @Test
  void groups_the_gaps_by_what_to_record_in_a_table_after_the_findings() {
    // GIVEN the 2019/20 grant with two chair-approved projects without amounts, on 18 March 2020
    String markdown = MarkdownReport.render(check(ReportFixtures.kcspWithGaps(), ReportFixtures.REPORT_2020));
    assertWellFormed(markdown);
    // THEN a table of what to record, where, and the rules that need it, between findings and rules
    String gaps = markdown.substring(markdown.indexOf("## Gaps\n"), markdown.indexOf("## Rules\n"));
    assertThat(gaps).isEqualTo("""
        ## Gaps

        What the record does not say, and the rules that cannot decide without it: 2 things to record, for 2 rules.

        | What to record | Where | Needed by |
        | --- | --- | --- |
        | Record the amount of OSARA Problem Solving Training (osara-training), a project of Crime Reduction Grant 2019/20. | `$.grants[0].projects[8].amount` | `GRANT_POT_OVERCOMMITTED` on Grant `CRG-2019-20`<br>`GRANT_UNDERSPEND_RISK` on Grant `CRG-2019-20` |
        | Record the amount of Kent Community Vulnerability Guidance Webapp (vulnerability-webapp), a project of Crime Reduction Grant 2019/20. | `$.grants[0].projects[9].amount` | `GRANT_POT_OVERCOMMITTED` on Grant `CRG-2019-20`<br>`GRANT_UNDERSPEND_RISK` on Grant `CRG-2019-20` |

        """);
    assertThat(markdown).contains("| Things to record | 2 |").contains("| Rules not assessed | 2 |");
  }

  @Test
  void says_there_is_nothing_to_record_and_gives_each_rule_its_reason() {
    String markdown = MarkdownReport.render(check(ReportFixtures.kcsp(), Kcsp2022Records.MINUTES));
    assertThat(markdown).contains("## Gaps\n\nNothing to record: every rule decided every subject it checked.\n")
        .contains("| Rule | Severity | Outcome | Reason |")
        .contains("| `TOR_MISSING` | ERROR | Passed | 3 bodies checked |")
        .contains("| `WAIVER_UNUSED` | INFO | Not applicable | the record holds no waivers |");
  }

  @Test
  void escapes_pipes_in_cells() {
    ComplianceReport report = ReportFixtures.handMade();
    String markdown = MarkdownReport.render(report);
    assertWellFormed(markdown);
    assertThat(markdown).contains("PCC Crime Reduction Grant conditions \\| KCSP Working Group report");
    assertThat(markdown).contains("Refunded \\| the money returns to the pot");
    assertThat(markdown).doesNotContain("conditions | KCSP");
  }

  @Test
  void escapes_markup_in_text_from_the_record() {
    String markdown = MarkdownReport.render(check(ReportFixtures.awkwardlyNamed(), YEAR_LATER));
    assertWellFormed(markdown);
    assertThat(markdown).contains("Kent &amp; Medway &lt;Pilot&gt; \"CSP\" \\| O'Neill's \\*group\\*");
    assertThat(markdown).doesNotContain("<Pilot>");
  }

  @Test
  void writes_terminal_escapes_and_direction_overrides_from_the_record_as_escapes() {
    // GIVEN a partnership whose name holds a sequence that clears a terminal and a right-to-left override
    ComplianceReport report = check(ReportFixtures.hostileNamed(), YEAR_LATER);

    // WHEN an application renders it as Markdown
    String markdown = MarkdownReport.render(report);

    // THEN the title and each finding naming the partnership show both as escapes, and neither is left raw
    assertThat(markdown).startsWith("# Compliance report: Kent\\u001B\\[2J Community\\u202E Safety Partnership (KCSP)\n")
        .contains("Kent\\u001B\\[2J Community\\u202E Safety Partnership's terms of reference")
        .doesNotContain("\u001b", "\u202E");
    assertWellFormed(markdown);
  }

  @Test
  void starts_with_the_partnership_and_the_date_and_summarises_the_counts() {
    ComplianceReport report = check(ReportFixtures.kcsp(), YEAR_LATER);
    String markdown = MarkdownReport.render(report);
    assertThat(markdown).startsWith("# Compliance report: Kent Community Safety Partnership (KCSP)\n\n"
        + "Checked as of 15 July 2023.\n");
    assertThat(markdown).contains("| Open errors | " + report.openCount(Severity.ERROR) + " |",
        "| Open warnings | " + report.openCount(Severity.WARNING) + " |", "| Waived findings | 0 |");
    assertThat(report.openCount(Severity.ERROR)).isPositive();
    assertThat(markdown).contains("| Rules failed | " + report.ruleCount(Outcome.FAIL) + " |");
  }

  @Test
  void has_a_findings_table_per_severity_errors_first() {
    String markdown = MarkdownReport.render(ReportFixtures.handMade());
    int errors = markdown.indexOf("### Errors (2, 1 waived)");
    int warnings = markdown.indexOf("### Warnings (1)");
    int info = markdown.indexOf("### Info (1)");
    assertThat(errors).isPositive().isLessThan(warnings);
    assertThat(warnings).isLessThan(info);
    assertThat(markdown).contains("| Subject | Rule | Finding | Evidence |");
    assertThat(markdown.substring(errors, warnings)).contains("`GRANT_TACTICAL_POT_OVER_CAP`");
  }

  @Test
  void shows_money_and_dates_as_people_write_them() {
    String markdown = MarkdownReport.render(ReportFixtures.handMade());
    assertThat(markdown).contains("tactical pot: £13,500.00<br>cap: £13,220.33<br>allocation: £39,661.00");
    assertThat(markdown).contains("awarded on: 15 January 2020");
    String overdue = MarkdownReport.render(check(ReportFixtures.kcsp(), YEAR_LATER));
    assertThat(overdue).contains("last approved: 14 July 2022<br>due date: 14 July 2023");
  }

  @Test
  void marks_waived_findings_with_the_waiver() {
    String markdown = MarkdownReport.render(check(ReportFixtures.kcspWithGrantAndWaiver(), YEAR_LATER));
    assertThat(markdown).contains("**WAIVED** Kent Community Safety Partnership's terms of reference");
    assertThat(markdown).contains("*Waived until 30 November 2023 by KCSP: " + ReportFixtures.WAIVER_REASON + "*");
  }

  @Test
  void lists_every_rule_with_its_outcome() {
    ComplianceReport report = check(ReportFixtures.kcsp(), YEAR_LATER);
    String markdown = MarkdownReport.render(report);
    String rules = markdown.substring(markdown.indexOf("## Rules"));
    for (RuleResult rule : report.rules()) {
      assertThat(rules).contains("| `" + rule.rule() + "` | " + rule.severity() + " | "
          + Words.outcome(rule.outcome()) + " |");
    }
  }

  @Test
  void says_there_are_no_findings_on_a_clean_day() {
    String markdown = MarkdownReport.render(check(ReportFixtures.kcsp(), Kcsp2022Records.MINUTES));
    assertThat(markdown).contains("### Errors (0)\n\nNo ERROR findings.\n");
    assertWellFormed(markdown);
  }

  @Test
  void gives_the_same_text_for_the_same_report() {
    assertThat(MarkdownReport.render(check(ReportFixtures.kcspWithGrantAndWaiver(), YEAR_LATER)))
        .isEqualTo(MarkdownReport.render(check(ReportFixtures.kcspWithGrantAndWaiver(), YEAR_LATER)))
        .endsWith("\n");
  }
}

package org.kcsp.rules.report;

import java.util.ArrayList;
import java.util.List;
import org.kcsp.model.Printable;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Evidence;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Gap;
import org.kcsp.rules.Outcome;
import org.kcsp.rules.RuleResult;
import org.kcsp.rules.Severity;

/**
 * Writes a report as a paper for a partnership meeting, in GitHub-flavoured Markdown: a title
 * with the partnership and the date, a summary table of the counts, a findings table for each
 * severity (Subject | Rule | Finding | Evidence; a waived finding says so, with the waiver's
 * reason, approver and end date), a table of the evidence gaps grouped by what to record (What to
 * record | Where | Needed by), and a table of every rule with its outcome and reason. Money is written as
 * {@code £13,220.33} and dates as {@code 14 July 2022}. Text from the record is escaped, so a
 * {@code |} or a {@code *} in a name cannot break a table or start emphasis, and a character that
 * could act on a terminal or hide, reorder or break the text around it is written as an escape
 * ({@link Printable#text}), so the Markdown is as safe to print as to publish. The same report
 * always gives the same text.
 *
 * <pre>{@code
 * ComplianceReport report = ComplianceEngine.standard().check(record, LocalDate.of(2023, 7, 15));
 * Files.writeString(Path.of("kcsp-compliance.md"), MarkdownReport.render(report));
 * }</pre>
 */
public final class MarkdownReport {

  private MarkdownReport() {}

  /** The report as Markdown, ending with a newline. */
  public static String render(ComplianceReport report) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(text(Words.title(report))).append("\n\n");
    md.append("Checked as of ").append(Words.date(report.asOf()));
    report.effectiveDate().filter(day -> !day.equals(report.asOf()))
        .ifPresent(day -> md.append(", checked as on its last day, ").append(Words.date(day)));
    md.append(".\n\n");
    summary(report, md);
    md.append("## Findings\n");
    for (Severity severity : Severity.values()) {
      md.append('\n');
      findings(report, severity, md);
    }
    md.append("\n## Gaps\n\n");
    gaps(report, md);
    md.append("\n## Rules\n\n");
    rules(report, md);
    return Printable.text(md.toString());
  }

  private static void summary(ComplianceReport report, StringBuilder md) {
    md.append("## Summary\n\n");
    List<List<String>> rows = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      rows.add(List.of("Open " + Words.plural(severity).toLowerCase(java.util.Locale.ROOT),
          String.valueOf(report.openCount(severity))));
    }
    rows.add(List.of("Waived findings", String.valueOf(report.waivedCount())));
    rows.add(List.of("Things to record", String.valueOf(GapGroup.of(report).size())));
    for (Outcome outcome : Outcome.values()) {
      rows.add(List.of("Rules " + Words.outcome(outcome).toLowerCase(java.util.Locale.ROOT),
          String.valueOf(report.ruleCount(outcome))));
    }
    table(List.of("Count of", "Number"), List.of("---", "---:"), rows, md);
    md.append('\n');
  }

  private static void findings(ComplianceReport report, Severity severity, StringBuilder md) {
    List<Finding> findings = report.findings().stream().filter(f -> f.severity() == severity).toList();
    long waived = findings.stream().filter(f -> !f.isOpen()).count();
    md.append("### ").append(Words.plural(severity)).append(" (").append(findings.size())
        .append(waived > 0 ? ", " + waived + " waived" : "").append(")\n\n");
    if (findings.isEmpty()) {
      md.append("No ").append(severity.name()).append(" findings.\n");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (Finding finding : findings) {
      rows.add(List.of(
          text(Words.kind(finding.subject().kind())) + " " + code(finding.subject().id()),
          code(finding.rule()),
          findingCell(finding),
          evidenceCell(finding.evidence())));
    }
    table(List.of("Subject", "Rule", "Finding", "Evidence"), List.of("---", "---", "---", "---"), rows, md);
  }

  private static String findingCell(Finding finding) {
    StringBuilder cell = new StringBuilder();
    if (!finding.isOpen()) {
      cell.append("**WAIVED** ");
    }
    cell.append(text(finding.message()));
    cell.append("<br>*Source:* ").append(text(finding.source()));
    finding.waived().ifPresent(waived -> cell.append("<br>*").append(text(Words.waived(waived))).append('*'));
    return cell.toString();
  }

  private static String evidenceCell(Evidence evidence) {
    List<String> lines = new ArrayList<>();
    evidence.typed().forEach((key, value) -> lines.add(text(Words.key(key)) + ": " + text(Words.evidence(value))));
    return String.join("<br>", lines);
  }

  private static void gaps(ComplianceReport report, StringBuilder md) {
    List<GapGroup> groups = GapGroup.of(report);
    if (groups.isEmpty()) {
      md.append("Nothing to record: every rule decided every subject it checked.\n");
      return;
    }
    md.append(text("What the record does not say, and the rules that cannot decide without it: "
        + Words.gapCounts(report) + ".")).append("\n\n");
    List<List<String>> rows = new ArrayList<>();
    for (GapGroup group : groups) {
      List<String> needed = new ArrayList<>();
      for (Gap gap : group.gaps()) {
        String line = code(gap.rule()) + " on " + text(Words.kind(gap.subject().kind())) + " " + code(gap.subject().id());
        needed.add(gap.message().equals(group.message()) ? line : line + ": " + text(gap.message()));
      }
      rows.add(List.of(text(group.message()), code(group.missing()), String.join("<br>", needed)));
    }
    table(List.of("What to record", "Where", "Needed by"), List.of("---", "---", "---"), rows, md);
  }

  private static void rules(ComplianceReport report, StringBuilder md) {
    List<List<String>> rows = new ArrayList<>();
    for (RuleResult rule : report.rules()) {
      rows.add(List.of(code(rule.rule()), rule.severity().name(), Words.outcome(rule.outcome()), text(rule.reason())));
    }
    if (rows.isEmpty()) {
      md.append("No rules were evaluated.\n");
      return;
    }
    table(List.of("Rule", "Severity", "Outcome", "Reason"), List.of("---", "---", "---", "---"), rows, md);
  }

  /** A table; every cell is already escaped, so the row has exactly as many cells as the header. */
  private static void table(List<String> header, List<String> align, List<List<String>> rows, StringBuilder md) {
    row(header, md);
    row(align, md);
    rows.forEach(row -> row(row, md));
  }

  private static void row(List<String> cells, StringBuilder md) {
    md.append('|');
    for (String cell : cells) {
      md.append(' ').append(cell.isEmpty() ? " " : cell).append(" |");
    }
    md.append('\n');
  }

  /**
   * Text as Markdown that shows it as written: Markdown's punctuation is backslash-escaped,
   * {@code <} and {@code &} become entities (no raw HTML gets through), line breaks become spaces
   * (a table row is one line), and {@code |} is escaped so it cannot end a cell.
   */
  static String text(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\r', '\n', '\t' -> out.append(' ');
        case '\\', '`', '*', '_', '[', ']', '|', '#', '~', '!' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * An id as inline code. Inside code nothing is Markdown except a {@code |} in a table, which
   * GitHub-flavoured Markdown lets {@code \|} escape; an id holding a backtick or a line break is
   * written as escaped text instead.
   */
  static String code(String id) {
    if (id.isEmpty() || id.indexOf('`') >= 0 || id.indexOf('\n') >= 0 || id.indexOf('\r') >= 0) {
      return text(id);
    }
    return "`" + id.replace("|", "\\|") + "`";
  }
}

package org.kcsp.rules.report;

import java.util.List;
import java.util.Map;
import org.kcsp.model.Location;
import org.kcsp.model.Printable;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Evidence;
import org.kcsp.rules.EvidenceValue;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Gap;
import org.kcsp.rules.Outcome;
import org.kcsp.rules.RuleResult;
import org.kcsp.rules.Severity;

/**
 * Writes a report for an 80-column terminal: a header with the partnership, the date and the
 * counts; the findings grouped by severity (ERROR, then WARNING, then INFO), each with its subject,
 * rule, message, evidence (money as {@code £13,220.33}, dates as {@code 14 July 2022}), source
 * and, when waived, the waiver; then the evidence gaps, grouped by what to record, each with the
 * place in the record and the rules that need it; then every rule by outcome, with its reason. No line
 * is longer than 80 columns: long lines wrap with a hanging indent, and a word is cut only when it
 * is longer than a line. Plain text, no colours, ending with a newline; the same report always
 * gives the same text. A character of the record that could act on a terminal or hide, reorder or
 * break the text around it is written as an escape ({@link Printable#text}), so the report is
 * safe to print whatever the record holds: a name holding <code>&#92;u001B[2J</code> shows those
 * as text instead of clearing the screen.
 *
 * <pre>{@code
 * ComplianceReport report = ComplianceEngine.standard().check(record, LocalDate.of(2023, 7, 15));
 * System.out.print(TextReport.render(report));
 * }</pre>
 *
 * <p>A finding reads:
 *
 * <pre>
 * 1. TOR_REVIEW_OVERDUE on Partnership KCSP
 *    Kent Community Safety Partnership's terms of reference were last approved on
 *    14 July 2022; their review was due on 14 July 2023, 1 day ago.
 *    Evidence: last approved  14 July 2022
 *              due date       14 July 2023
 *              days overdue   1
 *    Source:   KCSP minutes 14 July 2022, ToR review, resolution (c): reviewed
 *              annually
 *    At:       kcsp.json:3:3 ($.partnership)
 * </pre>
 *
 * <p>{@code At} is where the finding's subject is in the record: the file, line and column of a
 * record read from a file, with its JSON path; the path alone for a record built in code.
 *
 * <p>And a gap, {@code At} the object in the file where what is missing goes (for a record read
 * from a file):
 *
 * <pre>
 * 1. Record the amount of Modern Slavery: Train the Trainer
 *    (modern-slavery-train-the-trainer), a project of Crime Reduction Grant 2019/20.
 *    Path:     $.grants[0].projects[8].amount
 *    At:       kcsp.json:131:9
 *    Rules:    GRANT_POT_OVERCOMMITTED on Grant CRG-2019-20
 *              GRANT_UNDERSPEND_RISK on Grant CRG-2019-20
 * </pre>
 */
public final class TextReport {

  /** The widest line written. */
  public static final int WIDTH = 80;

  /** The widest evidence key column before keys stop lining up. */
  private static final int KEY_COLUMN = 24;

  private static final String LABEL_EVIDENCE = "Evidence: ";
  private static final String LABEL_SOURCE = "Source:   ";
  private static final String LABEL_WAIVED = "Waived:   ";
  private static final String LABEL_AT = "At:       ";
  private static final String LABEL_PATH = "Path:     ";
  private static final String LABEL_RULES = "Rules:    ";

  /** The outcomes in the order the rules section lists them: what needs acting on first. */
  private static final Outcome[] LISTED =
      {Outcome.FAIL, Outcome.WAIVED, Outcome.NOT_ASSESSED, Outcome.PASS, Outcome.NOT_APPLICABLE};

  private TextReport() {}

  /** The report as text of at most 80 columns a line, ending with a newline. */
  public static String render(ComplianceReport report) {
    Out out = new Out();
    header(report, out);
    for (Severity severity : Severity.values()) {
      out.blank();
      severity(report, severity, out);
    }
    out.blank();
    gaps(report, out);
    out.blank();
    rules(report, out);
    return out.toString();
  }

  private static void header(ComplianceReport report, Out out) {
    String title = Printable.text(Words.title(report));
    out.wrap(title, "", "  ");
    String asOf = Words.asOf(report);
    out.line(asOf);
    out.line("=".repeat(Math.min(WIDTH, Math.max(Wrap.length(asOf), Wrap.length(title)))));
    out.blank();
    out.wrap(Words.findingCounts(report), "Findings  ", "          ");
    out.wrap(Words.gapCounts(report), "Gaps      ", "          ");
    out.wrap(Words.ruleCounts(report), "Rules     ", "          ");
  }

  private static void severity(ComplianceReport report, Severity severity, Out out) {
    List<Finding> findings = report.findings().stream().filter(f -> f.severity() == severity).toList();
    long waived = findings.stream().filter(f -> !f.isOpen()).count();
    String heading = severity.name() + ": " + Words.count(findings.size(), "finding", "findings")
        + (waived > 0 ? ", " + waived + " of them waived" : "");
    out.heading(heading, '-');
    if (findings.isEmpty()) {
      out.line("None.");
      return;
    }
    int numberWidth = String.valueOf(findings.size()).length() + 2;
    for (int i = 0; i < findings.size(); i++) {
      if (i > 0) {
        out.blank();
      }
      finding(findings.get(i), i + 1, numberWidth, out);
    }
  }

  private static void finding(Finding finding, int number, int numberWidth, Out out) {
    String indent = " ".repeat(numberWidth);
    String label = String.format("%" + (numberWidth - 1) + "s ", number + ".");
    String title = (finding.isOpen() ? "" : "[WAIVED] ") + finding.rule() + " on "
        + Words.kind(finding.subject().kind()) + " " + finding.subject().id();
    out.wrap(title, label, indent);
    findingBody(finding, indent, out);
  }

  /**
   * A finding below its title line, at {@code indent}: its message, evidence, source and, when
   * waived, the waiver. What the forecast and the diff write of a finding too.
   */
  static void findingBody(Finding finding, String indent, Out out) {
    out.wrap(finding.message(), indent, indent);
    evidence(finding.evidence(), indent, out);
    String labelled = indent + " ".repeat(LABEL_SOURCE.length());
    out.wrap(finding.source(), indent + LABEL_SOURCE, labelled);
    finding.waived().ifPresent(waived -> out.wrap(
        "until " + Words.date(waived.until()) + " by " + waived.approvedBy() + ": " + waived.reason(),
        indent + LABEL_WAIVED, labelled));
    finding.location().ifPresent(at -> out.wrap(at.hasPosition() ? at + " (" + at.path() + ")" : at.toString(),
        indent + LABEL_AT, labelled));
  }

  private static void evidence(Evidence evidence, String indent, Out out) {
    if (evidence.isEmpty()) {
      return;
    }
    int keys = evidence.keySet().stream().mapToInt(key -> Wrap.length(Printable.line(Words.key(key)))).max().orElse(0);
    int column = Math.min(keys, KEY_COLUMN) + 2;
    String blank = indent + " ".repeat(LABEL_EVIDENCE.length());
    boolean first = true;
    for (Map.Entry<String, EvidenceValue> entry : evidence.typed().entrySet()) {
      String key = Printable.line(Words.key(entry.getKey()));
      String keyPart = Wrap.length(key) + 2 > column ? key + "  " : Wrap.pad(key, column);
      String lead = (first ? indent + LABEL_EVIDENCE : blank) + keyPart;
      out.wrap(Words.evidence(entry.getValue()), lead, blank + " ".repeat(column));
      first = false;
    }
  }

  private static void gaps(ComplianceReport report, Out out) {
    List<GapGroup> groups = GapGroup.of(report);
    out.heading("GAPS: " + Words.count(groups.size(), "thing", "things") + " to record", '-');
    if (groups.isEmpty()) {
      out.line("None.");
      return;
    }
    int numberWidth = String.valueOf(groups.size()).length() + 2;
    String indent = " ".repeat(numberWidth);
    String labelled = indent + " ".repeat(LABEL_RULES.length());
    for (int i = 0; i < groups.size(); i++) {
      if (i > 0) {
        out.blank();
      }
      GapGroup group = groups.get(i);
      out.wrap(group.message(), String.format("%" + (numberWidth - 1) + "s ", (i + 1) + "."), indent);
      out.wrap(group.missing(), indent + LABEL_PATH, labelled);
      group.gaps().get(0).location().filter(Location::hasPosition)
          .ifPresent(at -> out.wrap(at.toString(), indent + LABEL_AT, labelled));
      boolean first = true;
      for (Gap gap : group.gaps()) {
        out.wrap(gap.rule() + " on " + Words.subject(gap.subject()), first ? indent + LABEL_RULES : labelled, labelled);
        if (!gap.message().equals(group.message())) {
          // a rule that says more than what to record, such as why a waiver cannot be judged yet
          out.wrap(gap.message(), labelled + "  ", labelled + "  ");
        }
        first = false;
      }
    }
  }

  private static void rules(ComplianceReport report, Out out) {
    out.heading("RULES", '-');
    for (int i = 0; i < LISTED.length; i++) {
      Outcome outcome = LISTED[i];
      List<RuleResult> results = report.rules().stream().filter(rule -> rule.outcome() == outcome).toList();
      if (i > 0) {
        out.blank();
      }
      out.line(Words.outcome(outcome) + " (" + results.size() + ")");
      if (results.isEmpty()) {
        out.line("  None.");
      }
      for (RuleResult result : results) {
        out.wrap(result.rule() + ": " + result.reason(), "  ", "    ");
      }
    }
  }

  /** Lines with LF ends, every one printable: what it is given is escaped before it is laid out. */
  static final class Out {
    private final StringBuilder text = new StringBuilder();

    void line(String line) {
      text.append(Printable.line(line)).append('\n');
    }

    void blank() {
      text.append('\n');
    }

    void wrap(String words, String first, String hanging) {
      Wrap.lines(Printable.text(words), WIDTH, first, hanging).forEach(this::line);
    }

    void heading(String heading, char underline) {
      List<String> lines = Wrap.lines(Printable.text(heading), WIDTH, "", "");
      lines.forEach(this::line);
      int width = lines.stream().mapToInt(Wrap::length).max().orElse(0);
      line(String.valueOf(underline).repeat(width));
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}

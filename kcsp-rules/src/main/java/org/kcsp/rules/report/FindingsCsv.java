package org.kcsp.rules.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.kcsp.model.Printable;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Finding;

/**
 * Every finding of many records as one CSV table, a row per finding, for spreadsheets and
 * dashboards: the record's file, the partnership, the date, the rule, the severity, the subject's
 * kind and id, the message, whether it is waived ({@code true} or {@code false}), and its
 * fingerprint ({@link Finding#fingerprint}), which stays the same across dates and edits.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("findings.csv"))) {
 *   FindingsCsv.Table table = FindingsCsv.table(out);      // writes the header
 *   for (ComplianceReport report : reports) {
 *     table.add(report);                                   // a row per finding
 *   }
 * }
 * }</pre>
 *
 * <p>RFC 4180: a header row, CRLF line ends, a field holding a comma, a quote or a line end in
 * double quotes, a quote doubled. Text from the record is one line (a line end or control
 * character in it is written as an escape, {@link Printable#line}), and a field that a spreadsheet
 * would take for a formula (starting with {@code =}, {@code +}, {@code -} or {@code @}) starts with
 * an apostrophe, so opening the file runs nothing. Dates are ISO-8601; the text is UTF-8. Written a
 * record at a time, so a table of thousands of records needs the memory of one.
 */
public final class FindingsCsv {

  /** The header row's names, in column order. */
  public static final List<String> HEADER =
      List.of("record", "partnership", "asOf", "rule", "severity", "subjectKind", "subject", "message", "waived",
          "fingerprint");

  private FindingsCsv() {}

  /** The table of these reports' findings: the header, then a row per finding, report by report. */
  public static String render(List<ComplianceReport> reports) {
    StringWriter text = new StringWriter();
    Table table = table(text);
    reports.forEach(table::add);
    return text.toString();
  }

  /**
   * A table written to {@code out} a report at a time; the header is written now.
   *
   * @throws UncheckedIOException if {@code out} cannot be written
   */
  public static Table table(Writer out) {
    return new Table(out);
  }

  /** A CSV table of findings being written, a report at a time. */
  public static final class Table {
    private final Writer out;

    private Table(Writer out) {
      this.out = out;
      write(String.join(",", HEADER) + "\r\n");
    }

    /**
     * Writes a row for each finding of {@code report}, in the report's order.
     *
     * @throws UncheckedIOException if the writer fails
     */
    public void add(ComplianceReport report) {
      StringBuilder rows = new StringBuilder(report.findings().size() * 256);
      for (Finding finding : report.findings()) {
        row(rows, report.recordFile().orElse(""), report.partnershipId(), report.asOf().toString(), finding.rule(),
            finding.severity().name(), finding.subject().kind().name(), finding.subject().id(), finding.message(),
            String.valueOf(!finding.isOpen()), finding.fingerprint());
      }
      write(rows.toString());
    }

    private void write(String text) {
      try {
        out.write(text);
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void row(StringBuilder rows, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        rows.append(',');
      }
      rows.append(field(fields[i]));
    }
    rows.append("\r\n");
  }

  /** A field as RFC 4180 writes it, one line, never read as a formula. */
  static String field(String text) {
    String line = Printable.line(text);
    if (!line.isEmpty() && "=+-@".indexOf(line.charAt(0)) >= 0) {
      line = "'" + line;
    }
    if (line.indexOf(',') >= 0 || line.indexOf('"') >= 0) {
      return '"' + line.replace("\"", "\"\"") + '"';
    }
    return line;
  }
}

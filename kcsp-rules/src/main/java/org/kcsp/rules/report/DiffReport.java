package org.kcsp.rules.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kcsp.model.Printable;
import org.kcsp.model.io.JsonLayout;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Finding;
import org.kcsp.rules.ReportDiff;
import org.kcsp.rules.ReportDiff.Change;
import org.kcsp.rules.ReportDiff.Status;

/**
 * Writes a {@link ReportDiff}, what changed between two reports: as text for a terminal, as
 * Markdown (a paper for the next meeting: "since the last meeting: 2 resolved, 1 new"), or as JSON
 * ({@value #FORMAT}). New findings come first, then those that changed (saying what: severity,
 * waiver, evidence from and to), those resolved, and those unchanged, one line each. The same
 * diff always gives the same text.
 *
 * <pre>{@code
 * ReportDiff diff = ComplianceEngine.diff(lastMeeting, today);
 * Files.writeString(Path.of("since-the-last-meeting.md"), DiffReport.markdown(diff, "Since the last meeting"));
 * }</pre>
 */
public final class DiffReport {

  /** The format version of the JSON diff. */
  public static final String FORMAT = "kcsp-diff/1";

  private DiffReport() {}

  /** {@code 2 resolved, 1 new, 0 changed, 3 unchanged}: the counts, what was put right first. */
  static String counts(ReportDiff diff) {
    return diff.count(Status.RESOLVED) + " resolved, " + diff.count(Status.NEW) + " new, " + diff.count(Status.CHANGED)
        + " changed, " + diff.count(Status.UNCHANGED) + " unchanged";
  }

  /**
   * {@code From 13 July 2022 to 14 July 2022}, or {@code As of 14 July 2022} for two reports of
   * one date (two versions of a record, a record and a proposal).
   */
  static String span(ReportDiff diff) {
    ComplianceReport before = diff.before();
    ComplianceReport after = diff.after();
    return before.asOf().equals(after.asOf()) ? "As of " + Words.date(after.asOf())
        : "From " + Words.date(before.asOf()) + " to " + Words.date(after.asOf());
  }

  /**
   * What differs in a CHANGED finding: {@code severity: WARNING → ERROR; waiver: waived until 30
   * November 2023 → open; days overdue: 3 → 4}.
   */
  static List<String> what(Change change) {
    List<String> what = new ArrayList<>();
    Finding before = change.before().orElseThrow();
    Finding after = change.after().orElseThrow();
    if (change.severityChanged()) {
      what.add("severity: " + before.severity() + " → " + after.severity());
    }
    if (change.waiverChanged()) {
      what.add("waiver: " + waiver(before) + " → " + waiver(after));
    }
    for (String name : change.evidenceChanged()) {
      what.add(Words.key(name) + ": " + value(before, name) + " → " + value(after, name));
    }
    return what;
  }

  private static String waiver(Finding finding) {
    return finding.waived().map(waived -> "waived until " + Words.date(waived.until())).orElse("open");
  }

  private static String value(Finding finding, String name) {
    return finding.evidence().value(name).map(Words::evidence).orElse("none");
  }

  /**
   * The diff for a terminal, of at most 80 columns a line: a header with the title, the partnership
   * and the dates, the counts, then the NEW, CHANGED and RESOLVED findings in full, each with its
   * severity, rule, subject and message (what changed, for a CHANGED one), and the UNCHANGED ones
   * a line each.
   *
   * @param title what the diff is, such as {@code "What changed"} or {@code "Since the last meeting"}
   */
  public static String text(ReportDiff diff, String title) {
    TextReport.Out out = new TextReport.Out();
    ComplianceReport after = diff.after();
    String heading = title + ": " + after.partnershipName() + " (" + after.partnershipId() + ")";
    String span = span(diff);
    out.wrap(heading, "", "  ");
    out.line(span);
    out.line("=".repeat(Math.min(TextReport.WIDTH, Math.max(Wrap.length(Printable.text(heading)), Wrap.length(span)))));
    out.blank();
    out.wrap(counts(diff) + ".", "", "");
    for (Status status : Status.values()) {
      List<Change> changes = diff.changes(status);
      out.blank();
      out.heading(status + ": " + Words.count(changes.size(), "finding", "findings"), '-');
      if (changes.isEmpty()) {
        out.line("None.");
        continue;
      }
      int numberWidth = String.valueOf(changes.size()).length() + 2;
      String indent = " ".repeat(numberWidth);
      for (int i = 0; i < changes.size(); i++) {
        Change change = changes.get(i);
        Finding finding = change.finding();
        String label = String.format("%" + (numberWidth - 1) + "s ", (i + 1) + ".");
        String line = (finding.isOpen() ? "" : "[WAIVED] ") + finding.severity() + " " + finding.rule() + " on "
            + Words.subject(finding.subject());
        if (status == Status.UNCHANGED) {
          out.wrap(line, label, indent);
          continue;
        }
        if (i > 0) {
          out.blank();
        }
        out.wrap(line, label, indent);
        if (status == Status.CHANGED) {
          out.wrap(String.join("; ", what(change)), indent + "Changed:  ", indent + "          ");
        }
        TextReport.findingBody(finding, indent, out);
      }
    }
    return out.toString();
  }

  /**
   * The diff as a paper for the next meeting, in GitHub-flavoured Markdown: a title, the dates and
   * the counts in a sentence, then a table for each of NEW, CHANGED, RESOLVED and UNCHANGED
   * (Subject | Rule | Severity | Finding; what changed, for CHANGED). Text from the record is
   * escaped as {@link MarkdownReport} escapes it.
   *
   * @param title what the diff is, such as {@code "Since the last meeting"}
   */
  public static String markdown(ReportDiff diff, String title) {
    StringBuilder md = new StringBuilder();
    ComplianceReport after = diff.after();
    md.append("# ").append(MarkdownReport.text(title + ": " + after.partnershipName() + " (" + after.partnershipId() + ")"))
        .append("\n\n");
    md.append(MarkdownReport.text(span(diff) + ": " + counts(diff) + ".")).append("\n");
    for (Status status : Status.values()) {
      List<Change> changes = diff.changes(status);
      md.append("\n## ").append(words(status)).append(" (").append(changes.size()).append(")\n\n");
      if (changes.isEmpty()) {
        md.append("None.\n");
        continue;
      }
      boolean changed = status == Status.CHANGED;
      md.append(changed ? "| Subject | Rule | Severity | What changed | Finding |\n| --- | --- | --- | --- | --- |\n"
          : "| Subject | Rule | Severity | Finding |\n| --- | --- | --- | --- |\n");
      for (Change change : changes) {
        Finding finding = change.finding();
        md.append("| ").append(MarkdownReport.text(Words.kind(finding.subject().kind()))).append(' ')
            .append(MarkdownReport.code(finding.subject().id()))
            .append(" | ").append(MarkdownReport.code(finding.rule()))
            .append(" | ").append(finding.severity());
        if (changed) {
          md.append(" | ").append(MarkdownReport.text(String.join("; ", what(change))));
        }
        md.append(" | ").append(finding.isOpen() ? "" : "**WAIVED** ").append(MarkdownReport.text(finding.message()))
            .append(" |\n");
      }
    }
    return Printable.text(md.toString());
  }

  /** {@code New}, {@code Changed}, {@code Resolved}, {@code Unchanged}. */
  private static String words(Status status) {
    String name = status.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /**
   * The diff as JSON, two-space indented, ending with a newline: its format, the partnership, each
   * report's date, record format and policy, the counts, and each finding with its status and
   * fingerprint, the finding before and after as the JSON report writes them ({@code null} where
   * there is none), and, for a CHANGED one, what changed.
   */
  public static String json(ReportDiff diff) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JsonLayout.generator(text)) {
      out.writeStartObject();
      out.writeStringField("format", FORMAT);
      out.writeObjectFieldStart("partnership");
      out.writeStringField("id", diff.after().partnershipId());
      out.writeStringField("name", diff.after().partnershipName());
      out.writeEndObject();
      report("before", diff.before(), out);
      report("after", diff.after(), out);
      out.writeObjectFieldStart("summary");
      for (Status status : Status.values()) {
        out.writeNumberField(status.name().toLowerCase(Locale.ROOT), diff.count(status));
      }
      out.writeEndObject();
      out.writeArrayFieldStart("changes");
      for (Change change : diff.changes()) {
        out.writeStartObject();
        out.writeStringField("status", change.status().name());
        out.writeStringField("fingerprint", change.fingerprint());
        if (change.status() == Status.CHANGED) {
          out.writeObjectFieldStart("changed");
          out.writeBooleanField("severity", change.severityChanged());
          out.writeBooleanField("waiver", change.waiverChanged());
          out.writeArrayFieldStart("evidence");
          for (String name : change.evidenceChanged()) {
            out.writeString(name);
          }
          out.writeEndArray();
          out.writeEndObject();
        }
        finding("before", change.before().orElse(null), out);
        finding("after", change.after().orElse(null), out);
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.append('\n').toString();
  }

  private static void report(String name, ComplianceReport report, JsonGenerator out) throws IOException {
    out.writeObjectFieldStart(name);
    out.writeStringField("asOf", report.asOf().toString());
    out.writeStringField("recordFormat", report.recordFormat());
    out.writeStringField("policy", report.policy());
    out.writeEndObject();
  }

  private static void finding(String name, Finding finding, JsonGenerator out) throws IOException {
    out.writeFieldName(name);
    if (finding == null) {
      out.writeNull();
    } else {
      JsonReport.finding(finding, out);
    }
  }
}

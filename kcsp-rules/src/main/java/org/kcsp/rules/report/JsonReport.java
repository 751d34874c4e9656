package org.kcsp.rules.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import org.kcsp.model.Location;
import org.kcsp.model.io.JsonLayout;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.EvidenceValue;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Gap;
import org.kcsp.rules.Outcome;
import org.kcsp.rules.RuleResult;
import org.kcsp.rules.Severity;
import org.kcsp.rules.Subject;

/**
 * Writes a report in the {@code kcsp-report/2} JSON format: the record's format and the policy it
 * was checked under, the partnership, the date (and the date it was checked as of, when that
 * differs), a summary of counts, every rule with its outcome, reason and the number of subjects it
 * checked, every finding with its evidence, and every evidence gap. The same report always gives
 * byte-identical text.
 *
 * <pre>{@code
 * String json = JsonReport.render(engine.check(record, LocalDate.of(2022, 7, 14)));
 * }</pre>
 *
 * <p>What version 2 adds to {@code kcsp-report/1}: {@code recordFormat}, {@code policy}, {@code
 * effectiveDate} (only when it differs from {@code asOf}), {@code summary.notAssessed} (rules) and
 * {@code summary.gaps}, each rule's {@code reason} and {@code checked}, each finding's {@code
 * fingerprint} ({@link Finding#fingerprint()}), and {@code gaps}, in rule,
 * subject, path order: each with its {@code rule}, {@code subject} (kind and id, as a finding's),
 * {@code missing} (the JSON path of what to record) and {@code message}.
 *
 * <p>Each finding and gap has a {@code location}: where its subject is in the record (for a gap,
 * the nearest object above what is missing that the record holds), as {@code file} (for a record
 * read from a file, by the name it was read by), {@code path}, {@code line} and {@code column};
 * a record built in code gives the path alone. It is {@code null} for a subject the record does
 * not hold, which only a custom rule can report on.
 */
public final class JsonReport {

  /** The format version written in every report. */
  public static final String FORMAT = "kcsp-report/2";

  private JsonReport() {}

  /** The report as JSON text, two-space indented, ending with a newline. */
  public static String render(ComplianceReport report) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JsonLayout.generator(text)) {
      write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.append('\n').toString();
  }

  /** Writes the report's JSON value to {@code out}, in the generator's layout ({@link ReportModule}). */
  static void write(ComplianceReport report, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("format", FORMAT);
    out.writeStringField("recordFormat", report.recordFormat());
    out.writeStringField("policy", report.policy());
    out.writeObjectFieldStart("partnership");
    out.writeStringField("id", report.partnershipId());
    out.writeStringField("name", report.partnershipName());
    out.writeEndObject();
    out.writeStringField("asOf", report.asOf().toString());
    if (report.effectiveDate().isPresent() && !report.effectiveDate().get().equals(report.asOf())) {
      out.writeStringField("effectiveDate", report.effectiveDate().get().toString());
    }
    out.writeObjectFieldStart("summary");
    out.writeNumberField("errors", report.openCount(Severity.ERROR));
    out.writeNumberField("warnings", report.openCount(Severity.WARNING));
    out.writeNumberField("info", report.openCount(Severity.INFO));
    out.writeNumberField("waived", report.waivedCount());
    out.writeNumberField("passed", report.ruleCount(Outcome.PASS));
    out.writeNumberField("failed", report.ruleCount(Outcome.FAIL));
    out.writeNumberField("waivedRules", report.ruleCount(Outcome.WAIVED));
    out.writeNumberField("notAssessed", report.ruleCount(Outcome.NOT_ASSESSED));
    out.writeNumberField("notApplicable", report.ruleCount(Outcome.NOT_APPLICABLE));
    out.writeNumberField("gaps", report.gaps().size());
    out.writeEndObject();
    out.writeArrayFieldStart("rules");
    for (RuleResult rule : report.rules()) {
      rule(rule, out);
    }
    out.writeEndArray();
    out.writeArrayFieldStart("findings");
    for (Finding finding : report.findings()) {
      finding(finding, out);
    }
    out.writeEndArray();
    out.writeArrayFieldStart("gaps");
    for (Gap gap : report.gaps()) {
      gap(gap, out);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  /** One element of the report's {@code rules}. */
  static void rule(RuleResult rule, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", rule.rule());
    out.writeStringField("severity", rule.severity().name());
    out.writeStringField("outcome", rule.outcome().name());
    out.writeStringField("reason", rule.reason());
    out.writeNumberField("checked", rule.checked());
    out.writeEndObject();
  }

  /** One element of the report's {@code gaps}. */
  static void gap(Gap gap, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("rule", gap.rule());
    subject(gap.subject(), out);
    location(gap.location(), out);
    // toString: the path's text, whatever its type
    out.writeStringField("missing", gap.missing().toString());
    out.writeStringField("message", gap.message());
    out.writeEndObject();
  }

  private static void subject(Subject subject, JsonGenerator out) throws IOException {
    out.writeObjectFieldStart("subject");
    out.writeStringField("kind", subject.kind().name());
    out.writeStringField("id", subject.id());
    out.writeEndObject();
  }

  /**
   * Where the subject, or for a gap the place of what is missing, is in the record: the file, when
   * the record was read from one, the JSON path, and the line and column when known; {@code null}
   * when the record holds no such subject.
   */
  private static void location(Optional<Location> location, JsonGenerator out) throws IOException {
    if (location.isEmpty()) {
      out.writeNullField("location");
      return;
    }
    Location at = location.get();
    out.writeObjectFieldStart("location");
    if (at.file().isPresent()) {
      out.writeStringField("file", at.file().get());
    }
    out.writeStringField("path", at.path().toString());
    if (at.hasPosition()) {
      out.writeNumberField("line", at.line());
      out.writeNumberField("column", at.column());
    }
    out.writeEndObject();
  }

  /** A finding as the report writes it: what the forecast and the diff write of a finding too. */
  static void finding(Finding finding, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("rule", finding.rule());
    out.writeStringField("severity", finding.severity().name());
    subject(finding.subject(), out);
    location(finding.location(), out);
    out.writeStringField("message", finding.message());
    out.writeObjectFieldStart("evidence");
    // Every kind as a string: money with two decimals, dates in ISO form (EvidenceValue#text).
    for (Map.Entry<String, EvidenceValue> entry : finding.evidence().typed().entrySet()) {
      out.writeStringField(entry.getKey(), entry.getValue().text());
    }
    out.writeEndObject();
    out.writeStringField("source", finding.source());
    if (finding.waived().isPresent()) {
      out.writeObjectFieldStart("waived");
      out.writeStringField("reason", finding.waived().get().reason());
      out.writeStringField("approvedBy", finding.waived().get().approvedBy());
      out.writeStringField("until", finding.waived().get().until().toString());
      out.writeEndObject();
    } else {
      out.writeNullField("waived");
    }
    out.writeStringField("fingerprint", finding.fingerprint());
    out.writeEndObject();
  }
}

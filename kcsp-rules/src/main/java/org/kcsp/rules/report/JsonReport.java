package org.kcsp.rules.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import org.kcsp.model.io.JsonLayout;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.EvidenceValue;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Outcome;
import org.kcsp.rules.RuleResult;
import org.kcsp.rules.Severity;

/**
 * Writes a report in the {@code kcsp-report/1} JSON format: the partnership, the date, a summary
 * of counts, every rule with its outcome, and every finding with its evidence. The same report
 * always gives byte-identical text.
 *
 * <pre>{@code
 * String json = JsonReport.render(engine.check(record, LocalDate.of(2022, 7, 14)));
 * }</pre>
 */
public final class JsonReport {

  /** The format version written in every report. */
  public static final String FORMAT = "kcsp-report/1";

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

  private static void write(ComplianceReport report, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("format", FORMAT);
    out.writeObjectFieldStart("partnership");
    out.writeStringField("id", report.partnershipId());
    out.writeStringField("name", report.partnershipName());
    out.writeEndObject();
    out.writeStringField("asOf", report.asOf().toString());
    out.writeObjectFieldStart("summary");
    out.writeNumberField("errors", report.openCount(Severity.ERROR));
    out.writeNumberField("warnings", report.openCount(Severity.WARNING));
    out.writeNumberField("info", report.openCount(Severity.INFO));
    out.writeNumberField("waived", report.waivedCount());
    out.writeNumberField("passed", report.ruleCount(Outcome.PASS));
    out.writeNumberField("failed", report.ruleCount(Outcome.FAIL));
    out.writeNumberField("waivedRules", report.ruleCount(Outcome.WAIVED));
    out.writeNumberField("notApplicable", report.ruleCount(Outcome.NOT_APPLICABLE));
    out.writeEndObject();
    out.writeArrayFieldStart("rules");
    for (RuleResult rule : report.rules()) {
      out.writeStartObject();
      out.writeStringField("id", rule.rule());
      out.writeStringField("severity", rule.severity().name());
      out.writeStringField("outcome", rule.outcome().name());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeArrayFieldStart("findings");
    for (Finding finding : report.findings()) {
      finding(finding, out);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static void finding(Finding finding, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("rule", finding.rule());
    out.writeStringField("severity", finding.severity().name());
    out.writeObjectFieldStart("subject");
    out.writeStringField("kind", finding.subject().kind().name());
    out.writeStringField("id", finding.subject().id());
    out.writeEndObject();
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
    out.writeEndObject();
  }
}

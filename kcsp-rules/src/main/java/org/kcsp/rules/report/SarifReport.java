package org.kcsp.rules.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kcsp.model.Location;
import org.kcsp.model.RecordPath;
import org.kcsp.model.io.JsonLayout;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.EvidenceValue;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Gap;
import org.kcsp.rules.RuleDescriptor;
import org.kcsp.rules.RuleResult;
import org.kcsp.rules.Severity;
import org.kcsp.rules.Subject;

/**
 * Writes reports as a SARIF 2.1.0 log (the OASIS Static Analysis Results Interchange Format), which
 * code-scanning tools and editors show at the line of a file: one run per record checked.
 *
 * <pre>{@code
 * String sarif = SarifReport.render(engine.check(RecordReader.read(Path.of("kcsp.json")), date));
 * }</pre>
 *
 * <p>In each run:
 *
 * <ul>
 *   <li>{@code tool.driver.rules}: every rule of the report, as the policy the record was checked
 *       under sets it: its id, its title ({@code shortDescription}), what it checks ({@code
 *       fullDescription}), its severity as the default level (ERROR {@code error}, WARNING {@code
 *       warning}, INFO {@code note}) and help text naming its source;
 *   <li>{@code results}: each finding, with its rule, level and message; where its subject is in
 *       the record, as a physical location (the record file, by the name it was read by, with the
 *       line and column of the subject's object) and a logical one (the subject's JSON path); its
 *       fingerprint in {@code partialFingerprints} under {@value #FINGERPRINT}, by which a viewer
 *       follows a finding from run to run; and,
 *       when a waiver of the record covers it, a suppression ({@code inSource}, {@code accepted},
 *       the waiver's reason as its justification). Each evidence gap follows as a result of kind
 *       {@code open} (the rule could not decide) at the place of what is missing, level {@code
 *       none};
 *   <li>{@code properties}: the partnership, the evaluation date, the policy and the record's
 *       format.
 * </ul>
 *
 * <p>A record built in code has no file: its results carry logical locations only. Columns count
 * UTF-16 code units, SARIF's default. The same reports always give byte-identical text.
 */
public final class SarifReport {

  /** The name of a finding's fingerprint in a result's {@code partialFingerprints}, versioned as SARIF asks. */
  public static final String FINGERPRINT = "kcspFingerprint/v1";


  /** The version of SARIF written. */
  public static final String VERSION = "2.1.0";

  /** The schema each log names: the OASIS standard's, with its approved errata. */
  public static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  /** Where a relative record file's URI is resolved from: the root of the sources being checked. */
  static final String SOURCE_ROOT = "%SRCROOT%";

  private SarifReport() {}

  /** A log of one run: the report's. Two-space indented, ending with a newline. */
  public static String render(ComplianceReport report) {
    return render(List.of(report));
  }

  /** A log of one run per report, in their order. */
  public static String render(List<ComplianceReport> reports) {
    StringWriter text = new StringWriter();
    try (Log log = log(text)) {
      reports.forEach(log::add);
    }
    return text.toString();
  }

  /**
   * A log written to {@code out} one run at a time, for many records in bounded memory: {@link
   * Log#add} writes a report's run, {@link Log#close} ends the log (and does not close {@code
   * out}). What it writes is what {@link #render(List)} gives for the same reports.
   *
   * @throws UncheckedIOException if {@code out} cannot be written
   */
  public static Log log(Writer out) {
    return new Log(out);
  }

  /** A SARIF log being written, one run at a time. */
  public static final class Log implements AutoCloseable {
    private final Writer out;
    private final JsonGenerator json;
    private boolean closed;

    private Log(Writer out) {
      this.out = out;
      try {
        json = JsonLayout.generator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartObject();
        json.writeStringField("$schema", SCHEMA);
        json.writeStringField("version", VERSION);
        json.writeArrayFieldStart("runs");
        json.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * Writes the run of {@code report}.
     *
     * @throws IllegalStateException if the log is closed
     * @throws UncheckedIOException if the writer fails
     */
    public void add(ComplianceReport report) {
      if (closed) {
        throw new IllegalStateException("the SARIF log is closed: a run cannot be added");
      }
      try {
        run(report, json);
        json.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Ends the log, with a newline; the writer stays open. */
    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      try {
        json.writeEndArray();
        json.writeEndObject();
        json.close();
        out.write('\n');
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void run(ComplianceReport report, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeObjectFieldStart("tool");
    out.writeObjectFieldStart("driver");
    out.writeStringField("name", "kcsp");
    out.writeStringField("fullName", "kcsp: the governance of a Community Safety Partnership checked against its rules");
    out.writeArrayFieldStart("rules");
    Map<String, Integer> indices = new HashMap<>();
    for (RuleResult rule : report.rules()) {
      indices.put(rule.rule(), indices.size());
      rule(rule, report.catalog().rule(rule.rule()), out);
    }
    out.writeEndArray();
    out.writeEndObject();
    out.writeEndObject();
    Optional<String> file = report.recordFile();
    out.writeObjectFieldStart("automationDetails");
    // one category per record, so a code-scanning service keeps each record's results apart across runs
    out.writeStringField("id", "kcsp/" + file.orElse(report.partnershipId()) + "/");
    out.writeEndObject();
    out.writeStringField("columnKind", "utf16CodeUnits");
    out.writeArrayFieldStart("results");
    for (Finding finding : report.findings()) {
      finding(finding, indices, out);
    }
    for (Gap gap : report.gaps()) {
      gap(gap, indices, out);
    }
    out.writeEndArray();
    out.writeObjectFieldStart("properties");
    out.writeObjectFieldStart("partnership");
    out.writeStringField("id", report.partnershipId());
    out.writeStringField("name", report.partnershipName());
    out.writeEndObject();
    out.writeStringField("asOf", report.asOf().toString());
    if (report.effectiveDate().isPresent() && !report.effectiveDate().get().equals(report.asOf())) {
      out.writeStringField("effectiveDate", report.effectiveDate().get().toString());
    }
    out.writeStringField("policy", report.policy());
    out.writeStringField("recordFormat", report.recordFormat());
    if (file.isPresent()) {
      out.writeStringField("record", file.get());
    }
    out.writeEndObject();
    out.writeEndObject();
  }

  private static void rule(RuleResult result, Optional<RuleDescriptor> descriptor, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", result.rule());
    if (descriptor.isPresent()) {
      RuleDescriptor rule = descriptor.get();
      text("shortDescription", rule.title(), out);
      text("fullDescription", rule.description(), out);
      out.writeObjectFieldStart("help");
      out.writeStringField("text", rule.description() + "\nSubject: " + rule.subject() + ".\nSource: " + rule.source());
      out.writeStringField("markdown", rule.description() + "\n\n**Subject:** " + rule.subject() + ".\n\n**Source:** "
          + rule.source());
      out.writeEndObject();
    }
    out.writeObjectFieldStart("defaultConfiguration");
    out.writeStringField("level", level(result.severity()));
    out.writeEndObject();
    out.writeObjectFieldStart("properties");
    if (descriptor.isPresent()) {
      out.writeStringField("kind", descriptor.get().kind().letter());
      out.writeStringField("source", descriptor.get().source());
    }
    out.writeStringField("outcome", result.outcome().name());
    out.writeStringField("reason", result.reason());
    out.writeEndObject();
    out.writeEndObject();
  }

  private static void finding(Finding finding, Map<String, Integer> indices, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("ruleId", finding.rule());
    index(finding.rule(), indices, out);
    out.writeStringField("kind", "fail");
    out.writeStringField("level", level(finding.severity()));
    text("message", finding.message(), out);
    locations(finding.location(), finding.subject().id(), out);
    // the finding's own fingerprint: a viewer matches results across runs by it, wherever the record moved
    out.writeObjectFieldStart("partialFingerprints");
    out.writeStringField(FINGERPRINT, finding.fingerprint());
    out.writeEndObject();
    if (finding.waived().isPresent()) {
      out.writeArrayFieldStart("suppressions");
      out.writeStartObject();
      // the waiver is in the record checked: in the source, in SARIF's words
      out.writeStringField("kind", "inSource");
      out.writeStringField("status", "accepted");
      out.writeStringField("justification", finding.waived().get().reason());
      out.writeObjectFieldStart("properties");
      out.writeStringField("approvedBy", finding.waived().get().approvedBy());
      out.writeStringField("until", finding.waived().get().until().toString());
      out.writeEndObject();
      out.writeEndObject();
      out.writeEndArray();
    }
    out.writeObjectFieldStart("properties");
    subject(finding.subject(), out);
    out.writeObjectFieldStart("evidence");
    for (Map.Entry<String, EvidenceValue> entry : finding.evidence().typed().entrySet()) {
      out.writeStringField(entry.getKey(), entry.getValue().text());
    }
    out.writeEndObject();
    out.writeStringField("source", finding.source());
    out.writeEndObject();
    out.writeEndObject();
  }

  private static void gap(Gap gap, Map<String, Integer> indices, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("ruleId", gap.rule());
    index(gap.rule(), indices, out);
    // the rule could not decide: open, in SARIF's words, which has no level
    out.writeStringField("kind", "open");
    out.writeStringField("level", "none");
    text("message", gap.message(), out);
    locations(gap.location(), null, out);
    out.writeObjectFieldStart("properties");
    subject(gap.subject(), out);
    out.writeStringField("missing", gap.missing());
    out.writeEndObject();
    out.writeEndObject();
  }

  private static void index(String rule, Map<String, Integer> indices, JsonGenerator out) throws IOException {
    Integer index = indices.get(rule);
    if (index != null) {
      out.writeNumberField("ruleIndex", index);
    }
  }

  /** The physical location (for a record read from a file) and the logical one; nothing when there is no location. */
  private static void locations(Optional<Location> location, String name, JsonGenerator out) throws IOException {
    if (location.isEmpty()) {
      return;
    }
    Location at = location.get();
    out.writeArrayFieldStart("locations");
    out.writeStartObject();
    if (at.file().isPresent()) {
      out.writeObjectFieldStart("physicalLocation");
      artifact(at.file().get(), out);
      if (at.hasPosition()) {
        out.writeObjectFieldStart("region");
        out.writeNumberField("startLine", at.line());
        out.writeNumberField("startColumn", at.column());
        out.writeEndObject();
      }
      out.writeEndObject();
    }
    out.writeArrayFieldStart("logicalLocations");
    out.writeStartObject();
    out.writeStringField("name", name != null ? name : lastSegment(at.path()));
    out.writeStringField("fullyQualifiedName", at.path().toString());
    // subjects and the places that hold what is missing are objects of the record
    out.writeStringField("kind", "object");
    out.writeEndObject();
    out.writeEndArray();
    out.writeEndObject();
    out.writeEndArray();
  }

  private static String lastSegment(RecordPath path) {
    return path.last().map(segment -> segment instanceof RecordPath.Key key ? key.name()
        : "[" + ((RecordPath.Index) segment).index() + "]").orElse("$");
  }

  /**
   * The record file as an artifact location: a relative name as a relative URI (each segment
   * percent-encoded) under {@value #SOURCE_ROOT}, an absolute one as a {@code file:} URI.
   */
  private static void artifact(String file, JsonGenerator out) throws IOException {
    out.writeObjectFieldStart("artifactLocation");
    Path path = null;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      // not a name of this file system (a name given to the reader for text it read): kept as a relative name
    }
    if (path != null && path.isAbsolute()) {
      out.writeStringField("uri", path.toUri().toString());
    } else {
      out.writeStringField("uri", relativeUri(file));
      out.writeStringField("uriBaseId", SOURCE_ROOT);
    }
    out.writeEndObject();
  }

  /** {@code records/café 1.json} as {@code records/caf%C3%A9%201.json}: every byte outside RFC 3986's unreserved characters encoded, segment by segment. */
  static String relativeUri(String file) {
    StringBuilder uri = new StringBuilder();
    for (byte b : file.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
          || c == '~' || c == '/') {
        uri.append((char) c);
      } else {
        uri.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    // a colon is encoded too, so a first segment never reads as a URI's scheme
    return uri.toString();
  }

  private static void subject(Subject subject, JsonGenerator out) throws IOException {
    out.writeObjectFieldStart("subject");
    out.writeStringField("kind", subject.kind().name());
    out.writeStringField("id", subject.id());
    out.writeEndObject();
  }

  private static void text(String field, String text, JsonGenerator out) throws IOException {
    out.writeObjectFieldStart(field);
    out.writeStringField("text", text);
    out.writeEndObject();
  }

  /** SARIF's level for a severity: {@code error}, {@code warning}, {@code note}. */
  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}

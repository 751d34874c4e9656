package org.kcsp.rules.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kcsp.model.Printable;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.EvidenceValue;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Gap;
import org.kcsp.rules.Outcome;
import org.kcsp.rules.RuleResult;

/**
 * Writes reports as JUnit XML, the test report CI servers read (Jenkins, GitLab, GitHub Actions'
 * test reporters, Azure Pipelines): one {@code testsuite} per record checked, one {@code testcase}
 * per rule, so a server shows which rules pass, fail or were skipped for each partnership.
 *
 * <pre>{@code
 * String xml = JunitReport.render(engine.check(record, LocalDate.of(2022, 7, 14)));
 * }</pre>
 *
 * <p>Each rule's outcome, as a test:
 *
 * <ul>
 *   <li>FAIL: a {@code failure} of the rule's severity ({@code type}), its message the finding's
 *       (or how many there are), its text every open finding with its subject, its place in the
 *       record, its evidence and the rule's source;
 *   <li>WAIVED: passed, with a {@code system-out} line for each waived finding and its waiver;
 *   <li>NOT_ASSESSED and NOT_APPLICABLE: {@code skipped}, with the outcome and its reason as the
 *       message, and for NOT_ASSESSED what to record, and where, as its text;
 *   <li>PASS: passed, its reason ({@code "3 grants checked"}) as {@code system-out}.
 * </ul>
 *
 * <p>A suite is named {@code KCSP as of 2022-07-14}, with the record's file ({@code file}) and
 * {@code properties}: the partnership, the date, the policy and the record's format. Every time is
 * {@code 0}, and no clock or host is written, so the same reports give byte-identical XML. It is
 * valid against the JUnit schema of Jenkins' xUnit plugin ({@code junit-10.xsd}). Text from the
 * record that XML cannot hold, or that could act on a terminal, is written as an escape
 * ({@link Printable}).
 */
public final class JunitReport {

  private JunitReport() {}

  /** The JUnit XML of one record's report: one test suite. */
  public static String render(ComplianceReport report) {
    return render(List.of(report));
  }

  /** The JUnit XML of several records' reports: a test suite each, in their order. */
  public static String render(List<ComplianceReport> reports) {
    StringWriter text = new StringWriter();
    try (Suites suites = suites(text)) {
      reports.forEach(suites::add);
    }
    return text.toString();
  }

  /**
   * JUnit XML written to {@code out} one suite at a time, for many records in bounded memory:
   * {@link Suites#add} writes a report's suite, {@link Suites#close} ends the document (and does
   * not close {@code out}). What it writes is what {@link #render(List)} gives for the same
   * reports.
   *
   * @throws UncheckedIOException if {@code out} cannot be written
   */
  public static Suites suites(Writer out) {
    return new Suites(out);
  }

  /** A JUnit XML document being written, one test suite at a time. */
  public static final class Suites implements AutoCloseable {
    private final Writer out;
    private boolean closed;

    private Suites(Writer out) {
      this.out = out;
      write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"kcsp\">\n");
    }

    /**
     * Writes the test suite of {@code report}.
     *
     * @throws IllegalStateException if the document is closed
     * @throws UncheckedIOException if the writer fails
     */
    public void add(ComplianceReport report) {
      if (closed) {
        throw new IllegalStateException("the JUnit XML is closed: a suite cannot be added");
      }
      write(suite(report));
    }

    /** Ends the document, with a newline; the writer stays open. */
    @Override
    public void close() {
      if (!closed) {
        closed = true;
        write("</testsuites>\n");
      }
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

  private static String suite(ComplianceReport report) {
    String name = report.partnershipId() + " as of " + report.asOf();
    StringBuilder xml = new StringBuilder(4096);
    xml.append("  <testsuite name=\"").append(attribute(name)).append('"')
        .append(" tests=\"").append(report.rules().size()).append('"')
        .append(" failures=\"").append(report.ruleCount(Outcome.FAIL)).append('"')
        .append(" errors=\"0\"")
        .append(" skipped=\"").append(report.ruleCount(Outcome.NOT_APPLICABLE) + report.ruleCount(Outcome.NOT_ASSESSED))
        .append('"')
        .append(" time=\"0\"");
    report.recordFile().ifPresent(file -> xml.append(" file=\"").append(attribute(file)).append('"'));
    xml.append(">\n");
    xml.append("    <properties>\n");
    property("partnership", report.partnershipId(), xml);
    property("partnershipName", report.partnershipName(), xml);
    property("asOf", report.asOf().toString(), xml);
    report.effectiveDate().filter(day -> !day.equals(report.asOf()))
        .ifPresent(day -> property("effectiveDate", day.toString(), xml));
    property("policy", report.policy(), xml);
    property("recordFormat", report.recordFormat(), xml);
    xml.append("    </properties>\n");
    for (RuleResult rule : report.rules()) {
      testcase(report, rule, name, xml);
    }
    xml.append("  </testsuite>\n");
    return xml.toString();
  }

  private static void property(String name, String value, StringBuilder xml) {
    xml.append("      <property name=\"").append(name).append("\" value=\"").append(attribute(value)).append("\"/>\n");
  }

  private static void testcase(ComplianceReport report, RuleResult rule, String suite, StringBuilder xml) {
    xml.append("    <testcase name=\"").append(attribute(rule.rule())).append("\" classname=\"").append(attribute(suite))
        .append("\" time=\"0\">\n");
    List<Finding> open = new ArrayList<>();
    List<Finding> waived = new ArrayList<>();
    for (Finding finding : report.findings(rule.rule())) {
      (finding.isOpen() ? open : waived).add(finding);
    }
    String reason = rule.outcome().name() + ": " + rule.reason();
    switch (rule.outcome()) {
      case FAIL -> {
        String message = open.isEmpty() ? reason : open.size() == 1 ? open.get(0).message()
            : open.size() + " open findings; the first: " + open.get(0).message();
        xml.append("      <failure type=\"").append(rule.severity().name()).append("\" message=\"").append(attribute(message))
            .append("\">").append(text(findings(open))).append("</failure>\n");
      }
      case NOT_APPLICABLE -> xml.append("      <skipped message=\"").append(attribute(reason)).append("\"/>\n");
      case NOT_ASSESSED -> xml.append("      <skipped message=\"").append(attribute(reason)).append("\">")
          .append(text(gaps(report.gaps(rule.rule())))).append("</skipped>\n");
      default -> { }
    }
    StringBuilder out = new StringBuilder();
    if (rule.outcome() == Outcome.PASS || rule.outcome() == Outcome.WAIVED) {
      out.append(reason).append('\n');
    }
    for (Finding finding : waived) {
      out.append("Waived: ").append(heading(finding)).append('\n').append("  ").append(finding.message()).append('\n')
          .append("  ").append(Words.waived(finding.waived().orElseThrow())).append('\n');
    }
    if (!out.isEmpty()) {
      xml.append("      <system-out>").append(text(out.toString())).append("</system-out>\n");
    }
    xml.append("    </testcase>\n");
  }

  /** {@code Project bystander-approach-training at kcsp.json:112:7}. */
  private static String heading(Finding finding) {
    return Words.subject(finding.subject()) + finding.location().map(at -> " at " + at).orElse("");
  }

  private static String findings(List<Finding> findings) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = findings.get(i);
      text.append(i + 1).append(". ").append(heading(finding)).append('\n');
      text.append("   ").append(finding.message()).append('\n');
      for (Map.Entry<String, EvidenceValue> entry : finding.evidence().typed().entrySet()) {
        text.append("   ").append(Words.key(entry.getKey())).append(": ").append(Words.evidence(entry.getValue())).append('\n');
      }
    }
    if (!findings.isEmpty()) {
      text.append("Source: ").append(findings.get(0).source()).append('\n');
    }
    return text.toString();
  }

  private static String gaps(List<Gap> gaps) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < gaps.size(); i++) {
      Gap gap = gaps.get(i);
      text.append(i + 1).append(". ").append(gap.message()).append('\n');
      text.append("   on ").append(Words.subject(gap.subject())).append(", at ").append(gap.missing());
      gap.location().filter(at -> at.hasPosition()).ifPresent(at -> text.append(" (").append(at).append(')'));
      text.append('\n');
    }
    return text.toString();
  }

  /** Element text: lines kept, everything else that could act or that XML cannot hold escaped. */
  static String text(String text) {
    return xml(Printable.text(text));
  }

  /** An attribute value: one line. */
  static String attribute(String text) {
    return xml(Printable.line(text));
  }

  /**
   * {@code &}, {@code <}, {@code >}, {@code "} and {@code '} as references, and U+FFFE and U+FFFF,
   * which XML cannot hold and {@link Printable} keeps (they are unassigned, not controls), as
   * escapes.
   */
  private static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        case '\uFFFE' -> out.append("\\uFFFE");
        case '\uFFFF' -> out.append("\\uFFFF");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}

package org.kcsp.rules.assertj;

import java.util.List;
import java.util.Map;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Severity;

/**
 * Narrows the findings of one rule: {@code .on("KCSP-WG").withSeverity(ERROR)}. Each step keeps
 * the findings that match and fails, listing them all, when none does.
 */
public final class FindingsAssert {

  private final ReportAssert report;
  private final ComplianceReport actual;
  private final String rule;
  private final List<Finding> findings;
  private final String description;

  FindingsAssert(ReportAssert report, ComplianceReport actual, String rule, List<Finding> findings) {
    this(report, actual, rule, findings, "a finding of " + rule);
  }

  private FindingsAssert(ReportAssert report, ComplianceReport actual, String rule, List<Finding> findings, String description) {
    this.report = report;
    this.actual = actual;
    this.rule = rule;
    this.findings = findings;
    this.description = description;
  }

  private FindingsAssert keep(String what, java.util.function.Predicate<Finding> test) {
    List<Finding> kept = findings.stream().filter(test).toList();
    String narrowed = description + " " + what;
    if (kept.isEmpty()) {
      throw new AssertionError("Expected " + narrowed + ", but " + rule + " had "
          + ReportAssert.describe(actual.findings(rule)) + "%n".formatted()
          + "(all findings: " + ReportAssert.describe(actual.findings()) + ")");
    }
    return new FindingsAssert(report, actual, rule, kept, narrowed);
  }

  /** Keeps the findings on the subject with this id. */
  public FindingsAssert on(String subject) {
    return keep("on " + subject, f -> f.subject().id().equals(subject));
  }

  /** Keeps the findings of this severity. */
  public FindingsAssert withSeverity(Severity severity) {
    return keep("with severity " + severity, f -> f.severity() == severity);
  }

  /** Keeps the findings whose evidence holds {@code name} = {@code value}. */
  public FindingsAssert withEvidence(String name, String value) {
    return keep("with evidence " + name + "=" + value, f -> value.equals(f.evidence().get(name)));
  }

  /** Keeps the findings whose message contains {@code text}. */
  public FindingsAssert withMessageContaining(String text) {
    return keep("with a message containing \"" + text + "\"", f -> f.message().contains(text));
  }

  /** Keeps the waived findings. */
  public FindingsAssert waived() {
    return keep("that is waived", f -> !f.isOpen());
  }

  /** Keeps the open findings. */
  public FindingsAssert open() {
    return keep("that is open", Finding::isOpen);
  }

  /** Asserts exactly {@code count} findings are left. */
  public FindingsAssert times(int count) {
    if (findings.size() != count) {
      throw new AssertionError("Expected " + count + " × " + description + ", but found "
          + ReportAssert.describe(findings));
    }
    return this;
  }

  /** Asserts exactly one finding is left and returns it. */
  public Finding single() {
    times(1);
    return findings.get(0);
  }

  /** The evidence of the only finding left. */
  public Map<String, String> evidence() {
    return single().evidence();
  }

  /** Back to the report, for more assertions. */
  public ReportAssert and() {
    return report;
  }
}

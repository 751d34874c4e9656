package org.kcsp.rules.assertj;

import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Outcome;

/**
 * Assertions on a {@link ComplianceReport} that read like the rule catalogue. Start with {@link
 * ComplianceAssertions#assertThat(ComplianceReport)}.
 *
 * <pre>{@code
 * assertThat(report).hasFinding("PROJECT_DUPLICATE_FUNDING").on("bystander-approach-training").withSeverity(ERROR);
 * assertThat(report).hasNoFinding("GRANT_TACTICAL_POT_OVER_CAP");
 * assertThat(report).outcomeOf("SCRUTINY_NOT_ANNUAL").isNotApplicable();
 * }</pre>
 *
 * <p>A failure lists what the report did contain.
 */
public final class ReportAssert extends AbstractAssert<ReportAssert, ComplianceReport> {

  ReportAssert(ComplianceReport actual) {
    super(actual, ReportAssert.class);
  }

  /** Asserts the report has at least one finding of {@code rule}; narrow it with {@code on(...)}. */
  public FindingsAssert hasFinding(String rule) {
    isNotNull();
    List<Finding> findings = actual.findings(rule);
    if (findings.isEmpty()) {
      failWithMessage("Expected a finding of %s, but the report had %s", rule, describe(actual.findings()));
    }
    return new FindingsAssert(this, actual, rule, findings);
  }

  /** Asserts the report has no finding of {@code rule}. */
  public ReportAssert hasNoFinding(String rule) {
    isNotNull();
    List<Finding> findings = actual.findings(rule);
    if (!findings.isEmpty()) {
      failWithMessage("Expected no finding of %s, but the report had %s", rule, describe(findings));
    }
    return this;
  }

  /** Asserts the report has no finding of {@code rule} on {@code subject}. */
  public ReportAssert hasNoFinding(String rule, String subject) {
    isNotNull();
    List<Finding> findings = actual.findings(rule).stream().filter(f -> f.subject().id().equals(subject)).toList();
    if (!findings.isEmpty()) {
      failWithMessage("Expected no finding of %s on %s, but the report had %s", rule, subject, describe(findings));
    }
    return this;
  }

  /** Asserts the report has no findings at all. */
  public ReportAssert hasNoFindings() {
    isNotNull();
    if (!actual.findings().isEmpty()) {
      failWithMessage("Expected no findings, but the report had %s", describe(actual.findings()));
    }
    return this;
  }

  /** Asserts the report has no open ERROR finding. */
  public ReportAssert hasNoErrors() {
    isNotNull();
    if (actual.hasErrors()) {
      failWithMessage("Expected no open errors, but the report had %s", describe(actual.openFindings()));
    }
    return this;
  }

  /** Assertions on the outcome of {@code rule}. */
  public OutcomeAssert outcomeOf(String rule) {
    isNotNull();
    Outcome outcome = actual.rules().stream()
        .filter(result -> result.rule().equals(rule))
        .map(result -> result.outcome())
        .findFirst()
        .orElse(null);
    if (outcome == null) {
      failWithMessage("Expected rule %s to be evaluated, but the report lists only %s", rule,
          actual.rules().stream().map(result -> result.rule()).toList());
    }
    return new OutcomeAssert(this, rule, outcome, actual);
  }

  static String describe(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "no findings";
    }
    return findings.size() + (findings.size() == 1 ? " finding:" : " findings:")
        + findings.stream()
            .map(f -> "%n  %s %s on %s %s%s: %s".formatted(f.severity(), f.rule(), f.subject().kind(), f.subject().id(),
                f.isOpen() ? "" : " (waived)", f.message()))
            .collect(Collectors.joining());
  }
}

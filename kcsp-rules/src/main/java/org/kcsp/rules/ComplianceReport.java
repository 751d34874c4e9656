package org.kcsp.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.immutables.value.Value;

/**
 * The result of checking one record on one date: every finding, open and waived, every rule's
 * outcome, and what the report's pictures draw (each grant's money, each body's terms of
 * reference), so that a renderer needs nothing but the report. Immutable; the same record and date
 * give an equal report.
 *
 * <pre>{@code
 * ComplianceReport report = engine.check(record, LocalDate.of(2022, 7, 14));
 * report.hasErrors();                                   // an open ERROR finding?
 * report.outcome("GRANT_TACTICAL_POT_OVER_CAP");        // PASS, FAIL, WAIVED or NOT_APPLICABLE
 * report.findings("PROJECT_DUPLICATE_FUNDING");         // that rule's findings
 * }</pre>
 */
@Value.Immutable
public interface ComplianceReport {

  /** The partnership's id. */
  String partnershipId();

  /** The partnership's name. */
  String partnershipName();

  /** The evaluation date. */
  LocalDate asOf();

  /** Every finding, open and waived, in {@link Finding#ORDER}. */
  List<Finding> findings();

  /** Every rule evaluated, by id, with its outcome. */
  List<RuleResult> rules();

  /**
   * The ids of the rules the engine knows but was built not to run ({@link
   * ComplianceEngine.Builder#skip}, or left out by {@link ComplianceEngine.Builder#only}), in id
   * order. They have no outcome in {@link #rules()}; the assertions of {@code
   * org.kcsp.rules.assertj} tell them from misspelt ids by this list. Like the rendered reports,
   * equality leaves it out: the same findings and outcomes make equal reports, whatever other
   * rules the engine left out.
   */
  @Value.Auxiliary
  List<String> skippedRules();

  /**
   * Every grant's money on the evaluation date, in the record's order: what the HTML report's
   * grant figures draw. Its marks (a tactical pot over its cap, an overcommitted pot) are the
   * findings of this report, so skips, waivers and severities change them exactly as they change
   * {@link #findings()}.
   *
   * <p>Not part of the {@code kcsp-report/1} JSON, a versioned format: for now it is read from
   * Java only. Empty in a report built without it.
   */
  List<GrantPosition> grants();

  /**
   * The partnership's terms of reference, then each subgroup's, in the record's order, on the
   * evaluation date: what the HTML report's timeline draws. Whether a review is overdue is the
   * {@code TOR_REVIEW_OVERDUE} finding of this report, so skips, waivers and severities change it
   * exactly as they change {@link #findings()}.
   *
   * <p>Not part of the {@code kcsp-report/1} JSON, a versioned format: for now it is read from
   * Java only. Empty in a report built without it.
   */
  List<TermsOfReferenceStatus> termsOfReference();

  /** The findings of one rule. */
  default List<Finding> findings(String rule) {
    return findings().stream().filter(finding -> finding.rule().equals(rule)).toList();
  }

  /** The findings not covered by a waiver. */
  default List<Finding> openFindings() {
    return findings().stream().filter(Finding::isOpen).toList();
  }

  /** Whether an open finding is ERROR. Waived findings do not count. */
  default boolean hasErrors() {
    return hasOpenFindingAtLeast(Severity.ERROR);
  }

  /** Whether an open finding is at least as severe as {@code severity}. */
  default boolean hasOpenFindingAtLeast(Severity severity) {
    return findings().stream().anyMatch(f -> f.isOpen() && f.severity().isAtLeast(severity));
  }

  /**
   * The outcome of the rule with this id.
   *
   * @throws NoSuchElementException if the rule was not evaluated
   */
  default Outcome outcome(String rule) {
    return rules().stream()
        .filter(result -> result.rule().equals(rule))
        .map(RuleResult::outcome)
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("rule " + rule + " was not evaluated"));
  }

  /** The number of open findings of this severity. */
  default long openCount(Severity severity) {
    return findings().stream().filter(f -> f.isOpen() && f.severity() == severity).count();
  }

  /** The number of waived findings. */
  default long waivedCount() {
    return findings().stream().filter(f -> !f.isOpen()).count();
  }

  /** The number of rules with this outcome. */
  default long ruleCount(Outcome outcome) {
    return rules().stream().filter(result -> result.outcome() == outcome).count();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ComplianceReport}. */
  final class Builder extends ImmutableComplianceReport.Builder {}
}

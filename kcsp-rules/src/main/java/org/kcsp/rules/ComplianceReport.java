package org.kcsp.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.immutables.value.Value;
import org.kcsp.model.PartnershipRecord;

/**
 * The result of checking one record on one date: every finding, open and waived, every evidence
 * gap (what a rule could not decide, and what to record to decide it), every rule's outcome with
 * its reason, and what the report's pictures draw (each grant's money, each body's terms of
 * reference), so that a renderer needs nothing but the report. Immutable; the same record and date
 * give an equal report.
 *
 * <pre>{@code
 * ComplianceReport report = engine.check(record, LocalDate.of(2022, 7, 14));
 * report.hasErrors();                                   // an open ERROR finding?
 * report.outcome("GRANT_TACTICAL_POT_OVER_CAP");        // PASS, FAIL, WAIVED, NOT_ASSESSED or NOT_APPLICABLE
 * report.result("GRANT_POT_OVERCOMMITTED").reason();    // "2 grants checked"
 * report.findings("PROJECT_DUPLICATE_FUNDING");         // that rule's findings
 * report.gaps("GRANT_UNDERSPEND_RISK");                 // what that rule could not decide
 * }</pre>
 */
@Value.Immutable
public interface ComplianceReport {

  /** The partnership's id. */
  String partnershipId();

  /**
   * The file the record checked was read from, by the name {@link org.kcsp.model.io.RecordReader}
   * was given; empty for a record built in code. Its findings and gaps are placed in it ({@link
   * Finding#location()}). Equality leaves it out: equal records give equal reports wherever they
   * were read from.
   */
  @Value.Auxiliary
  Optional<String> recordFile();

  /** The partnership's name. */
  String partnershipName();

  /** The evaluation date. */
  LocalDate asOf();

  /**
   * The date the record was checked as of, when it is not {@link #asOf()}: a partnership that had
   * ceased is checked as it stood on its last day. Empty when the record was checked as of {@link
   * #asOf()} itself, which is always the case for a {@code kcsp-record/1} record.
   */
  Optional<LocalDate> effectiveDate();

  /**
   * The format of the record checked, such as {@code "kcsp-record/1"}; by default the format the
   * model reads and writes ({@link PartnershipRecord#FORMAT}).
   */
  @Value.Default
  default String recordFormat() {
    return PartnershipRecord.FORMAT;
  }

  /**
   * The id of the policy the record was checked under: which rules, with what severities and
   * sources. Every check is under {@value #DEFAULT_POLICY}, the rules of the catalogue, unless the
   * report is built with another.
   */
  @Value.Default
  default String policy() {
    return DEFAULT_POLICY;
  }

  /** The policy of every check: {@code "kcsp"}, every rule of the catalogue with its own source. */
  String DEFAULT_POLICY = "kcsp";

  /** Every finding, open and waived, in {@link Finding#ORDER}. */
  List<Finding> findings();

  /** Every rule evaluated, by id, with its outcome, reason and the number of subjects it checked. */
  List<RuleResult> rules();

  /**
   * Every evidence gap, in {@link Gap#ORDER} (rule, subject, path): one per rule, subject and
   * path. A subject with an open finding of a rule has no further gap of that rule, except where
   * the rule judges parts of the subject apart (the two pots of {@code GRANT_POT_OVERCOMMITTED});
   * other subjects keep theirs, also when the rule fails.
   */
  List<Gap> gaps();

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
   * The rules of {@link #rules()} as the policy the record was checked under sets them: title,
   * description, source, kind. What a report for other tools describes each rule by (SARIF's
   * {@code tool.driver.rules}). Like {@link #skippedRules()}, equality leaves it out. Empty in a
   * report built without it.
   */
  @Value.Auxiliary
  @Value.Default
  default RuleCatalog catalog() {
    return new RuleCatalog(List.of());
  }

  /**
   * Every grant's money on the evaluation date, in the record's order: what the HTML report's
   * grant figures draw. Its marks (a tactical pot over its cap, an overcommitted pot) are the
   * findings of this report, so skips, waivers and severities change them exactly as they change
   * {@link #findings()}.
   *
   * <p>Not part of the {@code kcsp-report/2} JSON, a versioned format: for now it is read from
   * Java only. Empty in a report built without it.
   */
  List<GrantPosition> grants();

  /**
   * The partnership's terms of reference, then each subgroup's, in the record's order, on the
   * evaluation date: what the HTML report's timeline draws. Whether a review is overdue is the
   * {@code TOR_REVIEW_OVERDUE} finding of this report, so skips, waivers and severities change it
   * exactly as they change {@link #findings()}.
   *
   * <p>Not part of the {@code kcsp-report/2} JSON, a versioned format: for now it is read from
   * Java only. Empty in a report built without it.
   */
  List<TermsOfReferenceStatus> termsOfReference();

  /** The findings of one rule. */
  default List<Finding> findings(String rule) {
    return findings().stream().filter(finding -> finding.rule().equals(rule)).toList();
  }

  /** The evidence gaps of one rule. */
  default List<Gap> gaps(String rule) {
    return gaps().stream().filter(gap -> gap.rule().equals(rule)).toList();
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
    return result(rule).outcome();
  }

  /**
   * The result of the rule with this id: its outcome, reason and how many subjects it checked.
   *
   * @throws NoSuchElementException if the rule was not evaluated
   */
  default RuleResult result(String rule) {
    return rules().stream()
        .filter(result -> result.rule().equals(rule))
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

package org.kcsp.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One record's line of a {@link Portfolio}: the partnership, the date, the policy, the counts of its
 * report, and every rule's outcome. It keeps a few hundred bytes of the report, never the report
 * itself, so a portfolio of thousands of records stays small.
 *
 * <pre>{@code
 * PortfolioRow row = portfolio.rows().get(0);
 * row.partnershipId();                          // "KCSP"
 * row.openCount(Severity.ERROR);                // 3
 * row.outcome("GRANT_TACTICAL_POT_OVER_CAP");   // Optional[FAIL]; empty when the rule is not in its policy
 * }</pre>
 */
public final class PortfolioRow {

  private static final Outcome[] OUTCOMES = Outcome.values();

  private final String recordFile;
  private final String partnershipId;
  private final String partnershipName;
  private final LocalDate asOf;
  private final LocalDate effectiveDate;
  private final String policy;
  private final String recordFormat;
  private final int[] open = new int[Severity.values().length];
  private final int waived;
  private final int gaps;
  // the rules of the record's policy, in the report's order (one list shared by the rows of a policy)
  private final List<String> rules;
  // each rule's outcome, by its place in rules, as the outcome's ordinal
  private final byte[] outcomes;

  PortfolioRow(ComplianceReport report, List<String> rules) {
    this.recordFile = report.recordFile().orElse(null);
    this.partnershipId = report.partnershipId();
    this.partnershipName = report.partnershipName();
    this.asOf = report.asOf();
    this.effectiveDate = report.effectiveDate().filter(day -> !day.equals(report.asOf())).orElse(null);
    this.policy = report.policy();
    this.recordFormat = report.recordFormat();
    for (Severity severity : Severity.values()) {
      open[severity.ordinal()] = (int) report.openCount(severity);
    }
    this.waived = (int) report.waivedCount();
    this.gaps = report.gaps().size();
    this.rules = rules;
    this.outcomes = new byte[rules.size()];
    for (int i = 0; i < rules.size(); i++) {
      outcomes[i] = (byte) report.rules().get(i).outcome().ordinal();
    }
  }

  /** The file the record was read from, by the name the reader was given; empty for a record built in code. */
  public Optional<String> recordFile() {
    return Optional.ofNullable(recordFile);
  }

  /** The partnership's id. */
  public String partnershipId() {
    return partnershipId;
  }

  /** The partnership's name. */
  public String partnershipName() {
    return partnershipName;
  }

  /** The evaluation date. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The day a partnership that had ceased was checked as of, when it is not {@link #asOf()}. */
  public Optional<LocalDate> effectiveDate() {
    return Optional.ofNullable(effectiveDate);
  }

  /** The id of the policy the record was checked under. */
  public String policy() {
    return policy;
  }

  /** The format of the record, such as {@code "kcsp-record/2"}. */
  public String recordFormat() {
    return recordFormat;
  }

  /** The number of open findings of this severity. */
  public int openCount(Severity severity) {
    return open[severity.ordinal()];
  }

  /** The number of waived findings. */
  public int waivedCount() {
    return waived;
  }

  /** The number of evidence gaps. */
  public int gapCount() {
    return gaps;
  }

  /** The rules the record was checked against (those of its policy), in the report's order. */
  public List<String> rules() {
    return rules;
  }

  /** The outcome of {@code rule}; empty when the rule is not in the record's policy. */
  public Optional<Outcome> outcome(String rule) {
    int at = rules.indexOf(rule);
    return at < 0 ? Optional.empty() : Optional.of(OUTCOMES[outcomes[at]]);
  }

  /** The number of its rules with this outcome. */
  public int ruleCount(Outcome outcome) {
    int count = 0;
    for (byte o : outcomes) {
      count += o == outcome.ordinal() ? 1 : 0;
    }
    return count;
  }

  @Override
  public String toString() {
    return "PortfolioRow[" + partnershipId + " as of " + asOf + (recordFile == null ? "" : ", " + recordFile) + "]";
  }

  /** Whether two rows hold the same partnership, date, policy and outcomes (the file aside). */
  @Override
  public boolean equals(Object other) {
    return other instanceof PortfolioRow that && partnershipId.equals(that.partnershipId)
        && partnershipName.equals(that.partnershipName) && asOf.equals(that.asOf)
        && Objects.equals(effectiveDate, that.effectiveDate) && policy.equals(that.policy)
        && recordFormat.equals(that.recordFormat) && Arrays.equals(open, that.open) && waived == that.waived
        && gaps == that.gaps && rules.equals(that.rules) && Arrays.equals(outcomes, that.outcomes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(partnershipId, asOf, policy, Arrays.hashCode(outcomes));
  }
}

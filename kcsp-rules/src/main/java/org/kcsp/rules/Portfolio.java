package org.kcsp.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Many partnerships side by side, as a funder or a county sees them: a row per record checked (the
 * partnership, the date, the policy, the counts of its report) and a column per rule, each cell
 * the rule's outcome for that record. Which rules fail where, at a glance.
 *
 * <pre>{@code
 * Portfolio portfolio = engine.portfolio(records, BatchOptions.threads(4), result -> { });
 * portfolio.rules();                                           // the columns, in id order
 * portfolio.rows().get(0).outcome("TOR_REVIEW_OVERDUE");       // Optional[FAIL]
 * portfolio.count("TOR_REVIEW_OVERDUE", Outcome.FAIL);         // how many records fail it
 * }</pre>
 *
 * <p>It holds the rows only, a few hundred bytes a record, never the reports: {@link
 * ComplianceEngine#portfolio} hands each report to its consumer (to write each record's findings
 * as they come, say) and keeps its row. Immutable.
 */
public final class Portfolio {

  private final List<String> rules;
  private final List<PortfolioRow> rows;
  // by rule: how many records had each outcome, by the outcome's ordinal
  private final Map<String, int[]> counts;

  private Portfolio(List<String> rules, List<PortfolioRow> rows, Map<String, int[]> counts) {
    this.rules = rules;
    this.rows = rows;
    this.counts = counts;
  }

  /** A portfolio of these reports, a row each, in their order. */
  public static Portfolio of(List<ComplianceReport> reports) {
    Builder builder = builder();
    reports.forEach(builder::add);
    return builder.build();
  }

  /** Builds a portfolio a report at a time. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every rule any record was checked against, in id order: the columns. */
  public List<String> rules() {
    return rules;
  }

  /** A row per record, in the order the records were given. */
  public List<PortfolioRow> rows() {
    return rows;
  }

  /** How many records have this outcome for {@code rule}; 0 for a rule of no record's policy. */
  public int count(String rule, Outcome outcome) {
    int[] byOutcome = counts.get(rule);
    return byOutcome == null ? 0 : byOutcome[outcome.ordinal()];
  }

  /** The open findings of this severity, over every record. */
  public long openCount(Severity severity) {
    return rows.stream().mapToLong(row -> row.openCount(severity)).sum();
  }

  /** The waived findings, over every record. */
  public long waivedCount() {
    return rows.stream().mapToLong(PortfolioRow::waivedCount).sum();
  }

  /** The evidence gaps, over every record. */
  public long gapCount() {
    return rows.stream().mapToLong(PortfolioRow::gapCount).sum();
  }

  /** The number of distinct partnerships, by id. */
  public long partnershipCount() {
    return rows.stream().map(PortfolioRow::partnershipId).distinct().count();
  }

  /** Collects the rows of a portfolio, a report at a time; a report is not kept once added. */
  public static final class Builder {
    // the rows so far, by the position of their record
    private final TreeMap<Integer, PortfolioRow> rows = new TreeMap<>();
    // one list of rule ids for all the rows of one policy
    private final Map<List<String>, List<String>> ruleLists = new HashMap<>();
    private int next;

    private Builder() {}

    /** Adds the row of {@code report}, after those added before it. */
    public Builder add(ComplianceReport report) {
      return add(next, report);
    }

    /** Adds the row of {@code report} as the record at {@code position} of the input. */
    Builder add(int position, ComplianceReport report) {
      Objects.requireNonNull(report, "report");
      List<String> ids = report.rules().stream().map(RuleResult::rule).toList();
      List<String> shared = ruleLists.computeIfAbsent(ids, list -> list);
      if (rows.putIfAbsent(position, new PortfolioRow(report, shared)) != null) {
        throw new IllegalStateException("a row for the record at " + position + " was added already");
      }
      next = Math.max(next, position + 1);
      return this;
    }

    /** The portfolio of the rows added, in the order of their records. */
    public Portfolio build() {
      TreeSet<String> rules = new TreeSet<>();
      ruleLists.keySet().forEach(rules::addAll);
      Map<String, int[]> counts = new HashMap<>();
      for (PortfolioRow row : rows.values()) {
        for (String rule : row.rules()) {
          counts.computeIfAbsent(rule, r -> new int[Outcome.values().length])[row.outcome(rule).orElseThrow().ordinal()]++;
        }
      }
      return new Portfolio(List.copyOf(rules), List.copyOf(rows.values()), counts);
    }
  }
}

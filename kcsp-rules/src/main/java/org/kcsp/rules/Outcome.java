package org.kcsp.rules;

/**
 * What one rule concluded on one record and date. A rule decides each of its subjects (a body, a
 * grant, a project...): a finding, clear, or not assessed when the verdict depends on what the
 * record does not say. Its outcome is the first of these that holds, in this order of precedence:
 *
 * <ol>
 *   <li>{@link #FAIL}: it has an open finding;
 *   <li>{@link #WAIVED}: it has findings, and waivers cover them all;
 *   <li>{@link #NOT_ASSESSED}: it left a subject open, with an evidence gap ({@link Gap});
 *   <li>{@link #PASS}: it applies, and every subject it checked is clear;
 *   <li>{@link #NOT_APPLICABLE}: the record holds none of the facts it reads.
 * </ol>
 *
 * <p>So a rule that fails on one subject and cannot tell on another is FAIL, and its gap is still
 * reported ({@link ComplianceReport#gaps()}).
 */
public enum Outcome {
  /** The rule applies, and every subject it checked is clear. */
  PASS,
  /** The rule has at least one open finding. */
  FAIL,
  /** The rule has findings, and every one of them is waived. */
  WAIVED,
  /**
   * The rule has no finding, and on some subject its verdict depends on facts the record does not
   * give: it reports an evidence gap there instead of guessing. Not a failure.
   */
  NOT_ASSESSED,
  /** The record holds none of the facts the rule reads: it neither passes nor fails. */
  NOT_APPLICABLE
}

package org.kcsp.rules;

/** What one rule concluded on one record and date. */
public enum Outcome {
  /** The rule applies and found nothing wrong. */
  PASS,
  /** The rule has at least one open finding. */
  FAIL,
  /** The rule has findings, and every one of them is waived. */
  WAIVED,
  /** The record holds none of the facts the rule reads: it neither passes nor fails. */
  NOT_APPLICABLE
}

package org.kcsp.model;

/** How an action's outcome is measured. */
public enum OutcomeKind {
  /** By figures. */
  QUANTITATIVE,
  /** By description and judgement. */
  QUALITATIVE
}

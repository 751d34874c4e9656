package org.kcsp.model;

/** The partnership's part in the Serious Violence Duty (Police, Crime, Sentencing and Courts Act 2022 Part 2). */
public enum SeriousViolenceRole {
  /** The partnership is the local arrangement that prepares the strategy. */
  LEAD,
  /** Another arrangement prepares it; the partnership contributes. */
  CONTRIBUTES
}

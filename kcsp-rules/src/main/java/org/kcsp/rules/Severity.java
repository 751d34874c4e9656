package org.kcsp.rules;

/** How much a finding matters. Reports list ERROR first. */
public enum Severity {
  /** A breach of a rule the partnership must keep. */
  ERROR,
  /** A risk or a lapse the partnership should act on. */
  WARNING,
  /** Something worth knowing, such as a check that could not be made. */
  INFO;

  /** Whether this is at least as severe as {@code other} (ERROR is at least WARNING). */
  public boolean isAtLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }
}

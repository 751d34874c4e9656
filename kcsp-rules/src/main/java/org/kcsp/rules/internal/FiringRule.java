package org.kcsp.rules.internal;

/**
 * The rule whose consequence is running on this thread, set by the session's agenda listener
 * around each firing. {@link org.kcsp.rules.spi.Raised#on} reads it, so a finding carries its
 * rule's id from the moment it is made, before Drools sees it: a rule that matches findings by
 * rule (WAIVER_UNUSED) sees the id on every one. Stamping the id when Drools reports the insertion
 * would be too late: by then the finding has already been matched against the conditions.
 */
public final class FiringRule {

  private static final ThreadLocal<String> RULE = new ThreadLocal<>();

  private FiringRule() {}

  static void enter(String rule) {
    RULE.set(rule);
  }

  static void leave() {
    RULE.remove();
  }

  /** The id of the rule whose consequence is running on this thread, or null outside one. */
  public static String current() {
    return RULE.get();
  }
}

package org.kcsp.model;

/**
 * What a partnership calls its strategy document (version 2): a county partnership's community
 * safety agreement, a district's partnership plan, or a strategy. Reports name the agreement by it.
 */
public enum AgreementKind {
  /** A community safety agreement: a COUNTY partnership's, unless stated. */
  AGREEMENT,
  /** A partnership plan: a DISTRICT or UNITARY partnership's, unless stated. */
  PARTNERSHIP_PLAN,
  /** A strategy. */
  STRATEGY;

  /** What a partnership of {@code tier} calls its document when the record does not say. */
  public static AgreementKind defaultFor(Tier tier) {
    return tier == Tier.COUNTY ? AGREEMENT : PARTNERSHIP_PLAN;
  }
}

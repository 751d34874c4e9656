package org.kcsp.model;

/** Which projects a total stated in a report adds up. */
public enum TotalBasis {
  /** Approved by the funder (APPROVED and COMPLETED projects). */
  APPROVED,
  /** Committed (CHAIR_APPROVED, APPROVED and COMPLETED projects). */
  COMMITTED,
  /** Refunded to the partnership. */
  REFUNDED,
  /** Withdrawn. */
  WITHDRAWN
}

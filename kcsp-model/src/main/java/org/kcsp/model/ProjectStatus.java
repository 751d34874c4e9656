package org.kcsp.model;

/** Where a funded project stands with the partnership and the funder. */
public enum ProjectStatus {
  /** Proposed to the partnership. */
  PROPOSED,
  /** Recommended by the working group. */
  RECOMMENDED,
  /** Approved by the partnership's chair, awaiting the funder's approval. */
  CHAIR_APPROVED,
  /** Approved by the funder. */
  APPROVED,
  /** Refused by the partnership or the funder. */
  REJECTED,
  /** Withdrawn before it took place. */
  WITHDRAWN,
  /** Its money was refunded to the partnership. */
  REFUNDED,
  /** Delivered. */
  COMPLETED;

  /** Live: not rejected, withdrawn or refunded. */
  public boolean isLive() {
    return this != REJECTED && this != WITHDRAWN && this != REFUNDED;
  }

  /** Committed: approved by the chair or the funder, or delivered. */
  public boolean isCommitted() {
    return this == CHAIR_APPROVED || this == APPROVED || this == COMPLETED;
  }
}

package org.kcsp.model;

/** Where a request to roll money over into a grant stands. */
public enum RolloverPermission {
  /** Asked for, not yet answered. */
  REQUESTED,
  /** Allowed by the funder. */
  GRANTED,
  /** Refused by the funder. */
  REFUSED
}

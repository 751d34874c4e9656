package org.kcsp.model;

/** The tier of local government a partnership serves. */
public enum Tier {
  /** A county, whose partnership manages a community safety agreement for a two-tier area. */
  COUNTY,
  /** A district or borough within a county. */
  DISTRICT,
  /** A unitary authority. */
  UNITARY
}

package org.kcsp.model;

/** The two parts of a Crime Reduction Grant. */
public enum Pot {
  /** Allocated to projects at the start of the year. */
  UPFRONT,
  /** Kept for emerging issues in-year. */
  TACTICAL
}

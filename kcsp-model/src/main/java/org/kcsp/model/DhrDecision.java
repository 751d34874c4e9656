package org.kcsp.model;

/** The decision on whether to hold a domestic homicide review. */
public enum DhrDecision {
  /** A review was commissioned. */
  COMMISSIONED,
  /** No review was commissioned. */
  NOT_COMMISSIONED
}

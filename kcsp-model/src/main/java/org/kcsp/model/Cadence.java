package org.kcsp.model;

/** How often an action of the action plan happens. */
public enum Cadence {
  /** Continuously. */
  ONGOING,
  /** Once a year. */
  ANNUAL,
  /** Once. */
  ONE_OFF
}

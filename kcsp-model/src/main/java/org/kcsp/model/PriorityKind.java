package org.kcsp.model;

/** Whether an agreement entry is a priority or a theme that cuts across them. */
public enum PriorityKind {
  /** A priority of the agreement. */
  PRIORITY,
  /** A cross-cutting theme. */
  CROSS_CUTTING
}

package org.kcsp.model;

/** Whether a meeting took place. */
public enum MeetingStatus {
  /** It took place. */
  HELD,
  /** It is planned; on or before the evaluation date it means it was not held. */
  SCHEDULED,
  /** It was called off. */
  CANCELLED
}

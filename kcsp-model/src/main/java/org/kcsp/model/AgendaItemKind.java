package org.kcsp.model;

/** What an agenda item is about. */
public enum AgendaItemKind {
  /** The minutes of an earlier meeting. */
  MINUTES,
  /** A review of terms of reference. */
  TERMS_OF_REFERENCE,
  /** Grant funding. */
  GRANTS,
  /** The community safety agreement or its action plan. */
  AGREEMENT,
  /** Crime and disorder scrutiny. */
  SCRUTINY,
  /** Domestic homicide reviews. */
  DOMESTIC_HOMICIDE_REVIEW,
  /** An update for noting. */
  UPDATE,
  /** Anything else. */
  OTHER
}

package org.kcsp.rules;

/** What a finding is about: the kind of the id it is reported on. */
public enum SubjectKind {
  /** The partnership itself. */
  PARTNERSHIP,
  /** A subgroup of the partnership. */
  SUBGROUP,
  /** One approval of a body's terms of reference. */
  TERMS_OF_REFERENCE,
  /** An organisation. */
  ORGANISATION,
  /** A meeting. */
  MEETING,
  /** A priority of the agreement. */
  PRIORITY,
  /** An action of the action plan. */
  ACTION,
  /** A grant. */
  GRANT,
  /** A project funded by a grant. */
  PROJECT,
  /** Another funder's award. */
  AWARD,
  /** A scrutiny session. */
  SCRUTINY_SESSION,
  /** A domestic homicide review. */
  REVIEW
}

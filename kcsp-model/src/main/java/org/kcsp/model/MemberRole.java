package org.kcsp.model;

/** How an organisation sits on a body under its terms of reference. */
public enum MemberRole {
  /** A responsible authority under the Crime and Disorder Act 1998. */
  RESPONSIBLE_AUTHORITY,
  /** A co-operating body. */
  CO_OPERATING,
  /** A participating body. */
  PARTICIPATING
}

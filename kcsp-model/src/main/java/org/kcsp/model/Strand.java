package org.kcsp.model;

/**
 * The statutory strands of a partnership's strategy, Crime and Disorder Act 1998 s6(1)(a)-(d): a
 * priority serves one or more of them.
 */
public enum Strand {
  /** s6(1)(a): crime and disorder, including anti-social behaviour. */
  CRIME_AND_DISORDER,
  /** s6(1)(b): the misuse of drugs, alcohol and other substances. */
  SUBSTANCE_MISUSE,
  /** s6(1)(c): re-offending. */
  REOFFENDING,
  /** s6(1)(d), in force from 31 January 2023: serious violence. */
  SERIOUS_VIOLENCE
}

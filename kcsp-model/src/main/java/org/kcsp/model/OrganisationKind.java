package org.kcsp.model;

/** What kind of body an organisation is; the first five are the responsible authorities' kinds. */
public enum OrganisationKind {
  /** A county, district or unitary council. */
  LOCAL_AUTHORITY,
  /** A police force. */
  POLICE,
  /** A fire and rescue authority. */
  FIRE_AND_RESCUE,
  /** A health body, such as an integrated care board. */
  HEALTH,
  /** The probation service. */
  PROBATION,
  /** A police and crime commissioner or their office. */
  POLICE_AND_CRIME_COMMISSIONER,
  /** A violence reduction unit. */
  VIOLENCE_REDUCTION_UNIT,
  /** A voluntary or community organisation. */
  VOLUNTARY,
  /** Another partnership or board. */
  PARTNERSHIP,
  /** Any other body. */
  OTHER
}

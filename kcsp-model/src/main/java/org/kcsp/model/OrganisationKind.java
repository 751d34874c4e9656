package org.kcsp.model;

/**
 * What kind of body an organisation is; the first five are the responsible authorities' kinds. The
 * last six came with version 2: a version 1 record may not use them.
 */
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
  OTHER,
  /** A youth offending team or youth justice service (version 2). */
  YOUTH_JUSTICE,
  /** A school, college or education authority (version 2). */
  EDUCATION,
  /** A prison or youth custody establishment (version 2). */
  PRISON_OR_YOUTH_CUSTODY,
  /** A housing provider (version 2). */
  HOUSING,
  /** A business body, such as a business improvement district (version 2). */
  BUSINESS,
  /** A community or faith group (version 2). */
  COMMUNITY
}

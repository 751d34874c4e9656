package org.kcsp.model;

import java.util.Optional;

/**
 * A set of grant conditions a grant may be under (its {@code conditions}, version 2): the rules
 * marked G in rules.md apply to a grant only under them. This release knows one.
 */
public enum GrantConditions {
  /** The Kent PCC's Crime Reduction Grant: the one-third tactical pot, chair then funder approval, business cases. */
  KENT_PCC_CRIME_REDUCTION_GRANT("kent-pcc-crime-reduction-grant");

  private final String id;

  GrantConditions(String id) {
    this.id = id;
  }

  /** How a record names them: {@code kent-pcc-crime-reduction-grant}. */
  public String id() {
    return id;
  }

  /** The conditions named {@code id}, if known. */
  public static Optional<GrantConditions> ofId(String id) {
    for (GrantConditions conditions : values()) {
      if (conditions.id.equals(id)) {
        return Optional.of(conditions);
      }
    }
    return Optional.empty();
  }
}

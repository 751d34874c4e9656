package org.kcsp.model;

import java.util.Optional;

/**
 * A funder's conditions on its grants, which a grant may be under (its {@code conditions}, version
 * 2, or its policy's default): the one list of their names, which records and policy files use.
 * The rules marked G in the rule catalogue apply to a grant only under their conditions. This
 * release knows one.
 */
public enum GrantConditions {
  /** The Kent PCC's Crime Reduction Grant: the one-third tactical pot, chair then funder approval, business cases. */
  KENT_PCC_CRIME_REDUCTION_GRANT("kent-pcc-crime-reduction-grant",
      "The Kent PCC's Crime Reduction Grant: the tactical pot within its cap, chair then funder approval,"
          + " business cases by the deadline, countywide projects");

  private final String id;
  private final String title;

  GrantConditions(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** How records and policy files name them: {@code kent-pcc-crime-reduction-grant}. */
  public String id() {
    return id;
  }

  /** What they are, in words. */
  public String title() {
    return title;
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

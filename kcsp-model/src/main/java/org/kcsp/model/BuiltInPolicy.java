package org.kcsp.model;

import java.util.Optional;

/**
 * The built-in policies a record may name in its {@code policy} (rules.md, <em>Policies</em>): which
 * rules it is checked against and with what sources. A record names only these; a policy file is
 * given to the check, never named by the record.
 */
public enum BuiltInPolicy {
  /** The statutory rules and those that hold a partnership to its own record: version 2's default. */
  ENGLAND("england"),
  /** Every rule, as version 1 checked them, with the Kent PCC's grant conditions: version 1's default. */
  KCSP("kcsp");

  private final String id;

  BuiltInPolicy(String id) {
    this.id = id;
  }

  /** How a record names it: {@code england}. */
  public String id() {
    return id;
  }

  /** The policy named {@code id}, if it is a built-in one. */
  public static Optional<BuiltInPolicy> ofId(String id) {
    for (BuiltInPolicy policy : values()) {
      if (policy.id.equals(id)) {
        return Optional.of(policy);
      }
    }
    return Optional.empty();
  }

  /** The policy a record of {@code version} is checked under when it names none. */
  public static BuiltInPolicy defaultFor(FormatVersion version) {
    return version == FormatVersion.V1 ? KCSP : ENGLAND;
  }
}

package org.kcsp.model;

import java.util.Optional;

/**
 * A version of the record format, as a file's {@code format} key names it.
 *
 * <p>{@link #V1} reads an absent list as an empty one. {@link #V2} keeps every key and meaning of
 * version 1 and tells <em>not recorded</em> (an absent evidence list or object) from <em>none</em>
 * ({@code []}), can say that a value is <em>unknown</em>, and adds the keys of partnerships of other
 * shapes ({@link PartnershipRecord}).
 */
public enum FormatVersion {
  /** {@code kcsp-record/1}. */
  V1("kcsp-record/1"),
  /** {@code kcsp-record/2}. */
  V2("kcsp-record/2");

  private final String id;

  FormatVersion(String id) {
    this.id = id;
  }

  /** What a file's {@code format} key holds: {@code kcsp-record/1}. */
  public String id() {
    return id;
  }

  /** The version a file's {@code format} names, or empty when it names none. */
  public static Optional<FormatVersion> ofId(String id) {
    for (FormatVersion version : values()) {
      if (version.id.equals(id)) {
        return Optional.of(version);
      }
    }
    return Optional.empty();
  }

  /** Whether a record of this version may hold what {@code other} introduced. */
  public boolean includes(FormatVersion other) {
    return compareTo(other) >= 0;
  }

  @Override
  public String toString() {
    return id;
  }
}

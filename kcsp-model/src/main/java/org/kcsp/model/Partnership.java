package org.kcsp.model;

import org.immutables.value.Value;

/**
 * The partnership itself, such as the Kent Community Safety Partnership.
 *
 * <p>Its id shares one id space with its subgroups: both are <em>bodies</em>, which hold terms of
 * reference and meetings.
 */
@Value.Immutable
public interface Partnership {

  /** The body id, such as {@code "KCSP"}. */
  String id();

  /** {@code "Kent Community Safety Partnership"}. */
  String name();

  /** {@code "Kent"}. */
  String area();

  /** A county partnership manages a community safety agreement for a two-tier area. */
  Tier tier();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Partnership}. */
  final class Builder extends ImmutablePartnership.Builder {}

  @Value.Check
  default void check() {
    new Invariants().notBlank("id", id()).notBlank("name", name()).throwIfAny();
  }
}

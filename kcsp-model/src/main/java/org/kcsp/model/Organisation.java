package org.kcsp.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A body the record refers to: a council, the police, the PCC, a health body, a funder.
 *
 * <p>An organisation may have a life span ({@link #existsFrom()}, {@link #existsUntil()}) and a
 * successor, as the Kent and Medway CCG was succeeded by the Integrated Care Board from 1 July
 * 2022.
 */
@Value.Immutable
public interface Organisation extends PartlyKnown {

  /** Such as {@code "KM-ICB"}. */
  String id();

  String name();

  OrganisationKind kind();

  /** The first day it exists, if it began within the record's span. */
  Optional<LocalDate> existsFrom();

  /** The last day it exists, if it has ceased. */
  Optional<LocalDate> existsUntil();

  /** The organisation that took on its responsibilities. */
  Optional<String> succeededBy();

  /** Whether it exists on {@code date}: not before its first day and not after its last. */
  default boolean existsOn(LocalDate date) {
    return existsFrom().map(from -> !date.isBefore(from)).orElse(true)
        && existsUntil().map(until -> !date.isAfter(until)).orElse(true);
  }

  /** Whether it had ceased before {@code date}: its last day is before it. */
  default boolean ceasedBefore(LocalDate date) {
    return existsUntil().map(until -> until.isBefore(date)).orElse(false);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Organisation}. */
  final class Builder extends ImmutableOrganisation.Builder {}

  @Value.Check
  default void check() {
    new Invariants().described(this)
        .notAfter("existsFrom", existsFrom().orElse(null), "existsUntil", existsUntil().orElse(null))
        .require(
            !succeededBy().equals(Optional.of(id())),
            "succeededBy",
            "an organisation cannot succeed itself")
        .throwIfAny();
  }
}

package org.kcsp.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Money rolled over into a grant's pot, such as the £10,000 knife crime first aid refund the KCSP
 * asked to roll into 2020/21. Only a {@link RolloverPermission#GRANTED} rollover adds to a pot.
 */
@Value.Immutable
public interface Rollover extends PartlyKnown {

  Money amount();

  /** The grant the money comes from, if it is in the record. */
  Optional<String> fromGrant();

  Pot intoPot();

  RolloverPermission permission();

  /** When permission was asked for. */
  Optional<LocalDate> requestedOn();

  default boolean isGranted() {
    return permission() == RolloverPermission.GRANTED;
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Rollover}. */
  final class Builder extends ImmutableRollover.Builder {}

  @Value.Check
  default void check() {
    new Invariants().described(this).throwIfAny();
  }
}

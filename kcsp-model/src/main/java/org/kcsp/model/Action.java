package org.kcsp.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An action of the agreement's action plan, serving one or more priorities. */
@Value.Immutable
public interface Action extends PartlyKnown {

  String id();

  String title();

  /** The ids of the priorities it serves. */
  List<String> priorities();

  /** The organisation that leads it. */
  Optional<String> lead();

  Cadence cadence();

  /** How its results are measured; an action with none is reported. */
  List<Outcome> outcomes();

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Action}. */
  final class Builder extends ImmutableAction.Builder {}

  @Value.Check
  default void check() {
    new Invariants().described(this).throwIfAny();
  }
}

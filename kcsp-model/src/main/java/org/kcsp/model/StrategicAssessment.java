package org.kcsp.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An annual strategic assessment of the partnership's area (Crime and Disorder (Formulation and
 * Implementation of Strategy) Regulations 2007, regs 5-7). After the evaluation date it is absent.
 */
@Value.Immutable
public interface StrategicAssessment extends PartlyKnown {

  String id();

  LocalDate completedOn();

  Optional<String> title();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StrategicAssessment}. */
  final class Builder extends ImmutableStrategicAssessment.Builder {}

  @Value.Check
  default void check() {
    new Invariants().described(this).throwIfAny();
  }
}

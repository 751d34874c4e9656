package org.kcsp.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** Feedback on a project's outcomes owed to the funder: when it is due and when it was sent. */
@Value.Immutable
public interface OutcomeReport extends PartlyKnown {

  LocalDate due();

  Optional<LocalDate> submittedOn();

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OutcomeReport}. */
  final class Builder extends ImmutableOutcomeReport.Builder {}

  @Value.Check
  default void check() {
    new Invariants().described(this).throwIfAny();
  }
}

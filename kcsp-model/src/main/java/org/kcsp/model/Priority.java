package org.kcsp.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A priority of the community safety agreement, or a theme that cuts across the priorities.
 *
 * <p>A priority added in a refresh has a {@link #since()} date: before it, the priority is absent.
 */
@Value.Immutable
public interface Priority extends PartlyKnown {

  String id();

  String name();

  PriorityKind kind();

  /** When it became a priority, if it was added after the agreement was first written. */
  Optional<LocalDate> since();

  /** The name it had before a refresh renamed it. */
  Optional<String> formerName();

  /** The statutory strands it serves, each once (an evidence list: {@code isRecorded("strands")}). */
  List<Strand> strands();

  /** Whether it is a cross-cutting theme rather than a priority. */
  default boolean isCrossCutting() {
    return kind() == PriorityKind.CROSS_CUTTING;
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Priority}. */
  final class Builder extends ImmutablePriority.Builder {}

  @Value.Check
  default void check() {
    new Invariants().described(this).throwIfAny();
  }
}

package org.kcsp.model;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/** A meeting of a body: held, scheduled or cancelled, with its agenda. */
@Value.Immutable
public interface Meeting extends PartlyKnown {

  String id();

  /** The body (partnership or subgroup) that meets. */
  String body();

  LocalDate date();

  MeetingStatus status();

  List<AgendaItem> items();

  /** Whether it took place. */
  default boolean isHeld() {
    return status() == MeetingStatus.HELD;
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Meeting}. */
  final class Builder extends ImmutableMeeting.Builder {}

  @Value.Check
  default void check() {
    new Invariants().described(this).throwIfAny();
  }
}

package org.kcsp.model;

import java.util.Optional;
import org.immutables.value.Value;

/** One item on a meeting's agenda. */
@Value.Immutable
public interface AgendaItem extends PartlyKnown {

  String title();

  AgendaItemKind kind();

  /** For a {@link AgendaItemKind#MINUTES} item: the meeting whose minutes it approves. */
  Optional<String> approvesMinutesOf();

  /** What the meeting resolved. */
  Optional<String> resolution();

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgendaItem}. */
  final class Builder extends ImmutableAgendaItem.Builder {}

  @Value.Check
  default void check() {
    new Invariants().described(this)
        .require(
            approvesMinutesOf().isEmpty() || kind() == AgendaItemKind.MINUTES,
            "approvesMinutesOf",
            "approvesMinutesOf is only allowed on a MINUTES item, not on "
                + ("AEIOU".indexOf(kind().name().charAt(0)) >= 0 ? "an " : "a ") + kind() + " item")
        .throwIfAny();
  }
}

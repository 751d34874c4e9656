package org.kcsp.model;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/** The community safety agreement with its priorities and action plan. */
@Value.Immutable
public interface Agreement {

  /** {@code "Kent Community Safety Agreement"}. */
  String name();

  /** When the agreement and its action plan were last refreshed. */
  LocalDate lastRefreshedOn();

  List<Priority> priorities();

  List<Action> actions();

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Agreement}. */
  final class Builder extends ImmutableAgreement.Builder {}
}

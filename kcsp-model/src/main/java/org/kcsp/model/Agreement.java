package org.kcsp.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The community safety agreement with its priorities and action plan: in version 2, whatever the
 * partnership calls its strategy document ({@link #kind()}). Its {@code actions} are an evidence
 * list ({@code isRecorded("actions")}).
 */
@Value.Immutable
public interface Agreement extends PartlyKnown {

  /** {@code "Kent Community Safety Agreement"}. */
  String name();

  /** When the agreement and its action plan were last refreshed. */
  LocalDate lastRefreshedOn();

  List<Priority> priorities();

  List<Action> actions();

  /** What the partnership calls it, when the record says (version 2); see {@link #kindFor(Tier)}. */
  Optional<AgreementKind> kind();

  /** What the partnership calls it: {@link #kind()} when stated, else the default for its tier. */
  default AgreementKind kindFor(Tier tier) {
    return kind().orElse(AgreementKind.defaultFor(tier));
  }

  /** When the current version was sent to the local policing body (version 2). */
  Optional<LocalDate> sentToPolicingBodyOn();

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Agreement}. */
  final class Builder extends ImmutableAgreement.Builder {}

  @Value.Check
  default void check() {
    new Invariants().described(this).throwIfAny();
  }
}

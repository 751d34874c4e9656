package org.kcsp.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Funding another funder gives for an activity, such as the Violence Reduction Unit's funding of
 * Bystander Approach Training. It is how kcsp sees that a project would be funded twice.
 *
 * <p>Its period is {@code from..to} (open-ended without {@code to}) when {@code from} is given,
 * else its financial year; at least one of the two is required.
 */
@Value.Immutable
public interface ExternalAward extends PartlyKnown {

  String id();

  /** The organisation that gives it. */
  String funder();

  String title();

  /** A key naming the funded activity, shared with the projects that fund the same activity. */
  Optional<String> activity();

  Optional<Money> amount();

  Optional<FinancialYear> financialYear();

  /** The first day of its period. The builder's copying {@code from(ExternalAward)} gives way to it. */
  @SuppressWarnings("immutables:from")
  Optional<LocalDate> from();

  Optional<LocalDate> to();

  /** The first day of its period. */
  default LocalDate periodStart() {
    return from().orElseGet(() -> financialYear().orElseThrow().firstDay());
  }

  /** The last day of its period, or empty when it has no end. */
  default Optional<LocalDate> periodEnd() {
    return from().isPresent() ? to() : financialYear().map(FinancialYear::lastDay);
  }

  /** Whether its period shares at least one day with {@code year}. */
  default boolean overlaps(FinancialYear year) {
    return year.overlaps(periodStart(), periodEnd().orElse(null));
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ExternalAward}. */
  final class Builder extends ImmutableExternalAward.Builder {}

  @Value.Check
  default void check() {
    new Invariants().described(this)
        .require(
            financialYear().isPresent() || from().isPresent(),
            RecordPath.ROOT,
            "an award needs a financialYear or a from date to give it a period")
        .require(to().isEmpty() || from().isPresent(), "to", "to is only allowed with from")
        .notAfter("from", from().orElse(null), "to", to().orElse(null))
        .throwIfAny();
  }
}

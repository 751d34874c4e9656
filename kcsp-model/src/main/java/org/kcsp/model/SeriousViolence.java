package org.kcsp.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The partnership's part in the Serious Violence Duty (Police, Crime, Sentencing and Courts Act
 * 2022 Part 2): its role, when it assessed needs, published its strategy and reviewed it. After the
 * evaluation date an assessment, publication or review is not done.
 */
@Value.Immutable
public interface SeriousViolence extends PartlyKnown {

  SeriousViolenceRole role();

  Optional<LocalDate> needsAssessedOn();

  Optional<LocalDate> strategyPublishedOn();

  /** Each review of the strategy, none before its publication. */
  List<LocalDate> strategyReviewedOn();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SeriousViolence}. */
  final class Builder extends ImmutableSeriousViolence.Builder {}

  @Value.Check
  default void check() {
    Invariants invariants = new Invariants().described(this);
    LocalDate published = strategyPublishedOn().orElse(null);
    for (int i = 0; i < strategyReviewedOn().size(); i++) {
      LocalDate review = strategyReviewedOn().get(i);
      invariants.require(published == null || !review.isBefore(published),
          RecordPath.ROOT.key("strategyReviewedOn").index(i),
          "strategyReviewedOn (" + review + ") must not be before strategyPublishedOn (" + published + ")");
    }
    invariants.throwIfAny();
  }
}

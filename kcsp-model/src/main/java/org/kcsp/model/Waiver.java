package org.kcsp.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A finding the partnership has knowingly accepted, until a date: the finding of {@link #rule()}
 * on {@link #subject()} is reported as waived, not open, up to and including {@link #until()}.
 */
@Value.Immutable
public interface Waiver {

  /** The rule id, such as {@code "TOR_REVIEW_OVERDUE"}. */
  String rule();

  /** The id the finding is reported on. */
  String subject();

  String reason();

  /** The body whose decision accepted it. */
  String approvedBy();

  /** The last day it applies. */
  LocalDate until();

  /** Whether it applies on {@code date}. */
  default boolean appliesOn(LocalDate date) {
    return !date.isAfter(until());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Waiver}. */
  final class Builder extends ImmutableWaiver.Builder {}

  @Value.Check
  default void check() {
    new Invariants().described(this).throwIfAny();
  }
}

package org.kcsp.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One approval of one body's terms of reference: who approved which version when, how often it
 * must be reviewed, how often the body meets and who sits on it.
 */
@Value.Immutable
public interface TermsOfReference extends PartlyKnown {

  /** The default review interval: every year. */
  int ANNUAL_REVIEW_MONTHS = 12;

  /** The shortest review interval, in months. */
  int SHORTEST_REVIEW_MONTHS = 1;

  /** The longest review interval, in months: five years. */
  int LONGEST_REVIEW_MONTHS = 60;

  /** The most meetings a year a body may say it holds: one a week. */
  int MOST_MEETINGS_PER_YEAR = 52;

  String id();

  /** The body (partnership or subgroup) whose terms these are. */
  String body();

  /** Such as {@code "2022"}. */
  String version();

  LocalDate approvedOn();

  /** The body whose decision approved it. */
  String approvedBy();

  /** How often it must be reviewed, 1 to 60 months; 12 unless stated. */
  @Value.Default
  default int reviewIntervalMonths() {
    return ANNUAL_REVIEW_MONTHS;
  }

  /** How often the body says it meets, 0 to 52 times a year, if it says. */
  OptionalInt meetingsPerYear();

  /** Who sits on the body under this version. */
  List<Membership> membership();

  /** A summary of what changed. */
  Optional<String> changes();

  /** The day by which the next review is due: approval plus the review interval. */
  default LocalDate reviewDue() {
    return approvedOn().plusMonths(reviewIntervalMonths());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TermsOfReference}. */
  final class Builder extends ImmutableTermsOfReference.Builder {}

  @Value.Check
  default void check() {
    Invariants invariants =
        new Invariants().described(this)
            .inRange("reviewIntervalMonths", reviewIntervalMonths(), SHORTEST_REVIEW_MONTHS, LONGEST_REVIEW_MONTHS);
    if (meetingsPerYear().isPresent()) {
      invariants.inRange("meetingsPerYear", meetingsPerYear().getAsInt(), 0, MOST_MEETINGS_PER_YEAR);
    }
    invariants.throwIfAny();
  }
}

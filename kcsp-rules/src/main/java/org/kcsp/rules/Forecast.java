package org.kcsp.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * What falls due: the findings of a record that open on some day after a date, within a number of
 * days, and are not open on that date, each with the first day it opens. Exactly what checking the
 * record on each of those days would report: a review that falls due, a year end that comes, a
 * waiver that ends (its finding opens the day after its last day).
 *
 * <pre>{@code
 * Forecast forecast = engine.forecast(record, LocalDate.of(2022, 7, 14), 365);
 * for (Forecast.Due due : forecast.due()) {
 *   System.out.println(due.opensOn() + " " + due.finding().rule() + " on " + due.finding().subject().id());
 * }
 * }</pre>
 */
@Value.Immutable
public interface Forecast {

  /** The partnership's id. */
  String partnershipId();

  /** The partnership's name. */
  String partnershipName();

  /** The format of the record, such as {@code "kcsp-record/2"}. */
  String recordFormat();

  /** The id of the policy the record was checked under. */
  String policy();

  /** The day the forecast is made on: what is open on it is not forecast. */
  LocalDate asOf();

  /** The last day the forecast looks at. */
  LocalDate until();

  /** The days looked at after {@link #asOf()}: {@code until} is {@code asOf} plus these. */
  default long days() {
    return ChronoUnit.DAYS.between(asOf(), until());
  }

  /**
   * Each finding that opens in ({@link #asOf()}, {@link #until()}] and is not open on {@link
   * #asOf()}, once, on the first day it is open, as the check of that day reports it; by day, then
   * in {@link Finding#ORDER}.
   */
  List<Due> due();

  /**
   * A finding that opens: the first day it is open, the finding as the check of that day reports
   * it, and what a calendar calls it.
   *
   * @param opensOn the first day after the forecast's date on which the finding is open
   * @param finding the finding, as reported on that day
   * @param summary a line a person reads in a calendar: what falls due and on what, such as
   *     {@code "ToR review due: Kent Community Safety Partnership"} (the rule's {@code @due}, else
   *     its title, and the subject's name)
   */
  record Due(LocalDate opensOn, Finding finding, String summary) {

    /** By day, then as reports order findings. */
    public static final Comparator<Due> ORDER =
        Comparator.comparing(Due::opensOn).thenComparing(Due::finding, Finding.ORDER);

    public Due {
      Objects.requireNonNull(opensOn, "opensOn");
      Objects.requireNonNull(finding, "finding");
      Objects.requireNonNull(summary, "summary");
    }
  }

  /** Its last day is not before its first. */
  @Value.Check
  default void check() {
    if (until().isBefore(asOf())) {
      throw new IllegalArgumentException("a forecast ends on or after the day it is made: " + asOf() + " to " + until());
    }
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Forecast}. */
  final class Builder extends ImmutableForecast.Builder {}
}

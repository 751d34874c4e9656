package org.kcsp.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.kcsp.model.PartnershipRecord;

/**
 * How {@link ComplianceEngine#checkAll(java.util.Iterator, BatchOptions, java.util.function.Consumer)}
 * checks a batch: on which date, on how many threads, and in which order it hands the results
 * over. Immutable; each {@code with...} method returns a changed copy.
 *
 * <pre>{@code
 * BatchOptions options = BatchOptions.threads(Runtime.getRuntime().availableProcessors())
 *     .withFallbackDate(LocalDate.of(2026, 12, 6))   // for records without an asOf of their own
 *     .inInputOrder();                               // results in the input's order
 * engine.checkAll(records, options, result -> ...);
 * }</pre>
 *
 * <p>A record is checked as of {@link #asOf()} when it is given; else as of its own {@code asOf};
 * else as of {@link #fallbackDate()}; with none of the three its result is a failure.
 */
public final class BatchOptions {

  private final int threads;
  private final LocalDate asOf;
  private final LocalDate fallbackDate;
  private final boolean inInputOrder;

  private BatchOptions(int threads, LocalDate asOf, LocalDate fallbackDate, boolean inInputOrder) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.threads = threads;
    this.asOf = asOf;
    this.fallbackDate = fallbackDate;
    this.inInputOrder = inInputOrder;
  }

  /**
   * Checks on this many threads, each record as of its own date, handing results over as they are
   * ready.
   *
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public static BatchOptions threads(int threads) {
    return new BatchOptions(threads, null, null, false);
  }

  /** The same options, with every record checked as of {@code date} whatever its own date. */
  public BatchOptions withAsOf(LocalDate date) {
    return new BatchOptions(threads, Objects.requireNonNull(date, "date"), fallbackDate, inInputOrder);
  }

  /**
   * The same options, with a record that has no {@code asOf} of its own checked as of {@code
   * date} (the command line passes today); the record itself is not changed.
   */
  public BatchOptions withFallbackDate(LocalDate date) {
    return new BatchOptions(threads, asOf, Objects.requireNonNull(date, "date"), inInputOrder);
  }

  /**
   * The same options, with results handed over in the input's order rather than as they are
   * ready. Memory stays bounded: a result that is ready early waits, but no more records are
   * taken from the input than the threads may hold in flight.
   */
  public BatchOptions inInputOrder() {
    return new BatchOptions(threads, asOf, fallbackDate, true);
  }

  /** How many records are checked at once. */
  public int threadCount() {
    return threads;
  }

  /** The date every record is checked on, if one is set. */
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  /** The date a record without an {@code asOf} of its own is checked on, if one is set. */
  public Optional<LocalDate> fallbackDate() {
    return Optional.ofNullable(fallbackDate);
  }

  /** Whether results are handed over in the input's order. */
  public boolean isInInputOrder() {
    return inInputOrder;
  }

  /** The date this record is checked on, or empty when neither the options nor the record give one. */
  Optional<LocalDate> dateOf(PartnershipRecord record) {
    if (asOf != null) {
      return Optional.of(asOf);
    }
    return record.asOf().or(() -> Optional.ofNullable(fallbackDate));
  }
}

package org.kcsp.examples.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.kcsp.model.Money;

/**
 * Random draws for the generator, from a {@link SplittableRandom} whose seed is mixed from the
 * generator's seed and the coordinates of what is drawn (partnership, year, section), so each part
 * of a record depends on nothing generated before it.
 */
final class Draw {

  private final SplittableRandom random;

  Draw(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A seed mixed from these values (SplitMix64's finaliser after each), well spread for any input. */
  static long mix(long... values) {
    long h = 0x9E3779B97F4A7C15L;
    for (long value : values) {
      h = finalise(h ^ finalise(value + 0x632BE59BD9B4E019L));
    }
    return h;
  }

  private static long finalise(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** A whole number from {@code low} to {@code high}, both included. */
  int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  /** A long from {@code low} to {@code high}, both included. */
  long between(long low, long high) {
    return low + random.nextLong(high - low + 1);
  }

  /** A number from 0 (included) to 1 (excluded). */
  double fraction() {
    return random.nextDouble();
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** {@code count} different values, in the order drawn. */
  <T> List<T> sample(List<T> values, int count) {
    List<T> pool = new ArrayList<>(values);
    List<T> chosen = new ArrayList<>(count);
    for (int i = 0; i < count && !pool.isEmpty(); i++) {
      chosen.add(pool.remove(random.nextInt(pool.size())));
    }
    return chosen;
  }

  /** A date from {@code from} to {@code to}, both included; {@code from} when {@code to} is before it. */
  LocalDate date(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
  }

  /** A whole number of pounds from {@code low} to {@code high}. */
  Money pounds(long low, long high) {
    return Money.ofPounds(between(low, high));
  }

  /** An amount of pounds from {@code low} to {@code high}, mostly whole, sometimes with pence. */
  Money roughPounds(long low, long high) {
    long pounds = between(low, high);
    return chance(0.2) ? Money.ofPence(pounds * 100 + between(1, 99)) : Money.ofPounds(pounds);
  }
}

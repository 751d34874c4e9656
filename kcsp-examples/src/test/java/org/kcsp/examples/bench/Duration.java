package org.kcsp.examples.bench;

import java.util.Locale;

/**
 * A measured time, printed with three significant figures in the unit that suits it: {@code 412
 * µs}, {@code 3.41 ms}, {@code 1.27 s}.
 *
 * @param nanos the time in nanoseconds
 */
record Duration(double nanos) {

  static Duration nanos(double nanos) {
    return new Duration(nanos);
  }

  static Duration seconds(double seconds) {
    return new Duration(seconds * 1e9);
  }

  @Override
  public String toString() {
    if (nanos >= 1e9) {
      return figure(nanos / 1e9) + " s";
    }
    if (nanos >= 1e6) {
      return figure(nanos / 1e6) + " ms";
    }
    return figure(nanos / 1e3) + " µs";
  }

  private static String figure(double value) {
    if (value >= 100) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
  }
}

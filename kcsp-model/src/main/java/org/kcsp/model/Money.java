package org.kcsp.model;

import java.math.BigDecimal;

/**
 * An exact, non-negative amount of pounds sterling, held in pence.
 *
 * <p>Money never passes through a {@code double}: {@code Money.of("13220.33")} holds exactly
 * 1,322,033 pence. It formats for people as {@code £13,220.33} ({@link #format()}) and for
 * machines as {@code 13220.33} ({@link #toString()}).
 *
 * <pre>{@code
 * Money allocation = Money.of("39661");
 * Money cap = Fraction.of("1/3").of(allocation);   // £13,220.33, rounded down to the penny
 * allocation.minus(cap).format();                  // "£26,440.67"
 * }</pre>
 */
public final class Money implements Comparable<Money> {

  /** No money at all. */
  public static final Money ZERO = new Money(0);

  /** The largest amount a record may hold: £9,999,999,999.99. */
  public static final Money MAX = new Money(999_999_999_999L);

  private final long pence;

  private Money(long pence) {
    this.pence = pence;
  }

  /**
   * An amount in pence.
   *
   * @throws IllegalArgumentException if {@code pence} is negative or above {@link #MAX}
   */
  public static Money ofPence(long pence) {
    if (pence < 0) {
      throw new IllegalArgumentException("money must not be negative, got " + pence + " pence");
    }
    if (pence > MAX.pence) {
      throw new IllegalArgumentException(
          "money must be at most " + MAX + ", got " + BigDecimal.valueOf(pence, 2).toPlainString());
    }
    return pence == 0 ? ZERO : new Money(pence);
  }

  /**
   * An amount of pounds written as a decimal: {@code "39661"}, {@code "2541.5"},
   * {@code "13220.33"}.
   *
   * @throws IllegalArgumentException if it is not a plain decimal number, is negative, has more
   *     than two decimals or is above {@link #MAX}
   */
  public static Money of(String pounds) {
    if (pounds == null || !pounds.matches("-?[0-9]+(\\.[0-9]+)?")) {
      throw new IllegalArgumentException(
          "money must be a number of pounds with at most two decimals, got " + Problem.quote(pounds));
    }
    return of(new BigDecimal(pounds));
  }

  /**
   * An amount of pounds.
   *
   * @throws IllegalArgumentException if it is negative, has more than two decimals (after
   *     trailing zeros are removed) or is above {@link #MAX}
   */
  public static Money of(BigDecimal pounds) {
    BigDecimal stripped = pounds.stripTrailingZeros();
    if (stripped.scale() > 2) {
      throw new IllegalArgumentException(
          "money must have at most two decimals, got " + pounds.toPlainString());
    }
    if (pounds.signum() < 0) {
      throw new IllegalArgumentException("money must not be negative, got " + pounds.toPlainString());
    }
    if (pounds.compareTo(MAX.toBigDecimal()) > 0) {
      throw new IllegalArgumentException(
          "money must be at most " + MAX + ", got " + pounds.toPlainString());
    }
    return ofPence(pounds.movePointRight(2).longValueExact());
  }

  /** A whole number of pounds. */
  public static Money ofPounds(long pounds) {
    if (pounds < 0 || pounds > MAX.pence / 100) {
      throw new IllegalArgumentException("money must be between 0 and " + MAX + ", got " + pounds);
    }
    return ofPence(pounds * 100);
  }

  /** The amount in pence. */
  public long pence() {
    return pence;
  }

  /** The amount in pounds, with scale 2. */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(pence, 2);
  }

  /** This plus {@code other}. */
  public Money plus(Money other) {
    return ofPence(Math.addExact(pence, other.pence));
  }

  /**
   * This minus {@code other}.
   *
   * @throws IllegalArgumentException if {@code other} is larger (money is never negative)
   */
  public Money minus(Money other) {
    if (other.pence > pence) {
      throw new IllegalArgumentException("cannot take " + other + " from " + this);
    }
    return ofPence(pence - other.pence);
  }

  /** The larger of this and {@code other}, minus the smaller. */
  public Money difference(Money other) {
    return ofPence(Math.abs(pence - other.pence));
  }

  public boolean isZero() {
    return pence == 0;
  }

  public boolean isGreaterThan(Money other) {
    return pence > other.pence;
  }

  public boolean isLessThan(Money other) {
    return pence < other.pence;
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(pence, other.pence);
  }

  /** For people: {@code £13,220.33}, always with pence ({@link #format(long)}). */
  public String format() {
    return format(pence);
  }

  /**
   * Any number of pence for people: {@code £13,220.33}, always with pence, thousands grouped by
   * commas, a minus sign before the pound sign when negative ({@code -£12.00}). It takes a {@code
   * long}, not a {@code Money}, because what people are told is often a sum or a difference of
   * amounts, which can be more than {@link #MAX} or below zero. The same in any locale, and safe
   * from any thread.
   */
  public static String format(long pence) {
    String digits = Long.toString(pence);
    int start = pence < 0 ? 1 : 0;
    if (digits.length() - start < 3) {
      digits = digits.substring(0, start) + "0".repeat(3 - (digits.length() - start)) + digits.substring(start);
    }
    int pounds = digits.length() - 2;
    StringBuilder text = new StringBuilder(digits.length() + digits.length() / 3 + 2);
    if (start == 1) {
      text.append('-');
    }
    text.append('£');
    for (int i = start; i < pounds; i++) {
      if (i > start && (pounds - i) % 3 == 0) {
        text.append(',');
      }
      text.append(digits.charAt(i));
    }
    return text.append('.').append(digits, pounds, digits.length()).toString();
  }

  /** For machines: {@code 13220.33}, always with two decimals and no separators. */
  @Override
  public String toString() {
    return toBigDecimal().toPlainString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Money && ((Money) other).pence == pence;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(pence);
  }
}

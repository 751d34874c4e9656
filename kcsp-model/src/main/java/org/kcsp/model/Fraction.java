package org.kcsp.model;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A share greater than zero and at most one, such as the one-third cap on a tactical pot.
 *
 * <p>It is held reduced ({@code "2/6"} equals {@code "1/3"}) and applied to money by exact
 * multiplication, rounding down to the penny: {@code Fraction.of("1/3").of(Money.of("39661"))} is
 * £13,220.33.
 */
public final class Fraction {

  /** One third: the default cap on a Crime Reduction Grant's tactical pot. */
  public static final Fraction ONE_THIRD = new Fraction(1, 3);

  private static final Pattern FORM = Pattern.compile("([0-9]{1,9})/([0-9]{1,9})");

  private final int numerator;
  private final int denominator;

  private Fraction(int numerator, int denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Parses {@code "n/d"}.
   *
   * @throws IllegalArgumentException unless it has that form and {@code 0 < n/d <= 1}
   */
  public static Fraction of(String text) {
    Matcher matcher = text == null ? null : FORM.matcher(text);
    if (matcher == null || !matcher.matches()) {
      throw new IllegalArgumentException(
          "a fraction must be written as \"n/d\", such as \"1/3\", got " + Problem.quote(text));
    }
    return of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
  }

  /**
   * The fraction {@code numerator/denominator}.
   *
   * @throws IllegalArgumentException unless {@code 0 < numerator/denominator <= 1}
   */
  public static Fraction of(int numerator, int denominator) {
    if (denominator <= 0 || numerator <= 0 || numerator > denominator) {
      throw new IllegalArgumentException(
          "a fraction must be more than 0 and at most 1, got " + numerator + "/" + denominator);
    }
    int gcd = BigInteger.valueOf(numerator).gcd(BigInteger.valueOf(denominator)).intValue();
    return new Fraction(numerator / gcd, denominator / gcd);
  }

  public int numerator() {
    return numerator;
  }

  public int denominator() {
    return denominator;
  }

  /** This share of {@code amount}, rounded down to the penny. */
  public Money of(Money amount) {
    BigInteger share =
        BigInteger.valueOf(amount.pence())
            .multiply(BigInteger.valueOf(numerator))
            .divide(BigInteger.valueOf(denominator));
    return Money.ofPence(share.longValueExact());
  }

  /** {@code "1/3"}. */
  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Fraction
        && ((Fraction) other).numerator == numerator
        && ((Fraction) other).denominator == denominator;
  }

  @Override
  public int hashCode() {
    return 31 * numerator + denominator;
  }
}

package org.kcsp.rules.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kcsp.model.Fraction;

/**
 * What a rule's parameter counts, with the values a policy may give it: a whole number of days or
 * months, or a fraction greater than 0 and at most 1.
 */
public enum ParameterUnit {
  /** A whole number of days, from 0 to 3,660 (ten years). */
  DAYS(0, 3_660),
  /** A whole number of months, from 1 to 120 (ten years). */
  MONTHS(1, 120),
  /** A fraction {@code "n/d"} greater than 0 and at most 1, such as {@code "1/3"}. */
  FRACTION(0, 0);

  private static final Pattern WHOLE = Pattern.compile("0|[1-9][0-9]{0,8}");

  private final int least;
  private final int most;

  ParameterUnit(int least, int most) {
    this.least = least;
    this.most = most;
  }

  /**
   * The value {@code text} stands for, in its canonical form ({@code "92"}, {@code "1/3"}).
   *
   * @throws IllegalArgumentException saying what values the unit takes
   */
  public String canonical(String text) {
    if (this == FRACTION) {
      return Fraction.of(text).toString();
    }
    if (text == null || !WHOLE.matcher(text).matches() || Integer.parseInt(text) < least || Integer.parseInt(text) > most) {
      throw new IllegalArgumentException(wanted() + ", got " + text);
    }
    return text;
  }

  /** What values it takes, in words: {@code "a whole number of days from 0 to 3660"}. */
  public String wanted() {
    return switch (this) {
      case DAYS, MONTHS -> "a whole number of " + name().toLowerCase(java.util.Locale.ROOT) + " from " + least + " to " + most;
      case FRACTION -> "a fraction \"n/d\" greater than 0 and at most 1, such as \"1/3\"";
    };
  }

  /** A canonical value for people: {@code "92 days"}, {@code "1 month"}, {@code "1/3"}. */
  public String words(String value) {
    return switch (this) {
      case DAYS -> value + (value.equals("1") ? " day" : " days");
      case MONTHS -> value + (value.equals("1") ? " month" : " months");
      case FRACTION -> value;
    };
  }

  /** The value as a Java value the rules read: an {@link Integer} or a {@link Fraction}. */
  public Object value(String canonical) {
    return this == FRACTION ? Fraction.of(canonical) : Integer.valueOf(canonical);
  }

  private static final Pattern DECLARATION =
      Pattern.compile("\\s*([A-Za-z][A-Za-z0-9]*)\\s*=\\s*(?:([0-9]+)\\s+(days?|months?)|([0-9]+/[0-9]+))\\s*");

  /**
   * A declaration of a rule's {@code @parameters}: {@code maxDaysApart = 92 days}, {@code months =
   * 1 month}, {@code defaultCap = 1/3}.
   *
   * @throws IllegalArgumentException saying how a declaration is written
   */
  static ParameterDeclaration declaration(String text) {
    Matcher matcher = DECLARATION.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("a parameter is declared as \"name = 92 days\", \"name = 12 months\" or"
          + " \"name = 1/3\", got \"" + text.strip() + "\"");
    }
    ParameterUnit unit = matcher.group(4) != null ? FRACTION : matcher.group(3).startsWith("day") ? DAYS : MONTHS;
    String value = matcher.group(4) != null ? matcher.group(4) : matcher.group(2);
    return new ParameterDeclaration(matcher.group(1), unit, unit.canonical(value));
  }
}

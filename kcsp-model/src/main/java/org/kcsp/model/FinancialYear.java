package org.kcsp.model;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK public-sector financial year, from 1 April to 31 March, written {@code "2019/20"}.
 *
 * <pre>{@code
 * FinancialYear year = FinancialYear.parse("2019/20");
 * year.firstDay();                              // 2019-04-01
 * year.lastDay();                               // 2020-03-31
 * year.contains(LocalDate.of(2020, 3, 18));     // true
 * }</pre>
 */
public final class FinancialYear implements Comparable<FinancialYear> {

  private static final Pattern FORM = Pattern.compile("([0-9]{4})/([0-9]{2})");

  private final int startYear;

  private FinancialYear(int startYear) {
    this.startYear = startYear;
  }

  /**
   * The financial year that starts on 1 April of {@code startYear}.
   *
   * @throws IllegalArgumentException unless {@code startYear} is between 1900 and 9998
   */
  public static FinancialYear startingIn(int startYear) {
    if (startYear < 1900 || startYear > 9998) {
      throw new IllegalArgumentException(
          "a financial year must start between 1900 and 9998, got " + startYear);
    }
    return new FinancialYear(startYear);
  }

  /**
   * Parses {@code "2019/20"}: four digits, a slash, then the last two digits of the next year.
   *
   * @throws IllegalArgumentException if it is not of that form, or the second part is not the
   *     first plus one
   */
  public static FinancialYear parse(String text) {
    Matcher matcher = text == null ? null : FORM.matcher(text);
    if (matcher == null || !matcher.matches()) {
      throw new IllegalArgumentException(
          "a financial year must be written as \"2019/20\", got " + Problem.quote(text));
    }
    int first = Integer.parseInt(matcher.group(1));
    int second = Integer.parseInt(matcher.group(2));
    if ((first + 1) % 100 != second) {
      throw new IllegalArgumentException(
          "a financial year's second part must be the year after the first, got " + Problem.quote(text));
    }
    return startingIn(first);
  }

  /** The financial year that contains {@code date}. */
  public static FinancialYear containing(LocalDate date) {
    return startingIn(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
  }

  /** The calendar year in which it starts (2019 for 2019/20). */
  public int startYear() {
    return startYear;
  }

  /** 1 April of the start year. */
  public LocalDate firstDay() {
    return LocalDate.of(startYear, 4, 1);
  }

  /** 31 March of the following year: the year end. */
  public LocalDate lastDay() {
    return LocalDate.of(startYear + 1, 3, 31);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  /** Whether the two years share at least one day, that is, are the same year. */
  public boolean overlaps(FinancialYear other) {
    return startYear == other.startYear;
  }

  /**
   * Whether this year shares at least one day with the period {@code from..to}, both included.
   *
   * @param to the last day, or {@code null} for a period with no end
   */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return !from.isAfter(lastDay()) && (to == null || !to.isBefore(firstDay()));
  }

  /** The year after this one. */
  public FinancialYear next() {
    return startingIn(startYear + 1);
  }

  @Override
  public int compareTo(FinancialYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  /** {@code "2019/20"}. */
  @Override
  public String toString() {
    int next = (startYear + 1) % 100;
    return startYear + (next < 10 ? "/0" : "/") + next;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FinancialYear && ((FinancialYear) other).startYear == startYear;
  }

  @Override
  public int hashCode() {
    return startYear;
  }
}

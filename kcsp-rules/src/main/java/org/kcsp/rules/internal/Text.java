package org.kcsp.rules.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.kcsp.model.FinancialYear;
import org.kcsp.model.Money;

/** How the rules write money, dates and lists: for people in messages, for machines in evidence. */
public final class Text {

  private static final DateTimeFormatter PEOPLE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  private Text() {}

  /**
   * {@code £13,220.33}, as {@link Money#format()} writes it, for any number of pence: sums and
   * differences of a record's amounts can be more than one amount may be ({@link Money#MAX}).
   */
  public static String money(long pence) {
    return new DecimalFormat("£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK)).format(BigDecimal.valueOf(pence, 2));
  }

  /** {@code 13220.33}, for evidence. */
  public static String pounds(long pence) {
    return BigDecimal.valueOf(pence, 2).toPlainString();
  }

  /** {@code 14 July 2022}. */
  public static String date(LocalDate date) {
    return date.format(PEOPLE);
  }

  /** {@code 2022-07-14}, for evidence. */
  public static String iso(LocalDate date) {
    return date.toString();
  }

  /** The whole days from {@code from} to {@code to}. */
  public static long days(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to);
  }

  /** The whole days between two dates, whichever is first. */
  public static long daysApart(LocalDate a, LocalDate b) {
    return Math.abs(days(a, b));
  }

  /** {@code "1 day"}, {@code "12 days"}. */
  public static String days(long days) {
    return days + (days == 1 ? " day" : " days");
  }

  /**
   * A period for people: {@code in 2022/23} when it is exactly a financial year, {@code from 1 May
   * 2022} when it has no end, else {@code from 1 May 2022 to 31 March 2023}.
   */
  public static String period(LocalDate from, LocalDate to) {
    if (to == null) {
      return "from " + date(from);
    }
    FinancialYear year = FinancialYear.containing(from);
    if (year.firstDay().equals(from) && year.lastDay().equals(to)) {
      return "in " + year;
    }
    return "from " + date(from) + " to " + date(to);
  }

  /** {@code a, b and c}. */
  public static String list(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }
}

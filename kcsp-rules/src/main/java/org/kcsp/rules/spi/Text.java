package org.kcsp.rules.spi;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.kcsp.model.FinancialYear;
import org.kcsp.model.Money;

/**
 * How kcsp writes money, dates, periods and lists for people: in the messages of rules, and in the
 * text, Markdown and HTML reports. The output is the same in any locale.
 *
 * <pre>{@code
 * Text.money(1322033);                                            // "£13,220.33"
 * Text.date(LocalDate.of(2022, 7, 14));                           // "14 July 2022"
 * Text.days(LocalDate.of(2023, 7, 14), LocalDate.of(2023, 7, 15)); // 1
 * Text.days(1);                                                   // "1 day"
 * Text.period(LocalDate.of(2022, 4, 1), LocalDate.of(2023, 3, 31)); // "in 2022/23"
 * Text.list(List.of("a", "b", "c"));                              // "a, b and c"
 * }</pre>
 *
 * <p>In a rule's consequence:
 *
 * <pre>
 * insert(Raised.on(SubjectKind.GRANT, $g.id(), "The allocation is " + Text.money($g.allocation()) + ".")
 *     .money("allocation", $g.allocation()));
 * </pre>
 */
public final class Text {

  private static final DateTimeFormatter PEOPLE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  private Text() {}

  /**
   * {@code £13,220.33} from pence, as {@link Money#format(long)} writes it, for any number of pence:
   * sums and differences of a record's amounts can be more than one amount may be ({@link
   * Money#MAX}), and a difference can be negative ({@code -£12.00}).
   */
  public static String money(long pence) {
    return Money.format(pence);
  }

  /** {@code 14 July 2022}. */
  public static String date(LocalDate date) {
    return date.format(PEOPLE);
  }

  /** The whole days from {@code from} to {@code to}: negative when {@code to} is earlier. */
  public static long days(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to);
  }

  /** The whole days between two dates, whichever is first: never negative. */
  public static long daysApart(LocalDate a, LocalDate b) {
    return Math.abs(days(a, b));
  }

  /** {@code "1 day"}, {@code "12 days"}. */
  public static String days(long days) {
    return days + (days == 1 ? " day" : " days");
  }

  /** {@code "1 month"}, {@code "12 months"}. */
  public static String months(long months) {
    return months + (months == 1 ? " month" : " months");
  }

  /**
   * A period for people: {@code in 2022/23} when it is exactly a financial year, {@code from 1 May
   * 2022} when it has no end ({@code to} is null), else {@code from 1 May 2022 to 31 March 2023}.
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

  /** {@code a, b and c}; {@code a and b}; {@code a}; nothing for an empty list. */
  public static String list(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }
}

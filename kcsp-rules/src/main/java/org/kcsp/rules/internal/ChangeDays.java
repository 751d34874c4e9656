package org.kcsp.rules.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.kcsp.model.FinancialYear;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.TermsOfReference;
import org.kcsp.model.internal.KeyFormat;
import org.kcsp.model.internal.ObjectFormat;
import org.kcsp.model.internal.RecordFormat;
import org.kcsp.model.internal.ValueType;
import org.kcsp.rules.spi.PolicyFact;

/**
 * The days on which a check of a record under the standard rules can give other findings than on
 * the day before: a forecast checks the record on these days only, and finds exactly what checking
 * it on every day would.
 *
 * <p>Why these days suffice. A check depends on its date D in two ways only, both read from the
 * standard rules and the facts prepared for them. First, the as-of view keeps a fact of the record
 * when its date is on or before D (a meeting, an approval, a signature, a priority's {@code
 * since}...), so the view changes only on a date of the record. Second, the rules and the fact
 * preparation compare D with a date X in one of three ways: {@code X < D} (overdue: a review due,
 * a waiver's last day, a partnership's last day), which turns on the day after X; {@code X <= D}
 * (begun: a year's first day, a final month, a duty in force), which turns on X; and a window of
 * months back from D ({@code m >= D.minusMonths(k)}: a meeting or session in the last twelve
 * months), which a date m leaves on the first D whose {@code D.minusMonths(k)} is after m (a day
 * or up to four later than {@code m.plusMonths(k)}, as months differ in length). Every such X is a
 * date of the record, or one moved by a number of months ({@code approvedOn.plusMonths(
 * reviewIntervalMonths)}, {@code notifiedOn.plusMonths(months)}), or a financial year's first or
 * last day or the first day of its final month, or a date of the law ({@code @inForceFrom},
 * {@code @lawDates}). Each comparison is monotone in D, so between two of the days given here every
 * comparison, and so every finding and whether it is waived, stays as it was.
 *
 * <p>The dates of the record are found by walking the record format's description, so every date a
 * record can hold counts, whatever kind of object holds it. The months are 12 (the rules' year
 * windows and anniversaries), each parameter the policy gives in months, and each ToR's review
 * interval; the days each parameter the policy gives in days, counted back from a year end. Days
 * that change nothing are harmless (a check more); a day missed would not be, which is why the set
 * is built from every date and every shift rather than rule by rule. A rule of one's own may compare
 * dates in other ways: an engine with rules beyond the standard ones checks every day instead.
 */
public final class ChangeDays {

  /** The months the standard rules shift a date by whatever the policy says: a year. */
  private static final int YEAR = 12;

  private final TreeSet<LocalDate> anchors = new TreeSet<>();
  private final Set<Integer> months = new TreeSet<>();
  private final Set<Integer> finalDays = new TreeSet<>();

  private ChangeDays() {}

  /**
   * The days in {@code (from, to]} on which a check of {@code record} under {@code policy} by the
   * standard rules may find otherwise than on the day before, in order.
   *
   * @param rules the standard rules' metadata: their parameters, and the dates of the law they declare
   */
  public static NavigableSet<LocalDate> between(PartnershipRecord record, LocalDate from, LocalDate to, PolicyFact policy,
      Collection<RuleMetadata> rules) {
    ChangeDays days = new ChangeDays();
    days.months.add(0);
    days.months.add(YEAR);
    for (RuleMetadata rule : rules) {
      for (ParameterDeclaration parameter : rule.parameters().values()) {
        if (parameter.unit() == ParameterUnit.MONTHS) {
          days.months.add(policy.number(rule.id(), parameter.name()));
        } else if (parameter.unit() == ParameterUnit.DAYS) {
          days.finalDays.add(policy.number(rule.id(), parameter.name()));
        }
      }
      rule.inForceFrom().ifPresent(days.anchors::add);
      days.anchors.addAll(rule.lawDates().values());
    }
    for (TermsOfReference tor : record.termsOfReference()) {
      days.months.add(tor.reviewIntervalMonths());
    }
    days.walk(RecordFormat.RECORD, record);
    return days.within(from, to);
  }

  /** Every date and financial year of a value of the record, and of the objects it holds. */
  private <T> void walk(ObjectFormat<T> format, T value) {
    for (KeyFormat<T> key : format.keys()) {
      ValueType type = key.type();
      if (key.shape() == KeyFormat.Shape.SINGLE) {
        key.value(value).ifPresent(single -> take(type, single));
      } else {
        Optional<List<?>> list = key.list(value);
        list.ifPresent(elements -> elements.forEach(element -> take(type.element(), element)));
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void take(ValueType type, Object value) {
    switch (type.kind()) {
      case DATE -> anchors.add((LocalDate) value);
      case FINANCIAL_YEAR -> {
        FinancialYear year = (FinancialYear) value;
        anchors.add(year.firstDay());
        anchors.add(year.lastDay());
        for (int days : finalDays) {
          // the first of the last n days up to and including year end
          anchors.add(year.lastDay().minusDays(days - 1L));
        }
      }
      case OBJECT -> walk((ObjectFormat<Object>) type.object(), value);
      default -> {
        // text, money, numbers, fractions and names move with no date
      }
    }
  }

  private NavigableSet<LocalDate> within(LocalDate from, LocalDate to) {
    TreeSet<LocalDate> days = new TreeSet<>();
    for (LocalDate anchor : anchors) {
      for (int k : months) {
        LocalDate shifted = anchor.plusMonths(k);
        if (shifted.isAfter(to.plusDays(1)) || shifted.plusDays(5).isBefore(from)) {
          continue;
        }
        days.add(shifted);                 // X <= D begins to hold
        days.add(shifted.plusDays(1));     // X < D begins to hold
        days.add(firstAfter(anchor, k, false)); // D.minusMonths(k) >= anchor begins to hold
        days.add(firstAfter(anchor, k, true));  // D.minusMonths(k) > anchor begins to hold
      }
    }
    return days.subSet(from, false, to, true);
  }

  /**
   * The first day D, on or after {@code anchor.plusMonths(k)}, whose {@code D.minusMonths(k)} is
   * after {@code anchor} ({@code strictly}) or on or after it: no later than the first day of the
   * month after {@code anchor.plusMonths(k)}, where {@code D.minusMonths(k)} is the first day of
   * the month after {@code anchor}'s.
   */
  private static LocalDate firstAfter(LocalDate anchor, int k, boolean strictly) {
    LocalDate day = anchor.plusMonths(k);
    while (true) {
      int compared = day.minusMonths(k).compareTo(anchor);
      if (strictly ? compared > 0 : compared >= 0) {
        return day;
      }
      day = day.plusDays(1);
    }
  }
}

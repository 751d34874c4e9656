package org.kcsp.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One value of a finding's {@link Evidence}, with its kind: money, a date, a number of days, a
 * count, text, or a list of ids. The kind says how to show it, so that nothing is guessed from the
 * look of a string: an ISA version {@code "2.10"} is text, never £2.10.
 *
 * <pre>{@code
 * EvidenceValue value = finding.evidence().value("allocation").orElseThrow();
 * if (value instanceof EvidenceValue.Money money) {
 *   money.pence();                  // 3966100
 * }
 * value.text();                     // "39661.00", as the JSON report writes it
 * }</pre>
 *
 * <p>{@link #text()} is the value for machines, the string the JSON report writes: money with two
 * decimals ({@code "13220.33"}), dates in ISO form ({@code "2022-07-14"}), numbers in digits, ids
 * joined by {@code ", "}. Reports for people write money as {@code £13,220.33} and dates as
 * {@code 14 July 2022} ({@link org.kcsp.rules.spi.Text}).
 */
public sealed interface EvidenceValue {

  /** The value for machines, as the JSON report writes it. */
  String text();

  /**
   * An amount of money, in pence. It may be negative or larger than one amount of a record may be:
   * it can be a sum or a difference.
   */
  record Money(long pence) implements EvidenceValue {
    /** {@code "13220.33"}: pounds with exactly two decimals. */
    @Override
    public String text() {
      return BigDecimal.valueOf(pence, 2).toPlainString();
    }
  }

  /** A date. */
  record Date(LocalDate date) implements EvidenceValue {
    public Date {
      Objects.requireNonNull(date, "date");
    }

    /** {@code "2022-07-14"}. */
    @Override
    public String text() {
      return date.toString();
    }
  }

  /** A number of days: how late, how long until; negative when the day is past. */
  record Days(long days) implements EvidenceValue {
    /** {@code "12"}. */
    @Override
    public String text() {
      return Long.toString(days);
    }
  }

  /** How many of something: meetings held, actions in a plan. */
  record Count(long count) implements EvidenceValue {
    /** {@code "3"}. */
    @Override
    public String text() {
      return Long.toString(count);
    }
  }

  /** Text shown as it is: an id, a name, a version, an enum constant. */
  record Text(String value) implements EvidenceValue {
    public Text {
      Objects.requireNonNull(value, "value");
    }

    /** The text itself. */
    @Override
    public String text() {
      return value;
    }
  }

  /** Ids of a record, in the record's order. */
  record Ids(List<String> ids) implements EvidenceValue {
    public Ids {
      ids = List.copyOf(ids);
    }

    /** {@code "a, b, c"}. */
    @Override
    public String text() {
      return String.join(", ", ids);
    }
  }
}

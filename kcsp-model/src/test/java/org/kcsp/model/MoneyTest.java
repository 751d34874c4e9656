package org.kcsp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @ParameterizedTest(name = "\"{0}\" is {1} pence")
  @CsvSource({"39661, 3966100", "13220.00, 1322000", "2541.5, 254150", "0, 0", "0.01, 1"})
  void parses_a_plain_decimal_number_of_pounds_exactly_into_pence(String pounds, long pence) {
    // GIVEN a number of pounds as the record format writes it
    // WHEN it is parsed
    Money money = Money.of(pounds);

    // THEN it holds exactly that many pence
    assertThat(money.pence()).isEqualTo(pence);
  }

  @Test
  void parses_zero_as_the_zero_constant() {
    // GIVEN / WHEN "0" is parsed
    // THEN it is no money at all
    assertThat(Money.of("0")).isEqualTo(Money.ZERO);
    assertThat(Money.of("0").isZero()).isTrue();
    assertThat(Money.of("0.01").isZero()).isFalse();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"-5", "-0.01", "-39661"})
  void rejects_a_negative_amount(String pounds) {
    // GIVEN a negative amount
    // WHEN it is parsed
    // THEN it is rejected, naming the amount
    assertThatThrownBy(() -> Money.of(pounds))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("money must not be negative, got " + pounds);
  }

  @Test
  void rejects_three_decimals() {
    // GIVEN an amount with a fraction of a penny
    // WHEN it is parsed
    // THEN it is rejected rather than rounded
    assertThatThrownBy(() -> Money.of("1.005"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("money must have at most two decimals, got 1.005");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @NullSource
  @ValueSource(strings = {"£5", "1,000", "", "abc", " 5", "5.", ".5", "1e3", "+5"})
  void rejects_text_that_is_not_a_plain_decimal_number(String pounds) {
    // GIVEN text that is not a plain decimal number
    // WHEN it is parsed
    // THEN it is rejected, quoting the text
    assertThatThrownBy(() -> Money.of(pounds))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("money must be a number of pounds with at most two decimals, got \"" + pounds + "\"");
  }

  @Test
  void accepts_the_maximum_and_rejects_a_penny_more() {
    // GIVEN the largest amount a record may hold, and one above it
    // WHEN each is parsed
    // THEN the maximum is accepted and the larger amount is rejected
    assertThat(Money.of("9999999999.99")).isEqualTo(Money.MAX);
    assertThatThrownBy(() -> Money.of("10000000000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("money must be at most 9999999999.99, got 10000000000");
    assertThatThrownBy(() -> Money.of("99999999999999999999999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("money must be at most 9999999999.99, got 99999999999999999999999");
  }

  @Test
  void accepts_a_big_decimal_with_trailing_zeros() {
    // GIVEN a BigDecimal written with three decimals, the last of them zero
    // WHEN it is made into money
    Money money = Money.of(new BigDecimal("1.500"));

    // THEN it is one pound fifty
    assertThat(money.pence()).isEqualTo(150);
    assertThat(money).isEqualTo(Money.of("1.5"));
  }

  @Test
  void rejects_a_big_decimal_with_a_fraction_of_a_penny() {
    // GIVEN a BigDecimal with a third decimal that is not zero
    // WHEN it is made into money
    // THEN it is rejected
    assertThatThrownBy(() -> Money.of(new BigDecimal("1.505")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("money must have at most two decimals, got 1.505");
  }

  @Test
  void rejects_negative_pence() {
    // GIVEN a negative number of pence
    // WHEN it is made into money
    // THEN it is rejected
    assertThatThrownBy(() -> Money.ofPence(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("money must not be negative, got -1 pence");
  }

  @Test
  void adds_exactly() {
    // GIVEN the two parts of the 2019/20 grant
    Money upfront = Money.of("26440.67");
    Money tactical = Money.of("13220.33");

    // WHEN they are added
    // THEN they make the allocation to the penny
    assertThat(upfront.plus(tactical)).isEqualTo(Money.of("39661"));
  }

  @Test
  void subtracts_exactly() {
    // GIVEN the allocation and the tactical pot limit
    // WHEN the limit is taken from the allocation
    // THEN the remainder is exact
    assertThat(Money.of("39661").minus(Money.of("13220.33"))).isEqualTo(Money.of("26440.67"));
    assertThat(Money.of("5").minus(Money.of("5"))).isEqualTo(Money.ZERO);
  }

  @Test
  void refuses_to_take_a_larger_amount() {
    // GIVEN one pound and one pound one
    // WHEN the larger is taken from the smaller
    // THEN it is refused: money is never negative
    assertThatThrownBy(() -> Money.of("1").minus(Money.of("1.01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot take 1.01 from 1.00");
  }

  @Test
  void takes_the_difference_either_way_round() {
    // GIVEN two amounts
    Money larger = Money.of("39661");
    Money smaller = Money.of("13220.33");

    // WHEN their difference is taken either way round
    // THEN it is the same non-negative amount
    assertThat(larger.difference(smaller)).isEqualTo(Money.of("26440.67"));
    assertThat(smaller.difference(larger)).isEqualTo(Money.of("26440.67"));
    assertThat(larger.difference(larger)).isEqualTo(Money.ZERO);
  }

  @Test
  void compares_by_amount() {
    // GIVEN amounts a penny apart
    Money cap = Money.of("13220.33");
    Money pennyMore = Money.of("13220.34");

    // WHEN they are compared
    // THEN the order is by pence
    assertThat(cap.isLessThan(pennyMore)).isTrue();
    assertThat(pennyMore.isGreaterThan(cap)).isTrue();
    assertThat(cap.isGreaterThan(pennyMore)).isFalse();
    assertThat(cap.isLessThan(cap)).isFalse();
    assertThat(cap.isGreaterThan(cap)).isFalse();
    assertThat(cap.compareTo(pennyMore)).isNegative();
    assertThat(pennyMore.compareTo(cap)).isPositive();
    assertThat(cap.compareTo(Money.of("13220.330"))).isZero();

    List<Money> amounts = new ArrayList<>(List.of(Money.of("2541.5"), Money.MAX, Money.ZERO, cap));
    Collections.sort(amounts);
    assertThat(amounts).containsExactly(Money.ZERO, Money.of("2541.5"), cap, Money.MAX);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "13220.33   | £13,220.33",
        "0          | £0.00",
        "1000000    | £1,000,000.00",
        "0.05       | £0.05",
        "2541.5     | £2,541.50",
        "9999999999.99 | £9,999,999,999.99"
      })
  void formats_for_people_with_pounds_sign_separators_and_pence(String pounds, String formatted) {
    // GIVEN an amount
    // WHEN it is formatted for people
    // THEN it has a pound sign, thousands separators and always two decimals
    assertThat(Money.of(pounds).format()).isEqualTo(formatted);
  }

  @ParameterizedTest(name = "{0} pence is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0                    | £0.00",
        "1                    | £0.01",
        "99                   | £0.99",
        "100                  | £1.00",
        "99999                | £999.99",
        "100000               | £1,000.00",
        "1322033              | £13,220.33",
        "999999999999         | £9,999,999,999.99",
        "1000000000000        | £10,000,000,000.00",
        "9223372036854775807  | £92,233,720,368,547,758.07",
        "-1                   | -£0.01",
        "-1200                | -£12.00",
        "-100000              | -£1,000.00",
        "-9223372036854775808 | -£92,233,720,368,547,758.08"
      })
  void formats_any_number_of_pence_even_beyond_the_largest_amount_or_below_zero(long pence, String formatted) {
    // GIVEN a sum or difference of amounts in pence
    // WHEN it is formatted for people
    // THEN it reads as an amount does, a minus sign first when negative
    assertThat(Money.format(pence)).isEqualTo(formatted);
  }

  @Test
  void formats_as_a_uk_decimal_format_would_in_any_default_locale() {
    // GIVEN a default locale that groups with dots and a spread of amounts, small and large, either sign
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      DecimalFormat uk = new DecimalFormat("£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
      Random random = new Random(42);
      for (int i = 0; i < 10_000; i++) {
        long pence = random.nextLong() >> random.nextInt(64);
        // WHEN it is formatted
        // THEN it is what the UK format writes
        assertThat(Money.format(pence)).as("%d pence", pence).isEqualTo(uk.format(BigDecimal.valueOf(pence, 2)));
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"13220.33, 13220.33", "39661, 39661.00", "2541.5, 2541.50", "0, 0.00", "1000000, 1000000.00"})
  void writes_for_machines_with_two_decimals_and_no_separators(String pounds, String written) {
    // GIVEN an amount
    // WHEN it is written for machines
    // THEN it is a plain number with two decimals
    assertThat(Money.of(pounds)).hasToString(written);
  }

  @Test
  void is_equal_by_value() {
    // GIVEN the same amount made three ways, and an amount a penny more
    Money parsed = Money.of("13220.3");
    Money fromPence = Money.ofPence(1_322_030);
    Money fromBigDecimal = Money.of(new BigDecimal("13220.300"));

    // WHEN they are compared for equality
    // THEN equal amounts are equal with equal hash codes, and a penny makes a difference
    assertThat(parsed).isEqualTo(fromPence).isEqualTo(fromBigDecimal);
    assertThat(parsed.hashCode()).isEqualTo(fromPence.hashCode()).isEqualTo(fromBigDecimal.hashCode());
    assertThat(parsed).isNotEqualTo(Money.of("13220.31"));
    assertThat(parsed).isNotEqualTo(new BigDecimal("13220.30"));
    assertThat(Money.ofPounds(39661)).isEqualTo(Money.of("39661"));
  }

  @Test
  void throws_on_overflow_instead_of_giving_a_wrong_amount() {
    // GIVEN the largest amount
    // WHEN a penny, or the largest amount again, is added to it
    // THEN it is an exception, never an amount that wrapped round or was capped
    assertThatThrownBy(() -> Money.MAX.plus(Money.ofPence(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("money must be at most 9999999999.99, got 10000000000.00");
    assertThatThrownBy(() -> Money.MAX.plus(Money.MAX)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.ofPounds(10_000_000_000L)).isInstanceOf(IllegalArgumentException.class);
  }
}

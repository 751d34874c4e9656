package org.kcsp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class FractionTest {

  @Test
  void parses_n_over_d() {
    // GIVEN "1/3"
    // WHEN it is parsed
    Fraction third = Fraction.of("1/3");

    // THEN it is one third
    assertThat(third.numerator()).isEqualTo(1);
    assertThat(third.denominator()).isEqualTo(3);
    assertThat(third).isEqualTo(Fraction.ONE_THIRD);
  }

  @Test
  void holds_a_fraction_reduced() {
    // GIVEN "2/6"
    // WHEN it is parsed
    Fraction twoSixths = Fraction.of("2/6");

    // THEN it is one third, equal to "1/3" with the same hash code
    assertThat(twoSixths).isEqualTo(Fraction.of("1/3"));
    assertThat(twoSixths.hashCode()).isEqualTo(Fraction.of("1/3").hashCode());
    assertThat(twoSixths.numerator()).isEqualTo(1);
    assertThat(twoSixths.denominator()).isEqualTo(3);
    assertThat(twoSixths).isNotEqualTo(Fraction.of("2/3"));
  }

  @Test
  void accepts_the_whole() {
    // GIVEN "1/1"
    // WHEN it is parsed and applied to an amount
    Fraction whole = Fraction.of("1/1");

    // THEN it is the whole amount
    assertThat(whole.of(Money.of("39661"))).isEqualTo(Money.of("39661"));
    assertThat(whole).hasToString("1/1");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"0/3", "4/3", "1/0"})
  void rejects_a_share_that_is_not_more_than_zero_and_at_most_one(String text) {
    // GIVEN a fraction of zero, above one, or over zero
    // WHEN it is parsed
    // THEN it is rejected, naming it
    assertThatThrownBy(() -> Fraction.of(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a fraction must be more than 0 and at most 1, got " + text);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @NullSource
  @ValueSource(strings = {"a/b", "1 / 3", "-1/3", "1/3 ", "1", "", "1/3/4", "0.5"})
  void rejects_text_that_is_not_n_over_d(String text) {
    // GIVEN text that is not of the form "n/d"
    // WHEN it is parsed
    // THEN it is rejected, quoting the text
    assertThatThrownBy(() -> Fraction.of(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a fraction must be written as \"n/d\", such as \"1/3\", got \"" + text + "\"");
  }

  @Test
  void caps_the_2019_20_allocation_at_13220_33() {
    // GIVEN the Crime Reduction Grant allocation of £39,661
    Money allocation = Money.of("39661");

    // WHEN one third of it is taken
    Money cap = Fraction.ONE_THIRD.of(allocation);

    // THEN it is exactly £13,220.33, a penny less than £13,220.34
    assertThat(cap).isEqualTo(Money.of("13220.33"));
    assertThat(cap.pence()).isEqualTo(1_322_033);
    assertThat(cap.isLessThan(Money.of("13220.34"))).isTrue();
  }

  @Test
  void rounds_the_cap_down_to_the_penny() {
    // GIVEN two pence
    Money twoPence = Money.of("0.02");

    // WHEN a third and two thirds of it are taken
    // THEN each is rounded down, never up
    assertThat(Fraction.of("1/3").of(twoPence)).isEqualTo(Money.ZERO);
    assertThat(Fraction.of("2/3").of(twoPence)).isEqualTo(Money.of("0.01"));
    assertThat(Fraction.of("2/3").of(Money.of("0.03"))).isEqualTo(Money.of("0.02"));
    assertThat(Fraction.of("2/3").of(Money.of("0.05"))).isEqualTo(Money.of("0.03"));
  }

  @Test
  void applies_to_the_largest_amount_without_overflow() {
    // GIVEN the largest amount, whose pence times a nine-digit numerator is beyond a long
    // WHEN a share of it is taken
    // THEN it is computed exactly, rounded down:
    //   999,999,999,999 x 999,999,998 / 999,999,999 = 999,999,998,998.999...
    assertThat(Fraction.of("999999998/999999999").of(Money.MAX).pence())
        .isEqualTo(999_999_998_998L);
    // AND half of an odd number of pence drops the half penny
    assertThat(Fraction.of("1/2").of(Money.MAX).pence()).isEqualTo(499_999_999_999L);
  }

  @Test
  void writes_itself_reduced_as_n_over_d() {
    // GIVEN fractions made in several ways
    // WHEN they are written
    // THEN each is "n/d" in lowest terms
    assertThat(Fraction.ONE_THIRD).hasToString("1/3");
    assertThat(Fraction.of(3, 9)).hasToString("1/3");
    assertThat(Fraction.of("2/5")).hasToString("2/5");
  }
}

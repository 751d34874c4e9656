package org.kcsp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class FinancialYearTest {

  private static final FinancialYear Y2019 = FinancialYear.parse("2019/20");

  @Test
  void parses_a_year_and_the_last_two_digits_of_the_next() {
    // GIVEN "2019/20"
    // WHEN it is parsed
    // THEN it is the year starting in 2019
    assertThat(Y2019.startYear()).isEqualTo(2019);
    assertThat(Y2019).isEqualTo(FinancialYear.startingIn(2019));
  }

  @Test
  void parses_a_year_across_a_century() {
    // GIVEN "1999/00"
    // WHEN it is parsed
    FinancialYear year = FinancialYear.parse("1999/00");

    // THEN it runs from April 1999 to March 2000
    assertThat(year.startYear()).isEqualTo(1999);
    assertThat(year.lastDay()).isEqualTo(LocalDate.of(2000, 3, 31));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"2019/20", "1999/00", "2008/09", "2009/10", "1900/01", "9998/99"})
  void prints_as_it_is_written(String text) {
    // GIVEN a year parsed from text
    // WHEN it is printed
    // THEN it is the same text, with the second part in two digits
    assertThat(FinancialYear.parse(text)).hasToString(text);
  }

  @Test
  void rejects_a_second_part_that_is_not_the_next_year() {
    // GIVEN "2019/21"
    // WHEN it is parsed
    // THEN it is rejected
    assertThatThrownBy(() -> FinancialYear.parse("2019/21"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a financial year's second part must be the year after the first, got \"2019/21\"");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @NullSource
  @ValueSource(strings = {"2019-20", "19/20", "2019/2020", "", "2019/2", "2019 /20"})
  void rejects_text_of_another_form(String text) {
    // GIVEN text that is not four digits, a slash and two digits
    // WHEN it is parsed
    // THEN it is rejected, quoting the text
    assertThatThrownBy(() -> FinancialYear.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a financial year must be written as \"2019/20\", got \"" + text + "\"");
  }

  @Test
  void runs_from_1_april_to_31_march() {
    // GIVEN 2019/20
    // WHEN its first and last days are asked for
    // THEN they are 1 April 2019 and 31 March 2020
    assertThat(Y2019.firstDay()).isEqualTo(LocalDate.of(2019, 4, 1));
    assertThat(Y2019.lastDay()).isEqualTo(LocalDate.of(2020, 3, 31));
  }

  @Test
  void contains_its_first_and_last_days_and_nothing_outside() {
    // GIVEN 2019/20
    // WHEN days on and around its ends are tested
    // THEN only the days from 1 April to 31 March are in it
    assertThat(Y2019.contains(LocalDate.of(2019, 3, 31))).isFalse();
    assertThat(Y2019.contains(LocalDate.of(2019, 4, 1))).isTrue();
    assertThat(Y2019.contains(LocalDate.of(2020, 3, 18))).isTrue();
    assertThat(Y2019.contains(LocalDate.of(2020, 3, 31))).isTrue();
    assertThat(Y2019.contains(LocalDate.of(2020, 4, 1))).isFalse();
  }

  @Test
  void finds_the_year_containing_a_date() {
    // GIVEN 31 March and 1 April 2020
    // WHEN the year containing each is asked for
    // THEN 31 March ends 2019/20 and 1 April starts 2020/21
    assertThat(FinancialYear.containing(LocalDate.of(2020, 3, 31))).isEqualTo(Y2019);
    assertThat(FinancialYear.containing(LocalDate.of(2020, 4, 1))).isEqualTo(FinancialYear.parse("2020/21"));
    assertThat(FinancialYear.containing(LocalDate.of(2019, 4, 1))).isEqualTo(Y2019);
    assertThat(FinancialYear.containing(LocalDate.of(2020, 1, 1))).isEqualTo(Y2019);
  }

  @Test
  void overlaps_only_the_same_year() {
    // GIVEN 2019/20
    // WHEN it is compared with itself and its neighbours
    // THEN it overlaps only itself
    assertThat(Y2019.overlaps(FinancialYear.parse("2019/20"))).isTrue();
    assertThat(Y2019.overlaps(FinancialYear.parse("2020/21"))).isFalse();
    assertThat(Y2019.overlaps(FinancialYear.parse("2018/19"))).isFalse();
  }

  @Test
  void overlaps_a_period_sharing_at_least_one_day() {
    // GIVEN 2019/20, from 2019-04-01 to 2020-03-31
    LocalDate first = Y2019.firstDay();
    LocalDate last = Y2019.lastDay();

    // WHEN periods on its edges are tested
    // THEN a period ending the day before the first day does not overlap; one ending on it does
    assertThat(Y2019.overlaps(first.minusYears(1), first.minusDays(1))).isFalse();
    assertThat(Y2019.overlaps(first.minusYears(1), first)).isTrue();
    // AND a period starting on the last day overlaps; one starting the day after does not
    assertThat(Y2019.overlaps(last, last.plusYears(1))).isTrue();
    assertThat(Y2019.overlaps(last.plusDays(1), last.plusYears(1))).isFalse();
    // AND an open-ended period overlaps when it starts on or before the last day
    assertThat(Y2019.overlaps(last, null)).isTrue();
    assertThat(Y2019.overlaps(last.plusDays(1), null)).isFalse();
    assertThat(Y2019.overlaps(first.minusYears(5), null)).isTrue();
  }

  @Test
  void writes_itself_as_it_is_parsed() {
    // GIVEN years written in the record format
    // WHEN each is parsed and written again
    // THEN the text is the same
    for (String text : List.of("2019/20", "1999/00", "2022/23", "2099/00")) {
      assertThat(FinancialYear.parse(text)).hasToString(text);
    }
    assertThat(FinancialYear.startingIn(2005)).hasToString("2005/06");
  }

  @Test
  void orders_by_start_year() {
    // GIVEN years out of order
    List<FinancialYear> years =
        new ArrayList<>(List.of(FinancialYear.parse("2022/23"), FinancialYear.parse("1999/00"), Y2019));

    // WHEN they are sorted
    Collections.sort(years);

    // THEN they are in calendar order
    assertThat(years).extracting(FinancialYear::toString).containsExactly("1999/00", "2019/20", "2022/23");
    assertThat(Y2019.compareTo(Y2019.next())).isNegative();
    assertThat(Y2019.next()).isEqualTo(FinancialYear.parse("2020/21"));
  }

  @Test
  void is_equal_by_start_year() {
    // GIVEN the same year made two ways
    // WHEN they are compared
    // THEN they are equal with equal hash codes
    assertThat(FinancialYear.parse("2019/20")).isEqualTo(FinancialYear.startingIn(2019));
    assertThat(FinancialYear.parse("2019/20").hashCode()).isEqualTo(FinancialYear.startingIn(2019).hashCode());
    assertThat(FinancialYear.parse("2019/20")).isNotEqualTo(FinancialYear.parse("2020/21"));
  }
}

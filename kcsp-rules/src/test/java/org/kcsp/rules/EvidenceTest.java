package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kcsp.model.Money;

/** Evidence keeps each value's kind and order, and reads as the JSON report's strings. */
class EvidenceTest {

  private static Evidence sample() {
    return Evidence.builder()
        .money("allocation", 3_966_100)
        .date("dueDate", LocalDate.of(2023, 7, 14))
        .days("daysOverdue", 1)
        .count("meetingsHeld", 3)
        .text("version", "2.10")
        .ids("projects", List.of("p2", "p1"))
        .build();
  }

  @Test
  void keeps_each_value_with_its_kind_in_the_order_given() {
    assertThat(sample().typed()).containsExactly(
        entry("allocation", new EvidenceValue.Money(3_966_100)),
        entry("dueDate", new EvidenceValue.Date(LocalDate.of(2023, 7, 14))),
        entry("daysOverdue", new EvidenceValue.Days(1)),
        entry("meetingsHeld", new EvidenceValue.Count(3)),
        entry("version", new EvidenceValue.Text("2.10")),
        entry("projects", new EvidenceValue.Ids(List.of("p2", "p1"))));
    assertThat(sample().value("version")).contains(new EvidenceValue.Text("2.10"));
    assertThat(sample().value("award")).isEmpty();
  }

  @Test
  void reads_as_the_json_reports_strings_in_the_same_order() {
    assertThat(sample()).containsExactly(
        entry("allocation", "39661.00"),
        entry("dueDate", "2023-07-14"),
        entry("daysOverdue", "1"),
        entry("meetingsHeld", "3"),
        entry("version", "2.10"),
        entry("projects", "p2, p1"));
    assertThat(sample().get("award")).isNull();
    assertThat(sample().containsKey("version")).isTrue();
  }

  @Test
  void equals_any_map_of_the_same_names_and_texts() {
    Map<String, String> same = new LinkedHashMap<>(sample());
    assertThat(sample()).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(same).isEqualTo(sample());
    assertThat(Evidence.none()).isEmpty();
    assertThat(Evidence.builder().build()).isSameAs(Evidence.none());
  }

  @Test
  void writes_money_with_two_decimals_a_penny_under_at_and_over_a_pound_and_beyond_what_one_amount_may_be() {
    assertThat(new EvidenceValue.Money(99).text()).isEqualTo("0.99");
    assertThat(new EvidenceValue.Money(100).text()).isEqualTo("1.00");
    assertThat(new EvidenceValue.Money(101).text()).isEqualTo("1.01");
    assertThat(new EvidenceValue.Money(-1).text()).isEqualTo("-0.01");
    assertThat(new EvidenceValue.Money(2 * Money.MAX.pence()).text()).isEqualTo("19999999999.98");
  }

  @Test
  void refuses_a_name_given_twice_and_a_missing_value() {
    assertThatThrownBy(() -> Evidence.builder().text("award", "A").money("award", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("evidence award is given twice");
    assertThatThrownBy(() -> Evidence.builder().date("dueDate", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("evidence dueDate is null");
    assertThatThrownBy(() -> Evidence.builder().text("grant", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("evidence grant is null");
  }

  @Test
  void built_evidence_keeps_what_it_had_when_its_builder_takes_more() {
    Evidence.Builder builder = Evidence.builder().money("allocation", 100);
    Evidence first = builder.build();
    Evidence second = builder.date("dueDate", LocalDate.of(2023, 7, 14)).build();
    Evidence third = builder.count("meetingsHeld", 3).build();

    assertThat(first.typed()).containsExactly(entry("allocation", new EvidenceValue.Money(100)));
    assertThat(second.typed()).containsExactly(
        entry("allocation", new EvidenceValue.Money(100)),
        entry("dueDate", new EvidenceValue.Date(LocalDate.of(2023, 7, 14))));
    assertThat(third.keySet()).containsExactly("allocation", "dueDate", "meetingsHeld");
    // a value refused leaves what was built as it was
    assertThatThrownBy(() -> builder.text("allocation", "again"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("evidence allocation is given twice");
    assertThat(third.keySet()).containsExactly("allocation", "dueDate", "meetingsHeld");
    assertThat(second).hasSize(2);
  }

  @Test
  void cannot_be_changed_through_its_map_or_its_values() {
    Evidence evidence = sample();
    List<String> ids = new java.util.ArrayList<>(List.of("p1"));
    EvidenceValue.Ids copied = new EvidenceValue.Ids(ids);
    ids.add("p2");
    assertThat(copied.ids()).containsExactly("p1");
    assertThatThrownBy(() -> evidence.put("award", "A")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> evidence.typed().remove("version")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> evidence.entrySet().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(evidence).hasSize(6);
  }
}

package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.RecordReader;
import org.kcsp.model.io.RecordWriter;

/** Many records side by side: a row per record in the input's order, a column per rule, the outcome in each cell. */
class PortfolioTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();

  /** The KCSP as of a different date for each index, a year apart: with findings and without. */
  private static PartnershipRecord kcspOn(int index) {
    return Kcsp2022.record().asOf(Kcsp2022.MINUTES.minusDays(1).plusDays(index * 183L)).build();
  }

  @Test
  void lays_the_records_side_by_side_in_the_input_order_whatever_order_they_are_checked_in() {
    // GIVEN twelve records, checked on four threads, results handed on as they are ready
    List<Supplier<PartnershipRecord>> records = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      int index = i;
      records.add(() -> kcspOn(index));
    }
    List<Integer> handed = new ArrayList<>();

    // WHEN their portfolio is made
    Portfolio portfolio = ENGINE.portfolio(records.iterator(), BatchOptions.threads(4), result -> handed.add(result.index()));

    // THEN each record has its row, in the input's order, its cells the outcomes of its own report
    assertThat(handed).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    assertThat(portfolio.rows()).hasSize(12);
    for (int i = 0; i < 12; i++) {
      ComplianceReport report = ENGINE.check(kcspOn(i));
      PortfolioRow row = portfolio.rows().get(i);
      assertThat(row.asOf()).isEqualTo(report.asOf());
      assertThat(row.policy()).isEqualTo("kcsp");
      assertThat(row.openCount(Severity.ERROR)).isEqualTo(report.openCount(Severity.ERROR));
      assertThat(row.gapCount()).isEqualTo(report.gaps().size());
      for (RuleResult rule : report.rules()) {
        assertThat(row.outcome(rule.rule())).as(rule.rule()).contains(rule.outcome());
      }
      for (Outcome outcome : Outcome.values()) {
        assertThat(row.ruleCount(outcome)).isEqualTo(report.ruleCount(outcome));
      }
    }
    // AND each rule counts the records of each outcome
    assertThat(portfolio.rules()).isSorted().hasSize(ENGINE.catalog().rules().size());
    for (String rule : portfolio.rules()) {
      int counted = 0;
      for (Outcome outcome : Outcome.values()) {
        counted += portfolio.count(rule, outcome);
      }
      assertThat(counted).as(rule).isEqualTo(12);
    }
    assertThat(portfolio.count("TOR_REVIEW_OVERDUE", Outcome.FAIL))
        .isEqualTo((int) portfolio.rows().stream().filter(row -> row.outcome("TOR_REVIEW_OVERDUE").orElseThrow() == Outcome.FAIL).count())
        .isPositive();
  }

  @Test
  void leaves_a_record_that_cannot_be_read_out_and_hands_on_why() {
    // GIVEN three records, the second of which cannot be read
    List<Supplier<PartnershipRecord>> records = List.of(
        () -> kcspOn(0),
        () -> RecordReader.readJson("{ \"format\": \"kcsp-record/1\" }", "broken.json"),
        () -> kcspOn(2));
    List<BatchResult> failed = new ArrayList<>();

    // WHEN their portfolio is made
    Portfolio portfolio = ENGINE.portfolio(records.iterator(), BatchOptions.threads(2).inInputOrder(), result -> {
      if (!result.isChecked()) {
        failed.add(result);
      }
    });

    // THEN the two others have rows, and the consumer was told why the second has none
    assertThat(portfolio.rows()).extracting(PortfolioRow::asOf).containsExactly(kcspOn(0).asOf().orElseThrow(),
        kcspOn(2).asOf().orElseThrow());
    assertThat(failed).singleElement().satisfies(result -> {
      assertThat(result.index()).isEqualTo(1);
      assertThat(result.failure()).containsInstanceOf(InvalidRecordException.class);
    });
  }

  @Test
  void leaves_a_cell_empty_for_a_rule_outside_the_records_policy() {
    // GIVEN a version 1 record (checked under kcsp, every rule) and a version 2 one (under england)
    PartnershipRecord kcsp = Kcsp2022.record().build();
    PartnershipRecord england = Version2Records.record().build();

    // WHEN they are side by side
    Portfolio portfolio = Portfolio.of(List.of(ENGINE.check(kcsp, Kcsp2022.MINUTES), ENGINE.check(england, Kcsp2022.MINUTES)));

    // THEN the columns are every rule of either, and a rule of the KCSP's own resolutions has no cell for england
    assertThat(portfolio.rows()).extracting(PortfolioRow::policy).containsExactly("kcsp", "england");
    assertThat(portfolio.rules()).contains("TOR_NOT_ON_AGENDA", "STRATEGY_STRAND_MISSING");
    assertThat(portfolio.rows().get(0).outcome("AGREEMENT_NO_QUALITATIVE_OUTCOMES")).isPresent();
    assertThat(portfolio.rows().get(1).outcome("AGREEMENT_NO_QUALITATIVE_OUTCOMES")).isEmpty();
    assertThat(portfolio.count("AGREEMENT_NO_QUALITATIVE_OUTCOMES", Outcome.PASS)
        + portfolio.count("AGREEMENT_NO_QUALITATIVE_OUTCOMES", Outcome.FAIL)).isEqualTo(1);
    assertThat(portfolio.count("NO_SUCH_RULE", Outcome.FAIL)).isZero();
  }

  @Test
  void names_each_rows_record_file_when_it_was_read_from_one() {
    // GIVEN one record read from a file and one built in code
    PartnershipRecord read = RecordReader.readJson(RecordWriter.toJson(kcspOn(0)), "records/kcsp.json");

    // WHEN they are side by side
    Portfolio portfolio = Portfolio.of(List.of(ENGINE.check(read), ENGINE.check(kcspOn(1))));

    // THEN the first row names its file and the second none
    assertThat(portfolio.rows().get(0).recordFile()).contains("records/kcsp.json");
    assertThat(portfolio.rows().get(1).recordFile()).isEmpty();
    assertThat(portfolio.partnershipCount()).isEqualTo(1);
  }

  @Test
  void refuses_two_rows_for_one_record() {
    Portfolio.Builder builder = Portfolio.builder();
    builder.add(0, ENGINE.check(kcspOn(0)));
    assertThatThrownBy(() -> builder.add(0, ENGINE.check(kcspOn(1)))).isInstanceOf(IllegalStateException.class);
  }
}

package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Waiver;
import org.kcsp.rules.spi.LawDatesFact;

/**
 * The law dated by commencement: a rule's {@code @inForceFrom} keeps it from running before its
 * duty came into force (NOT_APPLICABLE then), and its {@code @lawDates} are read from the {@link
 * LawDatesFact}, so each date has one home, beside the rule.
 */
class LawDatesTest {

  /** A duty in force from 31 January 2023, with a part in force from 1 April 2023 and a date it is due by. */
  private static final String DUTY = """
      package com.example.law;

      import org.kcsp.rules.SubjectKind;
      import org.kcsp.rules.spi.EvaluationFact;
      import org.kcsp.rules.spi.LawDatesFact;
      import org.kcsp.rules.spi.Raised;

      rule "EXAMPLE_NEW_DUTY"
        @severity("WARNING") @title("A new duty") @subject("the partnership") @needs("ALWAYS")
        @source("An Act of 2022, s1") @kind("S")
        @inForceFrom("2023-01-31")
        @lawDates("partTwo = 2023-04-01, reportDue = 2024-01-31")
        @description("The duty, in force from 31 January 2023; its part two from {partTwo}; its report due by {reportDue}.")
      when
        EvaluationFact( $d : date, $p : partnershipId )
        $law : LawDatesFact()
      then
        insert(Raised.on(SubjectKind.PARTNERSHIP, $p, "The duty applies.")
            .text("partTwo", $law.inForceOn("EXAMPLE_NEW_DUTY", "partTwo", $d) ? "in force" : "not yet")
            .date("reportDue", $law.date("EXAMPLE_NEW_DUTY", "reportDue")));
      end
      """;

  private static final ComplianceEngine ENGINE = ComplianceEngine.builder().addRules("duty.drl", DUTY).build();

  private static final LocalDate COMMENCEMENT = LocalDate.of(2023, 1, 31);

  @Test
  void does_not_run_a_rule_before_its_duty_came_into_force() {
    PartnershipRecord record = Kcsp2022.record().build();
    // WHEN the record is checked the day before, on and after the day the duty came into force
    // THEN the day before the rule is not run and not applicable; from the day on it runs
    assertThat(ENGINE.check(record, COMMENCEMENT.minusDays(1))).hasNoFinding("EXAMPLE_NEW_DUTY")
        .outcomeOf("EXAMPLE_NEW_DUTY").isNotApplicable();
    assertThat(ENGINE.check(record, COMMENCEMENT)).hasFinding("EXAMPLE_NEW_DUTY").on("KCSP");
    assertThat(ENGINE.check(record, COMMENCEMENT.plusDays(1))).hasFinding("EXAMPLE_NEW_DUTY").on("KCSP");
    // AND it is still listed among the rules checked, not among those the engine skips
    assertThat(ENGINE.check(record, COMMENCEMENT.minusDays(1)).skippedRules()).doesNotContain("EXAMPLE_NEW_DUTY");
  }

  @Test
  void reads_the_dates_within_a_duty_from_the_law_dates_fact() {
    PartnershipRecord record = Kcsp2022.record().build();
    // THEN its part two is not in force the day before 1 April 2023, and in force on it and after
    assertThat(ENGINE.check(record, LocalDate.of(2023, 3, 31))).hasFinding("EXAMPLE_NEW_DUTY")
        .withEvidence("partTwo", "not yet").withEvidence("reportDue", "2024-01-31");
    assertThat(ENGINE.check(record, LocalDate.of(2023, 4, 1))).hasFinding("EXAMPLE_NEW_DUTY")
        .withEvidence("partTwo", "in force");
    assertThat(ENGINE.check(record, LocalDate.of(2023, 4, 2))).hasFinding("EXAMPLE_NEW_DUTY")
        .withEvidence("partTwo", "in force");
  }

  @Test
  void describes_the_dates_beside_the_rule_in_its_catalogue_entry() {
    RuleDescriptor rule = ENGINE.catalog().rule("EXAMPLE_NEW_DUTY").orElseThrow();
    assertThat(rule.inForceFrom()).contains(COMMENCEMENT);
    assertThat(rule.lawDates()).containsExactly(Map.entry("partTwo", LocalDate.of(2023, 4, 1)),
        Map.entry("reportDue", LocalDate.of(2024, 1, 31)));
    assertThat(rule.description()).isEqualTo(
        "The duty, in force from 31 January 2023; its part two from 1 April 2023; its report due by 31 January 2024.");
    assertThat(rule.inForceOn(COMMENCEMENT.minusDays(1))).isFalse();
    assertThat(rule.inForceOn(COMMENCEMENT)).isTrue();
    // AND a rule that declares no commencement is in force on any date
    assertThat(ENGINE.catalog().rule("TOR_MISSING").orElseThrow().inForceFrom()).isEmpty();
    assertThat(ENGINE.catalog().rule("TOR_MISSING").orElseThrow().inForceOn(LocalDate.of(1900, 1, 1))).isTrue();
  }

  @Test
  void does_not_call_a_waiver_of_a_rule_not_yet_in_force_unused() {
    // GIVEN a live waiver of the new duty on the partnership, checked before the duty came into force
    PartnershipRecord record = Kcsp2022.record()
        .addWaivers(Waiver.builder().rule("EXAMPLE_NEW_DUTY").subject("KCSP").approvedBy("KCSP")
            .until(LocalDate.of(2023, 12, 31)).reason("agreed ahead of the duty").build())
        .build();
    // THEN before it the waiver is not unused (the rule had no chance to fire); from it, it covers the finding
    assertThat(ENGINE.check(record, COMMENCEMENT.minusDays(1))).hasNoFinding("WAIVER_UNUSED");
    assertThat(ENGINE.check(record, COMMENCEMENT)).hasNoFinding("WAIVER_UNUSED")
        .outcomeOf("EXAMPLE_NEW_DUTY").isWaived();
  }

  @Test
  void refuses_dates_not_written_yyyy_mm_dd_and_a_placeholder_of_no_date() {
    String bad = DUTY
        .replace("@inForceFrom(\"2023-01-31\")", "@inForceFrom(\"31/01/2023\")")
        .replace("reportDue = 2024-01-31", "reportDue = 2024-02-30")
        .replace("{reportDue}", "{reportBy}");
    assertThatThrownBy(() -> ComplianceEngine.builder().addRules("duty.drl", bad).build())
        .isInstanceOf(RuleDefinitionException.class)
        .hasMessageContaining("rule \"EXAMPLE_NEW_DUTY\" has @inForceFrom(\"31/01/2023\"): a date is a day of the"
            + " calendar written yyyy-mm-dd, such as 2023-01-31, got \"31/01/2023\"")
        .hasMessageContaining("reportDue: a date is a day of the calendar written yyyy-mm-dd, such as 2023-01-31,"
            + " got \"2024-02-30\"");
    String undeclared = DUTY.replace("{reportDue}", "{reportBy}");
    assertThatThrownBy(() -> ComplianceEngine.builder().addRules("duty.drl", undeclared).build())
        .isInstanceOf(RuleDefinitionException.class)
        .hasMessageContaining("has {reportBy} in its @description, and no parameter of that name in its @parameters nor"
            + " date in its @lawDates");
  }

  @Test
  void throws_when_a_rule_reads_a_date_it_does_not_declare() {
    LawDatesFact law = LawDatesFact.of(Map.of("R", Map.of("due", LocalDate.of(2024, 1, 31))));
    assertThat(law.date("R", "due")).isEqualTo(LocalDate.of(2024, 1, 31));
    assertThat(law.inForceOn("R", "other", LocalDate.of(1900, 1, 1))).isTrue();
    assertThatThrownBy(() -> law.date("R", "other")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule R declares no date other in its @lawDates");
  }
}

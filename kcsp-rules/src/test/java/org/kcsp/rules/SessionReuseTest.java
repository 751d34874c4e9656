package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kcsp.model.PartnershipRecord;

/**
 * An engine reuses its Drools sessions from check to check; each check must still start from an
 * empty session, whatever the check before it left behind: findings, a rule that threw, rules that
 * ran away.
 */
class SessionReuseTest {

  private static final LocalDate LATER = LocalDate.of(2023, 7, 15);

  /** A rule that throws when checking in 2022, and a pair that keeps firing when checking in 2021. */
  private static final String FAILING = """
      package com.example;
      import org.kcsp.rules.spi.EvaluationFact;
      rule "THROWS_IN_2022"
        @severity("INFO") @title("t") @subject("s") @source("s") @needs("ALWAYS")
      when
        EvaluationFact( date.year == 2022 )
      then
        throw new IllegalStateException("boom");
      end
      rule "STARTS_IN_2021"
        @severity("INFO") @title("t") @subject("s") @source("s") @needs("ALWAYS")
      when
        EvaluationFact( date.year == 2021 )
      then
        insert(Integer.valueOf(0));
      end
      rule "LOOPS_IN_2021"
        @severity("INFO") @title("t") @subject("s") @source("s") @needs("ALWAYS")
      when
        EvaluationFact( date.year == 2021 )
        $n : Integer()
      then
        insert(Integer.valueOf($n.intValue() + 1));
      end
      """;

  @Test
  void a_check_after_another_finds_exactly_what_a_fresh_engine_finds() {
    // GIVEN an engine that has already checked the KCSP a year later, with findings
    ComplianceEngine used = ComplianceEngine.standard();
    PartnershipRecord kcsp = Kcsp2022.record().build();
    assertThat(used.check(kcsp, LATER).findings()).isNotEmpty();

    // WHEN it checks the KCSP on the day of the minutes
    ComplianceReport report = used.check(kcsp, Kcsp2022.MINUTES);

    // THEN it finds nothing, like an engine that has checked nothing before
    assertThat(report).isEqualTo(ComplianceEngine.standard().check(kcsp, Kcsp2022.MINUTES));
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void a_check_after_a_rule_threw_or_rules_ran_away_on_the_same_engine_starts_from_an_empty_session() {
    // GIVEN an engine whose custom rules throw in 2022 and run away in 2021, and have just done both
    ComplianceEngine engine = ComplianceEngine.builder().addRules("failing.drl", FAILING).maxFirings(200).build();
    PartnershipRecord kcsp = Kcsp2022.record().build();
    assertThatThrownBy(() -> engine.check(kcsp, Kcsp2022.MINUTES))
        .isInstanceOfSatisfying(RuleExecutionException.class, e -> assertThat(e.rule()).isEqualTo("THROWS_IN_2022"));
    assertThatThrownBy(() -> engine.check(kcsp, LocalDate.of(2021, 9, 1)))
        .isInstanceOfSatisfying(RuleExecutionException.class, e -> assertThat(e.rule()).isEqualTo("LOOPS_IN_2021"));

    // WHEN the same engine checks the record a year after the minutes, again and again
    for (int i = 0; i < 3; i++) {
      ComplianceReport report = engine.check(kcsp, LATER);

      // THEN each check finds what the standard rules find then, and nothing left over
      assertThat(report.findings()).isEqualTo(ComplianceEngine.standard().check(kcsp, LATER).findings());
    }
  }
}

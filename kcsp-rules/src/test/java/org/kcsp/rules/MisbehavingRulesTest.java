package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kcsp.model.PartnershipRecord;

/**
 * Custom rules that go wrong in the ways {@link EngineBuilderTest} does not cover: a condition
 * that throws, a consequence that throws an {@link Error}, a loop under a small limit. Each stops
 * the check with a {@link RuleExecutionException} naming the rule, and the engine stays usable.
 */
class MisbehavingRulesTest {

  private static final PartnershipRecord RECORD = Kcsp2022.record().build();

  private static String rule(String id, String when, String then) {
    return """
        package com.example;
        import org.kcsp.rules.spi.EvaluationFact;
        import org.kcsp.rules.spi.TorMemberFact;
        rule "%s"
          @severity("INFO") @title("t") @subject("s") @source("s") @needs("ALWAYS")
        when
          %s
        then
          %s
        end
        """.formatted(id, when, then);
  }

  @Test
  void names_a_custom_rule_whose_condition_throws_and_stays_usable() {
    // GIVEN a rule whose condition calls a method that throws on every member of the terms of reference
    ComplianceEngine engine = ComplianceEngine.builder()
        .addRules("condition.drl", rule("CONDITION_THROWS", "TorMemberFact( organisation.substring(100) == \"x\" )", ""))
        .build();

    // WHEN a record is checked, THEN the check stops with an exception naming the rule
    assertThatThrownBy(() -> engine.check(RECORD, Kcsp2022.MINUTES))
        .isInstanceOfSatisfying(RuleExecutionException.class, e -> assertThat(e.rule()).isEqualTo("CONDITION_THROWS"))
        .hasMessageStartingWith("rule CONDITION_THROWS failed: its condition organisation.substring(100) == \"x\" threw "
            + "StringIndexOutOfBoundsException");
    // AND the engine still checks records without the rule's data
    assertThat(engine.check(PartnershipRecord.builder().from(RECORD).termsOfReference(List.of()).build(),
        Kcsp2022.MINUTES).rules()).isNotEmpty();
  }

  @Test
  void names_a_custom_rule_that_throws_an_error_and_stays_usable() {
    // GIVEN a rule that throws an Error, not an Exception
    ComplianceEngine engine = ComplianceEngine.builder()
        .addRules("error.drl", rule("THROWS_AN_ERROR", "EvaluationFact()", "throw new AssertionError(\"never\");"))
        .build();

    // WHEN a record is checked, THEN the check stops with an exception naming the rule
    assertThatThrownBy(() -> engine.check(RECORD, Kcsp2022.MINUTES))
        .isInstanceOfSatisfying(RuleExecutionException.class, e -> assertThat(e.rule()).isEqualTo("THROWS_AN_ERROR"))
        .hasMessageContaining("never");
    // AND the same engine without the rule checks correctly
    ComplianceEngine without = ComplianceEngine.builder()
        .addRules("error.drl", rule("THROWS_AN_ERROR", "EvaluationFact()", "throw new AssertionError(\"never\");"))
        .skip("THROWS_AN_ERROR").build();
    assertThat(without.check(RECORD, Kcsp2022.MINUTES)).hasNoFindings();
  }

  @Test
  void stops_a_loop_at_the_limit_naming_the_rule_that_kept_firing() {
    // GIVEN a rule that loops only while a counter it inserts is below a million, under a limit of 200 firings
    String looping = rule("COUNTS_TO_A_MILLION", "EvaluationFact()\n  not Integer()", "insert(Integer.valueOf(0));")
        + rule("KEEPS_COUNTING", "$n : Integer( intValue < 1000000 )", "insert(Integer.valueOf($n.intValue() + 1));")
            .replace("package com.example;", "");
    ComplianceEngine engine = ComplianceEngine.builder().addRules("looping.drl", looping).maxFirings(200).build();

    // WHEN a record is checked, THEN it stops after 200 firings naming the rule that kept firing
    assertThatThrownBy(() -> engine.check(RECORD, Kcsp2022.MINUTES))
        .isInstanceOfSatisfying(RuleExecutionException.class, e -> assertThat(e.rule()).isEqualTo("KEEPS_COUNTING"))
        .hasMessageContaining("rules fired more than 200 times");
    // AND with the looping rules left out, the standard rules give the standard report
    ComplianceEngine without = ComplianceEngine.builder().addRules("looping.drl", looping).maxFirings(200)
        .skip("COUNTS_TO_A_MILLION", "KEEPS_COUNTING").build();
    assertThat(without.check(RECORD, Kcsp2022.MINUTES)).isEqualTo(ComplianceEngine.standard().check(RECORD, Kcsp2022.MINUTES));
  }
}

package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kcsp.model.FinancialYear;
import org.kcsp.model.Grant;
import org.kcsp.model.Money;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.rules.spi.Raised;

class EngineBuilderTest {

  /** The 2019/20 Crime Reduction Grant of £39,661 (seed 002, §2.1-2.2). */
  private static PartnershipRecord withGrant() {
    return Kcsp2022.record()
        .addGrants(Grant.builder().id("CRG-2019-20").programme("Crime Reduction Grant").funder("KENT-PCC")
            .financialYear(FinancialYear.parse("2019/20")).allocation(Money.of("39661"))
            .upfront(Money.of("26441")).tacticalPot(Money.of("13220")).build())
        .build();
  }

  private static final LocalDate LATER = LocalDate.of(2023, 7, 15);

  @Test
  void adds_an_applications_own_rule_from_the_class_path_with_the_same_metadata_and_reporting() {
    ComplianceEngine engine = ComplianceEngine.builder().addRulesFromClasspath("rules/large-grants.drl").build();
    ComplianceReport report = engine.check(withGrant(), Kcsp2022.MINUTES);
    Finding finding = assertThat(report).hasFinding("EXAMPLE_LARGE_GRANT").on("CRG-2019-20")
        .withSeverity(Severity.INFO).withEvidence("allocation", "39661.00").single();
    assertThat(finding.source()).isEqualTo("Our own policy");
    assertThat(finding.message()).isEqualTo("Grant CRG-2019-20 is £39,661.00.");
    assertThat(engine.catalog().rule("EXAMPLE_LARGE_GRANT").orElseThrow().title()).isEqualTo("Grant over £30,000");
    assertThat(engine.catalog().rules()).hasSize(ComplianceEngine.standard().catalog().rules().size() + 1);
    // the standard engine is untouched
    assertThat(ComplianceEngine.standard().check(withGrant(), Kcsp2022.MINUTES)).didNotCheck("EXAMPLE_LARGE_GRANT");
  }

  @Test
  void a_custom_rule_is_not_applicable_when_its_data_is_missing() {
    ComplianceEngine engine = ComplianceEngine.builder().addRulesFromClasspath("rules/large-grants.drl").build();
    assertThat(engine.check(Kcsp2022.record().build(), Kcsp2022.MINUTES)).outcomeOf("EXAMPLE_LARGE_GRANT").isNotApplicable();
  }

  @Test
  void names_the_file_and_line_of_a_drl_error() {
    String broken = """
        package com.example;
        rule "BROKEN"
          @severity("INFO") @title("t") @subject("s") @source("s") @needs("ALWAYS")
        when
          EvaluationFact( date > )
        then
        end
        """;
    assertThatThrownBy(() -> ComplianceEngine.builder().addRules("our-rules.drl", broken).build())
        .isInstanceOf(RuleDefinitionException.class)
        .hasMessageContaining("our-rules.drl, line 5");
  }

  @Test
  void refuses_a_custom_rule_without_its_metadata() {
    String bare = """
        package com.example;
        import org.kcsp.rules.spi.EvaluationFact;
        rule "BARE" when EvaluationFact() then end
        """;
    assertThatThrownBy(() -> ComplianceEngine.builder().addRules("bare.drl", bare).build())
        .isInstanceOf(RuleDefinitionException.class)
        .hasMessageContaining("rule \"BARE\" has no @severity metadata")
        .hasMessageContaining("rule \"BARE\" has no @needs metadata");
  }

  @Test
  void refuses_a_second_name_for_a_rule_in_id_metadata() {
    // GIVEN a rule that names itself again in @id, even with the same name
    String named = """
        package com.example;
        import org.kcsp.rules.spi.EvaluationFact;
        rule "NAMED" @id("NAMED") @severity("INFO") @title("t") @subject("s") @source("s") @needs("ALWAYS")
        when EvaluationFact() then end
        """;
    // THEN the engine refuses it: a rule's name is its id
    assertThatThrownBy(() -> ComplianceEngine.builder().addRules("named.drl", named).build())
        .isInstanceOf(RuleDefinitionException.class)
        .hasMessage("rule \"NAMED\" has @id(\"NAMED\"): a rule's name is its id, remove @id");
  }

  @Test
  void refuses_severity_and_needs_that_are_not_in_the_vocabulary_naming_the_values_there_are() {
    String unknown = """
        package com.example;
        import org.kcsp.rules.spi.EvaluationFact;
        rule "UNKNOWN" @severity("FATAL") @title("t") @subject("s") @source("s") @needs("GRANTS")
        when EvaluationFact() then end
        """;
    assertThatThrownBy(() -> ComplianceEngine.builder().addRules("unknown.drl", unknown).build())
        .isInstanceOf(RuleDefinitionException.class)
        .hasMessageContaining("rule \"UNKNOWN\" has @severity(\"FATAL\"), which is not one of [ERROR, WARNING, INFO]")
        .hasMessageContaining("rule \"UNKNOWN\" has @needs(\"GRANTS\"), which is not one of [ALWAYS, ");
  }

  @Test
  void stamps_each_finding_with_the_rule_that_raised_it() {
    // GIVEN two custom rules that raise findings through one shared function, so neither names itself
    String two = """
        package com.example;
        import org.kcsp.rules.SubjectKind;
        import org.kcsp.rules.spi.EvaluationFact;
        import org.kcsp.rules.spi.Raised;
        function Raised raise(String partnership) {
          return Raised.on(SubjectKind.PARTNERSHIP, partnership, "Raised by a function.");
        }
        rule "EXAMPLE_FIRST" @severity("INFO") @title("t") @subject("s") @source("s") @needs("ALWAYS")
        when EvaluationFact( $p : partnershipId ) then insert(raise($p)); end
        rule "EXAMPLE_SECOND" @severity("WARNING") @title("t") @subject("s") @source("s") @needs("ALWAYS")
        when EvaluationFact( $p : partnershipId ) then insert(raise($p)); end
        """;
    ComplianceEngine engine = ComplianceEngine.builder().addRules("two.drl", two).build();
    // WHEN a record is checked
    ComplianceReport report = engine.check(Kcsp2022.record().build(), Kcsp2022.MINUTES);
    // THEN each finding carries the rule that inserted it, and that rule's severity
    assertThat(report).hasFinding("EXAMPLE_FIRST").on("KCSP").withSeverity(Severity.INFO).single();
    assertThat(report).hasFinding("EXAMPLE_SECOND").on("KCSP").withSeverity(Severity.WARNING).single();
  }

  @Test
  void refuses_a_finding_raised_outside_a_rule() {
    assertThatThrownBy(() -> Raised.on(SubjectKind.GRANT, "CRG-2019-20", "message"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("in a rule's consequence");
  }

  @Test
  void leaves_out_skipped_rules() {
    ComplianceEngine engine = ComplianceEngine.builder().skip("TOR_REVIEW_OVERDUE").build();
    ComplianceReport report = engine.check(Kcsp2022.record().build(), LATER);
    assertThat(report).didNotCheck("TOR_REVIEW_OVERDUE");
    assertThat(report.rules()).noneMatch(rule -> rule.rule().equals("TOR_REVIEW_OVERDUE"));
    assertThat(report).hasFinding("TOR_NOT_ON_AGENDA");
  }

  @Test
  void keeps_only_the_rules_named() {
    ComplianceEngine engine = ComplianceEngine.builder().only("TOR_REVIEW_OVERDUE").build();
    ComplianceReport report = engine.check(Kcsp2022.record().build(), LATER);
    assertThat(report.rules()).extracting(RuleResult::rule).containsExactly("TOR_REVIEW_OVERDUE");
    assertThat(report.findings()).extracting(Finding::rule).containsOnly("TOR_REVIEW_OVERDUE");
    assertThat(engine.catalog().rules()).extracting(RuleDescriptor::id).containsExactly("TOR_REVIEW_OVERDUE");
  }

  @Test
  void changes_a_rules_severity() {
    ComplianceEngine engine = ComplianceEngine.builder().severity("TOR_NOT_ON_AGENDA", Severity.ERROR).build();
    ComplianceReport report = engine.check(Kcsp2022.record().build(), LATER);
    assertThat(report).hasFinding("TOR_NOT_ON_AGENDA").withSeverity(Severity.ERROR);
    assertThat(engine.catalog().rule("TOR_NOT_ON_AGENDA").orElseThrow().severity()).isEqualTo(Severity.ERROR);
    assertThat(report.rules()).contains(
        new RuleResult("TOR_NOT_ON_AGENDA", Severity.ERROR, Outcome.FAIL, "1 open finding; 1 partnership checked", 1));
  }

  @Test
  void names_the_nearest_rules_when_asked_for_one_that_does_not_exist() {
    assertThatThrownBy(() -> ComplianceEngine.builder().skip("TOR_REVIEW_OVERDUEE").build())
        .isInstanceOf(RuleDefinitionException.class)
        .hasMessageStartingWith("there is no rule TOR_REVIEW_OVERDUEE; nearest: TOR_REVIEW_OVERDUE");
  }

  @Test
  void stops_a_custom_rule_that_keeps_inserting_facts_and_names_it() {
    String looping = """
        package com.example;
        import org.kcsp.rules.spi.EvaluationFact;
        rule "LOOPING"
          @severity("INFO") @title("t") @subject("s") @source("s") @needs("ALWAYS")
        when
          EvaluationFact()
          $n : Integer()
        then
          insert(Integer.valueOf($n.intValue() + 1));
        end
        rule "SEED" @severity("INFO") @title("t") @subject("s") @source("s") @needs("ALWAYS")
        when EvaluationFact() then insert(Integer.valueOf(0)); end
        """;
    ComplianceEngine engine = ComplianceEngine.builder().addRules("looping.drl", looping).maxFirings(500).build();
    assertThatThrownBy(() -> engine.check(Kcsp2022.record().build(), Kcsp2022.MINUTES))
        .isInstanceOfSatisfying(RuleExecutionException.class, e -> assertThat(e.rule()).isEqualTo("LOOPING"))
        .hasMessageContaining("rules fired more than 500 times");
    // the standard rules stay correct on the same engine afterwards
    ComplianceEngine standard = ComplianceEngine.builder().build();
    assertThat(standard.check(Kcsp2022.record().build(), Kcsp2022.MINUTES)).hasNoFindings();
  }

  @Test
  void names_a_custom_rule_that_throws_and_stays_usable() {
    String throwing = """
        package com.example;
        import org.kcsp.rules.spi.EvaluationFact;
        rule "THROWING"
          @severity("INFO") @title("t") @subject("s") @source("s") @needs("ALWAYS")
        when
          $e : EvaluationFact()
        then
          throw new IllegalStateException("boom");
        end
        """;
    ComplianceEngine engine = ComplianceEngine.builder().addRules("throwing.drl", throwing).build();
    assertThatThrownBy(() -> engine.check(Kcsp2022.record().build(), Kcsp2022.MINUTES))
        .isInstanceOfSatisfying(RuleExecutionException.class, e -> assertThat(e.rule()).isEqualTo("THROWING"))
        .hasMessageContaining("rule THROWING failed");
    ComplianceEngine withoutIt = ComplianceEngine.builder().addRules("throwing.drl", throwing).skip("THROWING").build();
    assertThat(withoutIt.check(Kcsp2022.record().build(), Kcsp2022.MINUTES)).hasNoFindings();
  }
}

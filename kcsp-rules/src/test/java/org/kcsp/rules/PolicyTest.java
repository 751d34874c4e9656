package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.model.Grant;
import org.kcsp.model.GrantConditions;
import org.kcsp.model.Money;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Pot;
import org.kcsp.model.Problem;
import org.kcsp.model.ProjectScope;
import org.kcsp.model.ProjectStatus;
import org.kcsp.rules.internal.FactPreparation;
import org.kcsp.rules.internal.PreparedFacts;
import org.kcsp.rules.internal.RuleBase;
import org.kcsp.rules.spi.Needs;

/** The built-in policies, policy files and the engine applying them. */
class PolicyTest {

  @TempDir Path folder;

  private static final GrantConditions KENT = GrantConditions.KENT_PCC_CRIME_REDUCTION_GRANT;

  private static final List<String> K_RULES =
      List.of("AGREEMENT_NO_QUALITATIVE_OUTCOMES", "TOR_NOT_ON_AGENDA", "TOR_REVIEW_NOT_ALIGNED");
  private static final List<String> G_RULES = List.of("GRANT_TACTICAL_POT_OVER_CAP", "PROJECT_AWAITING_FUNDER_APPROVAL",
      "PROJECT_BUSINESS_CASE_LATE", "PROJECT_LOCAL_SCOPE");

  private Path write(String name, String text) {
    return TestPolicies.write(folder, name, text);
  }

  @Nested
  class BuiltIn {

    @Test
    void kcsp_holds_every_rule_with_the_catalogues_sources_and_its_grants_under_the_kent_conditions() {
      Policy kcsp = Policy.builtIn("kcsp");
      assertThat(kcsp.ruleIds()).hasSize(38).containsAll(K_RULES).containsAll(G_RULES);
      assertThat(kcsp.rules().values()).allSatisfy(settings -> assertThat(settings).isEqualTo(RuleSettings.ENABLED));
      assertThat(kcsp.grantConditions()).containsExactly(KENT);
    }

    @Test
    void england_holds_the_s_o_and_g_rules_citing_the_law_and_its_grants_under_no_conditions() {
      Policy england = Policy.builtIn("england");
      assertThat(england.ruleIds()).hasSize(35).doesNotContainAnyElementsOf(K_RULES).containsAll(G_RULES);
      assertThat(england.grantConditions()).isEmpty();
      assertThat(england.settings("TOR_MISSING").flatMap(RuleSettings::source)).contains(
          "SI 2007/1830 reg 3(5), as substituted by SI 2011/1230: arrangements governing the strategy group's proceedings");
      // a source the specification keeps "as in the first part" is the rule's own
      assertThat(england.settings("SCRUTINY_NOT_ANNUAL").flatMap(RuleSettings::source)).isEmpty();
    }

    @Test
    void lists_both_and_refuses_an_unknown_id_naming_them() {
      assertThat(Policy.builtIns()).extracting(Policy::id).containsExactly("england", "kcsp");
      assertThatThrownBy(() -> Policy.builtIn("scotland")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("there is no built-in policy \"scotland\": the built-in policies are england, kcsp");
    }

    @Test
    void the_kent_grant_conditions_are_the_g_rules() {
      // the one list of condition names is the model's, and each G rule's descriptor says it is one of them
      assertThat(GrantConditions.values()).extracting(GrantConditions::id).containsExactly("kent-pcc-crime-reduction-grant");
      assertThat(ComplianceEngine.standard().catalog().rules().stream()
          .filter(rule -> rule.grantConditions().equals(Optional.of(KENT))).map(RuleDescriptor::id))
          .containsExactlyElementsOf(G_RULES);
      assertThat(ComplianceEngine.standard().catalog().rules())
          .allSatisfy(rule -> assertThat(rule.grantConditions().isPresent()).as(rule.id())
              .isEqualTo(rule.kind() == RuleKind.GRANT_CONDITION));
    }

    @Test
    void an_engine_without_a_policy_checks_a_version_1_record_under_kcsp() {
      ComplianceEngine engine = ComplianceEngine.standard();
      assertThat(engine.policy()).isEmpty();
      assertThat(engine.catalog().rules()).hasSize(38);
      assertThat(engine.catalog().rule("TOR_MISSING").orElseThrow().source())
          .isEqualTo("KCSP minutes 14 July 2022, ToR review, resolution (a)");
    }

    @Test
    void under_england_a_k_rule_is_not_evaluated_nor_listed_and_findings_cite_the_law() {
      // GIVEN the KCSP the day before its meeting of 14 July 2022, whose subgroups have no ToR yet
      ComplianceEngine england = TestPolicies.engine(Policy.builtIn("england"));
      ComplianceReport report = england.check(Kcsp2022.record().build(), Kcsp2022.MINUTES.minusDays(1));
      // THEN the K rules are neither evaluated nor listed, and the statutory rule cites the regulations
      assertThat(report.rules()).extracting(RuleResult::rule).doesNotContainAnyElementsOf(K_RULES).hasSize(35);
      assertThat(report).didNotCheck("TOR_REVIEW_NOT_ALIGNED");
      assertThat(report.skippedRules()).containsAll(K_RULES);
      assertThat(report.findings("TOR_MISSING")).isNotEmpty().allSatisfy(finding -> assertThat(finding.source())
          .startsWith("SI 2007/1830 reg 3(5)"));
      assertThat(england.catalog().rule("TOR_MISSING").orElseThrow().sources()).containsExactly(
          Map.entry("england", "SI 2007/1830 reg 3(5), as substituted by SI 2011/1230: arrangements governing the"
              + " strategy group's proceedings"),
          Map.entry("kcsp", "KCSP minutes 14 July 2022, ToR review, resolution (a)"));
    }
  }

  @Nested
  class GrantConditionsOfAGrant {

    /** A county partnership's grant a penny over its one-third cap, with a local project (assumed). */
    private PartnershipRecord record() {
      Grant grant = KentGrants.grant("CRG-2020-21", "2020/21").allocation(KentGrants.ALLOCATION)
          .tacticalPot(Money.of("13220.34"))
          .addProjects(org.kcsp.model.Project.builder().id("local").title("Local Patrols").pot(Pot.UPFRONT)
              .amount(Money.of("1000")).status(ProjectStatus.APPROVED).scope(ProjectScope.LOCAL).build())
          .build();
      return Kcsp2022.record().grants(List.of(grant)).build();
    }

    @Test
    void checks_a_grant_under_the_kent_conditions_by_the_g_rules() {
      ComplianceReport report = ComplianceEngine.standard().check(record(), KentGrants.REPORT_2020);
      assertThat(report).hasFinding("GRANT_TACTICAL_POT_OVER_CAP").on("CRG-2020-21");
      assertThat(report).hasFinding("PROJECT_LOCAL_SCOPE").on("local");
    }

    @Test
    void leaves_a_grant_under_no_conditions_to_the_s_and_o_rules_the_g_rules_not_applicable() {
      ComplianceReport report = TestPolicies.engine(Policy.builtIn("england")).check(record(), KentGrants.REPORT_2020);
      for (String rule : G_RULES) {
        assertThat(report).hasNoFinding(rule).outcomeOf(rule).isNotApplicable();
      }
      assertThat(report).outcomeOf("GRANT_SPLIT_MISMATCH").isNotApplicable();
      assertThat(report).outcomeOf("GRANT_AMOUNTS_UNKNOWN").isPass();
    }

    @Test
    void says_why_a_g_rule_does_not_apply_to_a_grant_outside_its_conditions() {
      // GIVEN a record whose grants are under no conditions (england's default)
      ComplianceEngine england = TestPolicies.engine(Policy.builtIn("england"));
      // WHEN it is checked
      ComplianceReport report = england.check(record(), KentGrants.REPORT_2020);
      // THEN a G rule is not applicable, outside the grant's conditions, while a rule of no conditions applies
      assertThat(resultOf(report, "GRANT_TACTICAL_POT_OVER_CAP").reason()).isEqualTo("not in the grant's conditions");
      assertThat(resultOf(report, "GRANT_TACTICAL_POT_OVER_CAP").checked()).isZero();
      assertThat(resultOf(report, "GRANT_AMOUNTS_UNKNOWN").outcome()).isEqualTo(Outcome.PASS);
      // AND without a grant, a G rule has no data, whatever its conditions
      ComplianceReport noGrants = england.check(Kcsp2022.record().build(), KentGrants.REPORT_2020);
      assertThat(resultOf(noGrants, "GRANT_TACTICAL_POT_OVER_CAP").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
      assertThat(resultOf(noGrants, "GRANT_TACTICAL_POT_OVER_CAP").reason()).isNotEqualTo("not in the grant's conditions");
      // AND under the Kent conditions it applies
      ComplianceReport kent = ComplianceEngine.standard().check(record(), KentGrants.REPORT_2020);
      assertThat(resultOf(kent, "GRANT_TACTICAL_POT_OVER_CAP").checked()).isPositive();
    }

    private RuleResult resultOf(ComplianceReport report, String rule) {
      return report.rules().stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void a_policy_extending_england_puts_its_grants_under_the_kent_conditions() {
      Policy policy = Policy.read(write("district.yaml", """
          format: kcsp-policy/1
          id: district
          extends: [england]
          grantConditions: [kent-pcc-crime-reduction-grant]
          """));
      ComplianceReport report = TestPolicies.engine(policy).check(record(), KentGrants.REPORT_2020);
      assertThat(report).hasFinding("GRANT_TACTICAL_POT_OVER_CAP").on("CRG-2020-21");
      assertThat(policy.grantConditions()).containsExactly(KENT);
    }
  }


  @Nested
  class PolicyFileReading {

    @Test
    void a_policy_file_disables_re_severs_re_sources_and_re_parameterises_rules() {
      // GIVEN a district's policy on the KCSP's rules (YAML)
      Policy policy = Policy.read(write("district.yaml", """
          format: kcsp-policy/1
          id: safer-district
          title: Safer District Partnership
          extends: [kcsp]
          rules:
            TOR_MISSING: { severity: WARNING, source: "SDP constitution, part 2" }
            TOR_REVIEW_NOT_ALIGNED: { parameters: { maxDaysApart: 400 } }
            PROJECT_LOCAL_SCOPE: { enabled: false }
          """));
      ComplianceEngine engine = TestPolicies.engine(policy);
      // WHEN the KCSP the day before its meeting of 14 July 2022 is checked under it
      ComplianceReport report = engine.check(Kcsp2022.record().build(), Kcsp2022.MINUTES.minusDays(1));
      // THEN the disabled rule is not evaluated, and the others carry the policy's settings
      assertThat(report).didNotCheck("PROJECT_LOCAL_SCOPE");
      assertThat(report.rules()).hasSize(37);
      assertThat(report.findings("TOR_MISSING")).isNotEmpty().allSatisfy(finding -> {
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.source()).isEqualTo("SDP constitution, part 2");
      });
      assertThat(report.rules()).filteredOn(result -> result.rule().equals("TOR_MISSING"))
          .extracting(RuleResult::severity).containsExactly(Severity.WARNING);
      RuleDescriptor aligned = engine.catalog().rule("TOR_REVIEW_NOT_ALIGNED").orElseThrow();
      assertThat(aligned.parameters()).containsExactly(Map.entry("maxDaysApart", "400 days"));
      assertThat(aligned.description()).contains("more than 400 days from its parent's");
      assertThat(policy.id()).isEqualTo("safer-district");
      assertThat(policy.title()).isEqualTo("Safer District Partnership");
      assertThat(policy.grantConditions()).containsExactly(KENT);
    }

    @Test
    void merges_extends_in_order_setting_by_setting_and_its_own_rules_over_them_all() {
      write("a.json", """
          { "format": "kcsp-policy/1", "id": "a", "extends": ["kcsp"],
            "rules": { "TOR_MISSING": { "severity": "WARNING", "source": "A" }, "ISA_NOT_SIGNED": { "source": "A" } } }
          """);
      write("b.yaml", """
          format: kcsp-policy/1
          id: b
          extends: [kcsp]
          rules:
            TOR_MISSING: { source: "B" }
            ISA_NOT_SIGNED: { source: "B" }
          """);
      Policy ab = Policy.read(write("ab.yaml", "format: kcsp-policy/1\nid: ab\nextends: [a.json, b.yaml]\n"));
      Policy ba = Policy.read(write("ba.yaml", "format: kcsp-policy/1\nid: ba\nextends: [b.yaml, a.json]\n"));
      Policy own = Policy.read(write("own.yaml", """
          format: kcsp-policy/1
          id: own
          extends: [a.json, b.yaml]
          rules:
            ISA_NOT_SIGNED: { source: "own" }
          """));
      assertThat(ab.settings("TOR_MISSING")).get().extracting(RuleSettings::severity, RuleSettings::source)
          .containsExactly(java.util.Optional.of(Severity.WARNING), java.util.Optional.of("B"));
      assertThat(ba.settings("TOR_MISSING").flatMap(RuleSettings::source)).contains("A");
      assertThat(own.settings("ISA_NOT_SIGNED").flatMap(RuleSettings::source)).contains("own");
      assertThat(own.settings("TOR_MISSING").flatMap(RuleSettings::source)).contains("B");
    }

    @Test
    void takes_the_grant_conditions_of_the_last_policy_it_extends_that_has_them() {
      Policy englandLast = Policy.read(write("x.yaml", "format: kcsp-policy/1\nid: x\nextends: [kcsp, england]\n"));
      Policy kcspLast = Policy.read(write("y.yaml", "format: kcsp-policy/1\nid: y\nextends: [england, kcsp]\n"));
      Policy none = Policy.read(write("z.yaml", "format: kcsp-policy/1\nid: z\n"));
      assertThat(englandLast.grantConditions()).isEmpty();
      assertThat(kcspLast.grantConditions()).containsExactly(KENT);
      assertThat(none.grantConditions()).isEmpty();
      assertThat(none.ruleIds()).isEmpty();
    }

    @Test
    void naming_a_rule_england_leaves_out_takes_it_back_unless_it_says_enabled_false() {
      Policy policy = Policy.read(write("back.yaml", """
          format: kcsp-policy/1
          id: back
          extends: [england]
          rules:
            TOR_REVIEW_NOT_ALIGNED: { severity: WARNING, source: "our ToR, s4", parameters: { maxDaysApart: 61 } }
            TOR_NOT_ON_AGENDA: { enabled: false }
            TOR_MISSING: { enabled: false }
          """));
      assertThat(policy.holds("TOR_REVIEW_NOT_ALIGNED")).isTrue();
      assertThat(policy.holds("TOR_NOT_ON_AGENDA")).isFalse();
      assertThat(policy.holds("TOR_MISSING")).isFalse();
      assertThat(policy.ruleIds()).hasSize(35);
      // the source england gives a rule stays when a later file changes only its severity
      Policy severity = Policy.read(write("severity.yaml", """
          format: kcsp-policy/1
          id: severity
          extends: [england]
          rules:
            ISA_NOT_SIGNED: { severity: ERROR }
          """));
      assertThat(severity.settings("ISA_NOT_SIGNED").flatMap(RuleSettings::source))
          .contains("the partnership's information sharing agreement (Crime and Disorder Act 1998 s17A)");
    }

    @Test
    void includes_drl_relative_to_the_policy_as_rules_of_its_own() throws IOException {
      // GIVEN a policy that includes rules/large-grants.drl, beside it, and sets its severity
      try (InputStream drl = PolicyTest.class.getResourceAsStream("/rules/large-grants.drl")) {
        Files.createDirectories(folder.resolve("policies/rules"));
        Files.copy(drl, folder.resolve("policies/rules/large-grants.drl"));
      }
      Policy policy = Policy.read(write("policies/ours.yaml", """
          format: kcsp-policy/1
          id: ours
          extends: [england]
          include: [rules/large-grants.drl]
          rules:
            EXAMPLE_LARGE_GRANT: { severity: WARNING }
          """));
      // WHEN a grant over £30,000 is checked under it
      ComplianceReport report = TestPolicies.engine(policy)
          .check(Kcsp2022.record().addGrants(KentGrants.crg2020().rollovers(List.of()).build()).build(),
              KentGrants.REPORT_2020);
      // THEN the included rule runs, with the policy's severity
      assertThat(report).hasFinding("EXAMPLE_LARGE_GRANT").on("CRG-2020-21").withSeverity(Severity.WARNING);
      assertThat(policy.holds("EXAMPLE_LARGE_GRANT")).isTrue();
      assertThat(policy.includes()).singleElement().asString().endsWith("large-grants.drl");
      // AND a policy extending it has its rules too
      Policy extending = Policy.read(write("policies/more.yaml", "format: kcsp-policy/1\nid: more\nextends: [ours.yaml]\n"));
      assertThat(extending.holds("EXAMPLE_LARGE_GRANT")).isTrue();
    }

    @Test
    void reports_included_drl_that_does_not_compile_at_its_include_entry_with_the_drl_line() {
      write("broken.drl", "package ours;\n\nrule \"OURS\"\n  @severity(\"INFO\")\nwhen\n  $g : ( )\nthen\nend\n");
      Path file = write("broken.yaml", "format: kcsp-policy/1\nid: broken\ninclude: [broken.drl]\n");
      InvalidPolicyException e = catchThrowableOfType(InvalidPolicyException.class, () -> Policy.read(file));
      assertThat(e.problems()).isNotEmpty().allSatisfy(problem -> {
        assertThat(problem.path()).isEqualTo("$.include[0]");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.message()).startsWith("the included rules do not compile: " + folder.resolve("broken.drl"));
      });
      assertThat(e.problems()).extracting(Problem::message).anySatisfy(message -> assertThat(message).contains("line 6"));
    }

    @Test
    void an_engine_skip_and_severity_apply_on_top_of_its_policy() {
      ComplianceEngine engine = ComplianceEngine.builder().policy(Policy.builtIn("england"))
          .skip("TOR_MISSING").severity("ISA_NOT_SIGNED", Severity.ERROR).build();
      assertThat(engine.catalog().rules()).hasSize(34);
      assertThat(engine.catalog().rule("ISA_NOT_SIGNED").orElseThrow().severity()).isEqualTo(Severity.ERROR);
      assertThat(engine.catalog().rule("ISA_NOT_SIGNED").orElseThrow().source())
          .isEqualTo("the partnership's information sharing agreement (Crime and Disorder Act 1998 s17A)");
      assertThat(engine.policy()).get().extracting(Policy::id).isEqualTo("england");
    }

    @Test
    void ships_the_json_schema_of_the_format() {
      String schema = Policy.jsonSchema();
      assertThat(schema).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"")
          .contains("\"const\": \"kcsp-policy/1\"");
    }
  }
}

package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kcsp.model.BuiltInPolicy;
import org.kcsp.model.Grant;
import org.kcsp.model.GrantConditions;
import org.kcsp.model.Money;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Pot;
import org.kcsp.model.Project;
import org.kcsp.model.ProjectScope;
import org.kcsp.model.ProjectStatus;
import org.kcsp.rules.internal.FactPreparation;
import org.kcsp.rules.internal.PreparedFacts;
import org.kcsp.rules.internal.RuleBase;
import org.kcsp.rules.spi.Needs;

/**
 * Where a record's policy comes from (interfaces.md, <em>Policies</em>): the engine's policy, else
 * the record's own {@code policy}, else its version's default ({@code kcsp} for version 1, {@code
 * england} for version 2); and a grant's own {@code conditions} over its policy's default.
 */
class PolicyPrecedenceTest {

  /** The KCSP the day before its meeting of 14 July 2022: its subgroups have no ToR yet. */
  private static final LocalDate EVE = Kcsp2022.MINUTES.minusDays(1);

  /** A K rule: in kcsp, not in england. */
  private static final String K_RULE = "TOR_REVIEW_NOT_ALIGNED";

  private static final String KCSP_SOURCE = "KCSP minutes 14 July 2022, ToR review, resolution (a)";
  private static final String ENGLAND_SOURCE = "SI 2007/1830 reg 3(5), as substituted by SI 2011/1230:"
      + " arrangements governing the strategy group's proceedings";

  private static PartnershipRecord.Builder version2() {
    return Kcsp2022.version2();
  }

  /** THEN the report was checked under kcsp: the K rule listed, TOR_MISSING citing the KCSP's minutes. */
  private static void checkedUnderKcsp(ComplianceReport report) {
    assertThat(report.rules()).extracting(RuleResult::rule).contains(K_RULE);
    assertThat(report.findings("TOR_MISSING")).isNotEmpty()
        .allSatisfy(finding -> assertThat(finding.source()).isEqualTo(KCSP_SOURCE));
  }

  /** THEN the report was checked under england: the K rule neither run nor listed, TOR_MISSING citing the law. */
  private static void checkedUnderEngland(ComplianceReport report) {
    assertThat(report).didNotCheck(K_RULE);
    assertThat(report.findings("TOR_MISSING")).isNotEmpty()
        .allSatisfy(finding -> assertThat(finding.source()).isEqualTo(ENGLAND_SOURCE));
  }

  @Nested
  class WithoutAnEnginePolicy {

    private final ComplianceEngine engine = ComplianceEngine.standard();

    @Test
    void checks_a_version_1_record_that_names_no_policy_under_kcsp() {
      checkedUnderKcsp(engine.check(Kcsp2022.record().build(), EVE));
    }

    @Test
    void checks_a_version_2_record_that_names_no_policy_under_england() {
      checkedUnderEngland(engine.check(version2().build(), EVE));
    }

    @Test
    void checks_a_version_1_record_under_the_policy_it_names() {
      checkedUnderEngland(engine.check(Kcsp2022.record().policy(BuiltInPolicy.ENGLAND).build(), EVE));
    }

    @Test
    void checks_a_version_2_record_under_the_policy_it_names() {
      checkedUnderKcsp(engine.check(version2().policy(BuiltInPolicy.KCSP).build(), EVE));
    }

    @Test
    void checks_a_record_naming_a_policy_under_it_with_the_engines_own_rules_and_skips() {
      // GIVEN an engine of the standard rules less TOR_MISSING, and a version 2 record that names kcsp
      ComplianceEngine skipping = ComplianceEngine.builder().skip("TOR_MISSING").build();
      ComplianceReport report = skipping.check(version2().policy(BuiltInPolicy.KCSP).build(), EVE);
      // THEN the K rule of kcsp is checked, and the rule the engine skips is not
      assertThat(report.rules()).extracting(RuleResult::rule).contains(K_RULE);
      assertThat(report).didNotCheck("TOR_MISSING");
    }
  }

  @Nested
  class WithAnEnginePolicy {

    @Test
    void checks_every_record_under_the_engines_policy_whatever_it_names() {
      ComplianceEngine kcsp = TestPolicies.engine(Policy.builtIn("kcsp"));
      ComplianceEngine england = TestPolicies.engine(Policy.builtIn("england"));
      checkedUnderKcsp(kcsp.check(version2().build(), EVE));
      checkedUnderKcsp(kcsp.check(version2().policy(BuiltInPolicy.ENGLAND).build(), EVE));
      checkedUnderEngland(england.check(Kcsp2022.record().build(), EVE));
      checkedUnderEngland(england.check(Kcsp2022.record().policy(BuiltInPolicy.KCSP).build(), EVE));
    }
  }

  @Nested
  class TheConditionsAGrantNames {

    private static final GrantConditions KENT = GrantConditions.KENT_PCC_CRIME_REDUCTION_GRANT;

    private static final List<String> G_RULES = List.of("GRANT_TACTICAL_POT_OVER_CAP", "PROJECT_AWAITING_FUNDER_APPROVAL",
        "PROJECT_BUSINESS_CASE_LATE", "PROJECT_LOCAL_SCOPE");

    /**
     * A county partnership's 2020/21 grant a penny over its one-third cap (£13,220.33 of £39,661),
     * with a local project: both G findings under the Kent conditions.
     */
    private Grant.Builder grant() {
      return KentGrants.grant("CRG-2020-21", "2020/21").allocation(KentGrants.ALLOCATION)
          .tacticalPot(Money.of("13220.34"))
          .addProjects(Project.builder().id("local").title("Local Patrols").pot(Pot.UPFRONT)
              .amount(Money.of("1000")).status(ProjectStatus.APPROVED).scope(ProjectScope.LOCAL).build());
    }

    private PartnershipRecord record(BuiltInPolicy policy, Grant.Builder grant) {
      return version2().policy(policy).grants(List.of(grant.build())).build();
    }

    @Test
    void checks_a_grant_that_names_the_kent_conditions_by_the_g_rules_under_england() {
      // GIVEN a version 2 record under england (no grant conditions by default) whose grant names Kent's
      ComplianceReport report = ComplianceEngine.standard()
          .check(record(BuiltInPolicy.ENGLAND, grant().conditions(List.of(KENT))), KentGrants.REPORT_2020);
      // THEN the G rules check it
      assertThat(report).hasFinding("GRANT_TACTICAL_POT_OVER_CAP").on("CRG-2020-21")
          .withEvidence("capFraction", "1/3");
      assertThat(report).hasFinding("PROJECT_LOCAL_SCOPE").on("local");
    }

    @Test
    void leaves_a_grant_that_names_no_conditions_to_the_s_and_o_rules_under_kcsp() {
      // GIVEN a version 2 record under kcsp (Kent's conditions by default) whose grant says it is under none
      ComplianceReport report = ComplianceEngine.standard()
          .check(record(BuiltInPolicy.KCSP, grant().conditions(List.of())), KentGrants.REPORT_2020);
      // THEN no G rule checks it: each is not applicable, while the O rules still do
      for (String rule : G_RULES) {
        assertThat(report).hasNoFinding(rule).outcomeOf(rule).isNotApplicable();
      }
      assertThat(report).outcomeOf("GRANT_AMOUNTS_UNKNOWN").isPass();
    }

    @Test
    void takes_the_policys_default_for_a_grant_that_names_none() {
      ComplianceReport kcsp = ComplianceEngine.standard().check(record(BuiltInPolicy.KCSP, grant()), KentGrants.REPORT_2020);
      ComplianceReport england = ComplianceEngine.standard().check(record(BuiltInPolicy.ENGLAND, grant()), KentGrants.REPORT_2020);
      assertThat(kcsp).hasFinding("GRANT_TACTICAL_POT_OVER_CAP").on("CRG-2020-21");
      assertThat(england).hasNoFinding("GRANT_TACTICAL_POT_OVER_CAP").outcomeOf("GRANT_TACTICAL_POT_OVER_CAP")
          .isNotApplicable();
    }

    @Test
    void under_england_the_g_rules_are_outside_the_conditions_of_grants_not_recorded() {
      // GIVEN a version 2 record that leaves its grants not recorded
      PartnershipRecord.Builder notRecorded = version2().addNotRecorded("grants");
      // WHEN it is checked under england (no conditions by default) and under kcsp (the Kent conditions)
      ComplianceReport england = ComplianceEngine.standard().check(notRecorded.policy(BuiltInPolicy.ENGLAND).build(),
          KentGrants.REPORT_2020);
      ComplianceReport kcsp = ComplianceEngine.standard().check(notRecorded.policy(BuiltInPolicy.KCSP).build(),
          KentGrants.REPORT_2020);
      // THEN under england a G rule is not in any grant's conditions (reading 13)
      assertThat(england).outcomeOf("GRANT_TACTICAL_POT_OVER_CAP").isNotApplicable();
      assertThat(resultOf(england, "GRANT_TACTICAL_POT_OVER_CAP").reason()).isEqualTo("not in the grant's conditions");
      // AND under kcsp the grants it leaves out could be under them: a gap at the grants
      assertThat(kcsp).outcomeOf("GRANT_TACTICAL_POT_OVER_CAP").isNotAssessed();
      assertThat(kcsp).hasGap("GRANT_TACTICAL_POT_OVER_CAP").at("$.grants");
      // AND a record that records no grants at all has none to check, whatever the policy
      ComplianceReport none = ComplianceEngine.standard().check(version2().policy(BuiltInPolicy.ENGLAND).build(),
          KentGrants.REPORT_2020);
      assertThat(resultOf(none, "GRANT_TACTICAL_POT_OVER_CAP").reason()).isEqualTo("the record holds no grants");
    }

    private RuleResult resultOf(ComplianceReport report, String rule) {
      return report.rules().stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow();
    }
  }
}

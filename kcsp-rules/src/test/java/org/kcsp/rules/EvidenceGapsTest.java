package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kcsp.rules.KentGrants.grant;
import static org.kcsp.rules.KentGrants.project;
import static org.kcsp.rules.KentGrants.unknownAmount;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kcsp.model.Grant;
import org.kcsp.model.Money;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Pot;
import org.kcsp.model.Project;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.Waiver;
import org.kcsp.rules.spi.Missing;

/**
 * The engine's three-valued checking, with rules of an application's own: a rule raises evidence
 * gaps from a part of it ({@code @partOf}), its outcome takes the spec's precedence (FAIL, WAIVED,
 * NOT_ASSESSED, PASS, NOT_APPLICABLE), and the report holds one gap per rule, subject and path, in
 * order, none on a subject the same rule already found wrong (unless about another part of it).
 */
class EvidenceGapsTest {

  /**
   * Two rules of our own with parts: one on each live project over £5,000 (not assessed when its
   * amount is not recorded), one on each grant, per pot, with a live project over £5,000 in that
   * pot (not assessed, about that pot, while a live project of the pot has no amount).
   */
  private static final String OUR_RULES = """
      package com.example.partnership;

      import org.kcsp.rules.SubjectKind;
      import org.kcsp.rules.spi.GrantFact;
      import org.kcsp.rules.spi.Missing;
      import org.kcsp.rules.spi.ProjectFact;
      import org.kcsp.rules.spi.Raised;

      rule "EXAMPLE_LARGE_PROJECT"
        @severity("WARNING") @title("Project over £5,000") @subject("the project")
        @source("Our own policy") @needs("PROJECT")
      when
        $p : ProjectFact( live == true, amount > 500000 )
      then
        insert(Raised.on(SubjectKind.PROJECT, $p.id(), $p.title() + " costs over £5,000."));
      end

      rule "EXAMPLE_LARGE_PROJECT: amount not recorded"
        @partOf("EXAMPLE_LARGE_PROJECT")
      when
        $p : ProjectFact( live == true, amount == null )
      then
        insert(Missing.on(SubjectKind.PROJECT, $p.id(), $p.path() + ".amount",
            "Record the amount of " + $p.title() + " (" + $p.id() + ")."));
      end

      rule "EXAMPLE_GRANT_WITH_LARGE_PROJECT"
        @severity("INFO") @title("Grant with a project over £5,000") @subject("the grant")
        @source("Our own policy") @needs("GRANT")
      when
        $g : GrantFact( $gid : id )
        $p : ProjectFact( grant == $gid, live == true, amount > 500000 )
      then
        insert(Raised.on(SubjectKind.GRANT, $gid, $p.title() + " of " + $gid + " costs over £5,000.")
            .text("pot", $p.pot().name()));
      end

      rule "EXAMPLE_GRANT_WITH_LARGE_PROJECT: amount not recorded"
        @partOf("EXAMPLE_GRANT_WITH_LARGE_PROJECT")
      when
        $g : GrantFact( $gid : id )
        $p : ProjectFact( grant == $gid, live == true, amount == null )
      then
        insert(Missing.on(SubjectKind.GRANT, $gid, $p.path() + ".amount", "Record the amount of " + $p.title() + ".")
            .about("pot", $p.pot().name()));
      end
      """;

  private static final ComplianceEngine ENGINE = ComplianceEngine.builder().addRules("our-rules.drl", OUR_RULES).build();

  private static final String PROJECT_RULE = "EXAMPLE_LARGE_PROJECT";
  private static final String GRANT_RULE = "EXAMPLE_GRANT_WITH_LARGE_PROJECT";

  /** The 2022/23 grant (seed 001, para 6) with these projects instead of its own. */
  private static PartnershipRecord withProjects(Project... projects) {
    return Kcsp2022.record().addGrants(KentGrants.crg2022().projects(List.of(projects)).build()).build();
  }

  private static ComplianceReport check(PartnershipRecord record) {
    return ENGINE.check(record, Kcsp2022.MINUTES);
  }

  private static Project upfront(String id, String amount) {
    return project(id, id, Pot.UPFRONT, amount, ProjectStatus.APPROVED);
  }

  /** A proposed project without an amount: live, and outside the sums of the standard rules. */
  private static Project unknown(String id, Pot pot) {
    return unknownAmount(id, id, pot, ProjectStatus.PROPOSED);
  }

  // ---------------------------------------------------------------- raising gaps

  @Test
  void reports_the_gap_of_a_part_under_its_rules_id_and_the_rule_not_assessed() {
    // GIVEN a project of £10 and one whose amount is not recorded, third of its grant
    PartnershipRecord record = withProjects(upfront("small", "10"), upfront("other", "20"), unknown("unknown", Pot.UPFRONT));
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN the rule cannot decide on the project without an amount: a gap at its amount, and the
    // rule NOT_ASSESSED; the part is not a rule of the catalogue
    assertThat(report.gaps(PROJECT_RULE)).containsExactly(new Gap(PROJECT_RULE, new Subject(SubjectKind.PROJECT, "unknown"),
        "$.grants[0].projects[2].amount", "Record the amount of unknown (unknown)."));
    assertThat(report).hasNoFinding(PROJECT_RULE).outcomeOf(PROJECT_RULE).is(Outcome.NOT_ASSESSED);
    assertThat(ENGINE.catalog().rules()).extracting(RuleDescriptor::id)
        .contains(PROJECT_RULE, GRANT_RULE)
        .noneMatch(id -> id.contains(":"))
        .hasSize(ComplianceEngine.standard().catalog().rules().size() + 2);
  }

  @Test
  void names_the_place_in_the_record_as_written_not_in_the_view_of_the_date() {
    // GIVEN the grant of 2019/20 listed before the grant of 2022/23, whose third project has no amount
    PartnershipRecord record = Kcsp2022.record()
        .addGrants(KentGrants.crg2019().build(),
            KentGrants.crg2022().projects(List.of(upfront("a", "1"), upfront("b", "2"), unknown("c", Pot.UPFRONT))).build())
        .build();
    // WHEN it is checked
    // THEN the gap names the second grant's third project
    assertThat(check(record).gaps(PROJECT_RULE)).extracting(Gap::missing).containsExactly("$.grants[1].projects[2].amount");
  }

  @Test
  void passes_when_every_subject_is_decided_clear_and_does_not_apply_without_subjects() {
    // GIVEN projects of £5,000 and £10, and a record without projects
    // WHEN they are checked
    ComplianceReport clear = check(withProjects(upfront("at", "5000"), upfront("small", "10")));
    ComplianceReport none = check(Kcsp2022.record().build());
    // THEN the first passes, with no gap; the second does not apply
    assertThat(clear).outcomeOf(PROJECT_RULE).isPass();
    assertThat(clear.gaps()).isEmpty();
    assertThat(none).outcomeOf(PROJECT_RULE).isNotApplicable();
  }

  @Test
  void fails_on_one_subject_and_still_reports_the_gap_of_another() {
    // GIVEN a project a penny over £5,000 and one whose amount is not recorded
    ComplianceReport report = check(withProjects(upfront("over", "5000.01"), unknown("unknown", Pot.UPFRONT)));
    // WHEN it is checked
    // THEN the rule fails on the first, and the second keeps its gap (reading 7)
    assertThat(report).hasFinding(PROJECT_RULE).on("over").single();
    assertThat(report).outcomeOf(PROJECT_RULE).isFail();
    assertThat(report.gaps(PROJECT_RULE)).extracting(gap -> gap.subject().id()).containsExactly("unknown");
  }

  @Test
  void is_waived_when_its_findings_are_all_waived_though_it_has_gaps() {
    // GIVEN the same, with the finding on the project over £5,000 waived
    PartnershipRecord record = PartnershipRecord.builder()
        .from(withProjects(upfront("over", "5000.01"), unknown("unknown", Pot.UPFRONT)))
        .addWaivers(Waiver.builder().rule(PROJECT_RULE).subject("over").approvedBy("KCSP")
            .until(LocalDate.of(2023, 3, 31)).reason("agreed by the partnership").build())
        .build();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN WAIVED comes before NOT_ASSESSED, and the gap stays
    assertThat(report).outcomeOf(PROJECT_RULE).isWaived();
    assertThat(report.gaps(PROJECT_RULE)).hasSize(1);
  }

  // ---------------------------------------------------------------- one subject, its findings and its gaps

  @Test
  void leaves_out_the_gaps_of_a_subject_the_same_rule_found_wrong() {
    // GIVEN a grant with an upfront project a penny over £5,000 and another upfront project
    // without an amount
    ComplianceReport report = check(withProjects(upfront("over", "5000.01"), unknown("unknown", Pot.UPFRONT)));
    // WHEN it is checked
    // THEN the grant has its finding, and no gap of that rule: the finding already says it is wrong
    assertThat(report).hasFinding(GRANT_RULE).on("CRG-2022-23").single();
    assertThat(report.gaps(GRANT_RULE)).isEmpty();
  }

  @Test
  void keeps_the_gap_about_another_part_of_the_subject_than_its_finding() {
    // GIVEN the same grant, its project without an amount in the tactical pot instead
    ComplianceReport report = check(withProjects(upfront("over", "5000.01"), unknown("unknown", Pot.TACTICAL)));
    // WHEN it is checked
    // THEN the finding is about the upfront pot and the gap about the tactical one: both are reported
    assertThat(report).hasFinding(GRANT_RULE).on("CRG-2022-23").withEvidence("pot", "UPFRONT").single();
    assertThat(report.gaps(GRANT_RULE)).extracting(Gap::missing).containsExactly("$.grants[0].projects[1].amount");
  }

  @Test
  void keeps_the_gaps_of_a_subject_whose_finding_is_waived() {
    // GIVEN the grant with an upfront project over £5,000 and another without an amount, the
    // grant's finding waived
    PartnershipRecord record = PartnershipRecord.builder()
        .from(withProjects(upfront("over", "5000.01"), unknown("unknown", Pot.UPFRONT)))
        .addWaivers(Waiver.builder().rule(GRANT_RULE).subject("CRG-2022-23").approvedBy("KCSP")
            .until(LocalDate.of(2023, 3, 31)).reason("agreed by the partnership").build())
        .build();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN only an open finding leaves the gaps out (reading 23): the waived one keeps them
    assertThat(report).hasFinding(GRANT_RULE).on("CRG-2022-23").waived().single();
    assertThat(report.gaps(GRANT_RULE)).hasSize(1);
    assertThat(report).outcomeOf(GRANT_RULE).isWaived();
  }

  // ---------------------------------------------------------------- one gap per rule, subject and path, in order

  @Test
  void reports_one_gap_per_rule_subject_and_path() {
    // GIVEN a rule with two parts that both ask for the amount of the same project, in other words
    String twice = OUR_RULES + """

        rule "EXAMPLE_LARGE_PROJECT: amount still not recorded"
          @partOf("EXAMPLE_LARGE_PROJECT")
        when
          $p : ProjectFact( live == true, amount == null )
        then
          insert(Missing.on(SubjectKind.PROJECT, $p.id(), $p.path() + ".amount", "Give the amount of " + $p.title() + "."));
        end
        """;
    ComplianceEngine engine = ComplianceEngine.builder().addRules("twice.drl", twice).build();
    // WHEN a project without an amount is checked
    ComplianceReport report = engine.check(withProjects(unknown("unknown", Pot.UPFRONT)), Kcsp2022.MINUTES);
    // THEN one gap is reported, the first of the two in order
    assertThat(report.gaps(PROJECT_RULE)).extracting(Gap::message).containsExactly("Give the amount of unknown.");
    // AND the other rule, at the same path, has its own gap: gaps are not merged across rules
    assertThat(report.gaps()).extracting(Gap::missing).containsOnly("$.grants[0].projects[0].amount").hasSize(2);
  }

  @Test
  void orders_the_gaps_by_rule_subject_and_path_its_indices_as_numbers() {
    // GIVEN eleven projects without an amount, in both pots
    List<Project> projects = new ArrayList<>();
    for (int i = 0; i <= 10; i++) {
      projects.add(unknown("p" + (char) ('k' - i), i % 2 == 0 ? Pot.UPFRONT : Pot.TACTICAL));
    }
    // WHEN they are checked
    ComplianceReport report = check(withProjects(projects.toArray(Project[]::new)));
    // THEN the grant rule's gaps come first, by path, projects[2] before projects[10]; then the
    // project rule's, by subject id
    assertThat(report.gaps()).extracting(Gap::rule).startsWith(GRANT_RULE).endsWith(PROJECT_RULE);
    assertThat(report.gaps(GRANT_RULE)).extracting(Gap::missing).containsExactly(
        "$.grants[0].projects[0].amount", "$.grants[0].projects[1].amount", "$.grants[0].projects[2].amount",
        "$.grants[0].projects[3].amount", "$.grants[0].projects[4].amount", "$.grants[0].projects[5].amount",
        "$.grants[0].projects[6].amount", "$.grants[0].projects[7].amount", "$.grants[0].projects[8].amount",
        "$.grants[0].projects[9].amount", "$.grants[0].projects[10].amount");
    assertThat(report.gaps(PROJECT_RULE)).extracting(gap -> gap.subject().id())
        .containsExactly("pa", "pb", "pc", "pd", "pe", "pf", "pg", "ph", "pi", "pj", "pk");
    assertThat(report.gaps()).isSortedAccordingTo(Gap.ORDER);
  }

  // ---------------------------------------------------------------- parts of a rule

  @Test
  void runs_a_part_exactly_when_its_rule_runs() {
    // GIVEN the engine told to skip the project rule
    ComplianceEngine engine = ComplianceEngine.builder().addRules("our-rules.drl", OUR_RULES).skip(PROJECT_RULE).build();
    // WHEN a project without an amount is checked
    ComplianceReport report = engine.check(withProjects(unknown("unknown", Pot.UPFRONT)), Kcsp2022.MINUTES);
    // THEN its part did not run either
    assertThat(report).didNotCheck(PROJECT_RULE);
    assertThat(report.gaps()).extracting(Gap::rule).containsOnly(GRANT_RULE);
  }

  @Test
  void refuses_a_part_of_a_rule_that_does_not_exist_naming_the_nearest() {
    String orphan = """
        package com.example;
        import org.kcsp.rules.spi.EvaluationFact;
        rule "ORPHAN: not recorded" @partOf("TOR_REVIEW_OVERDUEE") when EvaluationFact() then end
        """;
    assertThatThrownBy(() -> ComplianceEngine.builder().addRules("orphan.drl", orphan).build())
        .isInstanceOf(RuleDefinitionException.class)
        .hasMessageContaining("rule \"ORPHAN: not recorded\" is @partOf(\"TOR_REVIEW_OVERDUEE\"), but there is no rule "
            + "TOR_REVIEW_OVERDUEE; nearest: TOR_REVIEW_OVERDUE");
  }

  @Test
  void refuses_a_part_with_metadata_of_its_own() {
    String dressed = """
        package com.example;
        import org.kcsp.rules.spi.EvaluationFact;
        rule "TOR_MISSING: not recorded" @partOf("TOR_MISSING") @severity("INFO") @title("t")
        when EvaluationFact() then end
        """;
    assertThatThrownBy(() -> ComplianceEngine.builder().addRules("dressed.drl", dressed).build())
        .isInstanceOf(RuleDefinitionException.class)
        .hasMessageContaining("rule \"TOR_MISSING: not recorded\" is @partOf(\"TOR_MISSING\") and declares @severity, "
            + "@title: a part has no metadata of its own");
  }

  @Test
  void refuses_a_part_of_a_part() {
    String nested = OUR_RULES + """

        rule "EXAMPLE_LARGE_PROJECT: deeper" @partOf("EXAMPLE_LARGE_PROJECT: amount not recorded")
        when ProjectFact() then end
        """;
    assertThatThrownBy(() -> ComplianceEngine.builder().addRules("nested.drl", nested).build())
        .isInstanceOf(RuleDefinitionException.class)
        .hasMessageContaining("is @partOf(\"EXAMPLE_LARGE_PROJECT: amount not recorded\"), but there is no rule "
            + "EXAMPLE_LARGE_PROJECT: amount not recorded (a part of a part: name the rule itself)");
  }

  @Test
  void makes_a_gap_only_in_a_rules_consequence() {
    assertThatThrownBy(() -> Missing.on(SubjectKind.GRANT, "CRG-2022-23", "$.grants[0]", "Record it."))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Missing.on is called in a rule's consequence, which gives the gap its rule");
  }

  @Test
  void names_a_grant_whose_projects_move_between_grants_by_the_record_as_written() {
    // GIVEN two grants of the same year, the project without an amount in the second
    Grant first = grant("A", "2022/23").allocation(Money.of("100")).tacticalPot(Money.of("0"))
        .addProjects(upfront("a", "1")).build();
    Grant second = grant("B", "2022/23").allocation(Money.of("100")).tacticalPot(Money.of("0"))
        .addProjects(upfront("b", "1"), unknown("b2", Pot.UPFRONT)).build();
    // WHEN they are checked
    ComplianceReport report = check(Kcsp2022.record().addGrants(first, second).build());
    // THEN the gap is on the second grant, at its second project
    assertThat(report.gaps(GRANT_RULE)).singleElement()
        .returns(new Subject(SubjectKind.GRANT, "B"), Gap::subject)
        .returns("$.grants[1].projects[1].amount", Gap::missing);
  }
}

package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.rules.KentGrants.ALLOCATION;
import static org.kcsp.rules.KentGrants.TACTICAL;
import static org.kcsp.rules.KentGrants.grant;
import static org.kcsp.rules.KentGrants.project;
import static org.kcsp.rules.KentGrants.unknownAmount;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kcsp.model.BuiltInPolicy;
import org.kcsp.model.Grant;
import org.kcsp.model.Money;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Pot;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.ReportedTotal;
import org.kcsp.model.Rollover;
import org.kcsp.model.RolloverPermission;
import org.kcsp.model.TotalBasis;

/**
 * The grant rules on version 2 records that leave the grants, a grant's allocation, its projects
 * or its rollovers not recorded or unknown (rules.md, "When a subject is not assessed"): a finding
 * or clear where the recorded figures decide, else a gap at what to record, and the rule
 * NOT_ASSESSED.
 */
class NotAssessedGrantRulesTest {

  private static final String GRANT = "CRG-2022-23";
  private static final String PATH = "$.grants[0]";
  /** The 2022/23 year: its first day, the first day of its final month, and its year end. */
  private static final LocalDate YEAR_START = LocalDate.of(2022, 4, 1);
  private static final LocalDate FINAL_MONTH = LocalDate.of(2023, 3, 2);
  private static final LocalDate YEAR_END = LocalDate.of(2023, 3, 31);

  /** The KCSP of July 2022 in version 2, under the kcsp policy, with these grants. */
  private static PartnershipRecord.Builder v2(Grant... grants) {
    return Kcsp2022Version2.record().addGrants(grants);
  }

  /** The 2022/23 grant with the KCSP's allocation and a third in the tactical pot, and nothing else. */
  private static Grant.Builder crg() {
    return grant(GRANT, "2022/23").allocation(ALLOCATION).tacticalPot(TACTICAL);
  }

  /** The same grant with its allocation unknown (absent, version 2). */
  private static Grant.Builder withoutAllocation() {
    return grant(GRANT, "2022/23").tacticalPot(TACTICAL);
  }

  private static ComplianceReport check(PartnershipRecord record, LocalDate date) {
    return ComplianceEngine.standard().check(record, date);
  }

  private static ComplianceReport check(PartnershipRecord.Builder record, LocalDate date) {
    return check(record.build(), date);
  }

  @Nested
  class UnknownAllocation {

    @Test
    void reports_gaps_not_a_crash_when_the_allocation_is_unknown() {
      // GIVEN a grant whose allocation is unknown, upfront stated, in its final month
      PartnershipRecord record = v2(withoutAllocation().upfront(Money.of("26441")).build()).build();
      // WHEN it is checked
      ComplianceReport report = check(record, FINAL_MONTH);
      // THEN the cap, the split and the underspend are not assessed, each with a gap at the allocation
      for (String rule : new String[] {"GRANT_TACTICAL_POT_OVER_CAP", "GRANT_SPLIT_MISMATCH", "GRANT_UNDERSPEND_RISK"}) {
        assertThat(report).hasNoFinding(rule).hasGap(rule).on(GRANT).at(PATH + ".allocation");
        assertThat(report).outcomeOf(rule).isNotAssessed();
      }
      // and the report's figures leave the allocation and the cap unknown
      GrantPosition position = report.grants().get(0);
      assertThat(position.allocation()).isEmpty();
      assertThat(position.tacticalPotLimit()).isEmpty();
      assertThat(position.upfront().amount()).hasValue(2_644_100L);
    }

    @Test
    void reports_no_cap_gap_when_the_tactical_pot_is_nothing() {
      // GIVEN a grant whose allocation is unknown and whose tactical pot is nothing
      PartnershipRecord record = v2(grant(GRANT, "2022/23").build()).build();
      // WHEN it is checked
      ComplianceReport report = check(record, Kcsp2022.MINUTES);
      // THEN a pot of nothing is within any cap: clear, PASS
      assertThat(report).hasNoGap("GRANT_TACTICAL_POT_OVER_CAP").outcomeOf("GRANT_TACTICAL_POT_OVER_CAP").isPass();
    }

    @Test
    void reports_the_cap_as_before_when_the_allocation_is_recorded() {
      // GIVEN the same grant with its allocation, and a tactical pot a penny over its cap
      PartnershipRecord record = v2(crg().tacticalPot(Money.of("13220.34")).build()).build();
      // WHEN it is checked
      // THEN the finding, and no gap
      assertThat(check(record, Kcsp2022.MINUTES)).hasFinding("GRANT_TACTICAL_POT_OVER_CAP").on(GRANT);
      assertThat(check(record, Kcsp2022.MINUTES)).hasNoGap("GRANT_TACTICAL_POT_OVER_CAP");
    }

    @Test
    void reports_the_split_as_not_assessed_only_when_upfront_is_given() {
      // GIVEN a grant with its allocation unknown and no upfront
      PartnershipRecord record = v2(withoutAllocation().build()).build();
      // WHEN it is checked
      // THEN there is no split to check: NOT_APPLICABLE
      assertThat(check(record, Kcsp2022.MINUTES)).hasNoGap("GRANT_SPLIT_MISMATCH")
          .outcomeOf("GRANT_SPLIT_MISMATCH").isNotApplicable();
    }

    @Test
    void reports_the_upfront_pot_unknown_when_something_is_committed_to_it() {
      // GIVEN an unknown allocation, no upfront stated, and £1 committed to the upfront pot
      PartnershipRecord record = v2(withoutAllocation()
          .addProjects(project("p1", "P1", Pot.UPFRONT, "1", ProjectStatus.APPROVED)).build()).build();
      // WHEN it is checked
      ComplianceReport report = check(record, Kcsp2022.MINUTES);
      // THEN the upfront pot is not assessed, a gap at the allocation; the picture draws no pot
      assertThat(report).hasNoFinding("GRANT_POT_OVERCOMMITTED")
          .hasGap("GRANT_POT_OVERCOMMITTED").on(GRANT).at(PATH + ".allocation");
      assertThat(report.grants().get(0).upfront().amount()).isEmpty();
    }

    @Test
    void reports_no_pot_gap_when_nothing_is_committed_to_the_unknown_pot() {
      // GIVEN an unknown allocation and no committed project
      PartnershipRecord record = v2(withoutAllocation()
          .addProjects(project("p1", "P1", Pot.UPFRONT, "1", ProjectStatus.PROPOSED)).build()).build();
      // WHEN it is checked
      // THEN nothing can overcommit it: clear
      assertThat(check(record, Kcsp2022.MINUTES)).hasNoGap("GRANT_POT_OVERCOMMITTED")
          .outcomeOf("GRANT_POT_OVERCOMMITTED").isPass();
    }
  }

  @Nested
  class GrantsNotRecorded {

    @Test
    void reports_a_gap_on_the_partnership_at_the_grants() {
      // GIVEN a version 2 record under kcsp that does not record its grants
      PartnershipRecord record = v2().addNotRecorded("grants").build();
      // WHEN it is checked
      ComplianceReport report = check(record, Kcsp2022.MINUTES);
      // THEN every grant rule but GRANT_AMOUNTS_UNKNOWN reports a gap on the partnership at $.grants
      for (String rule : new String[] {"GRANT_TACTICAL_POT_OVER_CAP", "GRANT_SPLIT_MISMATCH", "GRANT_POT_OVERCOMMITTED",
          "GRANT_ROLLOVER_PENDING", "GRANT_UNDERSPEND_RISK", "GRANT_REPORTED_TOTAL_MISMATCH"}) {
        assertThat(report).hasGap(rule).on("KCSP").at("$.grants");
        assertThat(report).outcomeOf(rule).isNotAssessed();
      }
      assertThat(report).hasNoGap("GRANT_AMOUNTS_UNKNOWN").outcomeOf("GRANT_AMOUNTS_UNKNOWN").isNotApplicable();
    }

    @Test
    void leaves_the_rules_of_grant_conditions_not_applicable_under_england() {
      // GIVEN the same record under england, whose grants are under no conditions by default
      PartnershipRecord record = v2().policy(BuiltInPolicy.ENGLAND).addNotRecorded("grants").build();
      // WHEN it is checked
      ComplianceReport report = check(record, Kcsp2022.MINUTES);
      // THEN the G rule is NOT_APPLICABLE, the O rules report the gap
      assertThat(report).hasNoGap("GRANT_TACTICAL_POT_OVER_CAP")
          .outcomeOf("GRANT_TACTICAL_POT_OVER_CAP").isNotApplicable();
      assertThat(report).hasGap("GRANT_POT_OVERCOMMITTED").on("KCSP").at("$.grants");
    }

    @Test
    void reports_no_gap_when_the_grants_are_recorded_as_none() {
      // GIVEN grants recorded as an empty list
      // WHEN it is checked
      ComplianceReport report = check(v2(), Kcsp2022.MINUTES);
      // THEN nothing to record, and the grant rules do not apply
      assertThat(report).hasNoGap("GRANT_POT_OVERCOMMITTED").outcomeOf("GRANT_POT_OVERCOMMITTED").isNotApplicable();
    }
  }

  @Nested
  class PotOvercommitted {

    @Test
    void reports_a_gap_at_the_projects_when_they_are_not_recorded() {
      // GIVEN a grant whose projects are not recorded
      PartnershipRecord record = v2(crg().addNotRecorded("projects").build()).build();
      // WHEN it is checked
      // THEN the pots are not assessed: a gap at its projects
      assertThat(check(record, Kcsp2022.MINUTES)).hasNoFinding("GRANT_POT_OVERCOMMITTED")
          .hasGap("GRANT_POT_OVERCOMMITTED").on(GRANT).at(PATH + ".projects");
    }

    @Test
    void reports_a_gap_at_the_rollovers_when_the_known_commitments_exceed_the_pot() {
      // GIVEN rollovers not recorded, and the tactical pot overcommitted by a penny
      PartnershipRecord record = v2(crg().addNotRecorded("rollovers")
          .addProjects(project("p1", "P1", Pot.TACTICAL, "13220.01", ProjectStatus.APPROVED)).build()).build();
      // WHEN it is checked
      ComplianceReport report = check(record, Kcsp2022.MINUTES);
      // THEN a granted rollover not recorded could cover it: a gap at the rollovers, not a finding
      assertThat(report).hasNoFinding("GRANT_POT_OVERCOMMITTED")
          .hasGap("GRANT_POT_OVERCOMMITTED").on(GRANT).at(PATH + ".rollovers");
      assertThat(report).outcomeOf("GRANT_POT_OVERCOMMITTED").isNotAssessed();
    }

    @Test
    void passes_with_rollovers_not_recorded_when_the_commitments_are_within_the_pot() {
      // GIVEN rollovers not recorded, and the tactical pot committed exactly
      PartnershipRecord record = v2(crg().addNotRecorded("rollovers")
          .addProjects(project("p1", "P1", Pot.TACTICAL, "13220", ProjectStatus.APPROVED)).build()).build();
      // WHEN it is checked
      // THEN granted rollovers only raise a pot: clear
      assertThat(check(record, Kcsp2022.MINUTES)).hasNoGap("GRANT_POT_OVERCOMMITTED")
          .outcomeOf("GRANT_POT_OVERCOMMITTED").isPass();
    }

    @Test
    void reports_the_finding_when_everything_is_recorded() {
      // GIVEN rollovers recorded as none, and the tactical pot overcommitted by a penny
      PartnershipRecord record = v2(crg()
          .addProjects(project("p1", "P1", Pot.TACTICAL, "13220.01", ProjectStatus.APPROVED)).build()).build();
      // WHEN it is checked
      // THEN the finding
      assertThat(check(record, Kcsp2022.MINUTES)).hasFinding("GRANT_POT_OVERCOMMITTED").on(GRANT);
    }
  }

  @Nested
  class RolloverPending {

    @Test
    void reports_a_gap_at_the_rollovers_once_the_year_has_begun() {
      // GIVEN a grant whose rollovers are not recorded
      PartnershipRecord record = v2(crg().addNotRecorded("rollovers").build()).build();
      // WHEN it is checked on the first day of its year, and the day before
      // THEN a gap from that day; before it, clear
      assertThat(check(record, YEAR_START)).hasGap("GRANT_ROLLOVER_PENDING").on(GRANT).at(PATH + ".rollovers");
      assertThat(check(record, YEAR_START)).outcomeOf("GRANT_ROLLOVER_PENDING").isNotAssessed();
      assertThat(check(record, YEAR_START.minusDays(1))).hasNoGap("GRANT_ROLLOVER_PENDING");
    }

    @Test
    void passes_before_the_year_begins_when_the_rollovers_are_not_recorded() {
      // GIVEN a grant whose rollovers are not recorded, and no rollover recorded elsewhere
      PartnershipRecord record = v2(crg().addNotRecorded("rollovers").build()).build();
      // WHEN it is checked on the day before its year begins
      ComplianceReport report = check(record, YEAR_START.minusDays(1));
      // THEN no rollover can be pending before the year begins, and a list not recorded makes the
      // rule apply: PASS, the grant checked (rules.md, readings settled 27)
      assertThat(report).hasNoFinding("GRANT_ROLLOVER_PENDING").hasNoGap("GRANT_ROLLOVER_PENDING")
          .outcomeOf("GRANT_ROLLOVER_PENDING").isPass();
      assertThat(report.result("GRANT_ROLLOVER_PENDING").reason()).isEqualTo("1 grant checked");
    }

    @Test
    void does_not_apply_when_the_rollovers_are_recorded_as_none() {
      // GIVEN a grant whose rollovers are recorded as none
      PartnershipRecord record = v2(crg().build()).build();
      // WHEN it is checked on the first day of its year
      ComplianceReport report = check(record, YEAR_START);
      // THEN the grant has no rollover: NOT_APPLICABLE
      assertThat(report).hasNoGap("GRANT_ROLLOVER_PENDING").outcomeOf("GRANT_ROLLOVER_PENDING").isNotApplicable();
    }

    @Test
    void reports_the_pending_rollover_when_it_is_recorded() {
      // GIVEN a requested rollover, recorded
      PartnershipRecord record = v2(crg().addRollovers(Rollover.builder().amount(Money.of("100")).intoPot(Pot.UPFRONT)
          .permission(RolloverPermission.REQUESTED).build()).build()).build();
      // WHEN it is checked on the first day of the year
      // THEN the finding, and no gap
      assertThat(check(record, YEAR_START)).hasFinding("GRANT_ROLLOVER_PENDING").on(GRANT);
      assertThat(check(record, YEAR_START)).hasNoGap("GRANT_ROLLOVER_PENDING");
    }
  }

  @Nested
  class UnderspendRisk {

    @Test
    void reports_gaps_in_the_final_month_when_the_projects_are_not_recorded() {
      // GIVEN a grant whose projects and rollovers are not recorded
      PartnershipRecord record = v2(crg().addNotRecorded("projects").addNotRecorded("rollovers").build()).build();
      // WHEN it is checked on the first day of its final month
      ComplianceReport report = check(record, FINAL_MONTH);
      // THEN not assessed, a gap at each
      assertThat(report).hasNoFinding("GRANT_UNDERSPEND_RISK")
          .hasGap("GRANT_UNDERSPEND_RISK").on(GRANT).at(PATH + ".projects");
      assertThat(report).hasGap("GRANT_UNDERSPEND_RISK").on(GRANT).at(PATH + ".rollovers");
    }

    @Test
    void passes_before_the_final_month_whatever_is_not_recorded() {
      // GIVEN the same grant
      PartnershipRecord record = v2(crg().addNotRecorded("projects").addNotRecorded("rollovers").build()).build();
      // WHEN it is checked the day before its final month
      // THEN a year-end rule before the final month is clear (reading 20)
      assertThat(check(record, FINAL_MONTH.minusDays(1))).hasNoGap("GRANT_UNDERSPEND_RISK")
          .outcomeOf("GRANT_UNDERSPEND_RISK").isPass();
    }

    @Test
    void reports_the_underspend_when_rollovers_not_recorded_could_only_make_it_larger() {
      // GIVEN rollovers not recorded, and a penny of the allocation uncommitted
      PartnershipRecord record = v2(crg().addNotRecorded("rollovers")
          .addProjects(project("p1", "P1", Pot.UPFRONT, "39660.99", ProjectStatus.APPROVED)).build()).build();
      // WHEN it is checked on year end
      // THEN the underspend is a finding whatever the rollovers are (reading 15), and no gap
      assertThat(check(record, YEAR_END)).hasFinding("GRANT_UNDERSPEND_RISK").on(GRANT);
      assertThat(check(record, YEAR_END)).hasNoGap("GRANT_UNDERSPEND_RISK");
    }

    @Test
    void reports_a_gap_at_the_rollovers_when_the_allocation_is_used_up() {
      // GIVEN rollovers not recorded, and the whole allocation committed
      PartnershipRecord record = v2(crg().addNotRecorded("rollovers")
          .addProjects(project("p1", "P1", Pot.UPFRONT, "39661", ProjectStatus.APPROVED)).build()).build();
      // WHEN it is checked on year end
      // THEN a granted rollover not recorded would be uncommitted: a gap at the rollovers
      assertThat(check(record, YEAR_END)).hasNoFinding("GRANT_UNDERSPEND_RISK")
          .hasGap("GRANT_UNDERSPEND_RISK").on(GRANT).at(PATH + ".rollovers");
    }

    @Test
    void passes_when_the_known_amounts_reach_the_allocation_and_the_rollovers_are_recorded() {
      // GIVEN the whole allocation committed, and another committed project without an amount
      PartnershipRecord record = v2(crg()
          .addProjects(project("p1", "P1", Pot.UPFRONT, "39661", ProjectStatus.APPROVED),
              unknownAmount("p2", "P2", Pot.UPFRONT, ProjectStatus.APPROVED)).build()).build();
      // WHEN it is checked on year end
      // THEN clear whatever the other costs
      assertThat(check(record, YEAR_END)).hasNoGap("GRANT_UNDERSPEND_RISK").outcomeOf("GRANT_UNDERSPEND_RISK").isPass();
    }
  }

  @Nested
  class ReportedTotalMismatch {

    @Test
    void reports_a_gap_at_the_projects_when_they_are_not_recorded() {
      // GIVEN a reported total of a grant whose projects are not recorded
      PartnershipRecord record = v2(crg().addNotRecorded("projects")
          .addReportedTotals(ReportedTotal.builder().basis(TotalBasis.APPROVED).amount(Money.of("21440"))
              .statedIn("minutes 14 July 2022, para 6").build()).build()).build();
      // WHEN it is checked
      ComplianceReport report = check(record, Kcsp2022.MINUTES);
      // THEN not a mismatch with £0: a gap at the projects
      assertThat(report).hasNoFinding("GRANT_REPORTED_TOTAL_MISMATCH")
          .hasGap("GRANT_REPORTED_TOTAL_MISMATCH").on(GRANT).at(PATH + ".projects");
      assertThat(report).outcomeOf("GRANT_REPORTED_TOTAL_MISMATCH").isNotAssessed();
    }

    @Test
    void reports_the_mismatch_when_the_projects_are_recorded_as_none() {
      // GIVEN the same total of a grant with no projects
      PartnershipRecord record = v2(crg()
          .addReportedTotals(ReportedTotal.builder().basis(TotalBasis.APPROVED).amount(Money.of("21440"))
              .statedIn("minutes 14 July 2022, para 6").build()).build()).build();
      // WHEN it is checked
      // THEN the mismatch
      assertThat(check(record, Kcsp2022.MINUTES)).hasFinding("GRANT_REPORTED_TOTAL_MISMATCH").on(GRANT);
    }
  }

  @Test
  void speaks_of_unknown_amounts_only_for_recorded_projects_and_reports_no_gap() {
    // GIVEN a grant whose projects are not recorded
    PartnershipRecord record = v2(crg().addNotRecorded("projects").build()).build();
    // WHEN it is checked
    ComplianceReport report = check(record, Kcsp2022.MINUTES);
    // THEN GRANT_AMOUNTS_UNKNOWN says nothing, and has no gap (reading 28)
    assertThat(report).hasNoFinding("GRANT_AMOUNTS_UNKNOWN").hasNoGap("GRANT_AMOUNTS_UNKNOWN");
    assertThat(report.grants().get(0).committedKnown()).isFalse();
  }
}

package org.kcsp.rules;

import static org.kcsp.rules.KentGrants.ALLOCATION;
import static org.kcsp.rules.KentGrants.TACTICAL;
import static org.kcsp.rules.KentGrants.grant;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kcsp.model.BuiltInPolicy;
import org.kcsp.model.ExternalAward;
import org.kcsp.model.FinancialYear;
import org.kcsp.model.Grant;
import org.kcsp.model.Money;
import org.kcsp.model.OutcomeReport;
import org.kcsp.model.Partnership;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Pot;
import org.kcsp.model.Project;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.Tier;
import org.kcsp.model.Waiver;

/**
 * The project rules on version 2 records that leave the grants, a grant's projects, the external
 * awards, the agreement, a project's priorities or a date not recorded or unknown (rules.md, "When
 * a subject is not assessed", readings 3, 13 and 16): a finding or clear where the recorded facts
 * decide, else a gap, and the rule NOT_ASSESSED.
 */
class NotAssessedProjectRulesTest {

  private static final String GRANT = "CRG-2022-23";
  /** The first day of the 2022/23 final month (30 days up to 31 March 2023). */
  private static final LocalDate FINAL_MONTH = LocalDate.of(2023, 3, 2);

  private static PartnershipRecord.Builder v2(Grant... grants) {
    return Kcsp2022Version2.record().addGrants(grants);
  }

  private static Grant.Builder crg(String id, String year) {
    return grant(id, year).allocation(ALLOCATION).tacticalPot(TACTICAL);
  }

  private static Project.Builder project(String id, String title, ProjectStatus status) {
    return Project.builder().id(id).title(title).pot(Pot.UPFRONT).amount(Money.of("1000")).status(status)
        .addPriorities("road-safety");
  }

  private static ComplianceReport check(PartnershipRecord.Builder record, LocalDate date) {
    return ComplianceEngine.standard().check(record.build(), date);
  }

  @Nested
  class GrantsNotRecorded {

    @Test
    void reports_a_gap_on_the_partnership_for_each_project_rule_under_kcsp() {
      // GIVEN a version 2 record under kcsp that does not record its grants
      // WHEN it is checked in the final month of 2022/23
      ComplianceReport report = check(v2().addNotRecorded("grants"), FINAL_MONTH);
      // THEN each project rule reports a gap on the partnership at $.grants
      for (String rule : new String[] {"PROJECT_DUPLICATE_FUNDING", "PROJECT_POSSIBLE_DUPLICATE_FUNDING",
          "PROJECT_AWAITING_FUNDER_APPROVAL", "PROJECT_OUTCOME_REPORT_OVERDUE", "PROJECT_BUSINESS_CASE_LATE",
          "PROJECT_LOCAL_SCOPE", "PROJECT_NOT_LINKED_TO_PRIORITY"}) {
        assertThat(report).hasGap(rule).on("KCSP").at("$.grants");
        assertThat(report).outcomeOf(rule).isNotAssessed();
      }
    }

    @Test
    void leaves_the_rules_of_grant_conditions_not_applicable_under_england() {
      // GIVEN the same record under england
      // WHEN it is checked
      ComplianceReport report = check(v2().policy(BuiltInPolicy.ENGLAND).addNotRecorded("grants"), FINAL_MONTH);
      // THEN the G rules are NOT_APPLICABLE (reading 13); the O rules report the gap
      assertThat(report).hasNoGap("PROJECT_AWAITING_FUNDER_APPROVAL")
          .outcomeOf("PROJECT_AWAITING_FUNDER_APPROVAL").isNotApplicable();
      assertThat(report).hasGap("PROJECT_OUTCOME_REPORT_OVERDUE").on("KCSP").at("$.grants");
    }
  }

  @Nested
  class DuplicateFunding {

    @Test
    void reports_a_gap_on_each_live_project_when_the_awards_are_not_recorded() {
      // GIVEN a live project and a withdrawn one, and the other funders' awards not recorded
      PartnershipRecord.Builder record = v2(crg(GRANT, "2022/23").addProjects(
          project("a", "Alpha", ProjectStatus.APPROVED).build(),
          project("w", "Withdrawn", ProjectStatus.WITHDRAWN).build()).build()).addNotRecorded("externalAwards");
      // WHEN it is checked
      ComplianceReport report = check(record, Kcsp2022.MINUTES);
      // THEN a gap on the live project at $.externalAwards, none on the withdrawn one
      assertThat(report).hasGap("PROJECT_DUPLICATE_FUNDING").on("a").at("$.externalAwards");
      assertThat(report).hasGap("PROJECT_POSSIBLE_DUPLICATE_FUNDING").on("a").at("$.externalAwards");
      assertThat(report).hasNoGap("PROJECT_DUPLICATE_FUNDING", "w").outcomeOf("PROJECT_DUPLICATE_FUNDING").isNotAssessed();
    }

    @Test
    void reports_the_duplicate_found_among_recorded_counterparts_despite_awards_not_recorded() {
      // GIVEN two grants of one year funding the same title, and the awards not recorded
      PartnershipRecord.Builder record = v2(
          crg(GRANT, "2022/23").addProjects(project("a", "Alpha", ProjectStatus.APPROVED).build()).build(),
          crg("OTHER-2022-23", "2022/23").addProjects(project("b", "Alpha", ProjectStatus.APPROVED).build()).build())
          .addNotRecorded("externalAwards");
      // WHEN it is checked
      ComplianceReport report = check(record, Kcsp2022.MINUTES);
      // THEN the finding on each, and no gap of that rule on them
      assertThat(report).hasFinding("PROJECT_DUPLICATE_FUNDING").on("a");
      assertThat(report).hasNoGap("PROJECT_DUPLICATE_FUNDING", "a");
    }

    @Test
    void reports_a_gap_at_another_grants_projects_only_of_the_same_year() {
      // GIVEN a project of 2022/23, another 2022/23 grant and a 2021/22 grant whose projects are not recorded
      PartnershipRecord.Builder record = v2(
          crg(GRANT, "2022/23").addProjects(project("a", "Alpha", ProjectStatus.APPROVED).build()).build(),
          crg("SAME-YEAR", "2022/23").addNotRecorded("projects").build(),
          crg("YEAR-BEFORE", "2021/22").addNotRecorded("projects").build());
      // WHEN it is checked
      ComplianceReport report = check(record, Kcsp2022.MINUTES);
      // THEN a gap on the project at the same year's grant's projects only; and one on that grant (reading 16)
      assertThat(report).hasGap("PROJECT_DUPLICATE_FUNDING").on("a").at("$.grants[1].projects");
      org.assertj.core.api.Assertions.assertThat(report.gaps("PROJECT_DUPLICATE_FUNDING")).noneMatch(g -> g.missing().toString().equals("$.grants[2].projects")
          && g.subject().id().equals("a"));
      assertThat(report).hasGap("PROJECT_DUPLICATE_FUNDING").on("SAME-YEAR").at("$.grants[1].projects");
    }

    @Test
    void reports_a_gap_on_a_grant_whose_projects_are_not_recorded_when_an_award_overlaps_its_year() {
      // GIVEN a grant of 2022/23 whose projects are not recorded, and an award of 2022/23
      PartnershipRecord.Builder record = v2(crg(GRANT, "2022/23").addNotRecorded("projects").build())
          .addExternalAwards(ExternalAward.builder().id("VRU-1").funder("KM-VRU").title("Something")
              .financialYear(FinancialYear.parse("2022/23")).build());
      // WHEN it is checked
      // THEN a gap on the grant at its projects
      assertThat(check(record, Kcsp2022.MINUTES)).hasGap("PROJECT_DUPLICATE_FUNDING").on(GRANT).at("$.grants[0].projects");
    }

    @Test
    void reports_no_gap_on_a_grant_whose_projects_are_not_recorded_when_nothing_could_duplicate_them() {
      // GIVEN the same grant, no awards, and no other grant
      PartnershipRecord.Builder record = v2(crg(GRANT, "2022/23").addNotRecorded("projects").build());
      // WHEN it is checked
      // THEN clear: nothing to duplicate
      assertThat(check(record, Kcsp2022.MINUTES)).hasNoGap("PROJECT_DUPLICATE_FUNDING");
    }
  }

  @Nested
  class AwaitingFunderApproval {

    @Test
    void reports_a_gap_on_the_grant_from_its_final_month_when_its_projects_are_not_recorded() {
      // GIVEN a grant whose projects are not recorded
      PartnershipRecord.Builder record = v2(crg(GRANT, "2022/23").addNotRecorded("projects").build());
      // WHEN it is checked on the first day of its final month, and the day before
      // THEN a gap on the grant at its projects from that day; clear before it (reading 20)
      assertThat(check(record, FINAL_MONTH)).hasGap("PROJECT_AWAITING_FUNDER_APPROVAL").on(GRANT)
          .at("$.grants[0].projects");
      assertThat(check(record, FINAL_MONTH)).outcomeOf("PROJECT_AWAITING_FUNDER_APPROVAL").isNotAssessed();
      assertThat(check(record, FINAL_MONTH.minusDays(1))).hasNoGap("PROJECT_AWAITING_FUNDER_APPROVAL");
    }

    @Test
    void passes_before_the_final_month_when_the_projects_are_not_recorded() {
      // GIVEN a grant whose projects are not recorded, the only grant of the record
      PartnershipRecord.Builder record = v2(crg(GRANT, "2022/23").addNotRecorded("projects").build());
      // WHEN it is checked on the day before its final month
      ComplianceReport report = check(record, FINAL_MONTH.minusDays(1));
      // THEN no project can await the funder at year end yet, and the list not recorded makes the
      // rule apply: PASS, the grant checked for its projects (rules.md, readings settled 20 and 27)
      assertThat(report).hasNoFinding("PROJECT_AWAITING_FUNDER_APPROVAL").hasNoGap("PROJECT_AWAITING_FUNDER_APPROVAL")
          .outcomeOf("PROJECT_AWAITING_FUNDER_APPROVAL").isPass();
      org.assertj.core.api.Assertions.assertThat(report.result("PROJECT_AWAITING_FUNDER_APPROVAL").reason())
          .isEqualTo("1 grant whose projects are not recorded checked");
    }

    @Test
    void counts_the_recorded_projects_and_the_grant_whose_projects_are_not_recorded() {
      // GIVEN a grant with two projects recorded, neither awaiting the funder, and one whose projects are not recorded
      PartnershipRecord.Builder record = v2(
          crg(GRANT, "2022/23").addProjects(project("a", "Alpha", ProjectStatus.APPROVED).build(),
              project("b", "Beta", ProjectStatus.PROPOSED).build()).build(),
          crg("OTHER-2022-23", "2022/23").addNotRecorded("projects").build());
      // WHEN it is checked on the day before the final month, and on its first day
      ComplianceReport before = check(record, FINAL_MONTH.minusDays(1));
      ComplianceReport first = check(record, FINAL_MONTH);
      // THEN before it, PASS, the two projects and the grant checked; on it, a gap on that grant
      assertThat(before).outcomeOf("PROJECT_AWAITING_FUNDER_APPROVAL").isPass();
      org.assertj.core.api.Assertions.assertThat(before.result("PROJECT_AWAITING_FUNDER_APPROVAL").reason())
          .isEqualTo("2 projects and 1 grant whose projects are not recorded checked");
      org.assertj.core.api.Assertions.assertThat(before.result("PROJECT_AWAITING_FUNDER_APPROVAL").checked()).isEqualTo(3);
      assertThat(first).hasGap("PROJECT_AWAITING_FUNDER_APPROVAL").on("OTHER-2022-23").at("$.grants[1].projects");
      assertThat(first).outcomeOf("PROJECT_AWAITING_FUNDER_APPROVAL").isNotAssessed();
    }

    @Test
    void does_not_apply_when_the_grant_has_no_projects_recorded_as_none() {
      // GIVEN a grant whose projects are recorded as none, the only grant of the record
      PartnershipRecord.Builder record = v2(crg(GRANT, "2022/23").build());
      // WHEN it is checked in its final month
      // THEN there is no project: NOT_APPLICABLE
      assertThat(check(record, FINAL_MONTH)).hasNoGap("PROJECT_AWAITING_FUNDER_APPROVAL")
          .outcomeOf("PROJECT_AWAITING_FUNDER_APPROVAL").isNotApplicable();
    }
  }

  @Nested
  class OutcomeReportOverdue {

    private static final LocalDate DUE = LocalDate.of(2022, 6, 30);

    private PartnershipRecord.Builder withReport(OutcomeReport report) {
      return v2(crg(GRANT, "2022/23").addProjects(project("a", "Alpha", ProjectStatus.APPROVED).outcomeReport(report)
          .build()).build());
    }

    @Test
    void reports_a_gap_when_the_submission_date_is_unknown_after_the_due_date() {
      // GIVEN an outcome report submitted on a date not known, due on 30 June 2022
      PartnershipRecord.Builder record = withReport(OutcomeReport.builder().due(DUE).addUnknown("submittedOn").build());
      // WHEN it is checked the day after it was due, and on the day
      // THEN a gap at its submittedOn the day after; clear on the day
      assertThat(check(record, DUE.plusDays(1))).hasNoFinding("PROJECT_OUTCOME_REPORT_OVERDUE")
          .hasGap("PROJECT_OUTCOME_REPORT_OVERDUE").on("a").at("$.grants[0].projects[0].outcomeReport.submittedOn");
      assertThat(check(record, DUE)).hasNoGap("PROJECT_OUTCOME_REPORT_OVERDUE")
          .outcomeOf("PROJECT_OUTCOME_REPORT_OVERDUE").isPass();
    }

    @Test
    void reports_the_overdue_report_when_it_is_known_not_submitted() {
      // GIVEN the same report, not submitted
      PartnershipRecord.Builder record = withReport(OutcomeReport.builder().due(DUE).build());
      // WHEN it is checked the day after it was due
      // THEN the finding
      assertThat(check(record, DUE.plusDays(1))).hasFinding("PROJECT_OUTCOME_REPORT_OVERDUE").on("a");
    }

    @Test
    void owes_no_report_when_the_project_has_none() {
      // GIVEN a project without an outcome report (reading 3: absent means none is owed)
      PartnershipRecord.Builder record = v2(crg(GRANT, "2022/23")
          .addProjects(project("a", "Alpha", ProjectStatus.APPROVED).build()).build());
      // WHEN it is checked
      // THEN no gap, and the rule does not apply
      assertThat(check(record, Kcsp2022.MINUTES)).hasNoGap("PROJECT_OUTCOME_REPORT_OVERDUE")
          .outcomeOf("PROJECT_OUTCOME_REPORT_OVERDUE").isNotApplicable();
    }
  }

  @Nested
  class BusinessCaseLate {

    private static final LocalDate DEADLINE = LocalDate.of(2022, 5, 20);

    private PartnershipRecord.Builder submittedOnAnUnknownDay(ProjectStatus status) {
      return v2(crg(GRANT, "2022/23").businessCaseDeadline(DEADLINE)
          .addProjects(project("a", "Alpha", status).addUnknown("businessCaseSubmittedOn").build()).build());
    }

    @Test
    void reports_a_gap_when_the_submission_date_is_unknown_after_the_deadline() {
      // GIVEN a live project whose business case was submitted on a day not known
      PartnershipRecord.Builder record = submittedOnAnUnknownDay(ProjectStatus.PROPOSED);
      // WHEN it is checked the day after the deadline, and on it
      // THEN a gap at its businessCaseSubmittedOn the day after; clear on the deadline
      assertThat(check(record, DEADLINE.plusDays(1))).hasNoFinding("PROJECT_BUSINESS_CASE_LATE")
          .hasGap("PROJECT_BUSINESS_CASE_LATE").on("a").at("$.grants[0].projects[0].businessCaseSubmittedOn");
      assertThat(check(record, DEADLINE)).hasNoGap("PROJECT_BUSINESS_CASE_LATE")
          .outcomeOf("PROJECT_BUSINESS_CASE_LATE").isPass();
    }

    @Test
    void passes_on_or_before_the_deadline_and_reports_a_gap_after_it_when_the_projects_are_not_recorded() {
      // GIVEN a grant with a business case deadline whose projects are not recorded
      PartnershipRecord.Builder record = v2(crg(GRANT, "2022/23").businessCaseDeadline(DEADLINE)
          .addNotRecorded("projects").build());
      // WHEN it is checked the day before the deadline, on it, and the day after
      // THEN no business case can be late on or before the deadline, and the list not recorded
      // makes the rule apply: PASS, the grant checked for its projects (rules.md, readings settled
      // 16 and 27); the day after, a gap on the grant at its projects
      for (LocalDate clear : new LocalDate[] {DEADLINE.minusDays(1), DEADLINE}) {
        ComplianceReport report = check(record, clear);
        assertThat(report).hasNoFinding("PROJECT_BUSINESS_CASE_LATE").hasNoGap("PROJECT_BUSINESS_CASE_LATE")
            .outcomeOf("PROJECT_BUSINESS_CASE_LATE").isPass();
        org.assertj.core.api.Assertions.assertThat(report.result("PROJECT_BUSINESS_CASE_LATE").reason())
            .isEqualTo("1 grant whose projects are not recorded checked");
      }
      assertThat(check(record, DEADLINE.plusDays(1))).hasGap("PROJECT_BUSINESS_CASE_LATE").on(GRANT)
          .at("$.grants[0].projects");
      assertThat(check(record, DEADLINE.plusDays(1))).outcomeOf("PROJECT_BUSINESS_CASE_LATE").isNotAssessed();
    }

    @Test
    void does_not_apply_when_the_grant_whose_projects_are_not_recorded_sets_no_deadline() {
      // GIVEN a grant without a business case deadline whose projects are not recorded
      PartnershipRecord.Builder record = v2(crg(GRANT, "2022/23").addNotRecorded("projects").build());
      // WHEN it is checked
      // THEN no business case is due: NOT_APPLICABLE
      assertThat(check(record, DEADLINE.plusDays(1))).hasNoGap("PROJECT_BUSINESS_CASE_LATE")
          .outcomeOf("PROJECT_BUSINESS_CASE_LATE").isNotApplicable();
    }

    @Test
    void reports_no_gap_for_a_project_that_is_not_live() {
      // GIVEN the same, withdrawn
      // WHEN it is checked after the deadline
      // THEN clear
      assertThat(check(submittedOnAnUnknownDay(ProjectStatus.WITHDRAWN), DEADLINE.plusDays(1)))
          .hasNoGap("PROJECT_BUSINESS_CASE_LATE");
    }
  }

  @Nested
  class LocalScope {

    /** The same record as a district partnership's: no project of it can be local. */
    private PartnershipRecord.Builder district(PartnershipRecord.Builder record) {
      Partnership partnership = record.build().partnership();
      return record.partnership(Partnership.builder().from(partnership).tier(Tier.DISTRICT).build());
    }

    @Test
    void passes_for_a_district_partnership_whose_grants_are_not_recorded_under_kcsp() {
      // GIVEN a district partnership under kcsp whose grants are not recorded
      // WHEN it is checked
      ComplianceReport report = check(district(v2().addNotRecorded("grants")), FINAL_MONTH);
      // THEN only a county partnership's project can be local, and the list not recorded makes the
      // rule apply: PASS, the partnership checked for its grants (rules.md, readings settled 27)
      assertThat(report).hasNoFinding("PROJECT_LOCAL_SCOPE").hasNoGap("PROJECT_LOCAL_SCOPE")
          .outcomeOf("PROJECT_LOCAL_SCOPE").isPass();
      org.assertj.core.api.Assertions.assertThat(report.result("PROJECT_LOCAL_SCOPE").reason())
          .isEqualTo("1 partnership whose grants are not recorded checked");
    }

    @Test
    void does_not_apply_for_a_district_partnership_whose_grants_are_not_recorded_under_england() {
      // GIVEN the same partnership under england, whose grants are under no conditions by default
      // WHEN it is checked
      ComplianceReport report = check(district(v2().policy(BuiltInPolicy.ENGLAND).addNotRecorded("grants")), FINAL_MONTH);
      // THEN the rule of grant conditions does not apply (rules.md, readings settled 13)
      assertThat(report).outcomeOf("PROJECT_LOCAL_SCOPE").isNotApplicable();
      org.assertj.core.api.Assertions.assertThat(report.result("PROJECT_LOCAL_SCOPE").reason())
          .isEqualTo("not in the grant's conditions");
    }

    @Test
    void passes_for_a_district_partnership_with_a_grant_whose_projects_are_not_recorded() {
      // GIVEN a district partnership with a grant whose projects are not recorded
      // WHEN it is checked
      ComplianceReport report = check(district(v2(crg(GRANT, "2022/23").addNotRecorded("projects").build())),
          FINAL_MONTH);
      // THEN PASS, the grant checked for its projects
      assertThat(report).hasNoGap("PROJECT_LOCAL_SCOPE").outcomeOf("PROJECT_LOCAL_SCOPE").isPass();
      org.assertj.core.api.Assertions.assertThat(report.result("PROJECT_LOCAL_SCOPE").reason())
          .isEqualTo("1 grant whose projects are not recorded checked");
    }

    @Test
    void reports_a_gap_for_a_county_partnership_whose_grants_are_not_recorded() {
      // GIVEN the county partnership under kcsp, its grants not recorded
      // WHEN it is checked
      ComplianceReport report = check(v2().addNotRecorded("grants"), FINAL_MONTH);
      // THEN a local project may be among them: a gap on the partnership, the partnership checked
      assertThat(report).hasGap("PROJECT_LOCAL_SCOPE").on("KCSP").at("$.grants");
      org.assertj.core.api.Assertions.assertThat(report.result("PROJECT_LOCAL_SCOPE").reason())
          .isEqualTo("1 gap on partnership KCSP; 1 partnership whose grants are not recorded checked");
    }
  }

  @Nested
  class NotLinkedToPriority {

    @Test
    void reports_a_gap_at_a_live_projects_priorities_when_they_are_not_recorded() {
      // GIVEN a live project whose priorities are not recorded, and the agreement with its priorities
      PartnershipRecord.Builder record = v2(crg(GRANT, "2022/23").addProjects(Project.builder().id("a").title("Alpha")
          .pot(Pot.UPFRONT).amount(Money.of("1")).status(ProjectStatus.APPROVED).addNotRecorded("priorities").build())
          .build());
      // WHEN it is checked
      ComplianceReport report = check(record, Kcsp2022.MINUTES);
      // THEN not "serves none": a gap at its priorities
      assertThat(report).hasNoFinding("PROJECT_NOT_LINKED_TO_PRIORITY")
          .hasGap("PROJECT_NOT_LINKED_TO_PRIORITY").on("a").at("$.grants[0].projects[0].priorities");
      assertThat(report).outcomeOf("PROJECT_NOT_LINKED_TO_PRIORITY").isNotAssessed();
    }

    @Test
    void leaves_a_waiver_of_the_rule_neither_used_nor_unused_while_the_project_is_not_assessed() {
      // GIVEN a waiver of the rule on a live project whose priorities are not recorded
      PartnershipRecord.Builder record = v2(crg(GRANT, "2022/23").addProjects(Project.builder().id("a").title("Alpha")
          .pot(Pot.UPFRONT).amount(Money.of("1")).status(ProjectStatus.APPROVED).addNotRecorded("priorities").build())
          .build()).addWaivers(Waiver.builder().rule("PROJECT_NOT_LINKED_TO_PRIORITY").subject("a").reason("pilot")
              .approvedBy("KCSP").until(LocalDate.of(2023, 3, 31)).build());
      // WHEN it is checked
      ComplianceReport report = check(record, Kcsp2022.MINUTES);
      // THEN WAIVER_UNUSED reports a gap where the waived rule's is, not an unused waiver
      assertThat(report).hasNoFinding("WAIVER_UNUSED")
          .hasGap("WAIVER_UNUSED").on("a").at("$.grants[0].projects[0].priorities");
    }

    @Test
    void reports_the_finding_when_the_recorded_priorities_serve_none() {
      // GIVEN a live project recorded as serving no priority
      PartnershipRecord.Builder record = v2(crg(GRANT, "2022/23").addProjects(Project.builder().id("a").title("Alpha")
          .pot(Pot.UPFRONT).amount(Money.of("1")).status(ProjectStatus.APPROVED).build()).build());
      // WHEN it is checked
      // THEN the finding
      assertThat(check(record, Kcsp2022.MINUTES)).hasFinding("PROJECT_NOT_LINKED_TO_PRIORITY").on("a");
    }

    @Test
    void reports_a_gap_at_the_agreement_when_it_is_not_recorded() {
      // GIVEN a live project whose priorities are not recorded, and the agreement not recorded
      PartnershipRecord.Builder record = v2(crg(GRANT, "2022/23").addProjects(Project.builder().id("a").title("Alpha")
          .pot(Pot.UPFRONT).amount(Money.of("1")).status(ProjectStatus.APPROVED).addNotRecorded("priorities").build())
          .build());
      PartnershipRecord withAgreement = record.build();
      PartnershipRecord withoutAgreement = PartnershipRecord.builder().from(withAgreement).agreement(java.util.Optional.empty())
          .addNotRecorded("agreement").build();
      // WHEN it is checked
      ComplianceReport report = ComplianceEngine.standard().check(withoutAgreement, Kcsp2022.MINUTES);
      // THEN a gap on the project at $.agreement
      assertThat(report).hasGap("PROJECT_NOT_LINKED_TO_PRIORITY").on("a").at("$.agreement");
      assertThat(report).outcomeOf("PROJECT_NOT_LINKED_TO_PRIORITY").isNotAssessed();
    }
  }
}

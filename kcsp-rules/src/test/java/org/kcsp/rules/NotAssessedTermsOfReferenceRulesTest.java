package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kcsp.model.AgendaItem;
import org.kcsp.model.AgendaItemKind;
import org.kcsp.model.Meeting;
import org.kcsp.model.MeetingStatus;
import org.kcsp.model.MemberRole;
import org.kcsp.model.Membership;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.TermsOfReference;

/**
 * The terms of reference rules on version 2 records: what is not recorded (the approvals, the
 * subgroups, a meeting's agenda, a membership) leaves a body, the partnership or an approval not
 * assessed, with a gap where the record would decide it, unless the recorded facts already decide.
 */
class NotAssessedTermsOfReferenceRulesTest {

  private static final LocalDate MINUTES = Kcsp2022.MINUTES;

  private static ComplianceReport check(PartnershipRecord record) {
    return Version2Records.check(record);
  }

  private static String reason(ComplianceReport report, String rule) {
    return report.result(rule).reason();
  }

  /** The compliant record with these approvals instead of its own. */
  private static PartnershipRecord withTors(TermsOfReference... tors) {
    return Version2Records.record().termsOfReference(List.of(tors)).build();
  }

  private static TermsOfReference kcspTor() {
    return Kcsp2022.tor("KCSP-TOR-2022", "KCSP", "2022", MINUTES).membership(Kcsp2022.members()).build();
  }

  // ---------------------------------------------------------------- TOR_MISSING, TOR_REVIEW_OVERDUE

  @Test
  void reports_no_gap_when_every_list_is_recorded() {
    // GIVEN the compliant record in version 2, every list recorded
    // WHEN it is checked
    ComplianceReport report = check(Version2Records.record().build());
    // THEN the terms of reference rules pass, with no gap
    for (String rule : List.of("TOR_MISSING", "TOR_REVIEW_OVERDUE", "TOR_REVIEW_NOT_ALIGNED",
        "TOR_SUBGROUP_NOT_APPROVED_BY_PARENT", "TOR_NOT_ON_AGENDA", "TOR_LISTS_DEFUNCT_MEMBER")) {
      assertThat(report).hasNoFinding(rule).hasNoGap(rule).outcomeOf(rule).isPass();
    }
  }

  @Test
  void reports_a_gap_on_each_body_when_approvals_are_not_recorded() {
    // GIVEN a record whose terms of reference approvals are not recorded
    PartnershipRecord record = Version2Records.record().termsOfReference(List.of()).addNotRecorded("termsOfReference").build();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN no body is missing its ToR or overdue: each is not assessed, at the approvals
    for (String rule : List.of("TOR_MISSING", "TOR_REVIEW_OVERDUE")) {
      assertThat(report).hasNoFinding(rule).outcomeOf(rule).isNotAssessed();
      for (String body : List.of("KCSP", "KCSP-WG", "DHR-SG")) {
        assertThat(report).hasGap(rule).on(body).at("$.termsOfReference").times(1);
      }
    }
  }

  @Test
  void reports_a_missing_tor_when_the_recorded_approvals_hold_none_for_the_body() {
    // GIVEN approvals recorded, none of the Working Group's
    PartnershipRecord record = withTors(kcspTor(), Kcsp2022.tor("DHR-TOR-2022", "DHR-SG", "2022", MINUTES).build());
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN the Working Group's ToR is missing, with no gap
    assertThat(report).hasFinding("TOR_MISSING").on("KCSP-WG").times(1);
    assertThat(report).hasNoGap("TOR_MISSING");
  }

  @Test
  void reports_a_gap_on_the_partnership_beside_its_finding_when_subgroups_are_not_recorded() {
    // GIVEN subgroups not recorded, and no ToR recorded for the partnership
    PartnershipRecord record = Version2Records.record().subgroups(List.of()).addNotRecorded("subgroups")
        .termsOfReference(List.of()).build();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN the partnership has no ToR (a finding), and the subgroups it may have are a gap on it (reading 7)
    assertThat(report).hasFinding("TOR_MISSING").on("KCSP").times(1);
    assertThat(report).hasGap("TOR_MISSING").on("KCSP").at("$.subgroups")
        .withMessageContaining("Record the subgroups of Kent Community Safety Partnership").times(1);
    assertThat(report).outcomeOf("TOR_MISSING").isFail();
  }

  @Test
  void reports_no_gap_for_overdue_reviews_when_subgroups_are_not_recorded_but_approvals_are() {
    // GIVEN subgroups not recorded, the approvals recorded: the partnership's own ToR, in date
    PartnershipRecord record = Version2Records.record().subgroups(List.of()).addNotRecorded("subgroups")
        .termsOfReference(List.of(kcspTor())).build();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN the partnership is clear, and a subgroup not recorded has no approval in the recorded
    // list, so it cannot be overdue: no gap (rules.md, readings settled 15)
    assertThat(report).hasNoFinding("TOR_REVIEW_OVERDUE").hasNoGap("TOR_REVIEW_OVERDUE");
    assertThat(report).outcomeOf("TOR_REVIEW_OVERDUE").isPass();
    assertThat(reason(report, "TOR_REVIEW_OVERDUE")).isEqualTo("1 body checked");
  }

  @Test
  void reports_a_gap_on_the_partnership_for_overdue_reviews_when_neither_subgroups_nor_approvals_are_recorded() {
    // GIVEN subgroups and approvals both not recorded
    PartnershipRecord record = Version2Records.record().subgroups(List.of()).addNotRecorded("subgroups")
        .termsOfReference(List.of()).addNotRecorded("termsOfReference").build();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN the partnership is not assessed at its approvals, and its subgroups at the subgroups
    assertThat(report).hasNoFinding("TOR_REVIEW_OVERDUE");
    assertThat(report).hasGap("TOR_REVIEW_OVERDUE").on("KCSP").at("$.termsOfReference").times(1);
    assertThat(report).hasGap("TOR_REVIEW_OVERDUE").on("KCSP").at("$.subgroups").times(1);
    assertThat(report).outcomeOf("TOR_REVIEW_OVERDUE").isNotAssessed();
  }

  @Test
  void reports_an_overdue_review_the_day_after_it_falls_due_with_subgroups_not_recorded_and_no_gap() {
    // GIVEN subgroups not recorded, the partnership's ToR of 14 July 2022 due on 14 July 2023
    PartnershipRecord record = Version2Records.record().subgroups(List.of()).addNotRecorded("subgroups")
        .termsOfReference(List.of(kcspTor())).build();
    // WHEN it is checked on the due date and the day after
    ComplianceReport onDue = Version2Records.check(record, MINUTES.plusYears(1));
    ComplianceReport after = Version2Records.check(record, MINUTES.plusYears(1).plusDays(1));
    // THEN on the due date it passes; the day after, the finding; never a gap at the subgroups
    assertThat(onDue).hasNoFinding("TOR_REVIEW_OVERDUE").hasNoGap("TOR_REVIEW_OVERDUE");
    assertThat(onDue).outcomeOf("TOR_REVIEW_OVERDUE").isPass();
    assertThat(after).hasFinding("TOR_REVIEW_OVERDUE").on("KCSP").times(1);
    assertThat(after).hasNoGap("TOR_REVIEW_OVERDUE");
  }

  // ---------------------------------------------------------------- subgroup rules

  @Test
  void does_not_apply_the_subgroup_rules_when_subgroups_are_not_recorded_but_approvals_are() {
    // GIVEN subgroups not recorded, the approvals recorded (the partnership's alone)
    PartnershipRecord record = Version2Records.record().subgroups(List.of()).addNotRecorded("subgroups")
        .termsOfReference(List.of(kcspTor())).build();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN the recorded approvals, which name only the record's bodies, hold none of a subgroup:
    // no subgroup can be out of line or approved by another body, and neither rule applies
    for (String rule : List.of("TOR_REVIEW_NOT_ALIGNED", "TOR_SUBGROUP_NOT_APPROVED_BY_PARENT")) {
      assertThat(report).hasNoFinding(rule).hasNoGap(rule);
      assertThat(report).outcomeOf(rule).isNotApplicable();
      assertThat(reason(report, rule)).isEqualTo("the record's terms of reference approvals hold none of a subgroup");
    }
  }

  @Test
  void reports_gaps_on_the_partnership_for_the_subgroup_rules_when_neither_subgroups_nor_approvals_are_recorded() {
    // GIVEN subgroups and approvals both not recorded
    PartnershipRecord record = Version2Records.record().subgroups(List.of()).addNotRecorded("subgroups")
        .termsOfReference(List.of()).addNotRecorded("termsOfReference").build();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN both subgroup rules are not assessed, gaps on the partnership at the subgroups and the approvals
    for (String rule : List.of("TOR_REVIEW_NOT_ALIGNED", "TOR_SUBGROUP_NOT_APPROVED_BY_PARENT")) {
      assertThat(report).hasNoFinding(rule).hasGap(rule).on("KCSP").at("$.subgroups").times(1);
      assertThat(report).hasGap(rule).on("KCSP").at("$.termsOfReference").times(1);
      assertThat(report).outcomeOf(rule).isNotAssessed();
    }
  }

  @Test
  void reports_a_gap_on_the_partnership_for_the_subgroup_rules_when_approvals_are_not_recorded() {
    // GIVEN subgroups recorded, approvals not recorded
    PartnershipRecord record = Version2Records.record().termsOfReference(List.of()).addNotRecorded("termsOfReference").build();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN both subgroup rules are not assessed, a gap on the partnership at the approvals
    for (String rule : List.of("TOR_REVIEW_NOT_ALIGNED", "TOR_SUBGROUP_NOT_APPROVED_BY_PARENT")) {
      assertThat(report).hasGap(rule).on("KCSP").at("$.termsOfReference").times(1);
      assertThat(report).outcomeOf(rule).isNotAssessed();
    }
  }

  @Test
  void stays_clear_of_the_subgroup_rules_when_approvals_are_not_recorded_and_there_are_no_subgroups() {
    // GIVEN no subgroups (recorded as none), approvals not recorded
    PartnershipRecord record = Version2Records.record().subgroups(List.of())
        .termsOfReference(List.of()).addNotRecorded("termsOfReference").build();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN no subgroup can be out of line: no gap
    for (String rule : List.of("TOR_REVIEW_NOT_ALIGNED", "TOR_SUBGROUP_NOT_APPROVED_BY_PARENT")) {
      assertThat(report).hasNoFinding(rule).hasNoGap(rule);
    }
  }

  // ---------------------------------------------------------------- TOR_NOT_ON_AGENDA

  private static Meeting held(String id, LocalDate date, AgendaItemKind... kinds) {
    Meeting.Builder meeting = Meeting.builder().id(id).body("KCSP").date(date).status(MeetingStatus.HELD);
    for (AgendaItemKind kind : kinds) {
      meeting.addItems(AgendaItem.builder().title(kind.name()).kind(kind).build());
    }
    return meeting.build();
  }

  private static Meeting heldWithoutItems(String id, LocalDate date) {
    return Meeting.builder().id(id).body("KCSP").date(date).status(MeetingStatus.HELD).addNotRecorded("items").build();
  }

  @Test
  void reports_a_gap_at_the_meetings_when_they_are_not_recorded() {
    // GIVEN meetings not recorded
    PartnershipRecord record = Version2Records.record().meetings(List.of()).addNotRecorded("meetings").build();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN the rule is not assessed, a gap on the partnership at the meetings
    assertThat(report).hasNoFinding("TOR_NOT_ON_AGENDA").hasGap("TOR_NOT_ON_AGENDA").on("KCSP").at("$.meetings").times(1);
    assertThat(report).outcomeOf("TOR_NOT_ON_AGENDA").isNotAssessed();
  }

  @Test
  void reports_a_gap_at_the_agenda_of_each_held_meeting_in_the_window_not_recorded() {
    // GIVEN two held meetings in the 12 months up to D with agendas not recorded, one recorded without the item
    PartnershipRecord record = Version2Records.record().meetings(List.of(
        heldWithoutItems("M1", LocalDate.of(2021, 11, 18)),
        held("M2", LocalDate.of(2022, 3, 24), AgendaItemKind.UPDATE),
        heldWithoutItems("M3", MINUTES))).build();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN not assessed: a gap at each of the two agendas, naming the meeting
    assertThat(report).hasNoFinding("TOR_NOT_ON_AGENDA").outcomeOf("TOR_NOT_ON_AGENDA").isNotAssessed();
    assertThat(report).hasGap("TOR_NOT_ON_AGENDA").on("KCSP").at("$.meetings[0].items")
        .withMessageContaining("Record the agenda items of Kent Community Safety Partnership's meeting of 18 November 2021")
        .times(1);
    assertThat(report).hasGap("TOR_NOT_ON_AGENDA").at("$.meetings[2].items").times(1);
    assertThat(report).hasGap("TOR_NOT_ON_AGENDA").times(2);
  }

  @Test
  void stays_clear_when_a_recorded_agenda_in_the_window_has_the_item_though_another_is_not_recorded() {
    // GIVEN one held meeting with the ToR item, another with its agenda not recorded
    PartnershipRecord record = Version2Records.record().meetings(List.of(
        heldWithoutItems("M1", LocalDate.of(2021, 11, 18)),
        held("M2", MINUTES, AgendaItemKind.TERMS_OF_REFERENCE))).build();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN the recorded agenda decides: clear, no gap
    assertThat(report).hasNoFinding("TOR_NOT_ON_AGENDA").hasNoGap("TOR_NOT_ON_AGENDA").outcomeOf("TOR_NOT_ON_AGENDA").isPass();
  }

  @Test
  void reports_the_finding_when_the_agenda_not_recorded_is_outside_the_window() {
    // GIVEN a meeting with its agenda not recorded the day before the window, one in it without the item
    PartnershipRecord record = Version2Records.record().meetings(List.of(
        heldWithoutItems("M1", MINUTES.minusMonths(12).minusDays(1)),
        held("M2", MINUTES, AgendaItemKind.UPDATE))).build();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN the window's recorded agendas decide: a finding, no gap
    assertThat(report).hasFinding("TOR_NOT_ON_AGENDA").on("KCSP").times(1);
    assertThat(report).hasNoGap("TOR_NOT_ON_AGENDA");
  }

  @Test
  void reports_a_gap_when_the_agenda_not_recorded_is_on_the_first_day_of_the_window() {
    // GIVEN a meeting with its agenda not recorded on the first day of the window
    PartnershipRecord record = Version2Records.record().meetings(List.of(
        heldWithoutItems("M1", MINUTES.minusMonths(12)),
        held("M2", MINUTES, AgendaItemKind.UPDATE))).build();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN not assessed
    assertThat(report).hasNoFinding("TOR_NOT_ON_AGENDA").hasGap("TOR_NOT_ON_AGENDA").at("$.meetings[0].items").times(1);
  }

  // ---------------------------------------------------------------- TOR_LISTS_DEFUNCT_MEMBER

  @Test
  void reports_a_gap_on_the_approval_when_its_membership_is_not_recorded_and_an_organisation_has_ceased() {
    // GIVEN the partnership's latest ToR with membership not recorded; the CCG ceased on 30 June 2022
    PartnershipRecord record = withTors(Kcsp2022.tor("KCSP-TOR-2022", "KCSP", "2022", MINUTES).addNotRecorded("membership").build());
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN the approval is not assessed: its membership may list the CCG
    assertThat(report).hasNoFinding("TOR_LISTS_DEFUNCT_MEMBER").hasGap("TOR_LISTS_DEFUNCT_MEMBER").on("KCSP-TOR-2022")
        .at("$.termsOfReference[0].membership").times(1);
    assertThat(report).outcomeOf("TOR_LISTS_DEFUNCT_MEMBER").isNotAssessed();
  }

  @Test
  void stays_clear_when_the_membership_is_not_recorded_and_no_organisation_has_ceased() {
    // GIVEN the same, on 30 June 2022, the CCG's last day: no organisation of the record has ceased
    PartnershipRecord record = withTors(Kcsp2022.tor("KCSP-TOR-2021", "KCSP", "2021", Kcsp2022.JULY_2021_APPROVAL)
        .addNotRecorded("membership").build());
    // WHEN it is checked on the CCG's last day, and the day after
    ComplianceReport lastDay = Version2Records.check(record, LocalDate.of(2022, 6, 30));
    ComplianceReport dayAfter = Version2Records.check(record, LocalDate.of(2022, 7, 1));
    // THEN on its last day a membership of the record's organisations cannot list a defunct one: PASS;
    // the day after, not assessed
    assertThat(lastDay).hasNoFinding("TOR_LISTS_DEFUNCT_MEMBER").hasNoGap("TOR_LISTS_DEFUNCT_MEMBER")
        .outcomeOf("TOR_LISTS_DEFUNCT_MEMBER").isPass();
    assertThat(dayAfter).hasGap("TOR_LISTS_DEFUNCT_MEMBER").on("KCSP-TOR-2021").times(1);
  }

  @Test
  void reports_the_defunct_member_of_a_recorded_membership_beside_another_bodys_gap() {
    // GIVEN the partnership's ToR lists the CCG, the Working Group's membership is not recorded
    PartnershipRecord record = withTors(
        Kcsp2022.tor("KCSP-TOR-2022", "KCSP", "2022", MINUTES)
            .addMembership(Membership.of("KM-CCG", MemberRole.RESPONSIBLE_AUTHORITY)).build(),
        Kcsp2022.tor("WG-TOR-2022", "KCSP-WG", "2022", MINUTES).addNotRecorded("membership").build());
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN a finding on the partnership's approval, a gap on the Working Group's
    assertThat(report).hasFinding("TOR_LISTS_DEFUNCT_MEMBER").on("KCSP-TOR-2022").times(1);
    assertThat(report).hasGap("TOR_LISTS_DEFUNCT_MEMBER").on("WG-TOR-2022").at("$.termsOfReference[1].membership").times(1);
    assertThat(report).outcomeOf("TOR_LISTS_DEFUNCT_MEMBER").isFail();
  }

  @Test
  void reports_a_gap_on_the_partnership_when_approvals_are_not_recorded_and_an_organisation_has_ceased() {
    // GIVEN approvals not recorded, the CCG ceased
    PartnershipRecord record = Version2Records.record().termsOfReference(List.of()).addNotRecorded("termsOfReference").build();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN a gap on the partnership at the approvals
    assertThat(report).hasGap("TOR_LISTS_DEFUNCT_MEMBER").on("KCSP").at("$.termsOfReference").times(1);
  }

  @Test
  void passes_when_approvals_are_not_recorded_until_an_organisation_has_ceased() {
    // GIVEN approvals not recorded; the CCG's last day is 30 June 2022
    PartnershipRecord record = Version2Records.record().termsOfReference(List.of()).addNotRecorded("termsOfReference").build();
    // WHEN it is checked the day before the CCG's last day, on it, and the day after
    ComplianceReport dayBefore = Version2Records.check(record, LocalDate.of(2022, 6, 29));
    ComplianceReport lastDay = Version2Records.check(record, LocalDate.of(2022, 6, 30));
    ComplianceReport dayAfter = Version2Records.check(record, LocalDate.of(2022, 7, 1));
    // THEN while no organisation of the record has ceased, no ToR can list a defunct one: the rule
    // applies to each body's latest ToR, not recorded, and passes (rules.md, readings settled 27);
    // the day after, the approvals may list the CCG: not assessed
    for (ComplianceReport clear : List.of(dayBefore, lastDay)) {
      assertThat(clear).hasNoFinding("TOR_LISTS_DEFUNCT_MEMBER").hasNoGap("TOR_LISTS_DEFUNCT_MEMBER")
          .outcomeOf("TOR_LISTS_DEFUNCT_MEMBER").isPass();
      assertThat(reason(clear, "TOR_LISTS_DEFUNCT_MEMBER")).isEqualTo("3 terms of reference checked");
    }
    assertThat(dayAfter).hasGap("TOR_LISTS_DEFUNCT_MEMBER").on("KCSP").at("$.termsOfReference").times(1);
    assertThat(dayAfter).outcomeOf("TOR_LISTS_DEFUNCT_MEMBER").isNotAssessed();
  }
}

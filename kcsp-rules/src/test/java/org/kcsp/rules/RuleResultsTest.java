package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Subgroup;
import org.kcsp.model.Waiver;

/**
 * Every rule's result says why, in a few words, and how many subjects it checked: what a
 * NOT_APPLICABLE rule lacks, what a rule that passed checked, a failed rule's findings.
 */
class RuleResultsTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();

  /** The compliant KCSP of 14 July 2022 with its 2022/23 grant (seed 001, para 6: five projects). */
  private static ComplianceReport kentWithGrant() {
    return ENGINE.check(Kcsp2022.record().addGrants(KentGrants.crg2022().build()).build(), Kcsp2022.MINUTES);
  }

  /** The KCSP and nothing else: no organisations, ToR, meetings, grants or agreement. */
  private static ComplianceReport bare() {
    return ENGINE.check(PartnershipRecord.builder().partnership(Kcsp2022.record().build().partnership()).build(),
        Kcsp2022.MINUTES);
  }

  @Test
  void says_how_many_subjects_a_rule_that_passed_checked() {
    // GIVEN the KCSP of 14 July 2022, with two subgroups, five priorities and four actions, and
    // the 2022/23 grant of five projects
    // WHEN it is checked on the day of the minutes
    ComplianceReport report = kentWithGrant();
    // THEN each rule that passed counts the subjects it applies to
    assertThat(report.result("TOR_MISSING")).returns(Outcome.PASS, RuleResult::outcome)
        .returns("3 bodies checked", RuleResult::reason).returns(3, RuleResult::checked);
    assertThat(report.result("TOR_REVIEW_NOT_ALIGNED")).returns("2 subgroups checked", RuleResult::reason);
    assertThat(report.result("GRANT_POT_OVERCOMMITTED")).returns("1 grant checked", RuleResult::reason)
        .returns(1, RuleResult::checked);
    assertThat(report.result("PROJECT_AWAITING_FUNDER_APPROVAL")).returns("5 projects checked", RuleResult::reason);
    assertThat(report.result("AGREEMENT_PRIORITY_WITHOUT_ACTION")).returns("5 priorities checked", RuleResult::reason);
    assertThat(report.result("AGREEMENT_ACTION_WITHOUT_OUTCOME")).returns("4 actions checked", RuleResult::reason);
    assertThat(report.result("ISA_NOT_SIGNED")).returns("7 organisations checked", RuleResult::reason);
    assertThat(report.result("TOR_LISTS_DEFUNCT_MEMBER")).returns("1 terms of reference checked", RuleResult::reason);
    // AND a rule on the partnership checks it once, however many things it reads
    assertThat(report.result("AGREEMENT_NO_QUALITATIVE_OUTCOMES")).returns("1 partnership checked", RuleResult::reason)
        .returns(1, RuleResult::checked);
  }

  @Test
  void counts_a_subject_whose_condition_cannot_hold_on_the_date_as_checked() {
    // GIVEN the 2022/23 grant on 14 July 2022, months before its final month
    // WHEN it is checked
    ComplianceReport report = kentWithGrant();
    // THEN the year-end rules checked its grant and projects, and found them clear
    assertThat(report.result("GRANT_UNDERSPEND_RISK")).returns(Outcome.PASS, RuleResult::outcome)
        .returns(1, RuleResult::checked);
    assertThat(report.result("PROJECT_AWAITING_FUNDER_APPROVAL")).returns(Outcome.PASS, RuleResult::outcome)
        .returns(5, RuleResult::checked);
  }

  @Test
  void says_what_the_record_lacks_for_a_rule_that_does_not_apply() {
    // GIVEN the KCSP with nothing recorded but itself
    // WHEN it is checked
    ComplianceReport report = bare();
    // THEN each rule that does not apply says what the record lacks, as of the date where it is dated
    assertThat(report.result("SCRUTINY_NOT_ANNUAL"))
        .returns(Outcome.NOT_APPLICABLE, RuleResult::outcome)
        .returns("the record holds no scrutiny sessions on or before 14 July 2022", RuleResult::reason)
        .returns(0, RuleResult::checked);
    assertThat(report.result("GRANT_POT_OVERCOMMITTED")).returns("the record holds no grants", RuleResult::reason);
    assertThat(report.result("AGREEMENT_REFRESH_OVERDUE"))
        .returns("the record holds no community safety agreement", RuleResult::reason);
    assertThat(report.result("TOR_REVIEW_OVERDUE"))
        .returns("no body has terms of reference approved on or before 14 July 2022", RuleResult::reason);
    assertThat(report.result("TOR_SUBGROUP_NOT_APPROVED_BY_PARENT")).returns("the record holds no subgroups", RuleResult::reason);
    assertThat(report.result("ISA_NOT_SIGNED"))
        .returns("the record holds no information sharing agreement", RuleResult::reason);
    assertThat(report.result("MEMBERSHIP_RESPONSIBLE_AUTHORITY_MISSING"))
        .returns("the partnership has no terms of reference approved on or before 14 July 2022", RuleResult::reason);
    assertThat(report.result("WAIVER_UNUSED")).returns("the record holds no waivers", RuleResult::reason);
  }

  @Test
  void says_which_of_its_needs_a_rule_lacks() {
    // GIVEN the KCSP of 14 July 2022, whose projects are all of one grant and whose ToRs set no
    // number of meetings, and a subgroup added that has no terms of reference of its own
    PartnershipRecord record = Kcsp2022.record()
        .addSubgroups(Subgroup.builder().id("NEW-SG").name("New Steering Group").parent("KCSP").build())
        .addGrants(KentGrants.crg2022().build())
        .build();
    // WHEN it is checked
    ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
    // THEN the rules that do not apply say which of their needs is not met
    assertThat(report.result("PROJECT_DUPLICATE_FUNDING")).returns("no project has a counterpart: the record holds no "
        + "other funder's awards, and its projects are all of one grant", RuleResult::reason);
    assertThat(report.result("MEETING_FREQUENCY_BELOW_TOR"))
        .returns("no body's latest terms of reference set how many meetings a year", RuleResult::reason);
    assertThat(report.result("GRANT_SPLIT_MISMATCH")).returns("no grant states its upfront part", RuleResult::reason);
    // AND a subgroup without terms of reference is checked by TOR_MISSING, not by the rules that read approvals
    assertThat(report.result("TOR_MISSING")).returns(Outcome.FAIL, RuleResult::outcome)
        .returns("1 open finding; 4 bodies checked", RuleResult::reason);
    assertThat(report.result("TOR_SUBGROUP_NOT_APPROVED_BY_PARENT")).returns(2, RuleResult::checked);
  }

  /** A waiver of TOR_REVIEW_OVERDUE on the body. */
  private static Waiver reviewWaived(String body) {
    return Waiver.builder().rule("TOR_REVIEW_OVERDUE").subject(body).approvedBy("KCSP")
        .until(LocalDate.of(2023, 11, 30)).reason("Review moved to the meeting of 16 November 2023").build();
  }

  @Test
  void says_how_many_findings_are_open_or_waived() {
    // GIVEN the KCSP a year and a day after its ToR approvals of 14 July 2022, when the three
    // bodies' reviews are overdue, the Working Group's waived; and the same with all three waived
    LocalDate yearLater = LocalDate.of(2023, 7, 15);
    PartnershipRecord one = Kcsp2022.record().addWaivers(reviewWaived("KCSP-WG")).build();
    PartnershipRecord all = Kcsp2022.record()
        .addWaivers(reviewWaived("KCSP"), reviewWaived("KCSP-WG"), reviewWaived("DHR-SG")).build();
    // WHEN they are checked
    // THEN the rule counts its open and waived findings, and what it checked
    assertThat(ENGINE.check(one, yearLater).result("TOR_REVIEW_OVERDUE"))
        .returns(Outcome.FAIL, RuleResult::outcome)
        .returns("2 open findings, 1 waived; 3 bodies checked", RuleResult::reason);
    assertThat(ENGINE.check(all, yearLater).result("TOR_REVIEW_OVERDUE"))
        .returns(Outcome.WAIVED, RuleResult::outcome)
        .returns("3 findings, all waived; 3 bodies checked", RuleResult::reason);
  }
}

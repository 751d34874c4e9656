package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kcsp.model.AgendaItem;
import org.kcsp.model.AgendaItemKind;
import org.kcsp.model.Meeting;
import org.kcsp.model.MeetingStatus;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.TermsOfReference;

/** The terms of reference rules, at their boundaries, on the KCSP of 14 July 2022 (seed 001). */
class TermsOfReferenceRulesTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();

  /** The KCSP's 2022 approval (seed 001, resolution (a)) plus 12 months: due 14 July 2023. */
  private static final LocalDate DUE = LocalDate.of(2023, 7, 14);

  private static ComplianceReport check(PartnershipRecord record, LocalDate date) {
    return ENGINE.check(record, date);
  }

  private static List<TermsOfReference> tors(TermsOfReference... tors) {
    return List.of(tors);
  }

  @Nested
  class TorMissing {

    @Test
    void reports_a_subgroup_with_no_terms_of_reference() {
      // GIVEN the Working Group's ToR is not recorded
      PartnershipRecord record = Kcsp2022.record()
          .termsOfReference(tors(
              Kcsp2022.tor("KCSP-TOR-2022", "KCSP", "2022", Kcsp2022.MINUTES).membership(Kcsp2022.members()).build(),
              Kcsp2022.tor("DHR-TOR-2022", "DHR-SG", "2022", Kcsp2022.MINUTES).build()))
          .build();
      // WHEN checked on 14 July 2022
      ComplianceReport report = check(record, Kcsp2022.MINUTES);
      // THEN the Working Group is reported, and only it
      Finding finding = assertThat(report).hasFinding("TOR_MISSING").on("KCSP-WG").withSeverity(Severity.ERROR).single();
      assertThat(finding.subject().kind()).isEqualTo(SubjectKind.SUBGROUP);
      assertThat(finding.message()).isEqualTo("KCSP Working Group has no terms of reference approved on or before 14 July 2022.");
      assertThat(report.findings("TOR_MISSING")).hasSize(1);
      assertThat(report).outcomeOf("TOR_MISSING").isFail();
    }

    @Test
    void reports_a_body_whose_only_approval_comes_after_the_date() {
      // GIVEN the subgroups' ToRs approved on 14 July 2022 (seed 001), checked the day before
      ComplianceReport report = check(Kcsp2022.record().build(), Kcsp2022.MINUTES.minusDays(1));
      // THEN both subgroups lack a ToR, while the KCSP still has its July 2021 approval
      assertThat(report).hasFinding("TOR_MISSING").on("KCSP-WG");
      assertThat(report).hasFinding("TOR_MISSING").on("DHR-SG");
      assertThat(report).hasNoFinding("TOR_MISSING", "KCSP");
    }

    @Test
    void reports_the_partnership_itself_as_a_partnership() {
      PartnershipRecord record = Kcsp2022.record()
          .termsOfReference(tors(Kcsp2022.tor("WG-TOR-2022", "KCSP-WG", "2022", Kcsp2022.MINUTES).build(),
              Kcsp2022.tor("DHR-TOR-2022", "DHR-SG", "2022", Kcsp2022.MINUTES).build()))
          .build();
      Finding finding = assertThat(check(record, Kcsp2022.MINUTES)).hasFinding("TOR_MISSING").on("KCSP").single();
      assertThat(finding.subject().kind()).isEqualTo(SubjectKind.PARTNERSHIP);
    }

    @Test
    void stays_silent_when_every_body_has_an_approval_on_the_date() {
      ComplianceReport report = check(Kcsp2022.record().build(), Kcsp2022.MINUTES);
      assertThat(report).hasNoFinding("TOR_MISSING").outcomeOf("TOR_MISSING").isPass();
    }
  }

  @Nested
  class TorReviewOverdue {

    @Test
    void stays_silent_the_day_before_the_review_falls_due() {
      assertThat(check(Kcsp2022.record().build(), DUE.minusDays(1))).hasNoFinding("TOR_REVIEW_OVERDUE");
    }

    @Test
    void stays_silent_on_the_due_date() {
      ComplianceReport report = check(Kcsp2022.record().build(), DUE);
      assertThat(report).hasNoFinding("TOR_REVIEW_OVERDUE").outcomeOf("TOR_REVIEW_OVERDUE").isPass();
    }

    @Test
    void reports_overdue_review_the_day_after_it_falls_due() {
      ComplianceReport report = check(Kcsp2022.record().build(), DUE.plusDays(1));
      Finding finding = assertThat(report).hasFinding("TOR_REVIEW_OVERDUE").on("KCSP").withSeverity(Severity.ERROR)
          .withEvidence("lastApproved", "2022-07-14")
          .withEvidence("dueDate", "2023-07-14")
          .withEvidence("daysOverdue", "1")
          .single();
      assertThat(finding.message()).isEqualTo("Kent Community Safety Partnership's terms of reference were last "
          + "approved on 14 July 2022; their review was due on 14 July 2023, 1 day ago.");
      // the subgroups were approved the same day (seed 001, para 4) and fall due together
      assertThat(report).hasFinding("TOR_REVIEW_OVERDUE").on("KCSP-WG").withSeverity(Severity.ERROR);
      assertThat(report).hasFinding("TOR_REVIEW_OVERDUE").on("DHR-SG");
    }

    @Test
    void reads_the_july_2021_approval_as_due_a_year_later() {
      // GIVEN the KCSP's ToR last approved in July 2021 (seed 001, para 1; the day is assumed)
      // WHEN checked on 14 July 2022 before the meeting's approval is counted (the day before)
      ComplianceReport report = check(Kcsp2022.record().build(), Kcsp2022.JULY_2021_APPROVAL.plusYears(1).plusDays(1));
      // THEN the 2022 approval (14 July) already counts, so nothing is overdue
      assertThat(report).hasNoFinding("TOR_REVIEW_OVERDUE");
      // but without the 2022 approval the review would have been one day overdue on 16 July 2022
      PartnershipRecord without2022 = Kcsp2022.record()
          .termsOfReference(tors(Kcsp2022.tor("KCSP-TOR-2021", "KCSP", "2021", Kcsp2022.JULY_2021_APPROVAL).build()))
          .build();
      assertThat(check(without2022, LocalDate.of(2022, 7, 16))).hasFinding("TOR_REVIEW_OVERDUE").on("KCSP")
          .withEvidence("daysOverdue", "1");
      assertThat(check(without2022, LocalDate.of(2022, 7, 15))).hasNoFinding("TOR_REVIEW_OVERDUE");
    }

    @Test
    void uses_the_review_interval_the_terms_of_reference_set() {
      // GIVEN a Working Group ToR reviewed every 6 months
      PartnershipRecord record = Kcsp2022.record()
          .termsOfReference(tors(
              Kcsp2022.tor("KCSP-TOR-2022", "KCSP", "2022", Kcsp2022.MINUTES).membership(Kcsp2022.members()).build(),
              Kcsp2022.tor("WG-TOR-2022", "KCSP-WG", "2022", Kcsp2022.MINUTES).reviewIntervalMonths(6).build(),
              Kcsp2022.tor("DHR-TOR-2022", "DHR-SG", "2022", Kcsp2022.MINUTES).build()))
          .build();
      // THEN it falls due on 14 January 2023
      assertThat(check(record, LocalDate.of(2023, 1, 14))).hasNoFinding("TOR_REVIEW_OVERDUE");
      assertThat(check(record, LocalDate.of(2023, 1, 15))).hasFinding("TOR_REVIEW_OVERDUE").on("KCSP-WG")
          .withEvidence("dueDate", "2023-01-14");
    }

    @Test
    void is_not_applicable_when_no_body_has_an_approval() {
      PartnershipRecord record = Kcsp2022.record().termsOfReference(List.of()).build();
      assertThat(check(record, Kcsp2022.MINUTES)).outcomeOf("TOR_REVIEW_OVERDUE").isNotApplicable();
    }
  }

  @Nested
  class TorReviewNotAligned {

    private PartnershipRecord workingGroupApprovedOn(LocalDate date) {
      return Kcsp2022.record()
          .termsOfReference(tors(
              Kcsp2022.tor("KCSP-TOR-2022", "KCSP", "2022", Kcsp2022.MINUTES).membership(Kcsp2022.members()).build(),
              Kcsp2022.tor("WG-TOR-2022", "KCSP-WG", "2022", date).build(),
              Kcsp2022.tor("DHR-TOR-2022", "DHR-SG", "2022", Kcsp2022.MINUTES).build()))
          .build();
    }

    @Test
    void stays_silent_at_92_days_apart() {
      // 14 April 2022 is 91 days before 14 July 2022; 13 April is 92
      ComplianceReport report = check(workingGroupApprovedOn(LocalDate.of(2022, 4, 13)), Kcsp2022.MINUTES);
      assertThat(report).hasNoFinding("TOR_REVIEW_NOT_ALIGNED").outcomeOf("TOR_REVIEW_NOT_ALIGNED").isPass();
    }

    @Test
    void reports_a_subgroup_approved_93_days_from_its_parent() {
      ComplianceReport report = check(workingGroupApprovedOn(LocalDate.of(2022, 4, 12)), Kcsp2022.MINUTES);
      Finding finding = assertThat(report).hasFinding("TOR_REVIEW_NOT_ALIGNED").on("KCSP-WG")
          .withSeverity(Severity.WARNING)
          .withEvidence("subgroupApproved", "2022-04-12")
          .withEvidence("parentApproved", "2022-07-14")
          .withEvidence("daysApart", "93")
          .single();
      assertThat(finding.message()).isEqualTo("KCSP Working Group's terms of reference were last approved on "
          + "12 April 2022, 93 days from Kent Community Safety Partnership's (14 July 2022); reviews should be "
          + "aligned within 92 days.");
    }

    @Test
    void counts_days_apart_either_way() {
      // the KCSP's July 2021 approval is its latest on 14 October 2021; a Working Group approval 93 days later
      PartnershipRecord record = Kcsp2022.record()
          .termsOfReference(tors(
              Kcsp2022.tor("KCSP-TOR-2021", "KCSP", "2021", Kcsp2022.JULY_2021_APPROVAL).build(),
              Kcsp2022.tor("WG-TOR-2021", "KCSP-WG", "2021", Kcsp2022.JULY_2021_APPROVAL.plusDays(93)).build(),
              Kcsp2022.tor("DHR-TOR-2021", "DHR-SG", "2021", Kcsp2022.JULY_2021_APPROVAL.plusDays(92)).build()))
          .build();
      ComplianceReport report = check(record, LocalDate.of(2021, 12, 1));
      assertThat(report).hasFinding("TOR_REVIEW_NOT_ALIGNED").on("KCSP-WG").withEvidence("daysApart", "93");
      assertThat(report).hasNoFinding("TOR_REVIEW_NOT_ALIGNED", "DHR-SG");
    }

    @Test
    void is_not_applicable_until_a_subgroup_and_its_parent_both_have_an_approval() {
      ComplianceReport report = check(Kcsp2022.record().build(), Kcsp2022.MINUTES.minusDays(1));
      assertThat(report).outcomeOf("TOR_REVIEW_NOT_ALIGNED").isNotApplicable();
    }
  }

  @Nested
  class TorSubgroupNotApprovedByParent {

    @Test
    void reports_a_subgroup_that_approved_its_own_terms_of_reference() {
      PartnershipRecord record = Kcsp2022.record()
          .termsOfReference(tors(
              Kcsp2022.tor("KCSP-TOR-2022", "KCSP", "2022", Kcsp2022.MINUTES).membership(Kcsp2022.members()).build(),
              Kcsp2022.tor("WG-TOR-2022", "KCSP-WG", "2022", Kcsp2022.MINUTES).approvedBy("KCSP-WG").build(),
              Kcsp2022.tor("DHR-TOR-2022", "DHR-SG", "2022", Kcsp2022.MINUTES).build()))
          .build();
      Finding finding = assertThat(check(record, Kcsp2022.MINUTES)).hasFinding("TOR_SUBGROUP_NOT_APPROVED_BY_PARENT")
          .on("KCSP-WG").withSeverity(Severity.ERROR)
          .withEvidence("approvedBy", "KCSP-WG").withEvidence("parent", "KCSP")
          .single();
      assertThat(finding.message()).isEqualTo("KCSP Working Group's terms of reference of 14 July 2022 were approved "
          + "by KCSP-WG, not by Kent Community Safety Partnership, which oversees it.");
    }

    @Test
    void judges_only_the_latest_approval() {
      // an earlier self-approval, then the partnership's approval of 14 July 2022 (seed 001, resolution (a))
      PartnershipRecord record = Kcsp2022.record()
          .addTermsOfReference(Kcsp2022.tor("WG-TOR-2021", "KCSP-WG", "2021", Kcsp2022.JULY_2021_APPROVAL)
              .approvedBy("KCSP-WG").build())
          .build();
      assertThat(check(record, Kcsp2022.MINUTES)).hasNoFinding("TOR_SUBGROUP_NOT_APPROVED_BY_PARENT")
          .outcomeOf("TOR_SUBGROUP_NOT_APPROVED_BY_PARENT").isPass();
      assertThat(check(record, Kcsp2022.MINUTES.minusDays(1))).hasFinding("TOR_SUBGROUP_NOT_APPROVED_BY_PARENT")
          .on("KCSP-WG");
    }

    @Test
    void takes_the_one_listed_last_on_equal_dates() {
      PartnershipRecord record = Kcsp2022.record()
          .addTermsOfReference(Kcsp2022.tor("WG-TOR-2022-B", "KCSP-WG", "2022b", Kcsp2022.MINUTES)
              .approvedBy("DHR-SG").build())
          .build();
      assertThat(check(record, Kcsp2022.MINUTES)).hasFinding("TOR_SUBGROUP_NOT_APPROVED_BY_PARENT").on("KCSP-WG")
          .withEvidence("approvedBy", "DHR-SG");
    }

    @Test
    void is_not_applicable_when_no_subgroup_has_an_approval() {
      assertThat(check(Kcsp2022.record().build(), Kcsp2022.MINUTES.minusDays(1)))
          .outcomeOf("TOR_SUBGROUP_NOT_APPROVED_BY_PARENT").isNotApplicable();
    }
  }

  @Nested
  class TorNotOnAgenda {

    /** The meeting of 14 July 2022 had the ToR review on its agenda (seed 001); a year later nothing has. */
    @Test
    void stays_silent_twelve_months_after_the_last_terms_of_reference_item() {
      assertThat(check(Kcsp2022.record().build(), LocalDate.of(2023, 7, 14))).hasNoFinding("TOR_NOT_ON_AGENDA");
    }

    @Test
    void reports_the_partnership_the_day_the_item_falls_out_of_the_twelve_months() {
      // the scheduled meetings after 14 July 2022 stay SCHEDULED, so none was held with a ToR item
      ComplianceReport report = check(Kcsp2022.record().build(), LocalDate.of(2023, 7, 15));
      Finding finding = assertThat(report).hasFinding("TOR_NOT_ON_AGENDA").on("KCSP").withSeverity(Severity.WARNING)
          .withEvidence("from", "2022-07-15").withEvidence("to", "2023-07-15")
          .single();
      assertThat(finding.message()).isEqualTo("No meeting of Kent Community Safety Partnership held between "
          + "15 July 2022 and 15 July 2023 had its terms of reference on the agenda.");
    }

    @Test
    void does_not_count_a_meeting_that_was_not_held() {
      PartnershipRecord record = Kcsp2022.record()
          .addMeetings(Meeting.builder().id("KCSP-2023-06-01").body("KCSP").date(LocalDate.of(2023, 6, 1))
              .status(MeetingStatus.CANCELLED)
              .addItems(AgendaItem.builder().title("ToR review").kind(AgendaItemKind.TERMS_OF_REFERENCE).build())
              .build())
          .build();
      assertThat(check(record, LocalDate.of(2023, 7, 15))).hasFinding("TOR_NOT_ON_AGENDA").on("KCSP");
    }

    @Test
    void is_not_applicable_when_the_partnership_has_no_meetings() {
      PartnershipRecord record = Kcsp2022.record().meetings(List.of()).build();
      assertThat(check(record, Kcsp2022.MINUTES)).hasNoFinding("TOR_NOT_ON_AGENDA")
          .outcomeOf("TOR_NOT_ON_AGENDA").isNotApplicable();
    }
  }

  @Nested
  class TorListsDefunctMember {

    /** The ICB took on the CCG's responsibilities from 1 July 2022 (seed 001, ToR review para 1). */
    private PartnershipRecord kcspStillListingTheCcg() {
      return Kcsp2022.record()
          .termsOfReference(tors(
              Kcsp2022.tor("KCSP-TOR-2021", "KCSP", "2021", Kcsp2022.JULY_2021_APPROVAL)
                  .addMembership(org.kcsp.model.Membership.of("KM-CCG", org.kcsp.model.MemberRole.RESPONSIBLE_AUTHORITY))
                  .build(),
              Kcsp2022.tor("WG-TOR-2022", "KCSP-WG", "2022", Kcsp2022.MINUTES).build(),
              Kcsp2022.tor("DHR-TOR-2022", "DHR-SG", "2022", Kcsp2022.MINUTES).build()))
          .build();
    }

    @Test
    void stays_silent_on_the_ccgs_last_day() {
      assertThat(check(kcspStillListingTheCcg(), LocalDate.of(2022, 6, 30))).hasNoFinding("TOR_LISTS_DEFUNCT_MEMBER");
    }

    @Test
    void reports_the_ccg_one_day_after_it_ceased_naming_its_successor() {
      ComplianceReport report = check(kcspStillListingTheCcg(), LocalDate.of(2022, 7, 1));
      Finding finding = assertThat(report).hasFinding("TOR_LISTS_DEFUNCT_MEMBER").on("KCSP-TOR-2021")
          .withSeverity(Severity.ERROR)
          .withEvidence("organisation", "KM-CCG")
          .withEvidence("existsUntil", "2022-06-30")
          .withEvidence("successor", "NHS Kent and Medway Integrated Care Board")
          .single();
      assertThat(finding.subject().kind()).isEqualTo(SubjectKind.TERMS_OF_REFERENCE);
      assertThat(finding.message()).isEqualTo("Kent Community Safety Partnership's terms of reference (KCSP-TOR-2021) "
          + "list Kent and Medway Clinical Commissioning Group, which ceased to exist after 30 June 2022; its "
          + "responsibilities passed to NHS Kent and Medway Integrated Care Board.");
    }

    @Test
    void stays_silent_once_the_new_terms_of_reference_list_the_icb() {
      // the 14 July 2022 approval replaces the CCG by the ICB (seed 001, resolution (a))
      ComplianceReport report = check(Kcsp2022.record().build(), Kcsp2022.MINUTES);
      assertThat(report).hasNoFinding("TOR_LISTS_DEFUNCT_MEMBER").outcomeOf("TOR_LISTS_DEFUNCT_MEMBER").isPass();
      // the day before, the July 2021 ToR still listed the CCG
      assertThat(check(Kcsp2022.record().build(), Kcsp2022.MINUTES.minusDays(1)))
          .hasFinding("TOR_LISTS_DEFUNCT_MEMBER").on("KCSP-TOR-2021").withEvidence("organisation", "KM-CCG");
    }

    @Test
    void says_nothing_of_a_successor_when_there_is_none() {
      PartnershipRecord record = Kcsp2022.record()
          .organisations(Kcsp2022.record().build().organisations().stream()
              .map(o -> o.id().equals("KM-CCG")
                  ? org.kcsp.model.Organisation.builder().from(o).succeededBy(java.util.Optional.empty()).build()
                  : o)
              .toList())
          .build();
      Finding finding = assertThat(check(record, Kcsp2022.MINUTES.minusDays(1))).hasFinding("TOR_LISTS_DEFUNCT_MEMBER")
          .single();
      assertThat(finding.message()).endsWith("which ceased to exist after 30 June 2022.");
      assertThat(finding.evidence()).doesNotContainKey("successor");
    }

    @Test
    void is_not_applicable_when_no_latest_terms_of_reference_list_members() {
      PartnershipRecord record = Kcsp2022.record()
          .termsOfReference(tors(Kcsp2022.tor("KCSP-TOR-2022", "KCSP", "2022", Kcsp2022.MINUTES).build()))
          .build();
      assertThat(check(record, Kcsp2022.MINUTES)).outcomeOf("TOR_LISTS_DEFUNCT_MEMBER").isNotApplicable();
    }
  }
}

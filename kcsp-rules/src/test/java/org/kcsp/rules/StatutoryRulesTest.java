package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.model.MemberRole.RESPONSIBLE_AUTHORITY;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.model.Membership;
import org.kcsp.model.Nation;
import org.kcsp.model.Organisation;
import org.kcsp.model.OrganisationKind;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Priority;
import org.kcsp.model.PriorityKind;
import org.kcsp.model.SeriousViolence;
import org.kcsp.model.SeriousViolenceRole;
import org.kcsp.model.StrategicAssessment;
import org.kcsp.model.Strand;
import org.kcsp.model.Tier;

/**
 * The five statutory rules the catalogue's second part adds, each the day before, on and after its
 * boundary and its commencement, silent on a compliant record, and as version 1 applies them (only
 * where their data is listed). Version 2 records start from {@link Eastmarsh}, version 1 from {@link
 * Kcsp2022}.
 */
class StatutoryRulesTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();

  @TempDir Path folder;

  private static ComplianceReport check(PartnershipRecord.Builder record, LocalDate date) {
    return ENGINE.check(record.build(), date);
  }

  @Test
  void are_silent_on_a_compliant_district_partnership() {
    ComplianceReport report = check(Eastmarsh.record(), Eastmarsh.AS_OF);
    for (String rule : List.of("MEMBERSHIP_NOT_RESPONSIBLE_AUTHORITY", "STRATEGIC_ASSESSMENT_OVERDUE",
        "STRATEGY_STRAND_MISSING", "SERIOUS_VIOLENCE_STRATEGY_MISSING", "SERIOUS_VIOLENCE_STRATEGY_REVIEW_OVERDUE")) {
      assertThat(report).hasNoFinding(rule).outcomeOf(rule).isPass();
    }
  }

  @Test
  void says_a_duty_not_yet_in_force_on_the_date_is_not_applicable_from_when_it_is() {
    // GIVEN the district record, checked the day before the Serious Violence Duty came into force, on the day and after
    LocalDate commenced = LocalDate.of(2023, 1, 31);
    for (String rule : List.of("SERIOUS_VIOLENCE_STRATEGY_MISSING", "SERIOUS_VIOLENCE_STRATEGY_REVIEW_OVERDUE")) {
      RuleResult before = check(Eastmarsh.record(), commenced.minusDays(1)).result(rule);
      // THEN the day before, the rule is not applicable, and says from when it will be
      assertThat(before.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
      assertThat(before.reason()).isEqualTo("in force from 31 January 2023");
      // AND on the day and after, it is judged by the duty (not yet due: not applicable for another reason)
      for (LocalDate date : List.of(commenced, commenced.plusDays(1))) {
        assertThat(check(Eastmarsh.record(), date).result(rule).reason()).isNotEqualTo("in force from 31 January 2023");
      }
    }
  }

  @Nested
  class MembershipNotResponsibleAuthority {

    private static final String RULE = "MEMBERSHIP_NOT_RESPONSIBLE_AUTHORITY";

    /** The ToR of 15 June 2023, and from {@code on} a ToR that also lists these as responsible authorities. */
    private PartnershipRecord.Builder listing(LocalDate on, String... organisations) {
      List<Membership> members = new ArrayList<>(Eastmarsh.members());
      for (String organisation : organisations) {
        members.removeIf(member -> member.organisation().equals(organisation));
        members.add(Membership.of(organisation, RESPONSIBLE_AUTHORITY));
      }
      return Eastmarsh.record().addTermsOfReference(Eastmarsh.tor("ECSP-TOR-2024", on).membership(members).build());
    }

    @Test
    void reports_each_organisation_the_act_does_not_name_from_the_day_its_tor_lists_it() {
      LocalDate approved = LocalDate.of(2024, 1, 10);
      PartnershipRecord.Builder record = listing(approved, "KENT-PCC", "KM-VRU");
      // the day before, the ToR of 2023 is the latest, and lists neither
      assertThat(check(record, approved.minusDays(1))).hasNoFinding(RULE).outcomeOf(RULE).isPass();
      // on the day and after, one finding per organisation on the approval, each named with its kind
      for (LocalDate date : List.of(approved, approved.plusDays(1))) {
        ComplianceReport report = check(record, date);
        assertThat(report).hasFinding(RULE).on("ECSP-TOR-2024").withEvidence("organisation", "KENT-PCC")
            .withEvidence("kind", "POLICE_AND_CRIME_COMMISSIONER").withSeverity(Severity.WARNING);
        assertThat(report).hasFinding(RULE).on("ECSP-TOR-2024").withEvidence("organisation", "KM-VRU")
            .withEvidence("kind", "VIOLENCE_REDUCTION_UNIT");
        assertThat(report.findings(RULE)).hasSize(2);
      }
      assertThat(check(record, approved).findings(RULE).get(0).message()).isEqualTo(
          "Eastmarsh Community Safety Partnership's terms of reference (ECSP-TOR-2024, approved on 10 January 2024)"
              + " list Kent Police and Crime Commissioner (police and crime commissioner) as a responsible authority;"
              + " the Act names only local authorities, the police, fire and rescue authorities, health bodies and"
              + " probation: list it as a co-operating or participating member.");
    }

    @Test
    void is_silent_on_a_co_operating_member_and_on_one_that_no_longer_exists() {
      // GIVEN the PCC co-operating (the compliant record), and a voluntary body listed as a responsible
      // authority that ceased before D
      PartnershipRecord.Builder record = listing(LocalDate.of(2024, 1, 10), "CHARITY")
          .addOrganisations(Organisation.builder().id("CHARITY").name("Eastmarsh Youth Trust")
              .kind(OrganisationKind.VOLUNTARY).existsUntil(LocalDate.of(2024, 2, 29)).build());
      assertThat(check(record, LocalDate.of(2024, 2, 29))).hasFinding(RULE).withEvidence("organisation", "CHARITY");
      assertThat(check(record, LocalDate.of(2024, 3, 1))).hasNoFinding(RULE);
    }

    @Test
    void applies_to_a_version_1_record_whose_latest_tor_lists_members() {
      // GIVEN the KCSP (version 1) whose ToR of 14 July 2022 lists the PCC as a responsible authority
      List<Membership> members = new ArrayList<>(Kcsp2022.members());
      members.replaceAll(member -> member.organisation().equals("KENT-PCC")
          ? Membership.of("KENT-PCC", RESPONSIBLE_AUTHORITY) : member);
      PartnershipRecord.Builder record = Kcsp2022.record().termsOfReference(List.of(
          Kcsp2022.tor("KCSP-TOR-2022", "KCSP", "2022", Kcsp2022.MINUTES).membership(members).build()));
      assertThat(check(record, Kcsp2022.MINUTES)).hasFinding(RULE).on("KCSP-TOR-2022")
          .withEvidence("organisation", "KENT-PCC");
      // AND a ToR that lists no members leaves it not applicable
      PartnershipRecord.Builder bare = Kcsp2022.record().termsOfReference(List.of(
          Kcsp2022.tor("KCSP-TOR-2022", "KCSP", "2022", Kcsp2022.MINUTES).build()));
      assertThat(check(bare, Kcsp2022.MINUTES)).hasNoFinding(RULE).outcomeOf(RULE).isNotApplicable();
    }
  }

  @Nested
  class StrategicAssessmentOverdue {

    private static final String RULE = "STRATEGIC_ASSESSMENT_OVERDUE";
    /** 30 November 2023 plus 12 months. */
    private static final LocalDate DUE = LocalDate.of(2024, 11, 30);

    @Test
    void reports_a_district_partnership_from_the_day_after_its_assessment_is_a_year_old() {
      PartnershipRecord.Builder record = Eastmarsh.record();
      assertThat(check(record, DUE.minusDays(1))).hasNoFinding(RULE);
      assertThat(check(record, DUE)).hasNoFinding(RULE).outcomeOf(RULE).isPass();
      Finding finding = assertThat(check(record, DUE.plusDays(1))).hasFinding(RULE).on("ECSP")
          .withSeverity(Severity.WARNING).withEvidence("lastAssessment", "SA-2023")
          .withEvidence("lastCompletedOn", "2023-11-30").withEvidence("dueDate", "2024-11-30")
          .withEvidence("daysOverdue", "1").single();
      assertThat(finding.message()).isEqualTo("Eastmarsh Community Safety Partnership's latest strategic assessment"
          + " (SA-2023) was completed on 30 November 2023; its next annual strategic assessment was due on"
          + " 30 November 2024, 1 day ago.");
      assertThat(finding.source()).isEqualTo("Crime and Disorder (Formulation and Implementation of Strategy)"
          + " Regulations 2007, regs 5-7: a strategic assessment each year");
    }

    @Test
    void takes_the_latest_assessment_on_or_before_the_date_and_the_last_listed_of_one_day() {
      PartnershipRecord.Builder record = Eastmarsh.record()
          .addStrategicAssessments(
              StrategicAssessment.builder().id("SA-2023-REVISED").completedOn(Eastmarsh.ASSESSED).build(),
              StrategicAssessment.builder().id("SA-2024").completedOn(LocalDate.of(2024, 12, 5)).build());
      // before the 2024 assessment, the revised one of the same day is the latest
      assertThat(check(record, LocalDate.of(2024, 12, 4))).hasFinding(RULE)
          .withEvidence("lastAssessment", "SA-2023-REVISED");
      assertThat(check(record, LocalDate.of(2024, 12, 5))).hasNoFinding(RULE);
    }

    @Test
    void reports_a_recorded_empty_list_once_the_partnership_has_existed_12_months() {
      LocalDate formed = LocalDate.of(2023, 4, 1);
      PartnershipRecord.Builder record = Eastmarsh.record().strategicAssessments(List.of())
          .partnership(Eastmarsh.partnership().existsFrom(formed).build());
      assertThat(check(record, LocalDate.of(2024, 3, 31))).hasNoFinding(RULE).outcomeOf(RULE).isPass();
      assertThat(check(record, LocalDate.of(2024, 4, 1))).hasFinding(RULE).on("ECSP")
          .withEvidence("assessments", "0").withEvidence("formedOn", "2023-04-01").withEvidence("dueDate", "2024-04-01")
          .withEvidence("daysOverdue", "0");
      assertThat(check(record, LocalDate.of(2024, 4, 2))).hasFinding(RULE).withEvidence("daysOverdue", "1");
      // AND a partnership that does not say when it was formed has existed longer than any window
      PartnershipRecord.Builder ageless = Eastmarsh.record().strategicAssessments(List.of());
      assertThat(check(ageless, Eastmarsh.AS_OF)).hasFinding(RULE).on("ECSP").withEvidence("assessments", "0");
    }

    @Test
    void decides_nothing_when_the_assessments_are_not_recorded() {
      PartnershipRecord.Builder record = Eastmarsh.record().strategicAssessments(List.of())
          .addNotRecorded("strategicAssessments");
      assertThat(check(record, DUE.plusYears(1))).hasNoFinding(RULE);
    }

    @Test
    void does_not_apply_to_a_county_partnership_or_one_in_wales() {
      PartnershipRecord.Builder county = Eastmarsh.record()
          .partnership(Eastmarsh.partnership().tier(Tier.COUNTY).countyCouncil(java.util.Optional.empty()).build());
      PartnershipRecord.Builder wales = Eastmarsh.record().partnership(Eastmarsh.partnership().nation(Nation.WALES)
          .tier(Tier.UNITARY).countyCouncil(java.util.Optional.empty()).build());
      assertThat(check(county, DUE.plusDays(1))).hasNoFinding(RULE).outcomeOf(RULE).isNotApplicable();
      assertThat(check(wales, DUE.plusDays(1))).hasNoFinding(RULE).outcomeOf(RULE).isNotApplicable();
      // AND a unitary partnership in England is held to it
      PartnershipRecord.Builder unitary = Eastmarsh.record()
          .partnership(Eastmarsh.partnership().tier(Tier.UNITARY).countyCouncil(java.util.Optional.empty()).build());
      assertThat(check(unitary, DUE.plusDays(1))).hasFinding(RULE).on("ECSP");
    }

    @Test
    void applies_to_a_version_1_record_only_with_an_assessment_listed_on_or_before_the_date() {
      PartnershipRecord.Builder district = Kcsp2022.record()
          .partnership(org.kcsp.model.Partnership.builder().id("KCSP").name("Kent Community Safety Partnership")
              .area("Kent").tier(Tier.DISTRICT).build());
      // none listed: absent is none, and none is not a finding
      assertThat(check(district, Kcsp2022.MINUTES.plusYears(3))).hasNoFinding(RULE).outcomeOf(RULE).isNotApplicable();
      // one listed, completed on 1 July 2022: not applicable the day before, and overdue a year and a day on
      district.addStrategicAssessments(StrategicAssessment.builder().id("SA-2022").completedOn(LocalDate.of(2022, 7, 1)).build());
      assertThat(check(district, LocalDate.of(2022, 6, 30))).hasNoFinding(RULE).outcomeOf(RULE).isNotApplicable();
      assertThat(check(district, LocalDate.of(2023, 7, 1))).hasNoFinding(RULE).outcomeOf(RULE).isPass();
      assertThat(check(district, LocalDate.of(2023, 7, 2))).hasFinding(RULE).on("KCSP").withEvidence("lastAssessment", "SA-2022");
    }

    @Test
    void moves_its_boundary_with_the_policys_months() {
      ComplianceEngine engine = TestPolicies.engine(TestPolicies.parameter(folder, RULE, "months", "6"));
      // 30 November 2023 plus 6 months: 30 May 2024
      assertThat(engine.check(Eastmarsh.record().build(), LocalDate.of(2024, 5, 30))).hasNoFinding(RULE);
      assertThat(engine.check(Eastmarsh.record().build(), LocalDate.of(2024, 5, 31))).hasFinding(RULE)
          .withEvidence("dueDate", "2024-05-30");
    }
  }

  @Nested
  class StrategyStrandMissing {

    private static final String RULE = "STRATEGY_STRAND_MISSING";
    /** The day s6(1)(d), serious violence, came into force. */
    private static final LocalDate SERIOUS_VIOLENCE = LocalDate.of(2023, 1, 31);

    /** The plan with these priorities only. */
    private PartnershipRecord.Builder serving(Priority... priorities) {
      return Eastmarsh.record().agreement(Eastmarsh.plan(priorities).build());
    }

    @Test
    void reports_each_strand_no_priority_serves_with_the_strand_in_the_evidence() {
      PartnershipRecord.Builder record = serving(
          Eastmarsh.priority("asb", "Anti-social behaviour", Strand.CRIME_AND_DISORDER).build(),
          Eastmarsh.priority("serious-violence", "Serious violence", Strand.SERIOUS_VIOLENCE).build());
      ComplianceReport report = check(record, Eastmarsh.AS_OF);
      assertThat(report).hasFinding(RULE).on("ECSP").withEvidence("strand", "SUBSTANCE_MISUSE")
          .withEvidence("priorities", "2").withSeverity(Severity.WARNING);
      assertThat(report).hasFinding(RULE).on("ECSP").withEvidence("strand", "REOFFENDING");
      assertThat(report.findings(RULE)).hasSize(2);
      assertThat(assertThat(report).hasFinding(RULE).withEvidence("strand", "REOFFENDING").single().message()).isEqualTo("None of the 2 priorities of the Eastmarsh"
          + " Partnership Plan 2023-26 in place on 31 March 2024 serves the statutory strand of re-offending"
          + " (s6(1)(c)); the strategy is to address it.");
    }

    @Test
    void requires_the_serious_violence_strand_from_31_january_2023() {
      // GIVEN priorities serving every strand but serious violence
      PartnershipRecord.Builder record = serving(
          Eastmarsh.priority("asb", "Anti-social behaviour", Strand.CRIME_AND_DISORDER).build(),
          Eastmarsh.priority("drugs", "Drugs and alcohol", Strand.SUBSTANCE_MISUSE, Strand.REOFFENDING).build());
      // THEN the day before the strand came into force the strategy is complete; from the day on it lacks it
      assertThat(check(record, SERIOUS_VIOLENCE.minusDays(1))).hasNoFinding(RULE).outcomeOf(RULE).isPass();
      assertThat(check(record, SERIOUS_VIOLENCE)).hasFinding(RULE).withEvidence("strand", "SERIOUS_VIOLENCE");
      assertThat(check(record, SERIOUS_VIOLENCE.plusDays(1))).hasFinding(RULE).withEvidence("strand", "SERIOUS_VIOLENCE");
      assertThat(ENGINE.catalog().rule(RULE).orElseThrow().lawDates()).containsEntry("SERIOUS_VIOLENCE", SERIOUS_VIOLENCE);
    }

    @Test
    void counts_the_strands_of_a_cross_cutting_theme() {
      PartnershipRecord.Builder record = serving(
          Eastmarsh.priority("asb", "Anti-social behaviour", Strand.CRIME_AND_DISORDER, Strand.SERIOUS_VIOLENCE).build(),
          Eastmarsh.priority("vulnerability", "Vulnerability", Strand.SUBSTANCE_MISUSE, Strand.REOFFENDING)
              .kind(PriorityKind.CROSS_CUTTING).build());
      assertThat(check(record, Eastmarsh.AS_OF)).hasNoFinding(RULE).outcomeOf(RULE).isPass();
    }

    @Test
    void does_not_count_a_priority_that_is_not_yet_in_place() {
      LocalDate since = LocalDate.of(2024, 2, 1);
      PartnershipRecord.Builder record = serving(
          Eastmarsh.priority("asb", "Anti-social behaviour", Strand.CRIME_AND_DISORDER, Strand.SERIOUS_VIOLENCE,
              Strand.SUBSTANCE_MISUSE).build(),
          Eastmarsh.priority("reoffending", "Reducing reoffending", Strand.REOFFENDING).since(since).build());
      assertThat(check(record, since.minusDays(1))).hasFinding(RULE).withEvidence("strand", "REOFFENDING")
          .withEvidence("priorities", "1");
      assertThat(check(record, since)).hasNoFinding(RULE);
    }

    @Test
    void decides_nothing_while_a_priority_present_does_not_record_its_strands() {
      PartnershipRecord.Builder record = serving(
          Eastmarsh.priority("asb", "Anti-social behaviour", Strand.CRIME_AND_DISORDER).build(),
          Priority.builder().id("other").name("Other").kind(PriorityKind.PRIORITY).addNotRecorded("strands").build());
      assertThat(check(record, Eastmarsh.AS_OF)).hasNoFinding(RULE);
    }

    @Test
    void applies_to_a_version_1_record_only_where_some_priority_lists_strands() {
      // GIVEN the KCSP (version 1), whose priorities list no strands: not applicable
      assertThat(check(Kcsp2022.record(), Kcsp2022.MINUTES)).hasNoFinding(RULE).outcomeOf(RULE).isNotApplicable();
      // WHEN one priority lists its strands, the others serve none
      PartnershipRecord.Builder listed = Kcsp2022.record().agreement(org.kcsp.model.Agreement.builder()
          .name("Kent Community Safety Agreement").lastRefreshedOn(Kcsp2022.MINUTES)
          .addPriorities(Kcsp2022.priority("serious-violence", "Serious Violence and Organised Crime", PriorityKind.PRIORITY)
                  .addStrands(Strand.SERIOUS_VIOLENCE, Strand.CRIME_AND_DISORDER).build(),
              Kcsp2022.priority("road-safety", "Road Safety", PriorityKind.PRIORITY).build())
          .addActions(Kcsp2022.action("serious-violence-action", "serious-violence"),
              Kcsp2022.action("road-safety-action", "road-safety"))
          .build());
      ComplianceReport report = check(listed, Kcsp2022.MINUTES);
      assertThat(report).hasFinding(RULE).withEvidence("strand", "SUBSTANCE_MISUSE");
      assertThat(report).hasFinding(RULE).withEvidence("strand", "REOFFENDING");
      assertThat(report.findings(RULE)).extracting(finding -> finding.evidence().get("strand"))
          .containsExactlyInAnyOrder("SUBSTANCE_MISUSE", "REOFFENDING");
    }

    @Test
    void does_not_apply_without_a_priority_in_place() {
      LocalDate since = LocalDate.of(2024, 2, 1);
      PartnershipRecord.Builder record = serving(
          Eastmarsh.priority("asb", "Anti-social behaviour", Strand.CRIME_AND_DISORDER).since(since).build());
      assertThat(check(record, since.minusDays(1))).hasNoFinding(RULE).outcomeOf(RULE).isNotApplicable();
      assertThat(check(record, since)).hasFinding(RULE).withEvidence("strand", "REOFFENDING");
    }
  }

  @Nested
  class SeriousViolenceStrategyMissing {

    private static final String RULE = "SERIOUS_VIOLENCE_STRATEGY_MISSING";
    /** The day the duty came into force, and the day the strategy was due by. */
    private static final LocalDate IN_FORCE = LocalDate.of(2023, 1, 31);
    private static final LocalDate DUE = LocalDate.of(2024, 1, 31);

    private PartnershipRecord.Builder unpublished() {
      return Eastmarsh.record().seriousViolence(SeriousViolence.builder().role(SeriousViolenceRole.LEAD).build());
    }

    @Test
    void reports_a_leading_partnership_without_a_strategy_from_the_day_after_it_was_due() {
      assertThat(check(unpublished(), DUE.minusDays(1))).hasNoFinding(RULE).outcomeOf(RULE).isNotApplicable();
      assertThat(check(unpublished(), DUE)).hasNoFinding(RULE).outcomeOf(RULE).isNotApplicable();
      Finding finding = assertThat(check(unpublished(), DUE.plusDays(1))).hasFinding(RULE).on("ECSP")
          .withSeverity(Severity.ERROR).withEvidence("role", "LEAD").withEvidence("dueDate", "2024-01-31")
          .withEvidence("daysOverdue", "1").single();
      assertThat(finding.message()).isEqualTo("Eastmarsh Community Safety Partnership leads the Serious Violence Duty"
          + " in its area and has published no serious violence strategy; it was due by 31 January 2024, 1 day ago.");
      assertThat(finding.source()).isEqualTo("Police, Crime, Sentencing and Courts Act 2022 s8; Serious Violence Duty"
          + " statutory guidance (December 2022): strategy published by 31 January 2024");
    }

    @Test
    void is_not_in_force_before_31_january_2023() {
      RuleDescriptor rule = ENGINE.catalog().rule(RULE).orElseThrow();
      assertThat(rule.inForceFrom()).contains(IN_FORCE);
      assertThat(rule.lawDates()).containsEntry("strategyDue", DUE);
      assertThat(check(unpublished(), IN_FORCE.minusDays(1))).hasNoFinding(RULE).outcomeOf(RULE).isNotApplicable();
      assertThat(rule.inForceOn(IN_FORCE.minusDays(1))).isFalse();
      // in force from the day, and still not due
      assertThat(check(unpublished(), IN_FORCE)).hasNoFinding(RULE).outcomeOf(RULE).isNotApplicable();
      assertThat(check(unpublished(), IN_FORCE.plusDays(1))).hasNoFinding(RULE).outcomeOf(RULE).isNotApplicable();
      assertThat(rule.inForceOn(IN_FORCE)).isTrue();
    }

    @Test
    void takes_a_strategy_published_after_the_date_as_not_published() {
      PartnershipRecord.Builder late = Eastmarsh.record()
          .seriousViolence(Eastmarsh.seriousViolence().strategyPublishedOn(LocalDate.of(2024, 3, 1)).build());
      assertThat(check(late, LocalDate.of(2024, 2, 29))).hasFinding(RULE).withEvidence("daysOverdue", "29");
      assertThat(check(late, LocalDate.of(2024, 3, 1))).hasNoFinding(RULE).outcomeOf(RULE).isPass();
    }

    @Test
    void does_not_apply_to_a_contributing_partnership_or_one_whose_part_is_not_recorded() {
      PartnershipRecord.Builder contributes = Eastmarsh.record()
          .seriousViolence(SeriousViolence.builder().role(SeriousViolenceRole.CONTRIBUTES).build());
      assertThat(check(contributes, DUE.plusDays(1))).hasNoFinding(RULE).outcomeOf(RULE).isNotApplicable();
      PartnershipRecord.Builder notRecorded = Eastmarsh.record().seriousViolence(java.util.Optional.empty())
          .addNotRecorded("seriousViolence");
      assertThat(check(notRecorded, DUE.plusDays(1))).hasNoFinding(RULE);
    }

    @Test
    void decides_nothing_when_the_day_of_publication_is_unknown() {
      PartnershipRecord.Builder unknown = Eastmarsh.record().seriousViolence(
          SeriousViolence.builder().role(SeriousViolenceRole.LEAD).addUnknown("strategyPublishedOn").build());
      assertThat(check(unknown, DUE.plusDays(1))).hasNoFinding(RULE);
    }

    @Test
    void applies_to_a_version_1_record_only_with_its_part_listed() {
      assertThat(check(Kcsp2022.record(), DUE.plusDays(1))).hasNoFinding(RULE).outcomeOf(RULE).isNotApplicable();
      PartnershipRecord.Builder listed = Kcsp2022.record()
          .seriousViolence(SeriousViolence.builder().role(SeriousViolenceRole.LEAD).build());
      assertThat(check(listed, DUE)).hasNoFinding(RULE);
      assertThat(check(listed, DUE.plusDays(1))).hasFinding(RULE).on("KCSP");
    }
  }

  @Nested
  class SeriousViolenceStrategyReviewOverdue {

    private static final String RULE = "SERIOUS_VIOLENCE_STRATEGY_REVIEW_OVERDUE";
    private static final LocalDate IN_FORCE = LocalDate.of(2023, 1, 31);

    @Test
    void reports_a_strategy_not_reviewed_within_12_months_of_its_publication() {
      // published 25 January 2024: review due 25 January 2025
      LocalDate due = LocalDate.of(2025, 1, 25);
      assertThat(check(Eastmarsh.record(), due.minusDays(1))).hasNoFinding(RULE);
      assertThat(check(Eastmarsh.record(), due)).hasNoFinding(RULE).outcomeOf(RULE).isPass();
      Finding finding = assertThat(check(Eastmarsh.record(), due.plusDays(1))).hasFinding(RULE).on("ECSP")
          .withSeverity(Severity.WARNING).withEvidence("publishedOn", "2024-01-25").withEvidence("dueDate", "2025-01-25")
          .withEvidence("daysOverdue", "1").single();
      assertThat(finding.evidence().get("lastReviewedOn")).isNull();
      assertThat(finding.message()).isEqualTo("Eastmarsh Community Safety Partnership's serious violence strategy was"
          + " published on 25 January 2024 and has not been reviewed since; its annual review was due on"
          + " 25 January 2025, 1 day ago.");
    }

    @Test
    void counts_from_the_latest_review_on_or_before_the_date() {
      LocalDate reviewed = LocalDate.of(2025, 1, 20);
      PartnershipRecord.Builder record = Eastmarsh.record()
          .seriousViolence(Eastmarsh.seriousViolence().addStrategyReviewedOn(reviewed).build());
      // the day before the review, the publication's year has not run out; from it, the review's year runs
      assertThat(check(record, reviewed.minusDays(1))).hasNoFinding(RULE);
      assertThat(check(record, LocalDate.of(2026, 1, 20))).hasNoFinding(RULE);
      assertThat(check(record, LocalDate.of(2026, 1, 21))).hasFinding(RULE).withEvidence("lastReviewedOn", "2025-01-20")
          .withEvidence("dueDate", "2026-01-20");
    }

    @Test
    void is_not_in_force_before_31_january_2023() {
      // GIVEN a strategy published in 2021, under an earlier arrangement, never reviewed
      PartnershipRecord.Builder record = Eastmarsh.record()
          .seriousViolence(Eastmarsh.seriousViolence().strategyPublishedOn(LocalDate.of(2021, 6, 1)).build());
      assertThat(check(record, IN_FORCE.minusDays(1))).hasNoFinding(RULE).outcomeOf(RULE).isNotApplicable();
      assertThat(check(record, IN_FORCE)).hasFinding(RULE).withEvidence("dueDate", "2022-06-01");
      assertThat(check(record, IN_FORCE.plusDays(1))).hasFinding(RULE);
    }

    @Test
    void does_not_apply_before_a_strategy_is_published_or_to_a_contributing_partnership() {
      assertThat(check(Eastmarsh.record(), Eastmarsh.PUBLISHED.minusDays(1))).hasNoFinding(RULE)
          .outcomeOf(RULE).isNotApplicable();
      PartnershipRecord.Builder contributes = Eastmarsh.record().seriousViolence(
          Eastmarsh.seriousViolence().role(SeriousViolenceRole.CONTRIBUTES).build());
      assertThat(check(contributes, LocalDate.of(2026, 1, 1))).hasNoFinding(RULE).outcomeOf(RULE).isNotApplicable();
    }

    @Test
    void applies_to_a_version_1_record_only_with_its_part_listed() {
      PartnershipRecord.Builder listed = Kcsp2022.record()
          .seriousViolence(SeriousViolence.builder().role(SeriousViolenceRole.LEAD)
              .strategyPublishedOn(Eastmarsh.PUBLISHED).build());
      assertThat(check(Kcsp2022.record(), LocalDate.of(2026, 1, 1))).hasNoFinding(RULE).outcomeOf(RULE).isNotApplicable();
      assertThat(check(listed, LocalDate.of(2025, 1, 26))).hasFinding(RULE).on("KCSP");
    }

    @Test
    void moves_its_boundary_with_the_policys_months() {
      ComplianceEngine engine = TestPolicies.engine(TestPolicies.parameter(folder, RULE, "months", "24"));
      assertThat(engine.check(Eastmarsh.record().build(), LocalDate.of(2026, 1, 25))).hasNoFinding(RULE);
      assertThat(engine.check(Eastmarsh.record().build(), LocalDate.of(2026, 1, 26))).hasFinding(RULE)
          .withEvidence("dueDate", "2026-01-25");
      assertThat(engine.check(Eastmarsh.record().build(), LocalDate.of(2026, 1, 26)).findings(RULE).get(0).message())
          .contains("its review, every 24 months, was due on 25 January 2026");
    }
  }
}

package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kcsp.model.Partnership;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Priority;
import org.kcsp.model.SeriousViolence;
import org.kcsp.model.SeriousViolenceRole;
import org.kcsp.model.Strand;
import org.kcsp.model.TermsOfReference;
import org.kcsp.model.Tier;

/**
 * The rows of rules.md's not-assessed table for the five statutory rules of the catalogue's second
 * part, on version 2 records: recorded, not recorded and unknown, and the boundary where the recorded
 * facts already decide. Each starts from the compliant {@link Eastmarsh} district partnership.
 */
class NotAssessedStatutoryRulesTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();

  private static ComplianceReport check(PartnershipRecord.Builder record, LocalDate date) {
    return ENGINE.check(record.build(), date);
  }

  private static String reason(ComplianceReport report, String rule) {
    return report.result(rule).reason();
  }

  @Nested
  class StrategicAssessmentOverdue {

    private static final String RULE = "STRATEGIC_ASSESSMENT_OVERDUE";

    private PartnershipRecord.Builder notRecorded() {
      return Eastmarsh.record().strategicAssessments(List.of()).addNotRecorded("strategicAssessments");
    }

    @Test
    void passes_when_the_assessments_are_recorded() {
      assertThat(check(Eastmarsh.record(), Eastmarsh.AS_OF)).hasNoGap(RULE).outcomeOf(RULE).isPass();
    }

    @Test
    void reports_a_gap_at_the_assessments_when_they_are_not_recorded() {
      ComplianceReport report = check(notRecorded(), Eastmarsh.AS_OF);
      assertThat(report).hasNoFinding(RULE).hasGap(RULE).on("ECSP").at("$.strategicAssessments")
          .withMessageContaining("Record the strategic assessments of Eastmarsh Community Safety Partnership");
      assertThat(report).outcomeOf(RULE).isNotAssessed();
    }

    @Test
    void is_clear_without_them_for_a_partnership_formed_less_than_12_months_before() {
      // formed 12 months before D: its first assessment could be due today, so not recorded is a gap;
      // formed a day later, none can be due yet, whatever it has done
      LocalDate twelveMonths = Eastmarsh.AS_OF.minusMonths(12);
      ComplianceReport due = check(notRecorded().partnership(formed(twelveMonths)), Eastmarsh.AS_OF);
      assertThat(due).hasGap(RULE).on("ECSP").at("$.strategicAssessments");
      ComplianceReport notYet = check(notRecorded().partnership(formed(twelveMonths.plusDays(1))), Eastmarsh.AS_OF);
      assertThat(notYet).hasNoGap(RULE).hasNoFinding(RULE).outcomeOf(RULE).isPass();
    }

    @Test
    void does_not_apply_to_a_county_partnership_whatever_it_records() {
      ComplianceReport report = check(notRecorded().partnership(Eastmarsh.partnership().tier(Tier.COUNTY).countyCouncil(Optional.empty()).build()),
          Eastmarsh.AS_OF);
      assertThat(report).hasNoGap(RULE).outcomeOf(RULE).isNotApplicable();
      assertThat(reason(report, RULE)).isEqualTo("a county partnership: the strategic assessment is its districts' duty");
    }

    private Partnership formed(LocalDate on) {
      return Eastmarsh.partnership().existsFrom(on).build();
    }
  }

  @Nested
  class StrategyStrandMissing {

    private static final String RULE = "STRATEGY_STRAND_MISSING";

    /** The plan with the reoffending priority's strands not recorded, refreshed long before 2023. */
    private PartnershipRecord.Builder reoffendingNotRecorded(Priority... others) {
      Priority reoffending = Priority.builder().from(Eastmarsh.priority("reoffending", "Reducing reoffending").build())
          .strands(List.of()).addNotRecorded("strands").build();
      Priority[] priorities = new Priority[others.length + 1];
      System.arraycopy(others, 0, priorities, 0, others.length);
      priorities[others.length] = reoffending;
      return Eastmarsh.record().agreement(Eastmarsh.plan(priorities).lastRefreshedOn(LocalDate.of(2022, 6, 1)).build());
    }

    @Test
    void reports_a_gap_at_the_agreement_when_it_is_not_recorded() {
      ComplianceReport report = check(Eastmarsh.record().agreement(Optional.empty()).addNotRecorded("agreement"),
          Eastmarsh.AS_OF);
      assertThat(report).hasNoFinding(RULE).hasGap(RULE).on("ECSP").at("$.agreement");
      assertThat(report).outcomeOf(RULE).isNotAssessed();
    }

    @Test
    void reports_a_gap_at_a_priority_whose_strands_are_not_recorded_when_no_recorded_priority_serves_a_strand() {
      // GIVEN no recorded priority serves re-offending, and the reoffending priority's strands are not recorded
      PartnershipRecord.Builder record = reoffendingNotRecorded(
          Eastmarsh.priority("asb", "Anti-social behaviour", Strand.CRIME_AND_DISORDER).build(),
          Eastmarsh.priority("drugs", "Drugs and alcohol", Strand.SUBSTANCE_MISUSE).build(),
          Eastmarsh.priority("sv", "Serious violence", Strand.SERIOUS_VIOLENCE).build());
      ComplianceReport report = check(record, Eastmarsh.AS_OF);
      // THEN the rule cannot say the strand is missing: a gap at those strands, once
      assertThat(report).hasNoFinding(RULE).hasGap(RULE).on("ECSP").at("$.agreement.priorities[3].strands")
          .withMessageContaining("Reducing reoffending (reoffending)").times(1);
      assertThat(report).outcomeOf(RULE).isNotAssessed();
    }

    @Test
    void is_clear_when_the_recorded_priorities_already_serve_every_strand() {
      PartnershipRecord.Builder record = reoffendingNotRecorded(
          Eastmarsh.priority("all", "Everything", Strand.values()).build());
      ComplianceReport report = check(record, Eastmarsh.AS_OF);
      assertThat(report).hasNoGap(RULE).hasNoFinding(RULE).outcomeOf(RULE).isPass();
    }

    @Test
    void asks_for_the_serious_violence_strand_only_from_31_january_2023() {
      // GIVEN the recorded priorities serve every strand but serious violence, and one priority's are not recorded
      PartnershipRecord.Builder record = reoffendingNotRecorded(Eastmarsh.priority("three", "The other three",
          Strand.CRIME_AND_DISORDER, Strand.SUBSTANCE_MISUSE, Strand.REOFFENDING).build());
      LocalDate commenced = LocalDate.of(2023, 1, 31);
      // the day before, the strand is not yet statutory: nothing is undecided
      assertThat(check(record, commenced.minusDays(1))).hasNoGap(RULE).hasNoFinding(RULE).outcomeOf(RULE).isPass();
      // on the day and after, it is: the priority not recorded might serve it
      for (LocalDate date : List.of(commenced, commenced.plusDays(1))) {
        assertThat(check(record, date)).hasNoFinding(RULE).hasGap(RULE).on("ECSP").at("$.agreement.priorities[1].strands");
      }
    }
  }

  @Nested
  class SeriousViolenceStrategyMissing {

    private static final String RULE = "SERIOUS_VIOLENCE_STRATEGY_MISSING";
    private static final LocalDate DUE = LocalDate.of(2024, 1, 31);

    private PartnershipRecord.Builder notRecorded() {
      return Eastmarsh.record().seriousViolence(Optional.empty()).addNotRecorded("seriousViolence");
    }

    @Test
    void reports_a_gap_at_the_duty_when_it_is_not_recorded_after_the_strategy_was_due() {
      // on the day it was due, none is missing yet, whatever the partnership's part
      ComplianceReport onTheDay = check(notRecorded(), DUE);
      assertThat(onTheDay).hasNoGap(RULE).outcomeOf(RULE).isNotApplicable();
      assertThat(reason(onTheDay, RULE)).isEqualTo("the serious violence strategy is due by 31 January 2024");
      // the day after, a partnership that leads it would be in breach: a gap
      ComplianceReport after = check(notRecorded(), DUE.plusDays(1));
      assertThat(after).hasNoFinding(RULE).hasGap(RULE).on("ECSP").at("$.seriousViolence")
          .withMessageContaining("Serious Violence Duty");
      assertThat(after).outcomeOf(RULE).isNotAssessed();
    }

    @Test
    void counts_a_strategy_published_on_a_day_nobody_gave_as_published() {
      SeriousViolence unknown = SeriousViolence.builder().role(SeriousViolenceRole.LEAD)
          .addUnknown("strategyPublishedOn").build();
      ComplianceReport report = check(Eastmarsh.record().seriousViolence(unknown), Eastmarsh.AS_OF);
      assertThat(report).hasNoGap(RULE).hasNoFinding(RULE).outcomeOf(RULE).isPass();
    }

    @Test
    void passes_when_the_strategy_is_recorded() {
      assertThat(check(Eastmarsh.record(), Eastmarsh.AS_OF)).hasNoGap(RULE).outcomeOf(RULE).isPass();
    }
  }

  @Nested
  class SeriousViolenceStrategyReviewOverdue {

    private static final String RULE = "SERIOUS_VIOLENCE_STRATEGY_REVIEW_OVERDUE";

    @Test
    void reports_a_gap_at_the_duty_when_it_is_not_recorded() {
      ComplianceReport report = check(Eastmarsh.record().seriousViolence(Optional.empty()).addNotRecorded("seriousViolence"),
          Eastmarsh.AS_OF);
      assertThat(report).hasNoFinding(RULE).hasGap(RULE).on("ECSP").at("$.seriousViolence");
      assertThat(report).outcomeOf(RULE).isNotAssessed();
    }

    @Test
    void reports_a_gap_at_the_publication_date_when_it_is_unknown_and_no_review_is_recorded() {
      SeriousViolence unknown = SeriousViolence.builder().role(SeriousViolenceRole.LEAD)
          .addUnknown("strategyPublishedOn").build();
      ComplianceReport report = check(Eastmarsh.record().seriousViolence(unknown), Eastmarsh.AS_OF);
      assertThat(report).hasNoFinding(RULE).hasGap(RULE).on("ECSP").at("$.seriousViolence.strategyPublishedOn");
      assertThat(report).outcomeOf(RULE).isNotAssessed();
    }

    @Test
    void decides_by_the_latest_review_when_the_publication_date_is_unknown() {
      // reviewed on 1 March 2024: due again on 1 March 2025; the day before, on and after
      SeriousViolence reviewed = SeriousViolence.builder().role(SeriousViolenceRole.LEAD)
          .addUnknown("strategyPublishedOn").addStrategyReviewedOn(LocalDate.of(2024, 3, 1)).build();
      PartnershipRecord.Builder record = Eastmarsh.record().seriousViolence(reviewed);
      LocalDate due = LocalDate.of(2025, 3, 1);
      assertThat(check(record, due.minusDays(1))).hasNoGap(RULE).hasNoFinding(RULE).outcomeOf(RULE).isPass();
      assertThat(check(record, due)).hasNoGap(RULE).hasNoFinding(RULE).outcomeOf(RULE).isPass();
      assertThat(check(record, due.plusDays(1))).hasNoGap(RULE).hasFinding(RULE).on("ECSP");
    }

    @Test
    void passes_when_the_strategy_is_recorded() {
      assertThat(check(Eastmarsh.record(), Eastmarsh.AS_OF)).hasNoGap(RULE).outcomeOf(RULE).isPass();
    }
  }

  @Nested
  class MembershipNotResponsibleAuthority {

    private static final String RULE = "MEMBERSHIP_NOT_RESPONSIBLE_AUTHORITY";

    @Test
    void reports_a_gap_on_the_partnership_when_its_latest_tors_membership_is_not_recorded() {
      TermsOfReference tor = Eastmarsh.tor("ECSP-TOR-2023", Eastmarsh.TOR_APPROVED).addNotRecorded("membership").build();
      ComplianceReport report = check(Eastmarsh.record().termsOfReference(List.of(tor)), Eastmarsh.AS_OF);
      assertThat(report).hasNoFinding(RULE).hasGap(RULE).on("ECSP").at("$.termsOfReference[0].membership");
      assertThat(report).outcomeOf(RULE).isNotAssessed();
    }

    @Test
    void reports_a_gap_on_the_partnership_when_its_terms_of_reference_are_not_recorded() {
      ComplianceReport report = check(Eastmarsh.record().termsOfReference(List.of()).addNotRecorded("termsOfReference"),
          Eastmarsh.AS_OF);
      assertThat(report).hasNoFinding(RULE).hasGap(RULE).on("ECSP").at("$.termsOfReference");
      assertThat(report).outcomeOf(RULE).isNotAssessed();
    }

    @Test
    void passes_when_the_membership_is_recorded() {
      assertThat(check(Eastmarsh.record(), Eastmarsh.AS_OF)).hasNoGap(RULE).outcomeOf(RULE).isPass();
    }
  }
}

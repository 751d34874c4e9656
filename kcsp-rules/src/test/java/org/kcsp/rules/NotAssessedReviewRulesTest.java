package org.kcsp.rules;

import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kcsp.model.DhrDecision;
import org.kcsp.model.DomesticHomicideReview;
import org.kcsp.model.PartnershipRecord;

/**
 * The domestic homicide review rules on version 2 records that leave the reviews not recorded, a
 * step's date or the decision unknown, or whose reviews another body leads (rules.md, "When a
 * subject is not assessed", "Version 2 changes to conditions", reading 6).
 */
class NotAssessedReviewRulesTest {

  private static final String REVIEW = "DHR-C";
  private static final String PATH = "$.domesticHomicideReviews[0]";
  /** Notified on 29 May 2013: the decision is due by 29 June 2013. */
  private static final LocalDate NOTIFIED = LocalDate.of(2013, 5, 29);
  private static final LocalDate DECISION_DUE = LocalDate.of(2013, 6, 29);

  private static DomesticHomicideReview.Builder review() {
    return DomesticHomicideReview.builder().id(REVIEW).name("Mr C").notifiedOn(NOTIFIED);
  }

  private static ComplianceReport check(DomesticHomicideReview review, LocalDate date) {
    return ComplianceEngine.standard().check(Kcsp2022Version2.record().addDomesticHomicideReviews(review).build(), date);
  }

  @Test
  void reports_a_gap_on_the_partnership_when_the_reviews_are_not_recorded() {
    // GIVEN a version 2 record that does not record its reviews
    PartnershipRecord record = Kcsp2022Version2.record().addNotRecorded("domesticHomicideReviews").build();
    // WHEN it is checked
    ComplianceReport report = ComplianceEngine.standard().check(record, Kcsp2022.MINUTES);
    // THEN both rules report a gap on the partnership at $.domesticHomicideReviews
    for (String rule : new String[] {"DHR_DECISION_LATE", "DHR_SUBMISSION_LATE"}) {
      assertThat(report).hasGap(rule).on("KCSP").at("$.domesticHomicideReviews");
      assertThat(report).outcomeOf(rule).isNotAssessed();
    }
  }

  @Nested
  class DecisionLate {

    private final DomesticHomicideReview decidedOnAnUnknownDay =
        review().decision(DhrDecision.NOT_COMMISSIONED).addUnknown("decidedOn").build();

    @Test
    void reports_a_gap_at_the_decision_date_when_it_is_unknown_a_month_after_notification() {
      // GIVEN a decision taken on a day not known
      // WHEN it is checked the day after the decision was due, and on that day
      // THEN a gap at decidedOn the day after; clear on the day
      assertThat(check(decidedOnAnUnknownDay, DECISION_DUE.plusDays(1))).hasNoFinding("DHR_DECISION_LATE")
          .hasGap("DHR_DECISION_LATE").on(REVIEW).at(PATH + ".decidedOn");
      assertThat(check(decidedOnAnUnknownDay, DECISION_DUE)).hasNoGap("DHR_DECISION_LATE")
          .outcomeOf("DHR_DECISION_LATE").isPass();
    }

    @Test
    void passes_when_the_home_office_was_told_within_the_month() {
      // GIVEN the Home Office told of the decision on the day it was due, and the day after
      DomesticHomicideReview onTime = review().decision(DhrDecision.NOT_COMMISSIONED).addUnknown("decidedOn")
          .homeOfficeNotifiedOn(DECISION_DUE).build();
      DomesticHomicideReview dayAfter = review().decision(DhrDecision.NOT_COMMISSIONED).addUnknown("decidedOn")
          .homeOfficeNotifiedOn(DECISION_DUE.plusDays(1)).build();
      // WHEN they are checked months later
      LocalDate later = LocalDate.of(2014, 1, 1);
      // THEN the first decision came in time: clear; the second may not have: a gap
      assertThat(check(onTime, later)).hasNoGap("DHR_DECISION_LATE").outcomeOf("DHR_DECISION_LATE").isPass();
      assertThat(check(dayAfter, later)).hasGap("DHR_DECISION_LATE").on(REVIEW).at(PATH + ".decidedOn");
    }

    @Test
    void reports_a_missing_decision_as_before() {
      // GIVEN no decision recorded
      // WHEN it is checked the day after it was due
      // THEN the finding
      assertThat(check(review().build(), DECISION_DUE.plusDays(1))).hasFinding("DHR_DECISION_LATE").on(REVIEW);
    }
  }

  @Nested
  class SubmissionLate {

    /** Decided on 1 June 2013: the submission is due by 1 December 2013. */
    private static final LocalDate DECIDED = LocalDate.of(2013, 6, 1);
    private static final LocalDate SUBMISSION_DUE = LocalDate.of(2013, 12, 1);

    @Test
    void reports_a_gap_at_the_submission_date_when_it_is_unknown_after_the_due_date() {
      // GIVEN a commissioned review submitted on a day not known
      DomesticHomicideReview review = review().decision(DhrDecision.COMMISSIONED).decidedOn(DECIDED)
          .addUnknown("submittedToHomeOfficeOn").build();
      // WHEN it is checked the day after the due date, and on it
      // THEN a gap the day after; clear on the due date
      assertThat(check(review, SUBMISSION_DUE.plusDays(1))).hasNoFinding("DHR_SUBMISSION_LATE")
          .hasGap("DHR_SUBMISSION_LATE").on(REVIEW).at(PATH + ".submittedToHomeOfficeOn");
      assertThat(check(review, SUBMISSION_DUE)).hasNoGap("DHR_SUBMISSION_LATE").outcomeOf("DHR_SUBMISSION_LATE").isPass();
    }

    @Test
    void passes_when_the_review_was_published_by_the_due_date() {
      // GIVEN the same review, published on its due date
      DomesticHomicideReview review = review().decision(DhrDecision.COMMISSIONED).decidedOn(DECIDED)
          .addUnknown("submittedToHomeOfficeOn").publishedOn(SUBMISSION_DUE).build();
      // WHEN it is checked later
      // THEN it was submitted by then: clear
      assertThat(check(review, LocalDate.of(2014, 6, 1))).hasNoGap("DHR_SUBMISSION_LATE")
          .outcomeOf("DHR_SUBMISSION_LATE").isPass();
    }

    @Test
    void reports_a_gap_at_the_decision_date_when_it_is_unknown_and_the_known_dates_do_not_decide() {
      // GIVEN a review decided on a day not known, submitted on 1 January 2014 (7 months after notification)
      DomesticHomicideReview review = review().decision(DhrDecision.COMMISSIONED).addUnknown("decidedOn")
          .submittedToHomeOfficeOn(LocalDate.of(2014, 1, 1)).build();
      // WHEN it is checked
      // THEN on time or late as the decision's date is: a gap at decidedOn
      assertThat(check(review, LocalDate.of(2014, 2, 1))).hasNoFinding("DHR_SUBMISSION_LATE")
          .hasGap("DHR_SUBMISSION_LATE").on(REVIEW).at(PATH + ".decidedOn");
    }

    @Test
    void passes_when_submitted_within_the_months_of_notification_whatever_the_decision_date() {
      // GIVEN the same, submitted on 29 November 2013 (6 months after notification)
      DomesticHomicideReview review = review().decision(DhrDecision.COMMISSIONED).addUnknown("decidedOn")
          .submittedToHomeOfficeOn(LocalDate.of(2013, 11, 29)).build();
      // WHEN it is checked
      // THEN the decision came on or after notification: clear
      assertThat(check(review, LocalDate.of(2014, 2, 1))).hasNoGap("DHR_SUBMISSION_LATE")
          .outcomeOf("DHR_SUBMISSION_LATE").isPass();
    }

    @Test
    void reports_the_late_submission_when_the_home_office_notice_bounds_the_decision() {
      // GIVEN the decision, on a day not known, told to the Home Office on 1 June 2013, and no submission
      DomesticHomicideReview review = review().decision(DhrDecision.COMMISSIONED).addUnknown("decidedOn")
          .homeOfficeNotifiedOn(DECIDED).build();
      // WHEN it is checked the day after 1 December 2013, and on it
      // THEN late whatever the decision's date: a finding the day after; on the day, not decided
      assertThat(check(review, SUBMISSION_DUE.plusDays(1))).hasFinding("DHR_SUBMISSION_LATE").on(REVIEW);
      assertThat(check(review, SUBMISSION_DUE.plusDays(1))).hasNoGap("DHR_SUBMISSION_LATE");
      assertThat(check(review, SUBMISSION_DUE)).hasNoFinding("DHR_SUBMISSION_LATE")
          .hasGap("DHR_SUBMISSION_LATE").on(REVIEW).at(PATH + ".decidedOn");
    }
  }

  @Nested
  class LedByAnotherBody {

    @Test
    void does_not_check_a_review_led_by_another_body() {
      // GIVEN a review led by the police, with no decision a year on
      DomesticHomicideReview review = review().ledBy("KENT-POLICE").build();
      // WHEN it is checked
      ComplianceReport report = check(review, LocalDate.of(2014, 6, 1));
      // THEN both rules are NOT_APPLICABLE, led by that body
      assertThat(report).hasNoFinding("DHR_DECISION_LATE").outcomeOf("DHR_DECISION_LATE").isNotApplicable();
      org.assertj.core.api.Assertions.assertThat(report.rules()).filteredOn(r -> r.rule().equals("DHR_DECISION_LATE"))
          .extracting(RuleResult::reason).containsExactly("led by Kent Police");
    }

    @Test
    void checks_a_review_led_by_one_of_its_own_subgroups() {
      // GIVEN the same review led by the partnership's DHR steering group (reading 6)
      DomesticHomicideReview review = review().ledBy("DHR-SG").build();
      // WHEN it is checked
      // THEN it is this partnership's: the finding
      assertThat(check(review, LocalDate.of(2014, 6, 1))).hasFinding("DHR_DECISION_LATE").on(REVIEW);
    }
  }
}

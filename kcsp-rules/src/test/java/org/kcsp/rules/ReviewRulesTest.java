package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kcsp.model.DhrDecision;
import org.kcsp.model.DomesticHomicideReview;
import org.kcsp.model.PartnershipRecord;

/**
 * DHR_DECISION_LATE and DHR_SUBMISSION_LATE. The KCSP was briefed on 14 July 2022 on the most recently
 * published case, Simran 2019 (seed 001, DHR update); the seeds give none of its dates, so the
 * review's dates here are assumed, chosen at month ends where {@code plusMonths} clips the day.
 */
class ReviewRulesTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();

  private static final String DECISION = "DHR_DECISION_LATE";
  private static final String SUBMISSION = "DHR_SUBMISSION_LATE";

  /** Assumed: notified on 31 January 2022, so the decision is due on 28 February 2022. */
  private static final LocalDate NOTIFIED = LocalDate.of(2022, 1, 31);
  private static final LocalDate DECISION_DUE = LocalDate.of(2022, 2, 28);

  /** Assumed: decided on 31 August 2022, so the submission is due on 28 February 2023. */
  private static final LocalDate DECIDED = LocalDate.of(2022, 8, 31);
  private static final LocalDate SUBMISSION_DUE = LocalDate.of(2023, 2, 28);

  static DomesticHomicideReview.Builder simran() {
    return DomesticHomicideReview.builder().id("DHR-SIMRAN-2019").name("Simran 2019");
  }

  static PartnershipRecord with(DomesticHomicideReview review) {
    return Kcsp2022.record().addDomesticHomicideReviews(review).build();
  }

  @Nested
  class DecisionLate {

    @Test
    void is_not_applicable_on_the_kcsp_of_14_july_2022_which_records_no_review() {
      // GIVEN the fixture, which records no review
      PartnershipRecord record = Kcsp2022.record().build();
      // WHEN it is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN there is nothing to check
      assertThat(report).hasNoFinding(DECISION).outcomeOf(DECISION).isNotApplicable();
    }

    @Test
    void stays_silent_on_a_decision_taken_on_the_due_date() {
      // GIVEN notified on 31 January 2022 and decided on 28 February 2022, 31 January plus 1 month
      PartnershipRecord record = with(simran().notifiedOn(NOTIFIED)
          .decision(DhrDecision.COMMISSIONED).decidedOn(DECISION_DUE).build());
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN the decision was in time
      assertThat(report).hasNoFinding(DECISION).outcomeOf(DECISION).isPass();
    }

    @Test
    void reports_a_decision_taken_the_day_after_the_due_date() {
      // GIVEN notified on 31 January 2022 and decided on 1 March 2022
      PartnershipRecord record = with(simran().notifiedOn(NOTIFIED)
          .decision(DhrDecision.NOT_COMMISSIONED).decidedOn(DECISION_DUE.plusDays(1)).build());
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN the decision was 1 day late
      Finding finding = assertThat(report).hasFinding(DECISION).on("DHR-SIMRAN-2019").withSeverity(Severity.WARNING)
          .single();
      assertThat(finding.subject().kind()).isEqualTo(SubjectKind.REVIEW);
      assertThat(finding.evidence()).containsExactly(
          Map.entry("notifiedOn", "2022-01-31"),
          Map.entry("decisionDue", "2022-02-28"),
          Map.entry("decidedOn", "2022-03-01"),
          Map.entry("daysLate", "1"));
      assertThat(finding.message()).isEqualTo("The decision on the domestic homicide review Simran 2019 was taken on "
          + "1 March 2022, 1 day after it was due on 28 February 2022 (notified on 31 January 2022).");
      assertThat(report).outcomeOf(DECISION).isFail();
    }

    @Test
    void stays_silent_while_the_missing_decision_is_not_yet_due() {
      // GIVEN notified on 31 January 2022, no decision yet
      PartnershipRecord record = with(simran().notifiedOn(NOTIFIED).build());
      // WHEN the KCSP is checked on 28 February 2022, the due date
      ComplianceReport report = ENGINE.check(record, DECISION_DUE);
      // THEN it is not late yet
      assertThat(report).hasNoFinding(DECISION).outcomeOf(DECISION).isPass();
    }

    @Test
    void reports_a_missing_decision_the_day_after_it_falls_due() {
      // GIVEN notified on 31 January 2022, no decision yet
      PartnershipRecord record = with(simran().notifiedOn(NOTIFIED).build());
      // WHEN the KCSP is checked on 1 March 2022
      ComplianceReport report = ENGINE.check(record, DECISION_DUE.plusDays(1));
      // THEN the decision is 1 day late
      Finding finding = assertThat(report).hasFinding(DECISION).on("DHR-SIMRAN-2019").single();
      assertThat(finding.evidence()).containsExactly(
          Map.entry("notifiedOn", "2022-01-31"),
          Map.entry("decisionDue", "2022-02-28"),
          Map.entry("daysLate", "1"));
      assertThat(finding.message()).isEqualTo("No decision has been taken on the domestic homicide review Simran 2019, "
          + "notified on 31 January 2022; it was due on 28 February 2022, 1 day ago.");
    }

    @Test
    void treats_a_decision_dated_after_the_evaluation_date_as_missing() {
      // GIVEN notified on 31 January 2022 and decided on 10 March 2022
      PartnershipRecord record = with(simran().notifiedOn(NOTIFIED)
          .decision(DhrDecision.COMMISSIONED).decidedOn(LocalDate.of(2022, 3, 10)).build());
      // WHEN the KCSP is checked on 5 March 2022
      ComplianceReport report = ENGINE.check(record, LocalDate.of(2022, 3, 5));
      // THEN the decision is not taken yet, and 5 days late
      assertThat(report).hasFinding(DECISION).on("DHR-SIMRAN-2019").withEvidence("daysLate", "5")
          .withMessageContaining("No decision has been taken").single();
    }

    @Test
    void is_not_applicable_before_the_review_is_notified() {
      // GIVEN notified on 15 July 2022, the day after the minutes
      PartnershipRecord record = with(simran().notifiedOn(Kcsp2022.MINUTES.plusDays(1)).build());
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN the review is not there yet
      assertThat(report).hasNoFinding(DECISION).outcomeOf(DECISION).isNotApplicable();
    }
  }

  @Nested
  class SubmissionLate {

    /** Notified on 1 August 2022 and commissioned, in time, on 31 August 2022. */
    DomesticHomicideReview.Builder commissioned() {
      return simran().notifiedOn(LocalDate.of(2022, 8, 1)).decision(DhrDecision.COMMISSIONED).decidedOn(DECIDED);
    }

    @Test
    void stays_silent_on_a_submission_on_the_due_date() {
      // GIVEN commissioned on 31 August 2022 and submitted on 28 February 2023, 31 August plus 6 months
      PartnershipRecord record = with(commissioned().submittedToHomeOfficeOn(SUBMISSION_DUE).build());
      // WHEN the KCSP is checked on 1 March 2023
      ComplianceReport report = ENGINE.check(record, SUBMISSION_DUE.plusDays(1));
      // THEN it was submitted in time
      assertThat(report).hasNoFinding(SUBMISSION).outcomeOf(SUBMISSION).isPass();
    }

    @Test
    void reports_a_submission_the_day_after_the_due_date() {
      // GIVEN commissioned on 31 August 2022 and submitted on 1 March 2023
      PartnershipRecord record = with(commissioned().submittedToHomeOfficeOn(SUBMISSION_DUE.plusDays(1)).build());
      // WHEN the KCSP is checked on 1 March 2023
      ComplianceReport report = ENGINE.check(record, SUBMISSION_DUE.plusDays(1));
      // THEN the submission was 1 day late
      Finding finding = assertThat(report).hasFinding(SUBMISSION).on("DHR-SIMRAN-2019").withSeverity(Severity.WARNING)
          .single();
      assertThat(finding.subject().kind()).isEqualTo(SubjectKind.REVIEW);
      assertThat(finding.evidence()).containsExactly(
          Map.entry("decidedOn", "2022-08-31"),
          Map.entry("submissionDue", "2023-02-28"),
          Map.entry("submittedOn", "2023-03-01"),
          Map.entry("daysLate", "1"));
      assertThat(finding.message()).isEqualTo("The domestic homicide review Simran 2019 was submitted to the Home "
          + "Office on 1 March 2023, 1 day after it was due on 28 February 2023 (6 months after the decision of "
          + "31 August 2022).");
      assertThat(report).outcomeOf(SUBMISSION).isFail();
    }

    @Test
    void stays_silent_while_the_submission_is_not_yet_due() {
      // GIVEN commissioned on 31 August 2022, not submitted
      PartnershipRecord record = with(commissioned().build());
      // WHEN the KCSP is checked on 28 February 2023, the due date
      ComplianceReport report = ENGINE.check(record, SUBMISSION_DUE);
      // THEN it is not late yet
      assertThat(report).hasNoFinding(SUBMISSION).outcomeOf(SUBMISSION).isPass();
    }

    @Test
    void reports_a_missing_submission_the_day_after_it_falls_due() {
      // GIVEN commissioned on 31 August 2022, not submitted
      PartnershipRecord record = with(commissioned().build());
      // WHEN the KCSP is checked on 1 March 2023
      ComplianceReport report = ENGINE.check(record, SUBMISSION_DUE.plusDays(1));
      // THEN the submission is 1 day late
      Finding finding = assertThat(report).hasFinding(SUBMISSION).on("DHR-SIMRAN-2019").single();
      assertThat(finding.evidence()).containsExactly(
          Map.entry("decidedOn", "2022-08-31"),
          Map.entry("submissionDue", "2023-02-28"),
          Map.entry("daysLate", "1"));
      assertThat(finding.message()).isEqualTo("The domestic homicide review Simran 2019 has not been submitted to the "
          + "Home Office; it was due on 28 February 2023 (6 months after the decision of 31 August 2022), 1 day ago.");
    }

    @Test
    void treats_a_submission_dated_after_the_evaluation_date_as_missing() {
      // GIVEN commissioned on 31 August 2022 and submitted on 10 March 2023
      PartnershipRecord record = with(commissioned().submittedToHomeOfficeOn(LocalDate.of(2023, 3, 10)).build());
      // WHEN the KCSP is checked on 3 March 2023
      ComplianceReport report = ENGINE.check(record, LocalDate.of(2023, 3, 3));
      // THEN it is not submitted yet, and 3 days late
      assertThat(report).hasFinding(SUBMISSION).on("DHR-SIMRAN-2019").withEvidence("daysLate", "3")
          .withMessageContaining("has not been submitted").single();
    }

    @Test
    void never_reports_a_review_that_was_not_commissioned() {
      // GIVEN decided on 31 August 2022 not to commission a review
      PartnershipRecord record = with(simran().notifiedOn(LocalDate.of(2022, 8, 1))
          .decision(DhrDecision.NOT_COMMISSIONED).decidedOn(DECIDED).build());
      // WHEN the KCSP is checked a year later
      ComplianceReport report = ENGINE.check(record, DECIDED.plusYears(1));
      // THEN there is nothing to submit
      assertThat(report).hasNoFinding(SUBMISSION).outcomeOf(SUBMISSION).isPass();
    }

    @Test
    void waits_for_the_decision() {
      // GIVEN notified on 31 January 2022, never decided
      PartnershipRecord record = with(simran().notifiedOn(NOTIFIED).build());
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN only the decision is late; the submission has no due date yet
      assertThat(report).hasNoFinding(SUBMISSION).outcomeOf(SUBMISSION).isPass();
      assertThat(report).hasFinding(DECISION).on("DHR-SIMRAN-2019").single();
    }

    @Test
    void is_not_applicable_without_reviews() {
      // GIVEN the fixture, which records no review
      PartnershipRecord record = Kcsp2022.record().build();
      // WHEN it is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN there is nothing to check
      assertThat(report).hasNoFinding(SUBMISSION).outcomeOf(SUBMISSION).isNotApplicable();
    }
  }
}

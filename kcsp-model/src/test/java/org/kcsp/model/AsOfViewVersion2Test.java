package org.kcsp.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kcsp.model.io.RecordReader;

/**
 * The as-of view of a version 2 record: its dated facts after the date are absent or not done,
 * the day before, on and after each date, and what is not recorded or unknown stays so.
 */
class AsOfViewVersion2Test {

  private static PartnershipRecord read(String name) {
    try {
      return RecordReader.read(Path.of(AsOfViewVersion2Test.class.getResource("/records/" + name).toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final PartnershipRecord COMPLETE = read("complete-2.json");

  @Test
  void drops_a_strategic_assessment_completed_after_the_date() {
    // GIVEN an assessment completed on 15 December 2021
    // WHEN the record is viewed the day before, on and after
    // THEN it is absent the day before, and present on the day and after
    assertThat(COMPLETE.viewAsOf(LocalDate.of(2021, 12, 14)).strategicAssessments()).isEmpty();
    assertThat(COMPLETE.viewAsOf(LocalDate.of(2021, 12, 15)).strategicAssessments()).hasSize(1);
    assertThat(COMPLETE.viewAsOf(LocalDate.of(2021, 12, 16)).strategicAssessments()).hasSize(1);
  }

  @Test
  void takes_the_serious_violence_steps_after_the_date_as_not_done() {
    // GIVEN needs assessed on 30 June 2023, the strategy published on 31 January 2024 and reviewed on 20 January 2025
    // WHEN the record is viewed around each date
    SeriousViolence beforePublication = COMPLETE.viewAsOf(LocalDate.of(2024, 1, 30)).seriousViolence().orElseThrow();
    SeriousViolence onPublication = COMPLETE.viewAsOf(LocalDate.of(2024, 1, 31)).seriousViolence().orElseThrow();
    SeriousViolence beforeReview = COMPLETE.viewAsOf(LocalDate.of(2025, 1, 19)).seriousViolence().orElseThrow();
    SeriousViolence onReview = COMPLETE.viewAsOf(LocalDate.of(2025, 1, 20)).seriousViolence().orElseThrow();
    SeriousViolence beforeNeeds = COMPLETE.viewAsOf(LocalDate.of(2023, 6, 29)).seriousViolence().orElseThrow();

    // THEN each step is done from its own day on, and its role stays
    assertThat(beforeNeeds.needsAssessedOn()).isEmpty();
    assertThat(beforePublication.needsAssessedOn()).contains(LocalDate.of(2023, 6, 30));
    assertThat(beforePublication.strategyPublishedOn()).isEmpty();
    assertThat(beforePublication.strategyReviewedOn()).isEmpty();
    assertThat(onPublication.strategyPublishedOn()).contains(LocalDate.of(2024, 1, 31));
    assertThat(beforeReview.strategyReviewedOn()).isEmpty();
    assertThat(onReview.strategyReviewedOn()).containsExactly(LocalDate.of(2025, 1, 20));
    assertThat(beforeNeeds.role()).isEqualTo(SeriousViolenceRole.LEAD);
  }

  @Test
  void takes_a_home_office_notice_after_the_date_as_not_given() {
    // GIVEN a review whose decision the Home Office was told of on 25 February 2020
    // WHEN the record is viewed the day before and on that day
    // THEN the notice is not given the day before, and given on the day
    assertThat(COMPLETE.viewAsOf(LocalDate.of(2020, 2, 24)).domesticHomicideReviews().get(0).homeOfficeNotifiedOn()).isEmpty();
    assertThat(COMPLETE.viewAsOf(LocalDate.of(2020, 2, 25)).domesticHomicideReviews().get(0).homeOfficeNotifiedOn())
        .contains(LocalDate.of(2020, 2, 25));
  }

  @Test
  void keeps_what_is_not_recorded_and_unknown_and_the_version() {
    // GIVEN records with lists not recorded and values unknown
    PartnershipRecord inside = read("not-recorded-inside-2.json");
    PartnershipRecord unknown = read("unknown-2.json");

    // WHEN they are viewed as of a date
    PartnershipRecord insideThen = inside.viewAsOf(LocalDate.of(2022, 1, 1));
    PartnershipRecord unknownThen = unknown.viewAsOf(LocalDate.of(2022, 1, 1));

    // THEN their markers, version and policy stay as they were
    assertThat(insideThen.format()).isEqualTo(FormatVersion.V2);
    assertThat(insideThen.notRecorded()).isEqualTo(inside.notRecorded());
    assertThat(insideThen.grants().get(0).isRecorded("projects")).isFalse();
    assertThat(insideThen.meetings().get(0).isRecorded("items")).isFalse();
    assertThat(insideThen.agreement().orElseThrow().actions().get(0).isRecorded("outcomes")).isFalse();
    assertThat(insideThen.informationSharing().orElseThrow().isRecorded("versions")).isFalse();
    assertThat(unknownThen.grants().get(0).isUnknown("allocation")).isTrue();
    assertThat(unknownThen.grants().get(0).unknown()).isEqualTo(unknown.grants().get(0).unknown());
    assertThat(unknownThen.partnership().unknown()).containsExactly("nation", "existsFrom", "existsUntil", "countyCouncil");
    assertThat(read("not-recorded-2.json").viewAsOf(LocalDate.of(2020, 1, 1)).isRecorded("agreement")).isFalse();
  }

  @Test
  void keeps_a_decision_whose_date_is_unknown_as_a_decision_of_unknown_date() {
    // GIVEN a review commissioned on an unknown date, notified on 29 May 2013
    PartnershipRecord record = read("unknown-2.json");

    // WHEN it is viewed after its notification
    DomesticHomicideReview review = record.viewAsOf(LocalDate.of(2013, 6, 1)).domesticHomicideReviews().get(0);

    // THEN the decision stays, its date unknown: whether it came by then is not known
    assertThat(review.decision()).contains(DhrDecision.COMMISSIONED);
    assertThat(review.isUnknown("decidedOn")).isTrue();
    assertThat(review.homeOfficeNotifiedOn()).as("told on 11 July 2013, after the date").isEmpty();
  }

  @Test
  void drops_a_decision_of_unknown_outcome_taken_after_the_date() {
    // GIVEN a review decided on 1 February 2020 whose decision is unknown
    PartnershipRecord record = read("unknown-2.json");

    // WHEN it is viewed the day before the decision
    DomesticHomicideReview review = record.viewAsOf(LocalDate.of(2020, 1, 31)).domesticHomicideReviews().get(1);

    // THEN no decision is taken, and its outcome is no longer said to be unknown
    assertThat(review.decidedOn()).isEmpty();
    assertThat(review.unknown()).doesNotContain("decision");
  }
}

package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kcsp.model.PartnershipRecord;

class ComplianceEngineTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();

  @Test
  void stays_silent_on_the_compliant_kcsp_of_14_july_2022() {
    // GIVEN the KCSP as the minutes of 14 July 2022 describe it
    PartnershipRecord record = Kcsp2022.record().build();
    // WHEN it is checked on that day
    ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
    // THEN nothing is found
    assertThat(report).hasNoFindings();
    assertThat(report.asOf()).isEqualTo(Kcsp2022.MINUTES);
    assertThat(report.partnershipId()).isEqualTo("KCSP");
  }

  @Test
  void checks_a_record_as_of_its_own_date() {
    PartnershipRecord record = Kcsp2022.record().build();
    assertThat(ENGINE.check(record)).isEqualTo(ENGINE.check(record, Kcsp2022.MINUTES));
  }

  @Test
  void gives_equal_reports_for_the_same_record_and_date() {
    PartnershipRecord record = Kcsp2022.record().build();
    assertThat(ENGINE.check(record, Kcsp2022.MINUTES.plusYears(1)))
        .isEqualTo(ENGINE.check(record, Kcsp2022.MINUTES.plusYears(1)));
  }

  /**
   * A year and a day after the meeting of 14 July 2022, worked out by hand from the catalogue: the
   * three bodies approved on 14 July 2022 are due on 14 July 2023 and overdue on the 15th; no held
   * meeting since 15 July 2022 had a ToR item (the scheduled ones stay scheduled); the last scrutiny
   * session, 8 June 2022, is outside the 12 months; the agreement refreshed on 14 July 2022 was due
   * again on 14 July 2023. Nothing else falls due: the ISA was signed, minutes were approved, and
   * no body sets how often it meets.
   */
  @Test
  void reports_exactly_what_falls_due_a_year_and_a_day_later() {
    ComplianceReport report = ENGINE.check(Kcsp2022.record().build(), LocalDate.of(2023, 7, 15));
    assertThat(report.findings())
        .extracting(f -> f.rule() + " " + f.subject().id())
        .containsExactly(
            "SCRUTINY_NOT_ANNUAL KCSP",
            "TOR_REVIEW_OVERDUE DHR-SG",
            "TOR_REVIEW_OVERDUE KCSP",
            "TOR_REVIEW_OVERDUE KCSP-WG",
            "AGREEMENT_REFRESH_OVERDUE KCSP",
            "TOR_NOT_ON_AGENDA KCSP");
    assertThat(report.hasErrors()).isTrue();
  }

  @Test
  void reports_only_the_reviews_on_the_day_they_fall_due_plus_one_and_nothing_the_day_before() {
    assertThat(ENGINE.check(Kcsp2022.record().build(), LocalDate.of(2023, 6, 8))).hasNoFindings();
    assertThat(ENGINE.check(Kcsp2022.record().build(), LocalDate.of(2023, 6, 9)).findings())
        .extracting(Finding::rule).containsExactly("SCRUTINY_NOT_ANNUAL");
  }
}

package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.ScrutinySession;
import org.kcsp.model.Waiver;
import org.kcsp.rules.GeneratedRecords.Generated;

/**
 * {@link ComplianceEngine#forecast}: the findings that open after a day and within a number of
 * days, each on the first day it is open, exactly as checking the record on every one of those days
 * finds them.
 */
class ForecastTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();

  /** The KCSP approved its ToRs, and its subgroups', on the day of the minutes: their reviews are due a year later. */
  private static final LocalDate REVIEWS_DUE = LocalDate.of(2023, 7, 14);

  /** What checking the record on every day of (from, from + days] finds open that is not open on from, and when first. */
  static Map<String, LocalDate> dayByDay(ComplianceEngine engine, PartnershipRecord record, LocalDate from, int days) {
    Set<String> open = new HashSet<>();
    engine.check(record, from).openFindings().forEach(finding -> open.add(finding.fingerprint()));
    Map<String, LocalDate> first = new LinkedHashMap<>();
    for (LocalDate day = from.plusDays(1); !day.isAfter(from.plusDays(days)); day = day.plusDays(1)) {
      for (Finding finding : engine.check(record, day).openFindings()) {
        if (!open.contains(finding.fingerprint())) {
          first.putIfAbsent(finding.fingerprint(), day);
        }
      }
    }
    return first;
  }

  /** The forecast as fingerprint and first day. */
  static Map<String, LocalDate> opening(Forecast forecast) {
    Map<String, LocalDate> first = new LinkedHashMap<>();
    forecast.due().forEach(due -> first.put(due.finding().fingerprint(), due.opensOn()));
    return first;
  }

  @Test
  void names_a_tor_review_on_the_day_after_it_falls_due_and_not_a_day_before() {
    // GIVEN the KCSP of 14 July 2022, whose ToRs were approved that day
    PartnershipRecord record = Kcsp2022.record().build();
    // WHEN it is forecast from that day for 365 days (to the day the reviews are due) and for 366
    Forecast year = ENGINE.forecast(record, Kcsp2022.MINUTES, 365);
    Forecast yearAndADay = ENGINE.forecast(record, Kcsp2022.MINUTES, 366);
    // THEN the reviews open the day after they fall due: in the second forecast only
    assertThat(year.until()).isEqualTo(REVIEWS_DUE);
    assertThat(opening(year)).doesNotContainKey("TOR_REVIEW_OVERDUE/KCSP");
    assertThat(opening(yearAndADay)).containsEntry("TOR_REVIEW_OVERDUE/KCSP", REVIEWS_DUE.plusDays(1))
        .containsEntry("TOR_REVIEW_OVERDUE/KCSP-WG", REVIEWS_DUE.plusDays(1))
        .containsEntry("TOR_REVIEW_OVERDUE/DHR-SG", REVIEWS_DUE.plusDays(1));
    // AND each says what a calendar shows, with the finding as that day's check reports it
    Forecast.Due kcsp = yearAndADay.due().stream()
        .filter(due -> due.finding().fingerprint().equals("TOR_REVIEW_OVERDUE/KCSP")).findFirst().orElseThrow();
    assertThat(kcsp.summary()).isEqualTo("ToR review due: Kent Community Safety Partnership");
    assertThat(kcsp.finding()).isEqualTo(ENGINE.check(record, REVIEWS_DUE.plusDays(1)).findings().stream()
        .filter(finding -> finding.fingerprint().equals("TOR_REVIEW_OVERDUE/KCSP")).findFirst().orElseThrow());
    assertThat(yearAndADay.days()).isEqualTo(366);
    assertThat(yearAndADay.policy()).isEqualTo("kcsp");
  }

  @Test
  void leaves_out_what_is_already_open_on_the_day_it_is_made() {
    // GIVEN the same record, forecast from a day its reviews are already overdue
    Forecast forecast = ENGINE.forecast(Kcsp2022.record().build(), REVIEWS_DUE.plusDays(1), 90);
    // THEN the reviews are not forecast: they are open already
    assertThat(opening(forecast)).doesNotContainKeys("TOR_REVIEW_OVERDUE/KCSP", "TOR_REVIEW_OVERDUE/KCSP-WG");
  }

  @Test
  void opens_a_waived_finding_the_day_after_its_waiver_ends() {
    // GIVEN the KCSP's review waived until 30 November 2023, forecast from the day its review falls due
    PartnershipRecord record = Kcsp2022.record()
        .addWaivers(Waiver.builder().rule("TOR_REVIEW_OVERDUE").subject("KCSP").reason("Review moved to November")
            .approvedBy("KCSP").until(LocalDate.of(2023, 11, 30)).build())
        .build();
    Forecast forecast = ENGINE.forecast(record, REVIEWS_DUE, 200);
    // THEN the subgroups' reviews open the day after they fall due, the KCSP's the day after its
    // waiver ends, when the waiver's expiry is said too
    assertThat(opening(forecast))
        .containsEntry("TOR_REVIEW_OVERDUE/KCSP-WG", REVIEWS_DUE.plusDays(1))
        .containsEntry("TOR_REVIEW_OVERDUE/KCSP", LocalDate.of(2023, 12, 1))
        .containsEntry("WAIVER_EXPIRED/KCSP/waivedRule=TOR_REVIEW_OVERDUE/until=2023-11-30", LocalDate.of(2023, 12, 1));
    assertThat(opening(forecast)).isEqualTo(dayByDay(ENGINE, record, REVIEWS_DUE, 200));
  }

  @Test
  void opens_a_year_window_on_the_day_its_last_session_leaves_it_at_the_end_of_february() {
    // GIVEN the KCSP whose only scrutiny session was on 28 February 2023: a year later is a leap
    // year, and 29 February 2024 less twelve months is still 28 February 2023
    PartnershipRecord record = Kcsp2022.record()
        .scrutinySessions(List.of(ScrutinySession.builder().id("S-2023-02-28").date(LocalDate.of(2023, 2, 28))
            .committee("Crime and Disorder Scrutiny Committee").build()))
        .build();
    // WHEN it is forecast from 1 February 2024
    Forecast forecast = ENGINE.forecast(record, LocalDate.of(2024, 2, 1), 60);
    // THEN the session is in the window through 29 February, and the finding opens on 1 March
    assertThat(opening(forecast)).containsEntry("SCRUTINY_NOT_ANNUAL/KCSP", LocalDate.of(2024, 3, 1));
    assertThat(ENGINE.check(record, LocalDate.of(2024, 2, 29)).findings("SCRUTINY_NOT_ANNUAL")).isEmpty();
    assertThat(opening(forecast)).isEqualTo(dayByDay(ENGINE, record, LocalDate.of(2024, 2, 1), 60));
  }

  @Test
  void orders_what_falls_due_by_day_then_as_reports_order_findings() {
    // GIVEN a forecast with several findings on one day
    Forecast forecast = ENGINE.forecast(Kcsp2022.record().build(), Kcsp2022.MINUTES, 400);
    // THEN they come by day, then by severity, rule and subject
    assertThat(forecast.due()).isSortedAccordingTo(Forecast.Due.ORDER).hasSizeGreaterThan(3);
  }

  @Test
  void looks_at_no_day_for_0_days_and_refuses_fewer() {
    // GIVEN the record THEN a forecast of 0 days holds nothing, and one of -1 days is refused
    assertThat(ENGINE.forecast(Kcsp2022.record().build(), REVIEWS_DUE, 0).due()).isEmpty();
    assertThatThrownBy(() -> ENGINE.forecast(Kcsp2022.record().build(), REVIEWS_DUE, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a forecast looks 0 days ahead or more, got -1");
  }

  @Test
  void checks_every_day_under_rules_of_ones_own_whose_dates_it_cannot_know() {
    // GIVEN a rule of one's own that fires on the 13th of every month, a day no date of the record gives
    String drl = """
        package com.example;
        import org.kcsp.rules.SubjectKind;
        import org.kcsp.rules.spi.EvaluationFact;
        import org.kcsp.rules.spi.Raised;
        rule "EXAMPLE_THIRTEENTH"
          @severity("INFO") @title("The 13th") @subject("the partnership") @source("ours") @needs("ALWAYS")
        when
          EvaluationFact( date.dayOfMonth == 13, $p : partnershipId )
        then
          insert(Raised.on(SubjectKind.PARTNERSHIP, $p, "It is the 13th."));
        end
        """;
    ComplianceEngine engine = ComplianceEngine.builder().addRules("thirteenth.drl", drl).build();
    // WHEN the record is forecast from 1 August 2022
    Forecast forecast = engine.forecast(Kcsp2022.record().build(), LocalDate.of(2022, 8, 1), 30);
    // THEN the finding opens on the 13th: the engine checked every day
    assertThat(opening(forecast)).containsEntry("EXAMPLE_THIRTEENTH/KCSP", LocalDate.of(2022, 8, 13));
    assertThat(forecast.due()).filteredOn(due -> due.finding().rule().equals("EXAMPLE_THIRTEENTH"))
        .extracting(Forecast.Due::summary).containsExactly("The 13th: Kent Community Safety Partnership");
  }

  @Test
  void finds_what_checking_every_day_finds_on_records_made_from_random_bytes() {
    // GIVEN 12 records made from random bytes (dates, waivers, reviews, grants and meetings of every
    // kind), each forecast for 180 days from its date
    SplittableRandom random = new SplittableRandom(20220714L);
    List<String> differences = new ArrayList<>();
    int opened = 0;
    for (int i = 0; i < 12; i++) {
      byte[] bytes = new byte[64 + random.nextInt(448)];
      random.nextBytes(bytes);
      Generated generated = GeneratedRecords.from(bytes);
      // WHEN the forecast is made, and the record is checked on every one of those days
      Forecast forecast = ENGINE.forecast(generated.record(), generated.date(), 180);
      Map<String, LocalDate> expected = dayByDay(ENGINE, generated.record(), generated.date(), 180);
      // THEN both find the same findings, opening on the same days
      if (!opening(forecast).equals(expected)) {
        differences.add("record " + i + " from " + generated.date() + ": forecast " + opening(forecast) + ", every day " + expected);
      }
      opened += expected.size();
    }
    assertThat(differences).isEmpty();
    assertThat(opened).as("findings that open in the forecasts").isGreaterThan(5);
  }
}

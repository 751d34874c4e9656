package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kcsp.examples.generate.RecordGenerator;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Forecast;

/**
 * The forecast, which checks a record only on the days its findings can change, against checking
 * it on every day: generated partnership-years of both versions (grants with year ends, rollovers,
 * reviews, meetings, scrutiny, waivers and planted defects), each forecast for 240 days from four
 * months before its own date, must open the same findings on the same days, each as that day's
 * check reports it. A few records keep it quick in {@code mvn verify}; the records made from random
 * bytes of kcsp-rules' {@code ForecastTest} add others.
 */
class ForecastDifferentialTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();
  private static final int DAYS = 240;

  /** Each finding open on some day of (from, from + days] and not on from, as first found, checking every day. */
  private static Map<String, Finding> everyDay(PartnershipRecord record, LocalDate from) {
    Set<String> open = new HashSet<>();
    ENGINE.check(record, from).openFindings().forEach(finding -> open.add(finding.fingerprint()));
    Map<String, Finding> first = new LinkedHashMap<>();
    for (LocalDate day = from.plusDays(1); !day.isAfter(from.plusDays(DAYS)); day = day.plusDays(1)) {
      for (Finding finding : ENGINE.check(record, day).openFindings()) {
        if (!open.contains(finding.fingerprint())) {
          first.putIfAbsent(finding.fingerprint(), finding);
        }
      }
    }
    return first;
  }

  @Test
  void opens_what_checking_every_day_opens_on_generated_records_of_both_versions() {
    // GIVEN 2 generated partnership-years of each version (one partnership, two years)
    List<String> differences = new ArrayList<>();
    int compared = 0;
    for (FormatVersion version : List.of(FormatVersion.V1, FormatVersion.V2)) {
      try (Stream<PartnershipRecord> records = new RecordGenerator(20240401L, version).records(1, 2)) {
        for (PartnershipRecord record : records.toList()) {
          LocalDate from = record.asOf().orElseThrow().minusMonths(4);
          // WHEN each is forecast for 240 days, and checked on every one of those days
          Forecast forecast = ENGINE.forecast(record, from, DAYS);
          Map<String, Finding> expected = everyDay(record, from);
          // THEN the same findings open, on the same days, as those days' checks report them
          Map<String, Finding> forecasted = new LinkedHashMap<>();
          forecast.due().forEach(due -> forecasted.put(due.finding().fingerprint(), due.finding()));
          if (!forecasted.equals(expected)) {
            differences.add(version + " " + record.partnership().id() + " from " + from + ": forecast " + forecasted.keySet()
                + ", every day " + expected.keySet());
          }
          forecast.due().forEach(due -> assertThat(ENGINE.check(record, due.opensOn()).findings()).contains(due.finding()));
          compared += expected.size();
        }
      }
    }
    assertThat(differences).isEmpty();
    assertThat(compared).as("findings that open in the forecasts").isGreaterThan(8);
  }
}

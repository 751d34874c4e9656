package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.rules.report.JsonReport;

class ConcurrencyTest {

  @Test
  void one_engine_checking_from_several_threads_gives_the_same_reports_as_one_thread() throws Exception {
    // GIVEN one engine and the KCSP record on dates with and without findings
    ComplianceEngine engine = ComplianceEngine.standard();
    PartnershipRecord record = Kcsp2022.record().build();
    List<LocalDate> dates = List.of(Kcsp2022.MINUTES, Kcsp2022.MINUTES.minusDays(1), LocalDate.of(2023, 7, 15));
    List<String> expected = dates.stream().map(d -> JsonReport.render(engine.check(record, d))).toList();
    // WHEN 4 threads check 50 times each
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(pool.submit(() -> {
          List<String> seen = new ArrayList<>();
          for (int i = 0; i < 50; i++) {
            seen.add(JsonReport.render(engine.check(record, dates.get(i % dates.size()))));
          }
          return seen;
        }));
      }
      // THEN every report is byte-identical to the single-threaded one
      for (Future<List<String>> result : results) {
        List<String> seen = result.get();
        for (int i = 0; i < seen.size(); i++) {
          assertThat(seen.get(i)).isEqualTo(expected.get(i % dates.size()));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

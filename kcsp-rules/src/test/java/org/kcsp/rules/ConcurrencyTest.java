package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kcsp.model.Money;
import org.kcsp.model.OrganisationKind;
import org.kcsp.model.Partnership;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Tier;
import org.kcsp.rules.report.JsonReport;

/** One engine shared by many threads gives each the report one thread would get, byte for byte. */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int CHECKS = 1_000;

  /** A record and the date to check it on. */
  private record Check(PartnershipRecord record, LocalDate date) {}

  /**
   * Small records, so that 8,000 checks take seconds: the partnership with its terms of reference,
   * with and without a grant whose tactical pot is over its cap, on dates with different findings.
   */
  private static List<Check> checks() {
    PartnershipRecord small = PartnershipRecord.builder()
        .partnership(Partnership.builder().id("KCSP").name("Kent Community Safety Partnership").area("Kent")
            .tier(Tier.COUNTY).build())
        .addOrganisations(Kcsp2022.organisation("KENT-PCC", "Kent Police and Crime Commissioner",
            OrganisationKind.POLICE_AND_CRIME_COMMISSIONER))
        .addTermsOfReference(Kcsp2022.tor("KCSP-TOR-2022", "KCSP", "2022", Kcsp2022.MINUTES).build())
        .build();
    PartnershipRecord withGrant = PartnershipRecord.builder().from(small)
        .addGrants(KentGrants.grant("CRG-2022-23", "2022/23").allocation(KentGrants.ALLOCATION)
            .tacticalPot(Money.of("20000")).build())
        .build();
    return List.of(
        new Check(small, Kcsp2022.MINUTES),
        new Check(small, LocalDate.of(2023, 7, 15)),
        new Check(withGrant, Kcsp2022.MINUTES),
        new Check(withGrant, LocalDate.of(2023, 7, 15)));
  }

  @Test
  void eight_threads_checking_a_thousand_times_each_get_the_reports_of_one_thread() throws Exception {
    // GIVEN one engine, and the reports and JSON it gives on one thread, the same each of 1,000 times
    ComplianceEngine engine = ComplianceEngine.standard();
    List<Check> checks = checks();
    List<ComplianceReport> reports = checks.stream().map(c -> engine.check(c.record(), c.date())).toList();
    List<String> json = reports.stream().map(JsonReport::render).toList();
    for (int i = 0; i < CHECKS; i++) {
      Check check = checks.get(i % checks.size());
      assertThat(JsonReport.render(engine.check(check.record(), check.date()))).isEqualTo(json.get(i % checks.size()));
    }

    // WHEN 8 threads, started together, check 1,000 times each, each thread starting at another check
    List<List<String>> seen = onThreads(thread -> {
      List<String> problems = new ArrayList<>();
      for (int i = 0; i < CHECKS; i++) {
        int which = (thread + i) % checks.size();
        ComplianceReport report = engine.check(checks.get(which).record(), checks.get(which).date());
        if (!report.equals(reports.get(which)) || !JsonReport.render(report).equals(json.get(which))) {
          problems.add("thread " + thread + ", check " + i + ": a report unlike one thread's");
        }
      }
      return problems;
    });

    // THEN every report equals the one-thread report, and its JSON is byte-identical
    assertThat(seen).allSatisfy(problems -> assertThat(problems).isEmpty());
  }

  @Test
  void a_check_that_fails_leaves_the_engine_usable_on_every_thread() throws Exception {
    // GIVEN an engine with a custom rule that throws on a grant called BOOM, and records with and without it
    String throwing = """
        package com.example;
        import org.kcsp.rules.spi.GrantFact;
        rule "THROWS_ON_BOOM"
          @severity("INFO") @title("t") @subject("s") @source("s") @needs("GRANT")
        when
          GrantFact( id == "BOOM" )
        then
          throw new IllegalStateException("boom");
        end
        """;
    ComplianceEngine engine = ComplianceEngine.builder().addRules("throwing.drl", throwing).build();
    PartnershipRecord failing = Kcsp2022.record()
        .addGrants(KentGrants.grant("BOOM", "2022/23").allocation(Money.of("1000")).build())
        .build();
    List<Check> checks = checks();
    List<String> json = checks.stream().map(c -> JsonReport.render(engine.check(c.record(), c.date()))).toList();

    // WHEN 8 threads each alternate a failing check with good ones, 50 times
    List<List<String>> seen = onThreads(thread -> {
      List<String> problems = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        RuleExecutionException failure = catchThrowableOfType(RuleExecutionException.class,
            () -> engine.check(failing, Kcsp2022.MINUTES));
        if (failure == null || !failure.rule().equals("THROWS_ON_BOOM")) {
          problems.add("thread " + thread + ", round " + i + ": the failing check gave " + failure);
        }
        int which = (thread + i) % checks.size();
        if (!JsonReport.render(engine.check(checks.get(which).record(), checks.get(which).date())).equals(json.get(which))) {
          problems.add("thread " + thread + ", round " + i + ": a good check after a failed one gave another report");
        }
      }
      return problems;
    });

    // THEN every failing check names the rule, and every good check gets its one-thread report
    assertThat(seen).allSatisfy(problems -> assertThat(problems).isEmpty());
  }

  /** What each of {@link #THREADS} threads, started at once, returns. */
  private static <T> List<T> onThreads(ThreadWork<T> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        Callable<T> task = () -> {
          start.await();
          return work.run(thread);
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(5, TimeUnit.MINUTES));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The work of one thread, given its number. */
  @FunctionalInterface
  private interface ThreadWork<T> {
    T run(int thread) throws Exception;
  }
}

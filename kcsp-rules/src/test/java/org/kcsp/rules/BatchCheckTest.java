package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.lang.reflect.UndeclaredThrowableException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.RecordReader;
import org.kcsp.rules.report.JsonReport;

class BatchCheckTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();

  /** The standard rules and one that throws when the evaluation date is in 2030. */
  private static final ComplianceEngine THROWING_IN_2030 = ComplianceEngine.builder().addRules("throwing.drl", """
      package com.example;
      import org.kcsp.rules.spi.EvaluationFact;
      rule "THROWS_IN_2030"
        @severity("INFO") @title("t") @subject("s") @source("s") @needs("ALWAYS")
      when
        EvaluationFact( $d : date )
      then
        if ($d.getYear() == 2030) { throw new IllegalStateException("boom"); }
      end
      """).build();

  /** The KCSP record as of a different date for each index: reports with and without findings. */
  private static PartnershipRecord kcspOn(int index) {
    return Kcsp2022.record().asOf(Kcsp2022.MINUTES.minusDays(1).plusDays(index * 37L)).build();
  }

  private static Iterator<Supplier<PartnershipRecord>> suppliers(List<Supplier<PartnershipRecord>> list) {
    return list.iterator();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void gives_each_record_the_report_a_single_check_gives(int threads) {
    // GIVEN 40 records, each with its own asOf
    List<Supplier<PartnershipRecord>> records = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int index = i;
      records.add(() -> kcspOn(index));
    }
    // WHEN they are checked as a batch
    Map<Integer, BatchResult> results = new HashMap<>();
    ENGINE.checkAll(suppliers(records), null, threads, result -> {
      assertThat(results.put(result.index(), result)).as("delivered twice: %s", result.index()).isNull();
    });
    // THEN every record was delivered once, with the report a check on its own asOf gives
    assertThat(results).hasSize(40);
    for (int i = 0; i < 40; i++) {
      BatchResult result = results.get(i);
      assertThat(result.isChecked()).isTrue();
      assertThat(result.record()).contains(kcspOn(i));
      assertThat(JsonReport.render(result.report().orElseThrow())).isEqualTo(JsonReport.render(ENGINE.check(kcspOn(i))));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void checks_every_record_as_of_the_date_given(int threads) {
    LocalDate later = LocalDate.of(2023, 7, 15);
    List<Supplier<PartnershipRecord>> records = IntStream.range(0, 10)
        .<Supplier<PartnershipRecord>>mapToObj(i -> () -> kcspOn(i)).toList();
    List<ComplianceReport> reports = new ArrayList<>();
    ENGINE.checkAll(suppliers(records), later, threads, result -> reports.add(result.report().orElseThrow()));
    assertThat(reports).hasSize(10).allSatisfy(report -> {
      assertThat(report.asOf()).isEqualTo(later);
      assertThat(report).isEqualTo(ENGINE.check(kcspOn(0), later));
    });
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void reports_bad_records_one_by_one_and_checks_the_rest(int threads) {
    // GIVEN a rule that throws on records of 2030, a file that is not a record, and a record without asOf
    ComplianceEngine engine = THROWING_IN_2030;
    List<Supplier<PartnershipRecord>> records = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      int index = i;
      records.add(switch (i % 5) {
        case 1 -> () -> RecordReader.readJson("[]", "bad-" + index + ".json");
        case 2 -> () -> Kcsp2022.record().asOf(LocalDate.of(2030, 1, 1)).build();
        case 3 -> () -> PartnershipRecord.builder().from(Kcsp2022.record().build()).asOf(Optional.empty()).build();
        default -> () -> kcspOn(index);
      });
    }
    // WHEN the batch runs
    Map<Integer, BatchResult> results = new HashMap<>();
    engine.checkAll(suppliers(records), null, threads, result -> results.put(result.index(), result));
    // THEN each bad record has its own failure and every other record its report
    assertThat(results).hasSize(30);
    results.forEach((index, result) -> {
      switch (index % 5) {
        case 1 -> {
          assertThat(result.record()).isEmpty();
          assertThat(result.failure()).get().isInstanceOfSatisfying(InvalidRecordException.class,
              e -> assertThat(e.source()).contains("bad-" + index + ".json"));
        }
        case 2 -> {
          assertThat(result.record()).isPresent();
          assertThat(result.failure()).get().isInstanceOfSatisfying(RuleExecutionException.class,
              e -> assertThat(e.rule()).isEqualTo("THROWS_IN_2030"));
        }
        case 3 -> assertThat(result.failure()).get().isInstanceOf(IllegalArgumentException.class)
            .extracting(Throwable::getMessage).asString().contains("no asOf");
        default -> {
          assertThat(result.failure()).isEmpty();
          assertThat(result.report()).contains(engine.check(kcspOn(index)));
        }
      }
    });
  }

  @Test
  void keeps_at_most_two_records_per_thread_in_flight_and_calls_the_consumer_on_the_calling_thread() {
    // GIVEN an input of 200 records that counts how many have been taken
    AtomicInteger taken = new AtomicInteger();
    AtomicInteger handed = new AtomicInteger();
    AtomicInteger mostInFlight = new AtomicInteger();
    PartnershipRecord record = kcspOn(0);
    Iterator<Supplier<PartnershipRecord>> input = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return taken.get() < 200;
      }

      @Override
      public Supplier<PartnershipRecord> next() {
        mostInFlight.accumulateAndGet(taken.incrementAndGet() - handed.get(), Math::max);
        return () -> record;
      }
    };
    Thread caller = Thread.currentThread();
    // WHEN 4 threads check them
    ENGINE.checkAll(input, null, 4, result -> {
      assertThat(Thread.currentThread()).isSameAs(caller);
      handed.incrementAndGet();
    });
    // THEN all were handed over, never more than 8 at a time taken and not yet handed over
    assertThat(handed.get()).isEqualTo(200);
    assertThat(mostInFlight.get()).isBetween(1, 8);
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> PartnershipRecord sneakyThrow(Throwable e) throws E {
    throw (E) e;
  }

  @Test
  void reports_a_checked_exception_thrown_undeclared_by_a_supplier_instead_of_waiting_for_ever() {
    List<Supplier<PartnershipRecord>> records = List.of(() -> kcspOn(0),
        () -> BatchCheckTest.<RuntimeException>sneakyThrow(new IOException("disk gone")), () -> kcspOn(2));
    Map<Integer, BatchResult> results = new HashMap<>();
    assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> ENGINE.checkAll(suppliers(records), null, 4, result -> results.put(result.index(), result)));
    assertThat(results).hasSize(3);
    assertThat(results.get(1).failure()).get().isInstanceOf(UndeclaredThrowableException.class)
        .extracting(Throwable::getCause).isInstanceOf(IOException.class);
    assertThat(results.get(2).isChecked()).isTrue();
  }

  @Test
  void stops_when_the_consumer_throws() {
    List<Supplier<PartnershipRecord>> records = IntStream.range(0, 50)
        .<Supplier<PartnershipRecord>>mapToObj(i -> () -> kcspOn(i)).toList();
    AtomicInteger seen = new AtomicInteger();
    assertThatThrownBy(() -> ENGINE.checkAll(suppliers(records), null, 4, result -> {
      if (seen.incrementAndGet() == 3) {
        throw new IllegalStateException("disk full");
      }
    })).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
    assertThat(seen.get()).isEqualTo(3);
  }

  @Test
  void delivers_nothing_for_an_empty_input_and_refuses_no_threads() {
    List<BatchResult> results = new ArrayList<>();
    ENGINE.checkAll(suppliers(List.of()), null, 4, results::add);
    assertThat(results).isEmpty();
    assertThatThrownBy(() -> ENGINE.checkAll(suppliers(List.of()), null, 0, results::add))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads must be at least 1");
  }

  // the options: a fallback date and delivery in the input's order

  /** A record whose checks take longer the earlier it stands in the input, so later ones finish first. */
  private static Supplier<PartnershipRecord> slowerTheEarlier(int index, int count) {
    return () -> {
      try {
        Thread.sleep(2L * (count - index));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return kcspOn(index);
    };
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4})
  void hands_results_over_in_the_input_order_when_asked_to(int threads) {
    // GIVEN 30 records of which the later ones are ready first
    List<Supplier<PartnershipRecord>> records = IntStream.range(0, 30).mapToObj(i -> slowerTheEarlier(i, 30)).toList();

    // WHEN they are checked in input order
    List<Integer> order = new ArrayList<>();
    ENGINE.checkAll(suppliers(records), BatchOptions.threads(threads).inInputOrder(), result -> {
      assertThat(result.report()).contains(ENGINE.check(kcspOn(result.index())));
      order.add(result.index());
    });

    // THEN every result came, in the order of the input
    assertThat(order).containsExactlyElementsOf(IntStream.range(0, 30).boxed().toList());
  }

  @Test
  void keeps_memory_bounded_when_results_wait_for_an_earlier_one() {
    // GIVEN a first record that is slow while the 100 after it are quick
    AtomicInteger taken = new AtomicInteger();
    AtomicInteger handed = new AtomicInteger();
    AtomicInteger mostAhead = new AtomicInteger();
    Iterator<Supplier<PartnershipRecord>> input = new Iterator<>() {
      int next;

      @Override
      public boolean hasNext() {
        return next < 101;
      }

      @Override
      public Supplier<PartnershipRecord> next() {
        int index = next++;
        mostAhead.accumulateAndGet(taken.incrementAndGet() - handed.get(), Math::max);
        return index == 0 ? slowerTheEarlier(0, 100) : () -> kcspOn(1);
      }
    };

    // WHEN they are checked on 4 threads in input order
    List<Integer> order = new ArrayList<>();
    ENGINE.checkAll(input, BatchOptions.threads(4).inInputOrder(), result -> {
      handed.incrementAndGet();
      order.add(result.index());
    });

    // THEN no more records were taken ahead of the slow one than four threads hold in flight
    assertThat(order).hasSize(101).isSorted();
    assertThat(mostAhead.get()).isLessThanOrEqualTo(4 * 2);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void checks_a_record_without_asof_on_the_fallback_date_and_others_on_their_own(int threads) {
    // GIVEN a record without asOf and one with its own
    LocalDate fallback = LocalDate.of(2023, 7, 15);
    PartnershipRecord undated = PartnershipRecord.builder().from(Kcsp2022.record().build()).asOf(Optional.empty()).build();
    PartnershipRecord dated = kcspOn(0);

    // WHEN they are checked with a fallback date
    Map<Integer, BatchResult> results = new HashMap<>();
    ENGINE.checkAll(suppliers(List.of(() -> undated, () -> dated)), BatchOptions.threads(threads).withFallbackDate(fallback),
        result -> results.put(result.index(), result));

    // THEN the undated one is checked on the fallback date, unchanged, and the dated one on its own date
    assertThat(results.get(0).report()).contains(ENGINE.check(undated, fallback));
    assertThat(results.get(0).record()).containsSame(undated);
    assertThat(results.get(1).report().orElseThrow().asOf()).isEqualTo(dated.asOf().orElseThrow());
  }

  @Test
  void checks_every_record_on_the_date_of_the_options_before_its_own_or_the_fallback() {
    LocalDate date = LocalDate.of(2024, 1, 2);
    List<ComplianceReport> reports = new ArrayList<>();
    ENGINE.checkAll(suppliers(List.of(() -> kcspOn(3))),
        BatchOptions.threads(1).withFallbackDate(LocalDate.of(2020, 1, 1)).withAsOf(date),
        result -> reports.add(result.report().orElseThrow()));
    assertThat(reports).singleElement().isEqualTo(ENGINE.check(kcspOn(3), date));
  }

  @Test
  void refuses_options_of_no_threads() {
    assertThatThrownBy(() -> BatchOptions.threads(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("threads must be at least 1, got 0");
  }
}

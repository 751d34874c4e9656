package org.kcsp.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.kcsp.examples.generate.RecordGenerator;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.RecordReader;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Forecast;
import org.kcsp.rules.Policy;
import org.kcsp.rules.internal.ChangeDays;
import org.kcsp.rules.internal.RuleBase;
import org.kcsp.rules.spi.PolicyFact;

/**
 * The forecast benchmark of {@code docs/performance.md}: a year's forecast of one record, warm,
 * by {@link ComplianceEngine#forecast} (which checks the record on the days its findings can
 * change only) against checking it on every day of the year, side by side, on the bundled KCSP of
 * 14 July 2022 and on a generated partnership-year of each record version (the warm check's).
 * Beside each: how many days the forecast checked, and whether both found the same.
 *
 * <p>Run it with {@code ./bench forecast} ({@code --quick}: a shorter warm-up and fewer rounds).
 * Figures are medians of interleaved rounds after a warm-up; each sample repeats its operation for
 * at least 200 ms. Performance is reported, never asserted.
 */
public final class ForecastBenchmark {

  private static final int DAYS = 365;
  private static final long SAMPLE_NANOS = 200_000_000L;

  private final boolean quick;
  private final ComplianceEngine engine = ComplianceEngine.standard();
  private final List<String> rows = new ArrayList<>();
  private volatile Object sink;

  private ForecastBenchmark(boolean quick) {
    this.quick = quick;
  }

  /** Runs the benchmark and prints its table. Options: {@code --quick}. */
  public static void main(String[] args) throws IOException {
    ForecastBenchmark bench = new ForecastBenchmark(Arrays.asList(args).contains("--quick"));
    String loadBefore = Machine.load();
    long start = System.nanoTime();
    PartnershipRecord kcsp;
    try (InputStream in = ForecastBenchmark.class.getClassLoader().getResourceAsStream("examples/kcsp-2022-07-14.json")) {
      kcsp = RecordReader.read(in, RecordReader.Syntax.JSON, "kcsp-2022-07-14.json");
    }
    bench.measure("the KCSP of 14 July 2022 (bundled), from 14 July 2022", kcsp, LocalDate.of(2022, 7, 14));
    for (FormatVersion version : List.of(FormatVersion.V1, FormatVersion.V2)) {
      PartnershipRecord generated = new RecordGenerator(20220714L, version).record(0, 3);
      LocalDate from = generated.asOf().orElseThrow().minusMonths(6);
      bench.measure("a generated partnership-year, " + version + " (" + generated.grants().stream()
          .mapToInt(g -> g.projects().size()).sum() + " projects, " + generated.externalAwards().size() + " awards), from " + from,
          generated, from);
    }
    String report = bench.report(Duration.nanos(System.nanoTime() - start), loadBefore);
    System.out.println(report);
    Path work = Path.of("kcsp-examples/target/bench");
    Files.createDirectories(work);
    Files.writeString(work.resolve("forecast.md"), report, StandardCharsets.UTF_8);
  }

  private void measure(String what, PartnershipRecord record, LocalDate from) {
    System.err.println("forecast: " + what);
    Supplier<Object> forecast = () -> engine.forecast(record, from, DAYS);
    Supplier<Object> everyDay = () -> everyDay(record, from);
    long until = System.nanoTime() + (quick ? 3L : 20L) * 1_000_000_000L;
    while (System.nanoTime() < until) {
      sink = forecast.get();
      sink = everyDay.get();
    }
    int rounds = quick ? 3 : 9;
    double[] fast = new double[rounds];
    double[] slow = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      if (round % 2 == 0) {
        fast[round] = sample(forecast);
        slow[round] = sample(everyDay);
      } else {
        slow[round] = sample(everyDay);
        fast[round] = sample(forecast);
      }
    }
    Forecast made = engine.forecast(record, from, DAYS);
    Set<String> found = new HashSet<>();
    made.due().forEach(due -> found.add(due.opensOn() + " " + due.finding().fingerprint()));
    boolean same = found.equals(everyDay(record, from));
    PolicyFact policy = RuleBase.shared().policyFact(record.effectivePolicy().id(),
        Policy.builtIn(record.effectivePolicy().id()).grantConditions(), Map.of());
    int checked = ChangeDays.between(record, from, from.plusDays(DAYS), policy, RuleBase.shared().metadata().values()).size();
    double forecastNanos = median(fast);
    double everyDayNanos = median(slow);
    rows.add(String.format(Locale.ROOT, "| %s | %s | %d of %d | %s | %.1fx | %d | %s |", what, Duration.nanos(forecastNanos),
        checked + 1, DAYS + 1, Duration.nanos(everyDayNanos), everyDayNanos / forecastNanos, made.due().size(),
        same ? "the same" : "**differ**"));
  }

  /** What checking every day of the year finds: each opening finding's first day and fingerprint. */
  private Set<String> everyDay(PartnershipRecord record, LocalDate from) {
    Set<String> open = new HashSet<>();
    engine.check(record, from).openFindings().forEach(finding -> open.add(finding.fingerprint()));
    Set<String> seen = new HashSet<>();
    Set<String> first = new HashSet<>();
    for (LocalDate day = from.plusDays(1); !day.isAfter(from.plusDays(DAYS)); day = day.plusDays(1)) {
      for (Finding finding : engine.check(record, day).openFindings()) {
        if (!open.contains(finding.fingerprint()) && seen.add(finding.fingerprint())) {
          first.add(day + " " + finding.fingerprint());
        }
      }
    }
    return first;
  }

  /** Nanoseconds per run of {@code op}, over at least 200 ms of runs. */
  private double sample(Supplier<Object> op) {
    int runs = 0;
    long start = System.nanoTime();
    long elapsed;
    do {
      sink = op.get();
      runs++;
      elapsed = System.nanoTime() - start;
    } while (elapsed < SAMPLE_NANOS);
    return (double) elapsed / runs;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private String report(Duration took, String loadBefore) {
    StringBuilder md = new StringBuilder();
    md.append("Forecast benchmark: ").append(Machine.describe()).append('\n');
    md.append("The run took ").append(took).append("; load average (1, 5, 15 minutes) before it ").append(loadBefore)
        .append(", after it ").append(Machine.load()).append(".\n\n");
    md.append("| a year's forecast (365 days), warm | forecast | days checked | every day | ratio | findings that open |"
        + " same as every day |\n");
    md.append("| --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
    rows.forEach(row -> md.append(row).append('\n'));
    md.append("\nDays checked count the forecast's own day, which both check first.\n");
    return md.toString();
  }
}

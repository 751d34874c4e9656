package org.kcsp.examples.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.kcsp.model.ExternalAward;
import org.kcsp.model.FinancialYear;
import org.kcsp.model.Grant;
import org.kcsp.model.Money;
import org.kcsp.model.Organisation;
import org.kcsp.model.OrganisationKind;
import org.kcsp.model.Partnership;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Pot;
import org.kcsp.model.Project;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.Tier;
import org.kcsp.model.io.RecordReader;
import org.kcsp.model.io.RecordWriter;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Policy;
import org.kcsp.rules.internal.FactPreparation;
import org.kcsp.rules.internal.RuleBase;
import org.kcsp.rules.spi.PolicyFact;

/**
 * The duplicate-funding benchmark of {@code docs/performance.md}: one record per shape of titles
 * and size, checked by the whole engine ({@link ComplianceEngine#check}), and a record of each shape
 * at the reader's size limit ({@link RecordReader#MAX_BYTES}), read from its file and checked.
 *
 * <p>Run it with {@code ./bench duplicates} ({@code ./bench duplicates --quick}: fewer rounds, and
 * the sizes up to 10,000). The shapes are those of issue 11 and one more:
 *
 * <ul>
 *   <li>one title, one grant: every project of one grant has one title (no finding: a grant may
 *       fund an activity in parts; it took 34 s at 10,000 projects before);
 *   <li>one title, ten grants: every project of ten grants of one year and an award for every ten
 *       projects have one title: each project matches nine tenths of the record;
 *   <li>five alike titles: "Youth Diversion", "Youth Diversion Scheme", ... in turn, over ten grants
 *       and awards: exact duplicates by the thousand, and alike titles by the thousand;
 *   <li>distinct titles: three common words ("Community Safety Scheme") and two of each project's
 *       own, over ten grants and awards: no two alike, though every title shares three words;
 *   <li>numbered titles, "Community Safety Project 1", "... 2", ...: distinct, and each alike to
 *       every other (3 of 5 words), so that each project has as many counterparts as there are
 *       projects in the other grants, under as many distinct titles (their numbers are words of
 *       their own, so the titles are one class of the index, compared with itself once).
 * </ul>
 *
 * <p>Beside each check, the fact preparation of the same record (the duplicate-funding index and
 * the other facts, on the as-of view) is timed alone, to tell the index's growth from the rest of
 * the engine's (Drools, findings, the report's order). Each check is also given with the CPU time
 * of the thread that ran it, the collector's pauses and the memory it allocated: on a machine
 * shared with other work, the time a check waits for a core inflates its elapsed time and not its
 * CPU time, and the collector's work (which copies what a check keeps alive on each young
 * collection) grows otherwise than the check's own. Figures are medians of rounds after a warm-up,
 * the sizes of a shape measured in turn in each round (so that the growth from one size to the next
 * compares figures taken under the same load), each sample starting from a collected heap that
 * holds the records and not the previous check's report; performance is reported, never asserted.
 *
 * <p>The whole benchmark runs twice, each time in a JVM of its own: with the JVM's default heap
 * (on a machine of 25 GB and 2 cores, G1 with an initial heap of a 64th of the memory, growing to a
 * quarter, and a young generation it keeps small to hold its pauses near 200 ms), and with a heap
 * sized for the largest record, {@value #SIZED_HEAP}, as a server that checks such records would
 * be run. A 100,000-project check allocates up to 1.4 GB and keeps its facts and findings alive to
 * its end; in a young generation of a few hundred megabytes it is collected several times, each
 * time copying all it has built so far, so that the collector's work grows with the square of the
 * check. The sized heap is fixed (no time spent growing it) and its young generation holds a whole
 * check. Both are reported, side by side; the collector is not hidden.
 */
public final class DuplicateFundingBenchmark {

  private static final int GRANTS = 10;
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  /**
   * The heap of the second run: fixed (no time spent growing it), with a young generation of 2 GB,
   * more than the largest check allocates (five alike titles at 100,000 projects: 1.4 GB).
   */
  static final String SIZED_HEAP = "-Xms4g -Xmx4g -Xmn2g";
  private static final LocalDate AS_OF = LocalDate.of(2023, 3, 1);
  private static final FinancialYear YEAR = FinancialYear.startingIn(2022);
  private static final String[] FEW = {
    "Youth Diversion", "Youth Diversion Scheme", "Youth Diversion Project", "Schools Youth Diversion", "Youth Diversion Work"};
  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "vu", "ze", "ba", "de", "fi", "go", "hu", "ja", "ke", "li", "mo", "ne"};

  /** The shapes of titles. */
  enum Shape {
    ONE_TITLE_ONE_GRANT("one title, one grant", 1, false),
    ONE_TITLE("one title, ten grants and awards", GRANTS, true),
    FIVE_ALIKE_TITLES("five alike titles, ten grants and awards", GRANTS, true),
    DISTINCT_TITLES("distinct titles sharing three words, ten grants and awards", GRANTS, true),
    NUMBERED_TITLES("numbered titles, all alike, ten grants", GRANTS, false);

    final String words;
    final int grants;
    final boolean awards;

    Shape(String words, int grants, boolean awards) {
      this.words = words;
      this.grants = grants;
      this.awards = awards;
    }

    String title(int i) {
      return switch (this) {
        case ONE_TITLE_ONE_GRANT, ONE_TITLE -> "Youth Diversion Scheme";
        case FIVE_ALIKE_TITLES -> FEW[i % FEW.length];
        case DISTINCT_TITLES -> "Community Safety Scheme " + word(i) + " " + word(i) + "ton";
        case NUMBERED_TITLES -> "Community Safety Project " + i;
      };
    }
  }

  private final boolean quick;
  private final ComplianceEngine engine = ComplianceEngine.standard();
  private final List<String> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private volatile Object sink;

  private DuplicateFundingBenchmark(boolean quick) {
    this.quick = quick;
  }

  /**
   * Runs the benchmark in two JVMs of its own, on the default heap and on {@link #SIZED_HEAP}, and
   * prints their tables. Options: {@code --quick}; {@code --in-this-jvm}, one run in this JVM alone.
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    List<String> options = Arrays.asList(args);
    boolean quick = options.contains("--quick");
    if (options.contains("--in-this-jvm")) {
      System.out.print(runHere(quick));
      return;
    }
    Path work = Path.of("kcsp-examples/target/bench");
    Files.createDirectories(work);
    long start = System.nanoTime();
    StringBuilder report = new StringBuilder();
    report.append("## Duplicate funding: shapes of titles").append(quick ? " (quick run)" : "").append("\n\n");
    report.append(Machine.describe()).append("\n\n");
    for (List<String> heap : List.of(List.<String>of(), List.of(SIZED_HEAP.split(" ")))) {
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
      command.addAll(heap);
      command.addAll(List.of("-cp", System.getProperty("java.class.path"), DuplicateFundingBenchmark.class.getName(),
          "--in-this-jvm"));
      if (quick) {
        command.add("--quick");
      }
      Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      String table = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (child.waitFor() != 0) {
        throw new IllegalStateException("the benchmark's run failed: " + String.join(" ", command));
      }
      report.append(table).append('\n');
    }
    report.append("Took ").append(Duration.nanos(System.nanoTime() - start)).append(".\n");
    System.out.print(report);
    Files.writeString(work.resolve("duplicates.md"), report, StandardCharsets.UTF_8);
  }

  /** One run in this JVM, on its heap: the table of every shape and size, and at the reader's limit. */
  private static String runHere(boolean quick) throws IOException {
    DuplicateFundingBenchmark bench = new DuplicateFundingBenchmark(quick);
    Path work = Path.of("kcsp-examples/target/bench");
    Files.createDirectories(work);
    long start = System.nanoTime();
    String loadBefore = Machine.load();
    for (Shape shape : Shape.values()) {
      bench.growth(shape);
    }
    for (Shape shape : Shape.values()) {
      bench.atTheLimit(shape, work);
    }
    bench.notes.add("load average (1, 5, 15 minutes) before the run " + loadBefore + ", after it " + Machine.load());
    return bench.report(Duration.nanos(System.nanoTime() - start));
  }

  /** A word of {@code i}'s own: {@code Kalo}. */
  static String word(int i) {
    StringBuilder word = new StringBuilder();
    int rest = i;
    do {
      word.append(SYLLABLES[rest % SYLLABLES.length]);
      rest /= SYLLABLES.length;
    } while (rest > 0);
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /** A record of {@code n} live projects of this shape over its grants, and for some shapes n/10 awards. */
  static PartnershipRecord record(Shape shape, int n) {
    List<Grant.Builder> grants = new ArrayList<>();
    for (int g = 0; g < shape.grants; g++) {
      grants.add(Grant.builder().id("G" + g).programme("Crime Reduction Grant").funder(g % 2 == 0 ? "PCC" : "VRU")
          .financialYear(YEAR).allocation(Money.ofPounds(1_000L * n)));
    }
    for (int i = 0; i < n; i++) {
      grants.get(i % shape.grants).addProjects(Project.builder().id("p" + i).title(shape.title(i)).pot(Pot.UPFRONT)
          .amount(Money.ofPounds(100)).status(ProjectStatus.APPROVED).build());
    }
    List<ExternalAward> awards = new ArrayList<>();
    if (shape.awards) {
      for (int j = 0; j < n / 10; j++) {
        awards.add(ExternalAward.builder().id("a" + j).funder("HO").title(shape.title(n + j)).financialYear(YEAR).build());
      }
    }
    return PartnershipRecord.builder()
        .asOf(AS_OF)
        .partnership(Partnership.builder().id("DUP").name("Duplicate Funding Partnership").area("Shapes")
            .tier(Tier.UNITARY).build())
        .addOrganisations(
            Organisation.builder().id("PCC").name("Police and Crime Commissioner").kind(OrganisationKind.POLICE_AND_CRIME_COMMISSIONER).build(),
            Organisation.builder().id("VRU").name("Violence Reduction Unit").kind(OrganisationKind.VIOLENCE_REDUCTION_UNIT).build(),
            Organisation.builder().id("HO").name("Home Office").kind(OrganisationKind.OTHER).build())
        .grants(grants.stream().map(Grant.Builder::build).toList())
        .externalAwards(awards)
        .build();
  }

  private void growth(Shape shape) {
    int[] sizes = quick ? new int[] {1_000, 10_000} : new int[] {1_000, 10_000, 100_000};
    List<PartnershipRecord> records = new ArrayList<>();
    for (int n : sizes) {
      records.add(record(shape, n));
    }
    progress("%s: %s projects", shape.words, Arrays.toString(sizes));
    List<Measured> checks = time(records.stream().map(this::check).toList());
    List<Measured> preparations = time(records.stream().map(DuplicateFundingBenchmark::preparation).toList());
    for (int i = 0; i < sizes.length; i++) {
      Measured check = checks.get(i);
      Measured before = i == 0 ? null : checks.get(i - 1);
      double growth = before == null ? 0 : check.nanos() / before.nanos();
      rows.add(String.format(Locale.ROOT, "| %s | %,d | %,d | %s | %s | %s | %s%s | %s | %s | %s%s | %s |", shape.words,
          sizes[i], records.get(i).externalAwards().size(), Duration.nanos(check.nanos()),
          before == null ? "" : String.format(Locale.ROOT, "x%.1f", growth),
          before == null ? "" : growth <= 12 ? "met" : "**not met**", Duration.nanos(check.cpu()),
          before == null ? "" : String.format(Locale.ROOT, " (x%.1f)", check.cpu() / before.cpu()),
          paused(check.collector()), megabytes(check.allocated(), sizes[i]), Duration.nanos(preparations.get(i).nanos()),
          i == 0 ? "" : String.format(Locale.ROOT, " (x%.1f)", preparations.get(i).nanos() / preparations.get(i - 1).nanos()),
          findings(engine.check(records.get(i), AS_OF))));
    }
  }

  /** A record of the shape as large as the reader takes, written as JSON, read and checked. */
  private void atTheLimit(Shape shape, Path work) throws IOException {
    int n = 10_000;
    byte[] json = json(record(shape, n));
    // projects take about the same room each: grow n in proportion, then step back until it fits
    n = (int) ((long) n * RecordReader.MAX_BYTES / json.length);
    json = json(record(shape, n));
    while (json.length > RecordReader.MAX_BYTES) {
      n -= Math.max(1, n / 200);
      json = json(record(shape, n));
    }
    Path file = work.resolve("duplicates-" + shape.name().toLowerCase(Locale.ROOT) + ".json");
    Files.write(file, json);
    progress("%s at the reader's limit: %,d projects, %,d bytes", shape.words, n, json.length);
    long readStart = System.nanoTime();
    PartnershipRecord record = RecordReader.read(file);
    double read = System.nanoTime() - readStart;
    Measured check = time(List.of(check(record))).get(0);
    Measured preparation = time(List.of(preparation(record))).get(0);
    ComplianceReport report = engine.check(record, AS_OF);
    rows.add(String.format(Locale.ROOT, "| %s, at the reader's limit (%.1f MiB; read in %s) | %,d | %,d | %s |  |  | %s | %s | %s | %s | %s |",
        shape.words, json.length / (1024.0 * 1024.0), Duration.nanos(read), n, record.externalAwards().size(),
        Duration.nanos(check.nanos()), Duration.nanos(check.cpu()), paused(check.collector()),
        megabytes(check.allocated(), n), Duration.nanos(preparation.nanos()), findings(report)));
  }

  private static byte[] json(PartnershipRecord record) throws IOException {
    Path file = Files.createTempFile("kcsp-duplicates", ".json");
    try {
      RecordWriter.write(record, file);
      return Files.readAllBytes(file);
    } finally {
      Files.delete(file);
    }
  }

  /**
   * The fact preparation of one check (the duplicate-funding index and the other facts), on the
   * record as of its date.
   */
  private static Supplier<Object> preparation(PartnershipRecord record) {
    PartnershipRecord view = record.viewAsOf(AS_OF);
    PolicyFact policy = RuleBase.shared().policyFact(Policy.KCSP, Policy.builtIn(Policy.KCSP).grantConditions(), Map.of());
    return () -> FactPreparation.prepare(record, view, AS_OF, policy);
  }

  /** One check of the record as of its date, by the whole engine. */
  private Supplier<Object> check(PartnershipRecord record) {
    return () -> engine.check(record, AS_OF);
  }

  /**
   * What one run of an operation costs: its elapsed time and the CPU time of the thread that ran
   * it (medians of rounds), and the collector's pauses and the bytes allocated during it (means).
   */
  private record Measured(double nanos, double cpu, double collector, double allocated) {}

  /**
   * Measures operations (a shape's sizes) round by round, every operation once in each round, so
   * that a change in the machine's load falls on every size alike. Each is first warmed up: at
   * least three runs and two seconds (a fifth of a second in a quick run; one run when a run takes
   * more than ten seconds). Then each sample is one run from a collected heap, at every size alike.
   * Samples used to repeat an operation for 200 ms: fourteen checks in a row at 10,000 projects, one
   * at 100,000. A check right after a collection costs a little more than one in a series (distinct
   * titles at 10,000 projects: 15.1 ms alone, 14.1 ms in the series), so the growth from 10,000 to
   * 100,000 compared a series with a single check. Nine rounds (five in a quick run).
   */
  private List<Measured> time(List<Supplier<Object>> operations) {
    int count = operations.size();
    for (Supplier<Object> operation : operations) {
      long until = System.nanoTime() + (quick ? 200 : 2_000) * 1_000_000L;
      for (int runs = 0; runs < 3 || System.nanoTime() < until; runs++) {
        sink = null;
        long start = System.nanoTime();
        sink = operation.get();
        if (System.nanoTime() - start > 10_000_000_000L) {
          break;
        }
      }
    }
    int rounds = quick ? 5 : 9;
    double[][] elapsed = new double[count][rounds];
    double[][] cpu = new double[count][rounds];
    double[] paused = new double[count];
    double[] allocated = new double[count];
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < count; k++) {
        settle();
        long pausedBefore = collectorMillis();
        long allocatedBefore = allocatedBytes();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        sink = operations.get(k).get();
        elapsed[k][round] = System.nanoTime() - start;
        cpu[k][round] = THREADS.getCurrentThreadCpuTime() - cpuStart;
        paused[k] += (collectorMillis() - pausedBefore) * 1e6 / rounds;
        allocated[k] += (double) (allocatedBytes() - allocatedBefore) / rounds;
      }
    }
    List<Measured> measured = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      measured.add(new Measured(Benchmarks.median(elapsed[k]), Benchmarks.median(cpu[k]), paused[k], allocated[k]));
    }
    sink = null;
    return measured;
  }

  /** Drops the last result and collects the heap, so that timed runs start from what is live. */
  private void settle() {
    sink = null;
    System.gc();
  }

  /** How many bytes this thread has allocated so far (a check runs on the thread that calls it). */
  private static long allocatedBytes() {
    return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
  }

  /** {@code 312 MB (3.1 KB a project)}: memory allocated per check. */
  private static String megabytes(double bytes, int projects) {
    return String.format(Locale.ROOT, "%.0f MB (%.1f KB a project)", bytes / 1e6, bytes / 1e3 / projects);
  }

  /** The collector's pauses per check: "none", or how long. */
  private static String paused(double nanos) {
    return nanos == 0 ? "none" : Duration.nanos(nanos).toString();
  }

  /** How long the collectors have paused the program so far, in milliseconds. */
  private static long collectorMillis() {
    long millis = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      millis += Math.max(0, collector.getCollectionTime());
    }
    return millis;
  }

  /** {@code 9,000 + 0}: the findings of the two duplicate rules, and the largest count of counterparts. */
  private static String findings(ComplianceReport report) {
    List<Finding> duplicates = report.findings("PROJECT_DUPLICATE_FUNDING");
    List<Finding> possible = report.findings("PROJECT_POSSIBLE_DUPLICATE_FUNDING");
    int most = 0;
    for (List<Finding> findings : List.of(duplicates, possible)) {
      for (Finding finding : findings) {
        most = Math.max(most, Integer.parseInt(finding.evidence().get("count")));
      }
    }
    return String.format(Locale.ROOT, "%,d + %,d (up to %,d counterparts each)", duplicates.size(), possible.size(), most);
  }

  private String report(Duration took) {
    StringBuilder out = new StringBuilder();
    out.append("### ").append(heap()).append("\n\n");
    out.append("Took ").append(took).append(".\n\n");
    out.append("| shape | projects | awards | check (median) | growth for 10x | goal: ≤ 12x | the checking thread's CPU time (growth) | collector's pauses, per check | allocated, per check | fact preparation, the index included (growth) | findings: duplicate + possible |\n");
    out.append("| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | --- |\n");
    rows.forEach(row -> out.append(row).append('\n'));
    out.append('\n');
    notes.forEach(note -> out.append("- ").append(note).append('\n'));
    return out.toString();
  }

  /** {@code Heap: -Xms4g -Xmx4g (initial 4.0 GB, at most 4.0 GB; G1 Young Generation, G1 Old Generation)}. */
  private static String heap() {
    List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(flag -> flag.startsWith("-Xm") || flag.startsWith("-XX:"))
        .toList();
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(GarbageCollectorMXBean::getName)
        .collect(Collectors.joining(", "));
    return String.format(Locale.ROOT, "Heap: %s (initial %.1f GB, at most %.1f GB; %s)",
        flags.isEmpty() ? "the JVM's default" : String.join(" ", flags), heap.getInit() / 1e9,
        Runtime.getRuntime().maxMemory() / 1e9, collectors);
  }

  private static void progress(String format, Object... args) {
    System.err.printf(Locale.ROOT, "bench: " + format + "%n", args);
  }
}

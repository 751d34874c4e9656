package org.kcsp.examples.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.kcsp.examples.generate.RecordGenerator;
import org.kcsp.examples.reference.ReferenceChecker;
import org.kcsp.examples.reference.ReferenceReport;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.RecordWriter;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.Policy;
import org.kcsp.rules.internal.FactPreparation;
import org.kcsp.rules.internal.PreparedFacts;
import org.kcsp.rules.internal.RuleBase;
import org.kcsp.rules.spi.PolicyFact;

/**
 * The benchmarks of {@code docs/performance.md}: kcsp's Drools engine measured side by side with
 * the hand-written {@link ReferenceChecker} in one run, and a table of figures and ratios.
 *
 * <p>Run it with {@code ./bench} from the project root ({@code ./bench --quick} for a short smoke
 * run with fewer rounds and smaller sizes; {@code ./bench --warm} for the warm check alone, about a
 * minute and a half, to compare a change before and after). It measures:
 *
 * <ul>
 *   <li>cold start: {@code ./kcsp validate one-record.json}, process start to exit, against a
 *       plain-Java floor ({@link ColdFloor}) on the same class path and JVM flags, runs
 *       interleaved, medians; and where the cold time goes ({@link ColdPhases});
 *   <li>the first report of a plain application ({@link FirstReport}): JVM start to exit with the
 *       JVM's default flags, against the floor on the same flags, and both with an application
 *       class-data archive ({@code ./bench --startup} runs this alone);
 *   <li>a warm check of one record, and where its time goes (as-of view, fact preparation, Drools
 *       insert and fire, report);
 *   <li>throughput: 10,000 generated records on 2 threads;
 *   <li>growth: one record of 1,000, 10,000 and 100,000 projects and awards ({@link
 *       GrowthRecords}); batches of 30, 300 and 3,000 partnership-years;
 *   <li>peak resident set (GNU {@code /usr/bin/time}) of one record's check and of the largest
 *       batch ({@link BatchCheck});
 *   <li>the differential comparison of the test suite on 10,000 records, three dates each.
 * </ul>
 *
 * <p>In-process figures are medians of interleaved rounds after a warm-up; every sample lasts at
 * least {@value #SAMPLE_MILLIS} ms. Performance is only ever reported here, never asserted.
 */
public final class Benchmarks {

  /** The seed of every generated record. */
  static final long SEED = 20220714L;

  /** The command line of the {@code ./kcsp} launcher before it had a class-data archive and a small initial heap. */
  static final List<String> FORMER_FLAGS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto");

  private static final long SAMPLE_MILLIS = 200;
  private static final int GROWTH_WARM_UP_SECONDS = 10;
  private static final int THROUGHPUT_WARM_UP_SECONDS = 40;
  private static final int THREADS = 2;

  private final boolean quick;
  private final Path root;
  private final Path work;
  private final Path jar;
  private final String floorClassPath;
  private final List<String> launcherFlags;
  private final List<String[]> table = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
  private volatile Object sink;

  private Benchmarks(boolean quick, Path root) throws IOException {
    this.quick = quick;
    this.root = root;
    this.work = root.resolve("kcsp-examples/target/bench");
    this.jar = root.resolve("kcsp-examples/target/kcsp.jar");
    Files.createDirectories(work);
    Path benchJar = work.resolve("kcsp-bench.jar");
    packageTestClasses(root.resolve("kcsp-examples/target/test-classes"), benchJar);
    this.floorClassPath = benchJar + File.pathSeparator + jar;
    this.launcherFlags = launcherFlags(root.resolve("kcsp"));
  }

  /**
   * The JVM flags the launcher passes ({@code flags=(...)} in {@code ./kcsp}), so that the floor and
   * the child processes run as kcsp does.
   */
  static List<String> launcherFlags(Path launcher) throws IOException {
    for (String line : Files.readAllLines(launcher)) {
      if (line.startsWith("flags=(") && line.endsWith(")")) {
        return List.of(line.substring("flags=(".length(), line.length() - 1).trim().split("\\s+"));
      }
    }
    throw new IllegalStateException(launcher + " has no flags=(...) line");
  }

  /**
   * The benchmark's own classes (this package and the reference checker) in a jar: class-data
   * archives, which the floor may use too, take classes from jars only, not from directories.
   */
  private static void packageTestClasses(Path classes, Path jar) throws IOException {
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classes.resolve("org/kcsp/examples"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = classes.relativize(file).toString().replace(File.separatorChar, '/');
        boolean ours = name.startsWith("org/kcsp/examples/bench/") || name.startsWith("org/kcsp/examples/reference/");
        if (ours && !name.endsWith("Test.class")) {
          out.putNextEntry(new JarEntry(name));
          out.write(Files.readAllBytes(file));
          out.closeEntry();
        }
      }
    }
  }

  /** Runs every benchmark and prints the table. Options: {@code --quick}, {@code --warm}, {@code --startup}. */
  public static void main(String[] args) throws Exception {
    boolean quick = Arrays.asList(args).contains("--quick");
    Benchmarks bench = new Benchmarks(quick, Path.of("").toAbsolutePath());
    try {
      if (Arrays.asList(args).contains("--warm")) {
        bench.runWarm();
      } else if (Arrays.asList(args).contains("--startup")) {
        bench.runStartup();
      } else {
        bench.run();
      }
    } finally {
      bench.pool.shutdownNow();
    }
  }

  private void run() throws Exception {
    long start = System.nanoTime();
    String loadBefore = Machine.load();
    RecordGenerator generator = new RecordGenerator(SEED, FormatVersion.V1);
    PartnershipRecord one = generator.record(0, 3);
    Path oneFile = work.resolve("one-record.json");
    RecordWriter.write(one, oneFile);
    progress("one record: %s as of %s, %d projects, %d awards, written to %s", one.partnership().id(),
        one.asOf().orElseThrow(), one.grants().stream().mapToInt(g -> g.projects().size()).sum(),
        one.externalAwards().size(), root.relativize(oneFile));

    coldStart(oneFile);
    firstReport(oneFile);
    memory(oneFile);
    warm(one);
    List<PartnershipRecord> records = generator.records(quick ? 100 : 1_000, 10).toList();
    throughput(records);
    differential(records);
    records = null; // the 10,000 records can go before the largest growth record is built
    batches(generator);
    growth();

    notes.add("load average (1, 5, 15 minutes) before the run " + loadBefore + ", after it " + Machine.load()
        + " (above the number of cores, other work competed for them)");
    String report = report(Duration.nanos(System.nanoTime() - start));
    System.out.println(report);
    Files.writeString(work.resolve("results.md"), report, StandardCharsets.UTF_8);
  }

  /** The first report of a plain application alone: its rows of the table. */
  private void runStartup() throws Exception {
    long start = System.nanoTime();
    String loadBefore = Machine.load();
    Path oneFile = work.resolve("one-record.json");
    RecordWriter.write(new RecordGenerator(SEED, FormatVersion.V1).record(0, 3), oneFile);
    firstReport(oneFile);
    notes.add("load average (1, 5, 15 minutes) before the run " + loadBefore + ", after it " + Machine.load());
    System.out.println(report(Duration.nanos(System.nanoTime() - start)));
  }

  /** The warm check alone: its row of the table and where its time goes. */
  private void runWarm() {
    long start = System.nanoTime();
    String loadBefore = Machine.load();
    warm(new RecordGenerator(SEED, FormatVersion.V1).record(0, 3));
    notes.add("load average (1, 5, 15 minutes) before the run " + loadBefore + ", after it " + Machine.load());
    System.out.println(report(Duration.nanos(System.nanoTime() - start)));
  }

  // ---------------------------------------------------------------------------------------------
  // Cold start and memory: child processes

  private void coldStart(Path oneFile) throws Exception {
    String file = oneFile.toString();
    List<String> kcsp = List.of(root.resolve("kcsp").toString(), "validate", file);
    List<String> former = former(file);
    List<String> floor = java(List.of("-cp", floorClassPath, ColdFloor.class.getName(), file));
    Path floorArchive = work.resolve("floor.jsa");
    Files.deleteIfExists(floorArchive);
    runChild(java(List.of("-XX:ArchiveClassesAtExit=" + floorArchive, "-cp", floorClassPath, ColdFloor.class.getName(), file)));
    List<String> floorCds = java(List.of("-XX:SharedArchiveFile=" + floorArchive, "-cp", floorClassPath, ColdFloor.class.getName(), file));

    List<List<String>> commands = List.of(kcsp, former, floor, floorCds);
    for (List<String> command : commands) {
      runChild(command);
      runChild(command);
    }
    int rounds = quick ? 3 : 9;
    double[][] samples = new double[commands.size()][rounds];
    for (int round = 0; round < rounds; round++) {
      progress("cold start: round %d of %d", round + 1, rounds);
      for (int i = 0; i < commands.size(); i++) {
        int which = (i + round) % commands.size();
        samples[which][round] = runChild(commands.get(which)).seconds;
      }
    }
    double kcspMedian = median(samples[0]);
    double formerMedian = median(samples[1]);
    double floorMedian = median(samples[2]);
    double floorCdsMedian = median(samples[3]);
    String runs = "median of " + rounds + " interleaved runs";
    row("cold start: `./kcsp validate one-record.json` against the floor (" + runs + ")",
        Duration.seconds(kcspMedian), Duration.seconds(floorMedian), kcspMedian / floorMedian, "≤ 3x", 3);
    row("cold start as the launcher ran it before: `java " + String.join(" ", FORMER_FLAGS) + " -jar kcsp.jar validate`",
        Duration.seconds(formerMedian), Duration.seconds(floorMedian), formerMedian / floorMedian, "", 0);
    row("cold start against a floor that has a class-data archive of its own",
        Duration.seconds(kcspMedian), Duration.seconds(floorCdsMedian), kcspMedian / floorCdsMedian, "", 0);
    notes.add(String.format(Locale.ROOT, "cold start, every run (s): ./kcsp %s; as before %s; floor %s; floor with an archive %s",
        list(samples[0]), list(samples[1]), list(samples[2]), list(samples[3])));
    notes.add("the launcher's JVM flags, which the floor and the child processes share: " + String.join(" ", launcherFlags));

    coldPhases(oneFile);
  }

  /**
   * JVM start to first report in a plain application ({@link FirstReport}) with the JVM's default
   * flags, on kcsp-rules' own dependencies (the command line's picocli and Eclipse compiler left
   * out), against the floor on the same flags and class path; then both with the application
   * class-data archive of the README's recipe, made by one run of each.
   */
  private void firstReport(Path oneFile) throws Exception {
    String file = oneFile.toString();
    String classPath = applicationClassPath();
    Path appArchive = work.resolve("first-report.jsa");
    Path floorArchive = work.resolve("first-report-floor.jsa");
    for (Path archive : List.of(appArchive, floorArchive)) {
      Files.deleteIfExists(archive);
    }
    runChild(List.of("java", "-XX:ArchiveClassesAtExit=" + appArchive, "-cp", classPath, FirstReport.class.getName(), file));
    runChild(List.of("java", "-XX:ArchiveClassesAtExit=" + floorArchive, "-cp", classPath, ColdFloor.class.getName(), file));
    List<List<String>> commands = List.of(
        List.of("java", "-cp", classPath, FirstReport.class.getName(), file),
        List.of("java", "-cp", classPath, ColdFloor.class.getName(), file),
        List.of("java", "-XX:SharedArchiveFile=" + appArchive, "-cp", classPath, FirstReport.class.getName(), file),
        List.of("java", "-XX:SharedArchiveFile=" + floorArchive, "-cp", classPath, ColdFloor.class.getName(), file));
    for (List<String> command : commands) {
      runChild(command);
    }
    int rounds = quick ? 3 : 9;
    double[][] samples = new double[commands.size()][rounds];
    for (int round = 0; round < rounds; round++) {
      progress("first report in an application: round %d of %d", round + 1, rounds);
      for (int i = 0; i < commands.size(); i++) {
        int which = (i + round) % commands.size();
        samples[which][round] = runChild(commands.get(which)).seconds;
      }
    }
    String runs = "median of " + rounds + " interleaved runs";
    row("first report in a plain application, default JVM flags: JVM start to exit (" + runs + ")",
        Duration.seconds(median(samples[0])), Duration.seconds(median(samples[1])), median(samples[0]) / median(samples[1]), "", 0);
    row("the same, each with an application class-data archive (README's recipe)",
        Duration.seconds(median(samples[2])), Duration.seconds(median(samples[3])), median(samples[2]) / median(samples[3]), "", 0);
    notes.add(String.format(Locale.ROOT, "first report in an application, every run (s): application %s; floor %s;"
        + " application with its archive %s; floor with its archive %s",
        list(samples[0]), list(samples[1]), list(samples[2]), list(samples[3])));
  }

  /** The benchmark's jar, kcsp's jars and the library's dependencies, without what only the command line uses. */
  private String applicationClassPath() throws IOException {
    List<String> entries = new ArrayList<>(List.of(work.resolve("kcsp-bench.jar").toString()));
    try (Stream<Path> jars = Files.list(root.resolve("kcsp-examples/target/lib"))) {
      jars.map(Path::toString).filter(jar -> !jar.contains("picocli") && !jar.contains("ecj")).sorted().forEach(entries::add);
    }
    return String.join(File.pathSeparator, entries);
  }

  /** {@code ./kcsp validate FILE} as the launcher ran it before this benchmark's changes. */
  private List<String> former(String file) {
    List<String> command = new ArrayList<>(List.of("java"));
    command.addAll(FORMER_FLAGS);
    command.addAll(List.of("-jar", jar.toString(), "validate", file));
    return command;
  }

  private void coldPhases(Path oneFile) throws Exception {
    Path archive = work.resolve("phases.jsa");
    Files.deleteIfExists(archive);
    List<String> arguments = List.of("-cp", floorClassPath, ColdPhases.class.getName(), oneFile.toString());
    List<String> withArchive = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + archive));
    withArchive.addAll(arguments);
    List<String> training = new ArrayList<>(List.of("-XX:ArchiveClassesAtExit=" + archive));
    training.addAll(arguments);
    runChild(java(training));
    for (List<String> variant : List.of(arguments, withArchive)) {
      List<Child> runs = new ArrayList<>();
      for (int i = 0; i < (quick ? 3 : 5); i++) {
        runs.add(runChild(java(variant)));
      }
      runs.sort((a, b) -> Double.compare(a.seconds, b.seconds));
      Child middle = runs.get(runs.size() / 2);
      double inMain = 0;
      StringBuilder phases = new StringBuilder();
      for (String field : middle.out.trim().split(" ")) {
        String[] pair = field.split("=");
        if (!pair[0].equals("classes")) {
          inMain += Double.parseDouble(pair[1]);
          phases.append(String.format(Locale.ROOT, "%s %.0f ms, ", pair[0], Double.parseDouble(pair[1])));
        } else {
          phases.append(pair[1]).append(" classes loaded");
        }
      }
      notes.add(String.format(Locale.ROOT, "cold phases (%s, run of median wall time %.0f ms): JVM start and exit %.0f ms, %s",
          variant == arguments ? "no archive" : "with an archive", middle.seconds * 1000, middle.seconds * 1000 - inMain, phases));
    }
  }

  private void memory(Path oneFile) throws Exception {
    if (!Files.isExecutable(Path.of("/usr/bin/time"))) {
      notes.add("peak resident set not measured: it needs GNU time at /usr/bin/time");
      return;
    }
    String file = oneFile.toString();
    int partnerships = quick ? 30 : 300;
    long kcsp = peakKib(List.of(root.resolve("kcsp").toString(), "validate", file));
    long former = peakKib(former(file));
    long floor = peakKib(java(List.of("-cp", floorClassPath, ColdFloor.class.getName(), file)));
    String batch = Integer.toString(partnerships);
    long droolsBatch = peakKib(java(List.of("-cp", floorClassPath, BatchCheck.class.getName(), "drools", batch, "10", "2", Long.toString(SEED))));
    long referenceBatch = peakKib(java(List.of("-cp", floorClassPath, BatchCheck.class.getName(), "reference", batch, "10", "2", Long.toString(SEED))));
    row("peak resident set: `./kcsp validate one-record.json`", mib(kcsp), mib(floor), (double) kcsp / floor, "< 150 MB", 0);
    row("peak resident set: the same as the launcher ran it before", mib(former), mib(floor), (double) former / floor, "< 150 MB", 0);
    row(String.format(Locale.ROOT, "peak resident set: a batch of %,d partnership-years, streamed, 2 threads", partnerships * 10),
        mib(droolsBatch), mib(referenceBatch), (double) droolsBatch / referenceBatch, "", 0);
    meets(table.get(table.size() - 3), kcsp * 1024 < 150_000_000);
    meets(table.get(table.size() - 2), former * 1024 < 150_000_000);
  }

  private long peakKib(List<String> command) throws Exception {
    List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "peak-kib=%M"));
    timed.addAll(command);
    List<Long> peaks = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Child child = runChild(timed);
      String line = child.err.lines().filter(l -> l.startsWith("peak-kib=")).reduce((a, b) -> b).orElseThrow(
          () -> new IllegalStateException("no peak from /usr/bin/time: " + child.err));
      peaks.add(Long.parseLong(line.substring("peak-kib=".length())));
    }
    peaks.sort(null);
    return peaks.get(1);
  }

  private List<String> java(List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add("java");
    command.addAll(launcherFlags);
    command.addAll(arguments);
    return command;
  }

  /** A finished child process: its wall time, standard output and standard error. */
  private record Child(double seconds, String out, String err) {}

  private Child runChild(List<String> command) throws IOException, InterruptedException {
    Path out = work.resolve("child.out");
    Path err = work.resolve("child.err");
    ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    long start = System.nanoTime();
    Process process = builder.start();
    int status = process.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    String stdout = Files.readString(out);
    String stderr = Files.readString(err);
    if (status != 0 && status != 1) {
      throw new IllegalStateException("exit status " + status + " from " + String.join(" ", command) + "\n" + stderr);
    }
    return new Child(seconds, stdout, stderr);
  }

  // ---------------------------------------------------------------------------------------------
  // In-process: warm, throughput, batches, growth, differential

  private void warm(PartnershipRecord one) {
    ComplianceEngine engine = ComplianceEngine.standard();
    LocalDate date = one.asOf().orElseThrow();
    RuleBase rules = RuleBase.standard();
    Set<String> enabled = rules.metadata().keySet();
    PartnershipRecord view = one.viewAsOf(date);
    PolicyFact policy = rules.policyFact(Policy.KCSP, Policy.builtIn(Policy.KCSP).grantConditions(), Map.of());
    PreparedFacts prepared = FactPreparation.prepare(one, view, date, policy);

    List<Supplier<Object>> contenders = List.of(
        () -> engine.check(one, date),
        () -> ReferenceChecker.check(one, date),
        () -> one.viewAsOf(date),
        () -> FactPreparation.prepare(one, view, date, policy),
        () -> rules.fire(prepared.facts(), enabled, ComplianceEngine.DEFAULT_MAX_FIRINGS));
    progress("warm check: warming up");
    long[] perSample = new long[contenders.size()];
    long warmUntil = System.nanoTime() + (quick ? 5 : 60) * 1_000_000_000L;
    while (System.nanoTime() < warmUntil) {
      for (int i = 0; i < contenders.size(); i++) {
        perSample[i] = calibrate(contenders.get(i));
      }
    }
    int rounds = quick ? 5 : 15;
    double[][] samples = new double[contenders.size()][rounds];
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < contenders.size(); i++) {
        int which = (i + round) % contenders.size();
        samples[which][round] = timePerOp(contenders.get(which), perSample[which]);
      }
    }
    double drools = median(samples[0]);
    double reference = median(samples[1]);
    row("warm check of one record (median of " + rounds + " interleaved rounds)",
        Duration.nanos(drools), Duration.nanos(reference), drools / reference, "≤ 3x", 3);
    double viewNanos = median(samples[2]);
    double prepareNanos = median(samples[3]);
    double fireNanos = median(samples[4]);
    notes.add(String.format(Locale.ROOT,
        "warm check, where the time goes: as-of view %s, fact preparation (%d facts) %s, Drools insert and fire %s,"
            + " report (waivers, outcomes, order) %s; the reference's %s covers every rule, three-valued, and reads"
            + " the evaluation date itself (no as-of view)",
        Duration.nanos(viewNanos), prepared.facts().size(), Duration.nanos(prepareNanos), Duration.nanos(fireNanos),
        Duration.nanos(Math.max(0, drools - viewNanos - prepareNanos - fireNanos)), Duration.nanos(reference)));
  }

  /** How many operations fill one sample; runs them, which also warms them up. */
  private long calibrate(Supplier<Object> op) {
    long n = 1;
    while (true) {
      long start = System.nanoTime();
      for (long i = 0; i < n; i++) {
        sink = op.get();
      }
      long elapsed = System.nanoTime() - start;
      if (elapsed >= SAMPLE_MILLIS * 1_000_000 / 4) {
        return Math.max(1, n * SAMPLE_MILLIS * 1_000_000 / elapsed);
      }
      n *= 2;
    }
  }

  private double timePerOp(Supplier<Object> op, long n) {
    long start = System.nanoTime();
    for (long i = 0; i < n; i++) {
      sink = op.get();
    }
    return (double) (System.nanoTime() - start) / n;
  }

  /** The Drools engine or the reference checker on a list of records, each on its own date. */
  private interface Checker {
    long check(PartnershipRecord record, LocalDate date);
  }

  private static Checker drools(ComplianceEngine engine) {
    return (record, date) -> engine.check(record, date).findings().size();
  }

  private static final Checker REFERENCE = (record, date) -> ReferenceChecker.check(record, date).findings().size();

  /** Checks every record on {@value #THREADS} threads, each taking the next; the wall time in nanoseconds. */
  private long onThreads(List<PartnershipRecord> records, Checker checker) throws InterruptedException, ExecutionException {
    AtomicInteger next = new AtomicInteger();
    AtomicLong findings = new AtomicLong();
    long start = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      workers.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < records.size(); i = next.getAndIncrement()) {
          PartnershipRecord record = records.get(i);
          findings.addAndGet(checker.check(record, record.asOf().orElseThrow()));
        }
      }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    long elapsed = System.nanoTime() - start;
    sink = findings.get();
    return elapsed;
  }

  /** One pass over a list of records, timed: its wall time in nanoseconds. */
  private interface Pass {
    long run(List<PartnershipRecord> records) throws InterruptedException, ExecutionException;
  }

  /**
   * Medians of interleaved samples of the passes on the records, in nanoseconds per pass; each
   * sample repeats a pass until it lasts long enough.
   */
  private static double[] sideBySide(List<PartnershipRecord> records, int rounds, List<Pass> passes)
      throws InterruptedException, ExecutionException {
    int n = passes.size();
    int[] repeats = new int[n];
    for (int c = 0; c < n; c++) {
      long once = passes.get(c).run(records);
      repeats[c] = (int) Math.max(1, Math.min(1000, SAMPLE_MILLIS * 1_000_000 / Math.max(1, once)));
    }
    double[][] samples = new double[n][rounds];
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < n; i++) {
        int c = (i + round) % n;
        long total = 0;
        for (int r = 0; r < repeats[c]; r++) {
          total += passes.get(c).run(records);
        }
        samples[c][round] = (double) total / repeats[c];
      }
    }
    double[] medians = new double[n];
    for (int c = 0; c < n; c++) {
      medians[c] = median(samples[c]);
    }
    return medians;
  }

  private double[] droolsAndReference(List<PartnershipRecord> records, ComplianceEngine engine, int rounds)
      throws InterruptedException, ExecutionException {
    return sideBySide(records, rounds, List.of(r -> onThreads(r, drools(engine)), r -> onThreads(r, REFERENCE)));
  }

  /** All the records through the engine's batch API, {@code checkAll}, on {@value #THREADS} threads. */
  private long batchApi(List<PartnershipRecord> records, ComplianceEngine engine) {
    AtomicLong findings = new AtomicLong();
    Iterator<Supplier<PartnershipRecord>> suppliers = records.stream()
        .<Supplier<PartnershipRecord>>map(record -> () -> record)
        .iterator();
    long start = System.nanoTime();
    engine.checkAll(suppliers, null, THREADS, result -> findings.addAndGet(result.report().orElseThrow().findings().size()));
    long elapsed = System.nanoTime() - start;
    sink = findings.get();
    return elapsed;
  }

  private void throughput(List<PartnershipRecord> records) throws Exception {
    ComplianceEngine engine = ComplianceEngine.standard();
    progress("throughput: %,d records on %d threads", records.size(), THREADS);
    int rounds = quick ? 2 : 3;
    List<Pass> passes = List.of(
        r -> onThreads(r, drools(engine)), r -> onThreads(r, REFERENCE), r -> batchApi(r, engine));
    // The warm check's warm-up runs one record; the compiler needs the paths of many records too.
    // Without this, passes over 10,000 records kept getting faster for some 25 s, and the batch
    // API, measured last in the first rounds, looked a third slower than the same checks on threads.
    long warmUntil = System.nanoTime() + (quick ? 5 : THROUGHPUT_WARM_UP_SECONDS) * 1_000_000_000L;
    while (System.nanoTime() < warmUntil) {
      for (Pass pass : passes) {
        pass.run(records);
      }
    }
    double[] medians = sideBySide(records, rounds, passes);
    row(String.format(Locale.ROOT, "throughput: %,d generated records on %d threads (records per second; median of %d interleaved rounds)",
            records.size(), THREADS, rounds),
        rate(records.size(), medians[0]), rate(records.size(), medians[1]), medians[0] / medians[1], "≤ 3x", 3);
    row(String.format(Locale.ROOT, "throughput through the batch API, `engine.checkAll(records, null, %d, consumer)`", THREADS),
        rate(records.size(), medians[2]), rate(records.size(), medians[1]), medians[2] / medians[1], "≤ 3x", 3);
  }

  private static String rate(int records, double nanos) {
    return String.format(Locale.ROOT, "%,.0f /s (%s)", records / (nanos / 1e9), Duration.nanos(nanos));
  }

  private void batches(RecordGenerator generator) throws Exception {
    ComplianceEngine engine = ComplianceEngine.standard();
    int[] partnerships = quick ? new int[] {3, 30} : new int[] {3, 30, 300};
    double[] previous = null;
    for (int p : partnerships) {
      List<PartnershipRecord> batch = generator.records(p, 10).toList();
      progress("batch of %,d partnership-years", batch.size());
      double[] medians = droolsAndReference(batch, engine, quick ? 3 : 5);
      String growth = previous == null ? "" : String.format(Locale.ROOT, " (x%.1f for 10x the records)", medians[0] / previous[0]);
      row(String.format(Locale.ROOT, "batch of %,d partnership-years on %d threads%s", batch.size(), THREADS, growth),
          Duration.nanos(medians[0]), Duration.nanos(medians[1]), medians[0] / medians[1],
          previous == null ? "" : "10x data ≤ 12x time", 0);
      if (previous != null) {
        meets(table.get(table.size() - 1), medians[0] / previous[0] <= 12);
      }
      previous = medians;
    }
  }

  private void growth() throws Exception {
    ComplianceEngine engine = ComplianceEngine.standard();
    int[] sizes = quick ? new int[] {1_000, 10_000} : new int[] {1_000, 10_000, 100_000};
    double previous = 0;
    for (int n : sizes) {
      progress("growth: one record of %,d projects and %,d awards: building", n, n);
      PartnershipRecord record = GrowthRecords.grown(n);
      LocalDate date = GrowthRecords.AS_OF;
      progress("growth: checking");
      int rounds = 5;
      Supplier<Object> drools = () -> engine.check(record, date);
      Supplier<Object> reference = () -> ReferenceChecker.check(record, date);
      boolean withReference = n <= 10_000;
      long droolsOps = warmUp(drools);
      long referenceOps = withReference ? warmUp(reference) : 0;
      double[][] samples = new double[2][rounds];
      for (int round = 0; round < rounds; round++) {
        samples[0][round] = timePerOp(drools, droolsOps);
        if (withReference) {
          samples[1][round] = timePerOp(reference, referenceOps);
        }
      }
      double d = median(samples[0]);
      double r = withReference ? median(samples[1]) : Double.NaN;
      String growth = previous == 0 ? "" : String.format(Locale.ROOT, " (x%.1f for 10x the data)", d / previous);
      row(String.format(Locale.ROOT, "growth: one record of %,d projects and %,d awards%s", n, n, growth),
          Duration.nanos(d), withReference ? Duration.nanos(r).toString() : "not run (all pairs)",
          withReference ? d / r : Double.NaN, previous == 0 ? "" : "10x data ≤ 12x time", 0);
      if (previous != 0) {
        meets(table.get(table.size() - 1), d / previous <= 12);
      }
      previous = d;
      long findings = engine.check(record, date).findings().size();
      notes.add(String.format(Locale.ROOT, "growth record of %,d projects: %,d findings from Drools", n, findings));
    }
  }

  /**
   * Runs an operation at least three times and for at least {@value #GROWTH_WARM_UP_SECONDS}
   * seconds (a second in a quick run), so that large records are measured with compiled code and a
   * heap grown to their size, as the smaller ones are; how many runs a sample of at least {@value
   * #SAMPLE_MILLIS} ms takes.
   */
  private long warmUp(Supplier<Object> op) {
    long until = System.nanoTime() + (quick ? 1 : GROWTH_WARM_UP_SECONDS) * 1_000_000_000L;
    long last = 0;
    for (int runs = 0; runs < 3 || System.nanoTime() < until; runs++) {
      long start = System.nanoTime();
      sink = op.get();
      last = System.nanoTime() - start;
    }
    return Math.max(1, SAMPLE_MILLIS * 1_000_000 / Math.max(1, last));
  }

  private void differential(List<PartnershipRecord> records) throws Exception {
    ComplianceEngine engine = ComplianceEngine.standard();
    progress("differential: %,d records, three dates each", records.size());
    AtomicInteger next = new AtomicInteger();
    AtomicInteger checks = new AtomicInteger();
    AtomicLong compared = new AtomicLong();
    List<String> differences = java.util.Collections.synchronizedList(new ArrayList<>());
    long start = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      workers.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < records.size(); i = next.getAndIncrement()) {
          PartnershipRecord record = records.get(i);
          LocalDate asOf = record.asOf().orElseThrow();
          for (LocalDate date : List.of(asOf, asOf.minusMonths(4), asOf.plusMonths(5))) {
            ReferenceReport reference = ReferenceChecker.check(record, date);
            ReferenceReport fromDrools = ReferenceReport.of(engine.check(record, date));
            checks.incrementAndGet();
            compared.addAndGet(reference.findings().size());
            String difference = fromDrools.difference(reference);
            if (!difference.isEmpty()) {
              differences.add(record.partnership().id() + " as of " + date + ": " + difference);
            }
          }
        }
      }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    String figure = String.format(Locale.ROOT, "%,d of %,d checks agree", checks.get() - differences.size(), checks.get());
    table.add(new String[] {
      String.format(Locale.ROOT, "differential: %,d generated records, each on 3 dates, every rule (%,d reference findings; %.0f s)",
          records.size(), compared.get(), seconds),
      figure, "", "", "identical", differences.isEmpty() ? "met" : "**not met**"});
    differences.stream().limit(5).forEach(d -> notes.add("difference: " + d));
  }

  // ---------------------------------------------------------------------------------------------
  // The table

  private void row(String what, Object drools, Object reference, double ratio, String goal, double limit) {
    String met = limit == 0 ? "" : ratio <= limit ? "met" : String.format(Locale.ROOT, "**not met** (%.1fx the goal)", ratio / limit);
    table.add(new String[] {what, drools.toString(), reference.toString(),
        Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, "%.1fx", ratio), goal, met});
  }

  private static void meets(String[] row, boolean met) {
    row[5] = met ? "met" : "**not met**";
  }

  private String report(Duration took) {
    StringBuilder out = new StringBuilder();
    out.append("## kcsp benchmarks").append(quick ? " (quick run: fewer rounds, smaller sizes)" : "").append("\n\n");
    out.append(Machine.describe()).append(", took ").append(took).append("\n\n");
    out.append("| benchmark | kcsp (Drools) | floor (reference checker) | ratio | goal | |\n");
    out.append("| --- | ---: | ---: | ---: | --- | --- |\n");
    for (String[] row : table) {
      out.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    out.append('\n');
    notes.forEach(note -> out.append("- ").append(note).append('\n'));
    return out.toString();
  }

  private static void progress(String format, Object... args) {
    System.err.printf(Locale.ROOT, "bench: " + format + "%n", args);
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static String list(double[] seconds) {
    StringBuilder out = new StringBuilder();
    for (double s : seconds) {
      out.append(out.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", s));
    }
    return out.toString();
  }

  private static String mib(long kib) {
    return String.format(Locale.ROOT, "%.0f MB", kib * 1024 / 1e6);
  }
}

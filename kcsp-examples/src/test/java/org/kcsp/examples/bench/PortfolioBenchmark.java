package org.kcsp.examples.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.kcsp.examples.generate.RecordGenerator;
import org.kcsp.model.io.RecordWriter;

/**
 * The portfolio benchmark of {@code docs/performance.md}: {@code ./kcsp portfolio DIR} over 300 and
 * 3,000 generated partnership-years (30 and 300 with {@code --quick}), as HTML and as the CSV of
 * every finding, each run in its own JVM with the same small heap ({@value #HEAP}). The portfolio
 * keeps a row a record and streams the findings, so ten times the records should need no more
 * memory than a little more rows: the larger run must finish in the same heap, and its peak
 * resident set (GNU {@code /usr/bin/time}) is reported beside the smaller's.
 *
 * <p>Run it with {@code ./bench portfolio}; it writes {@code kcsp-examples/target/bench/portfolio.md}.
 */
public final class PortfolioBenchmark {

  /** The heap of every run: the same for ten times the records. */
  static final String HEAP = "-Xmx160m";

  private static final int YEARS = 10;

  private final Path root = Path.of("").toAbsolutePath();
  private final Path work;
  private final List<String> table = new ArrayList<>();

  private PortfolioBenchmark(Path work) {
    this.work = work;
  }

  public static void main(String[] args) throws Exception {
    boolean quick = List.of(args).contains("--quick");
    Path work = Files.createTempDirectory("kcsp-portfolio-bench");
    try {
      new PortfolioBenchmark(work).run(quick ? 30 : 300);
    } finally {
      try (Stream<Path> files = Files.walk(work)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  private void run(int largest) throws Exception {
    table.add("| partnership-years | format | wall time | peak resident set | output |");
    table.add("| ---: | --- | ---: | ---: | ---: |");
    List<long[]> peaks = new ArrayList<>();
    for (int partnerships : List.of(largest / 10, largest)) {
      Path records = generate(partnerships);
      long[] peak = new long[2];
      int i = 0;
      for (String format : List.of("html", "csv")) {
        Path output = work.resolve("portfolio-" + partnerships + "." + format);
        Measured measured = measure(List.of("java", HEAP, "-cp", root.resolve("kcsp-examples/target/kcsp.jar").toString(),
            "org.kcsp.examples.KcspCommand", "portfolio", records.toString(), "--format", format, "--output", output.toString()));
        peak[i++] = measured.peakKib;
        table.add(String.format(Locale.ROOT, "| %,d | %s | %.1f s | %s | %,d KB |", partnerships * YEARS, format,
            measured.seconds, measured.peakKib < 0 ? "not measured" : String.format(Locale.ROOT, "%.0f MB", measured.peakKib / 1024.0),
            Files.size(output) / 1024));
      }
      peaks.add(peak);
    }
    StringBuilder text = new StringBuilder("# The portfolio benchmark\n\n")
        .append(Machine.describe()).append("; load ").append(Machine.load()).append("\n\n")
        .append("`./kcsp portfolio DIR --format F --output FILE`, each run in its own JVM with ").append(HEAP)
        .append(", the records generated with seed 1, ").append(YEARS).append(" years each.\n\n");
    table.forEach(line -> text.append(line).append('\n'));
    if (peaks.get(0)[0] > 0) {
      text.append(String.format(Locale.ROOT, "%nTen times the records: HTML peak x%.2f, CSV peak x%.2f.%n",
          (double) peaks.get(1)[0] / peaks.get(0)[0], (double) peaks.get(1)[1] / peaks.get(0)[1]));
    }
    Path results = root.resolve("kcsp-examples/target/bench/portfolio.md");
    Files.createDirectories(results.getParent());
    Files.writeString(results, text, StandardCharsets.UTF_8);
    System.out.print(text);
  }

  /** {@code partnerships} x {@value #YEARS} generated records, each a file, in a directory of their own. */
  private Path generate(int partnerships) throws IOException {
    Path records = Files.createDirectories(work.resolve("records-" + partnerships));
    RecordGenerator generator = new RecordGenerator(1);
    for (int p = 0; p < partnerships; p++) {
      for (int y = 0; y < YEARS; y++) {
        RecordWriter.write(generator.record(p, y), records.resolve(RecordGenerator.fileName(p, y)));
      }
    }
    return records;
  }

  private record Measured(double seconds, long peakKib) {}

  /** Runs {@code command} under GNU time when it is there; its wall time and peak resident set (-1 when not measured). */
  private Measured measure(List<String> command) throws IOException, InterruptedException {
    boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
    List<String> full = new ArrayList<>();
    if (timed) {
      full.addAll(List.of("/usr/bin/time", "-f", "peak-kib=%M"));
    }
    full.addAll(command);
    Path err = work.resolve("child.err");
    Process process = new ProcessBuilder(full).directory(root.toFile()).redirectError(err.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    long start = System.nanoTime();
    int status = process.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    String stderr = Files.readString(err);
    if (status != 0) {
      throw new IllegalStateException("exit status " + status + " from " + String.join(" ", command) + "\n" + stderr);
    }
    long peak = stderr.lines().filter(line -> line.startsWith("peak-kib=")).map(line -> Long.parseLong(line.substring(9)))
        .reduce((a, b) -> b).orElse(-1L);
    return new Measured(seconds, peak);
  }
}

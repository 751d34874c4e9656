package org.kcsp.examples.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.RecordReader;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.report.ReportFormat;

/**
 * A child process of the cold-start profile: does what {@code ./kcsp validate FILE} does, in
 * phases, and prints how long each took in milliseconds, as {@code phase=millis} on one line:
 * reading the record, loading the standard rule base, the first check, rendering the text report.
 * Then the number of classes loaded. The time before {@code main} is the child's wall time less
 * these.
 *
 * <p>Usage: {@code ColdPhases FILE}.
 */
public final class ColdPhases {

  private ColdPhases() {}

  public static void main(String[] args) {
    long t0 = System.nanoTime();
    PartnershipRecord record = RecordReader.read(Path.of(args[0]));
    long t1 = System.nanoTime();
    ComplianceEngine engine = ComplianceEngine.standard();
    long t2 = System.nanoTime();
    LocalDate date = record.asOf().orElseThrow();
    ComplianceReport report = engine.check(record, date);
    long t3 = System.nanoTime();
    String text = ReportFormat.TEXT.render(report);
    long t4 = System.nanoTime();
    if (text.isEmpty()) {
      throw new IllegalStateException("an empty report");
    }
    System.out.println("read=" + millis(t1 - t0) + " rules=" + millis(t2 - t1) + " check=" + millis(t3 - t2)
        + " render=" + millis(t4 - t3) + " classes=" + ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }
}

package org.kcsp.examples.bench;

import java.nio.file.Path;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.RecordReader;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.report.TextReport;

/**
 * A plain application's first report, as the README's "In Java" shows it: it reads a record, builds
 * the standard engine, checks the record as of its own date and prints the text report. The
 * start-up benchmark runs it with the JVM's default flags, from process start to exit, against
 * {@link ColdFloor} on the same flags.
 *
 * <p>Usage: {@code FirstReport FILE}.
 */
public final class FirstReport {

  private FirstReport() {}

  public static void main(String[] args) {
    PartnershipRecord record = RecordReader.read(Path.of(args[0]));
    ComplianceEngine engine = ComplianceEngine.standard();
    System.out.print(TextReport.render(engine.check(record)));
  }
}

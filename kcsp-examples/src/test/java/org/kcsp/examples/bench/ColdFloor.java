package org.kcsp.examples.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.kcsp.examples.reference.ReferenceChecker;
import org.kcsp.examples.reference.ReferenceFinding;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.RecordReader;
import org.kcsp.rules.Severity;

/**
 * The floor of the cold-start benchmark: the least a Java program checking a record from the
 * command line does. It reads the file with the same {@link RecordReader} as {@code ./kcsp
 * validate}, runs the hand-written {@link ReferenceChecker}, prints one line per finding and exits
 * 1 when one is an ERROR, like {@code validate}.
 *
 * <p>Usage: {@code ColdFloor FILE}.
 */
public final class ColdFloor {

  private ColdFloor() {}

  public static void main(String[] args) {
    PartnershipRecord record = RecordReader.read(Path.of(args[0]));
    LocalDate date = record.asOf().orElseGet(LocalDate::now);
    List<ReferenceFinding> findings = ReferenceChecker.check(record, date).findings();
    StringBuilder out = new StringBuilder();
    out.append(record.partnership().name()).append(" as of ").append(date).append('\n');
    findings.forEach(finding -> out.append(finding).append('\n'));
    System.out.print(out);
    System.exit(findings.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? 1 : 0);
  }
}

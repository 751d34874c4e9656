package com.example.shaded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.RecordReader;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.report.TextReport;

/**
 * {@code check FILE}: prints the text report of the record, then this process's peak resident
 * set on standard error. {@code custom FILE}: prints the findings of a rule of the application's own.
 */
public final class App {

  public static void main(String[] args) throws IOException {
    PartnershipRecord record = RecordReader.read(Path.of(args[1]));
    if (args[0].equals("custom")) {
      ComplianceEngine engine = ComplianceEngine.builder().addRulesFromClasspath("rules/large-grants.drl").build();
      engine.check(record).findings("EXAMPLE_LARGE_GRANT").forEach(finding -> System.out.println(finding.message()));
      return;
    }
    System.out.print(TextReport.render(ComplianceEngine.standard().check(record)));
    Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmHWM:"))
        .forEach(System.err::println);
  }
}

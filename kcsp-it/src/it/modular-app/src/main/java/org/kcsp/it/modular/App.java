package org.kcsp.it.modular;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.RecordReader;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.report.TextReport;

/**
 * {@code check FILE}: prints the text report of the record. {@code custom FILE}: prints the
 * findings of a rule of the application's own. {@code jackson FILE}: reads the record with a
 * Jackson mapper that found kcsp's modules, and prints the JSON report it writes.
 */
public final class App {

  public static void main(String[] args) throws IOException {
    PartnershipRecord record = RecordReader.read(Path.of(args[1]));
    switch (args[0]) {
      case "custom" -> ComplianceEngine.builder().addRulesFromClasspath("rules/large-grants.drl").build().check(record)
          .findings("EXAMPLE_LARGE_GRANT").forEach(finding -> System.out.println(finding.message()));
      case "jackson" -> {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        ComplianceReport report = ComplianceEngine.standard()
            .check(mapper.readValue(Files.readString(Path.of(args[1])), PartnershipRecord.class));
        System.out.println(mapper.writeValueAsString(report));
      }
      default -> System.out.print(TextReport.render(ComplianceEngine.standard().check(record)));
    }
  }
}

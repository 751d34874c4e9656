package org.kcsp.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.RecordReader;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Finding;

/** What the applications must print, worked out here, in the tests' own JVM, with the same library. */
final class Expected {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();

  private Expected() {}

  static ComplianceReport report(Path record) {
    PartnershipRecord read = RecordReader.read(record);
    return ENGINE.check(read);
  }

  /** The report of the JSON record in {@code record}, read as text that the application calls {@code source}. */
  static ComplianceReport report(Path record, String source) throws IOException {
    PartnershipRecord read = RecordReader.read(Files.readString(record, StandardCharsets.UTF_8), RecordReader.Syntax.JSON, source);
    return ENGINE.check(read);
  }

  /** The messages of the findings of the applications' own rule (src/main/resources/rules/large-grants.drl of each). */
  static List<String> ownRuleMessages(Path application, Path record) throws IOException {
    Path drl = application.resolve("src/main/resources/rules/large-grants.drl");
    ComplianceEngine engine = ComplianceEngine.builder()
        .addRules("large-grants.drl", Files.readString(drl, StandardCharsets.UTF_8)).build();
    return engine.check(RecordReader.read(record)).findings("EXAMPLE_LARGE_GRANT").stream().map(Finding::message).toList();
  }
}

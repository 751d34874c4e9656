package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.examples.KcspCommandTest.kcsp;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.examples.KcspCommandTest.Run;
import org.kcsp.examples.generate.RecordGenerator;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.Document;
import org.kcsp.model.io.RecordReader;
import org.kcsp.model.io.RecordWriter;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.report.SarifReport;

/**
 * {@code --format sarif} is valid SARIF 2.1.0: every log kcsp writes (the bundled examples, generated
 * records of both versions with waivers and gaps, several records in one log, a record built in
 * code) is checked against the official schema, kept as a test resource (schemas/README.md).
 */
class SarifSchemaTest {

  private static final Schema SCHEMA = schema();

  @TempDir Path dir;

  private static Schema schema() {
    try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
          .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertValid(String sarif, String what) {
    assertThat(SCHEMA.validate(sarif, InputFormat.JSON)).as(what).isEmpty();
    // every artifact's URI is a URI reference, as the schema's format says
    Document.Value log = Document.parse(sarif, RecordReader.Syntax.JSON, what, "SARIF log").root();
    for (Document.Value run : log.get("runs").items()) {
      for (Document.Value result : run.get("results").items()) {
        Document.Value locations = result.get("locations");
        Document.Value physical = locations == null ? null : locations.items().get(0).get("physicalLocation");
        if (physical != null) {
          URI.create(physical.get("artifactLocation").get("uri").text());
        }
      }
    }
  }

  @Test
  void writes_valid_sarif_for_every_bundled_example() throws IOException {
    for (BundledExamples.Example example : BundledExamples.all()) {
      // GIVEN a bundled record in a file
      Path file = dir.resolve(example.name());
      try (InputStream in = example.open()) {
        Files.write(file, in.readAllBytes());
      }
      // WHEN it is validated with --format sarif
      Run run = kcsp("validate", file.toString(), "--format", "sarif");
      // THEN the log is valid SARIF, its results at the lines of the file
      assertThat(run.status()).as(run.err()).isIn(0, 1);
      assertValid(run.out(), example.name());
      assertThat(run.out()).contains("\"startLine\"");
    }
  }

  @Test
  void writes_valid_sarif_for_generated_records_of_both_versions_with_waivers_and_gaps() {
    ComplianceEngine engine = ComplianceEngine.standard();
    List<ComplianceReport> reports = new ArrayList<>();
    for (FormatVersion version : List.of(FormatVersion.V1, FormatVersion.V2)) {
      RecordGenerator generator = new RecordGenerator(7, version);
      for (int partnership = 0; partnership < 30; partnership++) {
        PartnershipRecord record = generator.record(partnership, partnership % 5);
        String name = "generated/" + RecordGenerator.fileName(partnership, partnership % 5);
        reports.add(engine.check(RecordReader.readJson(RecordWriter.toJson(record), name)));
      }
    }
    assertThat(reports.stream().mapToLong(ComplianceReport::waivedCount).sum()).as("waived findings").isPositive();
    assertThat(reports.stream().mapToLong(report -> report.gaps().size()).sum()).as("gaps").isPositive();
    for (ComplianceReport report : reports) {
      assertValid(SarifReport.render(report), report.recordFile().orElseThrow());
    }
    assertValid(SarifReport.render(reports), "every generated record in one log");
  }

  @Test
  void writes_valid_sarif_for_several_records_on_standard_output_and_for_a_record_built_in_code() throws IOException {
    // GIVEN two records in a directory
    for (String name : List.of("kcsp-2020-03-18.json", "kcsp-2022-07-14.json")) {
      try (InputStream in = BundledExamples.class.getClassLoader().getResourceAsStream("examples/" + name)) {
        Files.write(dir.resolve(name), in.readAllBytes());
      }
    }
    // WHEN the directory is validated to standard output
    Run run = kcsp("validate", dir.toString(), "--format", "sarif");
    // THEN it is one valid log of two runs
    assertValid(run.out(), "two records");
    assertThat(Document.parse(run.out(), RecordReader.Syntax.JSON, "out", "log").root().get("runs").items()).hasSize(2);
    // AND a record built in code gives a valid log too, its results with logical locations only
    PartnershipRecord built = new RecordGenerator(3, FormatVersion.V2).record(1, 2);
    String sarif = SarifReport.render(ComplianceEngine.standard().check(built));
    assertValid(sarif, "a record built in code");
    assertThat(sarif).contains("\"logicalLocations\"").doesNotContain("\"physicalLocation\"");
  }

  @Test
  void the_schema_refuses_a_log_that_is_not_sarif() {
    // GIVEN a valid log
    String sarif = SarifReport.render(ComplianceEngine.standard().check(new RecordGenerator(3, FormatVersion.V1).record(0, 0)));
    assertValid(sarif, "a generated record");
    // THEN a level SARIF does not have, a version it is not, and a key no result has are refused
    assertThat(SCHEMA.validate(sarif.replaceFirst("\"level\": \"[a-z]+\"", "\"level\": \"fatal\""), InputFormat.JSON)).isNotEmpty();
    assertThat(SCHEMA.validate(sarif.replace("\"version\": \"2.1.0\"", "\"version\": \"2.0.0\""), InputFormat.JSON)).isNotEmpty();
    assertThat(SCHEMA.validate(sarif.replaceFirst("\"ruleId\"", "\"ruleIdentifier\""), InputFormat.JSON)).isNotEmpty();
  }
}

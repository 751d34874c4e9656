package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kcsp.examples.generate.RecordGenerator;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.Document;
import org.kcsp.model.io.RecordReader;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Outcome;
import org.kcsp.rules.Severity;
import org.kcsp.rules.SubjectKind;
import org.kcsp.rules.report.JsonReport;
import org.kcsp.rules.report.ReportSchema;

/**
 * The JSON report's schema ({@code ./kcsp schema report}) accepts every golden report and the
 * reports of generated records, names the values of the API's enums, and refuses a report that
 * is not of the format.
 */
class ReportSchemaTest {

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(ReportSchema.json());

  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  private static List<Path> goldenReports() throws IOException {
    try (Stream<Path> files = Files.list(GOLDEN)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".report.json")).sorted().toList();
    }
  }

  @Test
  void accepts_every_golden_json_report() throws IOException {
    List<Path> reports = goldenReports();
    assertThat(reports).hasSizeGreaterThanOrEqualTo(3);
    for (Path report : reports) {
      assertThat(SCHEMA.validate(Files.readString(report, StandardCharsets.UTF_8), InputFormat.JSON))
          .as(report.toString()).isEmpty();
    }
  }

  @Test
  void accepts_the_reports_of_generated_records_waived_findings_included() {
    ComplianceEngine engine = ComplianceEngine.standard();
    RecordGenerator generator = new RecordGenerator(5, FormatVersion.V1);
    int waived = 0;
    for (int partnership = 0; partnership < 20; partnership++) {
      PartnershipRecord record = generator.record(partnership, partnership % 6);
      ComplianceReport report = engine.check(record);
      waived += report.waivedCount();
      assertThat(SCHEMA.validate(JsonReport.render(report), InputFormat.JSON)).as(record.partnership().id()).isEmpty();
    }
    assertThat(waived).as("waived findings in the reports checked").isPositive();
  }

  @Test
  void names_the_severities_outcomes_and_subject_kinds_of_the_api() {
    Document.Value defs = Document.parse(ReportSchema.json(), RecordReader.Syntax.JSON, "kcsp-report.schema.json", "schema")
        .root().get("$defs");
    assertThat(values(defs.get("severity"))).isEqualTo(names(Severity.values()));
    assertThat(values(defs.get("outcome"))).isEqualTo(names(Outcome.values()));
    assertThat(values(defs.get("subjectKind"))).isEqualTo(names(SubjectKind.values()));
  }

  private static List<String> values(Document.Value choice) {
    return choice.get("enum").items().stream().map(Document.Value::text).toList();
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  @Test
  void accepts_locations_in_a_file_by_path_alone_and_none_and_refuses_a_line_without_a_column() throws IOException {
    // GIVEN a golden report, whose findings are placed in the bundled file they were read from
    String golden = Files.readString(GOLDEN.resolve("kcsp-2022-07-13-before-the-meeting.report.json"), StandardCharsets.UTF_8);
    assertThat(golden).contains("\"line\": 346");
    // THEN a location by path alone (a record built in code) and none (a subject the record does not hold) are accepted
    String byPath = golden.replaceAll("\"file\": \"[^\"]*\",\\s*(\"path\": \"[^\"]*\"),\\s*\"line\": \\d+,\\s*\"column\": \\d+", "$1");
    assertThat(byPath).doesNotContain("\"line\"");
    assertThat(SCHEMA.validate(byPath, InputFormat.JSON)).isEmpty();
    assertThat(SCHEMA.validate(golden.replaceFirst("\"location\": \\{[^}]*}", "\"location\": null"), InputFormat.JSON)).isEmpty();
    // AND a line without its column, or a location without a path, is refused
    assertThat(SCHEMA.validate(golden.replaceFirst(",\\s*\"column\": \\d+", ""), InputFormat.JSON)).isNotEmpty();
    assertThat(SCHEMA.validate(golden.replaceFirst("\"path\": \"\\$\\.partnership\",", ""), InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void refuses_a_report_that_is_not_of_the_format() throws IOException {
    String golden = Files.readString(goldenReports().get(0), StandardCharsets.UTF_8);

    assertThat(SCHEMA.validate(golden.replaceFirst("\"errors\"", "\"errorCount\""), InputFormat.JSON)).isNotEmpty();
    assertThat(SCHEMA.validate(golden.replaceFirst("\"outcome\": \"PASS\"", "\"outcome\": \"PASSED\""), InputFormat.JSON))
        .isNotEmpty();
    assertThat(SCHEMA.validate(golden.replaceFirst("\"asOf\": \"[0-9-]*\"", "\"asOf\": \"14 July 2022\""), InputFormat.JSON))
        .isNotEmpty();
    assertThat(SCHEMA.validate(golden.replaceFirst("\\{", "{ \"extra\": 1,"), InputFormat.JSON)).isNotEmpty();
  }
}

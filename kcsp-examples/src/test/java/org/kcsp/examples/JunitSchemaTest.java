package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kcsp.examples.KcspCommandTest.kcsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.examples.KcspCommandTest.Run;
import org.kcsp.examples.generate.RecordGenerator;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.RecordReader;
import org.kcsp.model.io.RecordWriter;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Outcome;
import org.kcsp.rules.report.JunitReport;
import org.xml.sax.SAXException;

/**
 * {@code --format junit} is JUnit XML as CI servers read it: every document kcsp writes is checked
 * against the schema Jenkins' xUnit plugin validates test reports with ({@code junit-10.xsd}, kept
 * as a test resource, schemas/README.md).
 */
class JunitSchemaTest {

  private static final Schema SCHEMA = schema();

  @TempDir Path dir;

  private static Schema schema() {
    try (InputStream in = JunitSchemaTest.class.getResourceAsStream("/schemas/junit-10.xsd")) {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return factory.newSchema(new StreamSource(in));
    } catch (IOException | SAXException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void validate(String xml) throws IOException, SAXException {
    var validator = SCHEMA.newValidator();
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    validator.validate(new StreamSource(new StringReader(xml)));
  }

  @Test
  void writes_valid_junit_xml_for_every_bundled_example() throws Exception {
    for (BundledExamples.Example example : BundledExamples.all()) {
      // GIVEN a bundled record in a file
      Path file = dir.resolve(example.name());
      try (InputStream in = example.open()) {
        Files.write(file, in.readAllBytes());
      }
      // WHEN it is validated with --format junit
      Run run = kcsp("validate", file.toString(), "--format", "junit");
      // THEN the document is valid JUnit XML
      assertThat(run.status()).as(run.err()).isIn(0, 1);
      validate(run.out());
    }
  }

  @Test
  void writes_valid_junit_xml_for_generated_records_of_every_outcome() throws Exception {
    // GIVEN generated records of both versions, between them rules of every outcome
    ComplianceEngine engine = ComplianceEngine.standard();
    List<ComplianceReport> reports = new ArrayList<>();
    for (FormatVersion version : List.of(FormatVersion.V1, FormatVersion.V2)) {
      RecordGenerator generator = new RecordGenerator(7, version);
      for (int partnership = 0; partnership < 30; partnership++) {
        PartnershipRecord record = generator.record(partnership, partnership % 5);
        reports.add(engine.check(RecordReader.readJson(RecordWriter.toJson(record), RecordGenerator.fileName(partnership, 0))));
      }
    }
    for (Outcome outcome : Outcome.values()) {
      assertThat(reports.stream().mapToLong(report -> report.ruleCount(outcome)).sum()).as(outcome.name()).isPositive();
    }
    // THEN each record's document, and all of them in one, are valid
    for (ComplianceReport report : reports) {
      validate(JunitReport.render(report));
    }
    validate(JunitReport.render(reports));
  }

  @Test
  void writes_one_valid_document_for_several_records_on_standard_output() throws Exception {
    // GIVEN two records in a directory
    for (String name : List.of("kcsp-2020-03-18.json", "kcsp-2022-07-14.json")) {
      try (InputStream in = BundledExamples.class.getClassLoader().getResourceAsStream("examples/" + name)) {
        Files.write(dir.resolve(name), in.readAllBytes());
      }
    }
    // WHEN the directory is validated to standard output
    Run run = kcsp("validate", dir.toString(), "--format", "junit");
    // THEN it is one valid document of two suites, named after each partnership and date
    validate(run.out());
    assertThat(run.out()).containsOnlyOnce("<testsuites").contains("<testsuite name=\"KCSP as of 2020-03-18\"")
        .contains("<testsuite name=\"KCSP as of 2022-07-14\"");
  }

  @Test
  void the_schema_refuses_a_document_that_is_not_junit_xml() throws Exception {
    // GIVEN a valid document
    String xml = JunitReport.render(ComplianceEngine.standard().check(new RecordGenerator(3, FormatVersion.V1).record(0, 0)));
    validate(xml);
    // THEN a test case without a name, and a suite without its count of tests, are refused
    assertThatThrownBy(() -> validate(xml.replaceFirst("<testcase name=\"[A-Z_]+\"", "<testcase")))
        .isInstanceOf(SAXException.class);
    assertThatThrownBy(() -> validate(xml.replaceFirst(" tests=\"[0-9]+\"", ""))).isInstanceOf(SAXException.class);
  }
}

package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kcsp.examples.generate.RecordGenerator;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.io.RecordSchema;
import org.kcsp.model.io.RecordWriter;

/** The record format's JSON Schema accepts the bundled examples, the bundled district record and generated records of both versions. */
class RecordSchemaExamplesTest {

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(RecordSchema.json());

  static Stream<BundledExamples.Example> examples() {
    return BundledExamples.all().stream();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void accepts_every_bundled_example(BundledExamples.Example example) throws IOException {
    // GIVEN a bundled example, as shipped
    String text;
    try (InputStream in = example.open()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    // WHEN the schema checks it
    // THEN it finds nothing wrong
    assertThat(SCHEMA.validate(text, InputFormat.JSON)).as(example.name()).isEmpty();
  }

  @Test
  void accepts_the_bundled_district_record() throws IOException {
    String text;
    try (InputStream in = RecordSchemaExamplesTest.class.getClassLoader()
        .getResourceAsStream("district/eastmarsh-2024-03-31.json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(SCHEMA.validate(text, InputFormat.JSON)).isEmpty();
  }

  @Test
  void accepts_generated_records_of_both_versions_as_the_writer_writes_them() {
    for (FormatVersion version : FormatVersion.values()) {
      // GIVEN records of the generator, written as JSON and YAML
      RecordGenerator generator = new RecordGenerator(13, version);
      for (int partnership = 0; partnership < 5; partnership++) {
        String json = RecordWriter.toJson(generator.record(partnership, 3));
        String yaml = RecordWriter.toYaml(generator.record(partnership, 3));

        // WHEN the schema checks them
        // THEN it finds nothing wrong
        assertThat(SCHEMA.validate(json, InputFormat.JSON)).as("%s partnership %s", version, partnership).isEmpty();
        assertThat(SCHEMA.validate(yaml, InputFormat.YAML)).as("%s partnership %s", version, partnership).isEmpty();
      }
    }
  }

  @Test
  void accepts_300_generated_version_2_records_with_their_gaps() {
    // GIVEN 300 version 2 records, in which every kind of fact not recorded or unknown occurs
    RecordGenerator generator = new RecordGenerator(1);
    for (int partnership = 0; partnership < 50; partnership++) {
      for (int year = 0; year < 6; year++) {
        String json = RecordWriter.toJson(generator.record(partnership, year));

        // WHEN the schema checks each
        // THEN it finds nothing wrong
        assertThat(SCHEMA.validate(json, InputFormat.JSON)).as(RecordGenerator.fileName(partnership, year)).isEmpty();
      }
    }
  }
}

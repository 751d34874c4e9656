package org.kcsp.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kcsp.model.io.MalformedRecords.Case;
import org.kcsp.model.io.RecordReader.Syntax;

/**
 * The record format's JSON Schema: shipped in the jar as the format's description derives it,
 * accepting every valid record of the tests, and refusing every malformed one it can express.
 */
class RecordSchemaTest {

  private static final Path SHIPPED = Path.of("src/main/resources" + RecordSchema.RESOURCE);

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(RecordSchema.json());

  @Test
  void the_shipped_schema_is_the_one_the_format_description_derives() throws IOException {
    // GIVEN the schema the description of the format derives
    String derived = RecordSchemaGenerator.schema();
    if (Boolean.getBoolean("kcsp.updateGolden")) {
      Files.createDirectories(SHIPPED.getParent());
      Files.writeString(SHIPPED, derived, StandardCharsets.UTF_8);
    }

    // WHEN the schema in the jar is read
    // THEN it is the same, byte for byte (regenerate with -Dkcsp.updateGolden=true)
    assertThat(RecordSchema.json()).as("%s (regenerate with -Dkcsp.updateGolden=true)", SHIPPED).isEqualTo(derived);
  }

  static Stream<Named<Path>> validRecords() throws IOException, URISyntaxException {
    Path records = Path.of(RecordSchemaTest.class.getResource("/records").toURI());
    try (Stream<Path> files = Files.list(records)) {
      return files.sorted().toList().stream().map(file -> Named.of(file.getFileName().toString(), file));
    }
  }

  @ParameterizedTest(name = "accepts {0}")
  @MethodSource("validRecords")
  void accepts_every_valid_record_of_the_tests(Path file) throws IOException {
    // GIVEN a valid record of the tests, which the reader reads
    String text = Files.readString(file);
    RecordReader.read(file);

    // WHEN the schema checks it
    List<Error> errors = SCHEMA.validate(text, file.toString().endsWith(".json") ? InputFormat.JSON : InputFormat.YAML);

    // THEN it finds nothing wrong
    assertThat(errors).as(file.toString()).isEmpty();
  }

  @Test
  void accepts_the_corpus_base_records_and_what_the_writer_writes() {
    assertThat(SCHEMA.validate(MalformedRecords.BASE, InputFormat.JSON)).isEmpty();
    assertThat(SCHEMA.validate(MalformedRecords.YAML_BASE, InputFormat.YAML)).isEmpty();
    assertThat(SCHEMA.validate(MalformedRecords.BASE_2, InputFormat.JSON)).isEmpty();
    String written = RecordWriter.toJson(RecordReaderTest.complete());
    assertThat(SCHEMA.validate(written, InputFormat.JSON)).isEmpty();
    assertThat(SCHEMA.validate(RecordWriter.toYaml(RecordReaderTest.complete()), InputFormat.YAML)).isEmpty();
  }

  /** The JSON cases of the corpus whose text is JSON at all, with no key twice in an object (a schema sees one). */
  static Stream<Named<Case>> malformedJson() {
    return MalformedRecords.all().stream()
        .filter(bad -> bad.syntax == Syntax.JSON && !bad.beyondSchema && isPlainJson(bad))
        .map(bad -> Named.of(bad.name, bad));
  }

  /** Whether the case is one JSON value in UTF-8 with no key twice in an object. */
  private static boolean isPlainJson(Case bad) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .decode(java.nio.ByteBuffer.wrap(bad.input.get())).toString();
      try (JsonParser parser = new JsonFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .createParser(text)) {
        parser.nextToken();
        parser.skipChildren();
        return parser.nextToken() == null;
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  @ParameterizedTest(name = "refuses {0}")
  @MethodSource("malformedJson")
  void refuses_every_malformed_record_it_can_express(Case bad) {
    // GIVEN a malformed record of the corpus that is well-formed JSON, of a kind the schema expresses
    String text = new String(bad.input.get(), StandardCharsets.UTF_8);

    // WHEN the schema checks it
    List<Error> errors = SCHEMA.validate(text, InputFormat.JSON);

    // THEN it finds it wrong
    assertThat(errors).as(bad.name).isNotEmpty();
  }

  @Test
  void the_schema_expresses_most_of_the_corpus_that_is_plain_json() {
    long expressed = malformedJson().count();
    long beyond = MalformedRecords.all().stream().filter(bad -> bad.beyondSchema).count();
    assertThat(expressed).isGreaterThan(beyond);
  }
}

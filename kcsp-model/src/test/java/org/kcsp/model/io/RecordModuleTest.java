package org.kcsp.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Problem;
import org.kcsp.model.RecordPath;
import org.kcsp.model.io.MalformedRecords.Case;
import org.kcsp.model.io.RecordReader.Syntax;

/** An application's own ObjectMapper reads and writes records exactly as the reader and writer do. */
class RecordModuleTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  /** A small valid record, one organisation on line 5. */
  static final String SMALL = """
      {
        "format": "kcsp-record/1",
        "partnership": { "id": "KCSP", "name": "Kent Community Safety Partnership", "area": "Kent", "tier": "COUNTY" },
        "organisations": [
          { "id": "KENT-PCC", "name": "Kent Police and Crime Commissioner", "kind": "POLICE_AND_CRIME_COMMISSIONER" }
        ],
        "grants": [
          { "id": "CRG-2019-20", "programme": "Crime Reduction Grant", "funder": "KENT-PCC",
            "financialYear": "2019/20", "allocation": 39661 }
        ]
      }
      """;

  private static String text(String resource) throws IOException {
    return Files.readString(RecordReaderTest.resource(resource), StandardCharsets.UTF_8);
  }

  /** What the mapper's refusal says, once it is known to be a mapping error caused by an invalid record. */
  private static InvalidRecordException refusal(Throwable thrown) {
    assertThat(thrown).isInstanceOf(JsonMappingException.class).hasCauseInstanceOf(InvalidRecordException.class);
    return (InvalidRecordException) thrown.getCause();
  }

  @Test
  void is_found_by_find_and_register_modules() {
    assertThat(MAPPER.getRegisteredModuleIds()).contains(new RecordModule().getTypeId());
    assertThat(new ObjectMapper().getRegisteredModuleIds()).doesNotContain(new RecordModule().getTypeId());
  }

  @ParameterizedTest
  @ValueSource(strings = {"complete.json", "complete-2.json", "not-recorded-2.json", "not-recorded-inside-2.json", "unknown-2.json"})
  void reads_a_record_as_the_reader_does_and_writes_it_as_the_writer_does(String name) throws IOException {
    // GIVEN a valid record file of either version
    String json = text(name);
    PartnershipRecord expected = RecordReader.readJson(json, name);
    // WHEN the mapper reads it and writes it
    PartnershipRecord read = MAPPER.readValue(json, PartnershipRecord.class);
    // THEN it reads the same record, writes RecordWriter's text in kcsp's layout, byte for byte,
    // the same JSON in its own layout, and reads back what it wrote
    assertThat(read).isEqualTo(expected);
    assertThat(read.format()).isEqualTo(expected.format());
    assertThat(MAPPER.writer(JsonLayout.printer()).writeValueAsString(read) + "\n").isEqualTo(RecordWriter.toJson(expected));
    String compact = MAPPER.writeValueAsString(read);
    assertThat(MAPPER.readTree(compact)).isEqualTo(MAPPER.readTree(RecordWriter.toJson(expected)));
    assertThat(MAPPER.readValue(compact, PartnershipRecord.class)).isEqualTo(expected);
  }

  @Test
  void refuses_a_record_with_the_readers_problems_at_their_lines_and_columns() throws IOException {
    // GIVEN a record whose organisation has a misspelt key and whose grant's allocation is a string
    String json = SMALL.replace("\"kind\"", "\"knd\"").replace("39661", "\"39661\"");
    // WHEN the mapper reads it
    Throwable thrown = catchThrowable(() -> MAPPER.readValue(json, PartnershipRecord.class));
    // THEN the cause is the reader's exception, each problem at its place in the text given
    InvalidRecordException invalid = refusal(thrown);
    assertThat(invalid.problems()).isEqualTo(problems(json, "x"))
        .extracting(p -> p.recordPath() + " " + p.line() + ":" + p.column())
        .containsExactly("$.organisations[0].kind 5:5", "$.organisations[0].knd 5:71", "$.grants[0].allocation 9:49");
    assertThat(invalid.source()).contains(RecordModule.DEFAULT_SOURCE);
    assertThat(thrown.getMessage()).contains("unknown key \"knd\": did you mean \"kind\"?");
  }

  @Test
  void places_the_objects_of_a_record_where_they_are_in_the_text_it_read() throws IOException {
    // GIVEN a record of several lines, the mapper's text and the reader's
    String json = text("complete-2.json");
    PartnershipRecord byReader = RecordReader.read(json, Syntax.JSON, RecordModule.DEFAULT_SOURCE);
    // WHEN the mapper reads it
    PartnershipRecord byMapper = MAPPER.readValue(json, PartnershipRecord.class);
    // THEN every object and array is where the reader places it: in the text given, not in a copy of it
    RecordLocations mapped = RecordLocations.of(byMapper);
    RecordLocations read = RecordLocations.of(byReader);
    List<RecordPath> paths = List.of(RecordPath.parse("$"), RecordPath.parse("$.partnership"),
        RecordPath.parse("$.organisations[0]"), RecordPath.parse("$.grants[0]"), RecordPath.parse("$.grants[0].projects"));
    for (RecordPath path : paths) {
      assertThat(mapped.locate(path)).as(path.toString()).isEqualTo(read.locate(path));
    }
    assertThat(mapped.locate(RecordPath.parse("$.grants[0]")).line()).isGreaterThan(1);
  }

  @Test
  void names_what_it_reads_as_it_is_told() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new RecordModule("the request body"));
    Throwable thrown = catchThrowable(() -> mapper.readValue("{\"format\": \"kcsp-record/1\"}", PartnershipRecord.class));
    assertThat(refusal(thrown).source()).contains("the request body");
    assertThat(thrown.getMessage()).startsWith("the request body: ");
  }

  @Test
  void reads_records_inside_other_json_and_places_problems_in_the_whole_text() throws IOException {
    // GIVEN a list of two records, the second with a misspelt key
    String good = SMALL;
    String bad = good.replace("\"kind\"", "\"knd\"");
    String list = "[\n" + good + ",\n" + bad + "]";
    // WHEN the mapper reads the first alone, then both
    List<PartnershipRecord> one = MAPPER.readValue("[" + good + "]", new TypeReference<>() {});
    Throwable thrown = catchThrowable(() -> MAPPER.readValue(list, new TypeReference<List<PartnershipRecord>>() {}));
    // THEN the first is the reader's record, and the problem of the second is at its line in the list
    assertThat(one).containsExactly(RecordReader.readJson(good, "good.json"));
    Problem problem = refusal(thrown).problems().stream()
        .filter(p -> p.recordPath().toString().equals("$.organisations[0].knd")).findFirst().orElseThrow();
    int line = (int) list.substring(0, list.indexOf("\"knd\"")).lines().count();
    assertThat(problem.line()).isEqualTo(line);
    assertThat(problem.column()).isEqualTo(list.lines().toList().get(line - 1).indexOf("\"knd\"") + 1);
  }

  @Test
  void refuses_content_after_the_record_when_the_mapper_does() {
    // Content after the value is the mapper's concern, as with any type it reads.
    String json = SMALL + " {}";
    ObjectMapper strict = new ObjectMapper().findAndRegisterModules().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    assertThat(catchThrowable(() -> strict.readValue(json, PartnershipRecord.class))).isInstanceOf(JsonMappingException.class);
    assertThat(catchThrowable(() -> RecordReader.readJson(json, "x.json"))).isInstanceOf(InvalidRecordException.class);
  }

  @Test
  void refuses_every_json_case_of_the_corpus_with_exactly_the_readers_problems() {
    // GIVEN every JSON input of the corpus of bad records, and a mapper that holds the document
    // as a whole (its size, what follows the record) to the reader's limits, as RecordModule says
    ObjectMapper strict = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(RecordReader.MAX_BYTES).build())
            .build())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .findAndAddModules()
        .build();
    List<String> different = new ArrayList<>();
    int compared = 0;
    for (Case bad : MalformedRecords.all()) {
      String json = bad.syntax == Syntax.JSON ? utf8(bad.bytes()) : null;
      if (json == null) {
        continue;
      }
      // WHEN the mapper reads it
      Throwable thrown = catchThrowable(() -> strict.readValue(json, PartnershipRecord.class));
      // THEN it is refused: by Jackson, when the text is not one JSON value within the mapper's
      // limits (no record is read), else with the reader's exception as the cause, listing the
      // same problems
      if (thrown instanceof JsonProcessingException && !(thrown.getCause() instanceof InvalidRecordException)) {
        continue;
      }
      compared++;
      if (!(thrown instanceof JsonMappingException) || !(thrown.getCause() instanceof InvalidRecordException invalid)) {
        different.add(bad.name + ": " + thrown);
        continue;
      }
      InvalidRecordException expected = (InvalidRecordException) catchThrowable(() -> RecordReader.readJson(json, "x"));
      // Where the corpus checks only the line (the column is where the parser stopped inside a
      // value too long, a place of its buffers), only lines are compared.
      boolean lineOnly = bad.line > 0 && bad.column == 0;
      if (!places(invalid.problems(), lineOnly).equals(places(expected.problems(), lineOnly))
          || invalid.omitted() != expected.omitted()) {
        different.add(bad.name + ":\n" + invalid.problems() + "\nreader:\n" + expected.problems());
      }
    }
    assertThat(different).isEmpty();
    assertThat(compared).as("cases compared").isGreaterThan(MalformedRecords.all().size() / 2);
  }

  private static List<Problem> places(List<Problem> problems, boolean lineOnly) {
    return lineOnly ? problems.stream().map(p -> new Problem(p.recordPath(), p.message(), p.line(), 0)).toList() : problems;
  }

  private static List<Problem> problems(String json, String source) {
    return ((InvalidRecordException) catchThrowable(() -> RecordReader.readJson(json, source))).problems();
  }

  /** The text of bytes that are valid UTF-8, else null. */
  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}

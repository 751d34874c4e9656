package org.kcsp.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.model.Fraction;
import org.kcsp.model.Grant;
import org.kcsp.model.Money;
import org.kcsp.model.Organisation;
import org.kcsp.model.OrganisationKind;
import org.kcsp.model.PartnershipRecord;

/** Writing records: what is written reads back equal, and the text is canonical. */
class RecordWriterTest {

  @TempDir Path dir;

  private static PartnershipRecord complete() {
    return RecordReaderTest.complete();
  }

  @Test
  void writes_json_that_reads_back_equal() {
    // GIVEN the complete record, read from complete.json
    PartnershipRecord record = complete();

    // WHEN it is written as JSON and read back
    String json = RecordWriter.toJson(record);
    PartnershipRecord back = RecordReader.readJson(json, "written.json");

    // THEN it is the same record
    assertThat(back).isEqualTo(record);
  }

  @Test
  void writes_yaml_that_reads_back_equal() {
    // GIVEN the complete record
    PartnershipRecord record = complete();

    // WHEN it is written as YAML and read back
    String yaml = RecordWriter.toYaml(record);
    PartnershipRecord back = RecordReader.readYaml(yaml, "written.yaml");

    // THEN it is the same record
    assertThat(back).isEqualTo(record);
  }

  @Test
  void writes_canonical_json_byte_for_byte() {
    // GIVEN the complete record written once as JSON
    String once = RecordWriter.toJson(complete());

    // WHEN what was written is read and written again
    String twice = RecordWriter.toJson(RecordReader.readJson(once, "once.json"));

    // THEN the text is identical, byte for byte
    assertThat(twice.getBytes(StandardCharsets.UTF_8)).isEqualTo(once.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void writes_canonical_yaml_byte_for_byte() {
    // GIVEN the complete record written once as YAML (and the same record read from hand-written YAML)
    String once = RecordWriter.toYaml(complete());

    // WHEN what was written is read and written again
    String twice = RecordWriter.toYaml(RecordReader.readYaml(once, "once.yaml"));
    String fromHandWritten = RecordWriter.toYaml(RecordReader.read(RecordReaderTest.resource("complete.yaml")));

    // THEN the text is identical, byte for byte
    assertThat(twice.getBytes(StandardCharsets.UTF_8)).isEqualTo(once.getBytes(StandardCharsets.UTF_8));
    assertThat(fromHandWritten).isEqualTo(once);
  }

  @Test
  void writes_money_with_two_decimals_always() {
    // GIVEN the complete record, whose file writes 39661, 2541.5, 40000.00 and leaves a tactical pot out
    PartnershipRecord record = complete();

    // WHEN it is written
    String json = RecordWriter.toJson(record);
    String yaml = RecordWriter.toYaml(record);

    // THEN every amount is a number with exactly two decimals
    assertThat(json).contains("\"allocation\": 39661.00,", "\"tacticalPot\": 13220.33,", "\"amount\": 2541.50,",
        "\"allocation\": 40000.00,", "\"tacticalPot\": 0.00,", "\"returnedToFunder\": 1500.50,");
    assertThat(yaml).contains("allocation: 39661.00\n", "amount: 2541.50\n", "tacticalPot: 0.00\n");
    assertThat(lines(json).stream().filter(RecordWriterTest::isMoneyLine))
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).matches(" *\"[A-Za-z]+\": [0-9]+\\.[0-9]{2},?"));
  }

  @Test
  void writes_a_tactical_pot_cap_only_where_the_grant_states_one() {
    // GIVEN the complete record, whose first grant writes "tacticalPotCap": "1/3" and whose second writes none
    PartnershipRecord record = complete();

    // WHEN it is written and read back
    String json = RecordWriter.toJson(record);
    PartnershipRecord back = RecordReader.readJson(json, "written.json");

    // THEN the stated one third is written, and the grant without a cap still states none
    assertThat(json).containsOnlyOnce("\"tacticalPotCap\": \"1/3\"");
    assertThat(back.grants().get(0).statedTacticalPotCap()).contains(Fraction.ONE_THIRD);
    assertThat(back.grants().get(1).statedTacticalPotCap()).isEmpty();
    assertThat(back.grants().get(1).tacticalPotCap()).isEqualTo(Fraction.ONE_THIRD);
  }

  @Test
  void writes_keys_in_the_order_of_the_record_format() {
    // GIVEN the complete record, which uses every key
    // WHEN it is written as JSON
    String json = RecordWriter.toJson(complete());

    // THEN every object's keys come in the order the record format lists them
    List<String> kinds = new ArrayList<>();
    RecordFormatKeys.forEachObject(json, (kind, keys) -> {
      kinds.add(kind);
      List<String> order = RecordFormatKeys.ORDER.get(kind);
      assertThat(order).as("a kind of object the record format defines: %s", kind).isNotNull();
      assertThat(keys).as("keys of %s", kind)
          .containsExactlyElementsOf(order.stream().filter(keys::contains).toList());
    });
    assertThat(kinds).containsAll(RecordFormatKeys.ORDER.keySet());
    assertThat(RecordFormatKeys.keysUsed(json)).as("every key is written").allSatisfy((kind, keys) ->
        assertThat(keys).containsExactlyInAnyOrderElementsOf(RecordFormatKeys.ORDER.get(kind)));
  }

  @Test
  void writes_yaml_keys_in_the_same_order_as_json() {
    // GIVEN the complete record
    PartnershipRecord record = complete();

    // WHEN it is written as JSON and as YAML
    List<String> jsonKeys = keysInOrder(RecordWriter.toJson(record), "^ *\"([A-Za-z]+)\":.*");
    List<String> yamlKeys = keysInOrder(RecordWriter.toYaml(record), "^[ -]*([A-Za-z]+):.*");

    // THEN the keys come in the same order
    assertThat(yamlKeys).isEqualTo(jsonKeys);
  }

  @Test
  void ends_its_output_with_one_newline() {
    // GIVEN the complete record
    PartnershipRecord record = complete();

    // WHEN it is written
    String json = RecordWriter.toJson(record);
    String yaml = RecordWriter.toYaml(record);

    // THEN each text ends with a newline, and only one
    assertThat(json).endsWith("}\n").doesNotEndWith("\n\n");
    assertThat(yaml).endsWith("\n").doesNotEndWith("\n\n");
    assertThat(json).startsWith("{\n  \"format\": \"kcsp-record/1\",\n").doesNotContain("\r", "\t");
  }

  @Test
  void writes_a_yaml_file_for_a_yaml_or_yml_ending_and_json_otherwise() throws IOException {
    // GIVEN the complete record
    PartnershipRecord record = complete();

    // WHEN it is written to files with different endings
    Path yaml = dir.resolve("out.yaml");
    Path yml = dir.resolve("out.yml");
    Path json = dir.resolve("out.json");
    RecordWriter.write(record, yaml);
    RecordWriter.write(record, yml);
    RecordWriter.write(record, json);

    // THEN .yaml and .yml hold YAML, .json holds JSON, all in UTF-8, and each reads back equal
    assertThat(Files.readString(yaml, StandardCharsets.UTF_8)).isEqualTo(RecordWriter.toYaml(record));
    assertThat(Files.readString(yml, StandardCharsets.UTF_8)).isEqualTo(RecordWriter.toYaml(record));
    assertThat(Files.readString(json, StandardCharsets.UTF_8)).isEqualTo(RecordWriter.toJson(record));
    assertThat(RecordReader.read(yaml)).isEqualTo(record);
    assertThat(RecordReader.read(yml)).isEqualTo(record);
    assertThat(RecordReader.read(json)).isEqualTo(record);
  }

  @Test
  void round_trips_text_that_looks_like_other_yaml_values() {
    // GIVEN names that YAML would read as booleans, numbers, nulls, comments or structure if written bare
    List<String> awkward = List.of("yes", "No", "on", "null", "~", "2022", "1e3", "0x10", "2019/20", "- item",
        "key: value", "# not a comment", "&anchor", "*alias", "!!java.lang.Runtime", "'quoted'", "\"double\"",
        "line one\nline two", "tab\there", " leading space", "trailing space ", "£13,220.33 — café 🚓",
        "bell \u0007 and escape \u001b", "line\u2028separator", "next\u0085line", "carriage\rreturn", "back\\slash",
        "byte order \uFEFF mark", "\uFEFFat the start", "zero\u200Bwidth", "1:20", "0115355", "0o17", "1_000", "+12", ".5");
    PartnershipRecord.Builder builder = PartnershipRecord.builder().from(complete()).organisations(List.of());
    for (int i = 0; i < awkward.size(); i++) {
      builder.addOrganisations(
          Organisation.builder().id("ORG-" + i).name(awkward.get(i)).kind(OrganisationKind.OTHER).build());
    }
    builder.addAllOrganisations(complete().organisations());
    PartnershipRecord record = builder.build();

    // WHEN it is written as YAML and as JSON and read back
    PartnershipRecord fromYaml = RecordReader.readYaml(RecordWriter.toYaml(record), "awkward.yaml");
    PartnershipRecord fromJson = RecordReader.readJson(RecordWriter.toJson(record), "awkward.json");

    // THEN every name comes back exactly
    assertThat(fromYaml).isEqualTo(record);
    assertThat(fromJson).isEqualTo(record);
  }

  @Test
  void writes_the_largest_amount_exactly() {
    // GIVEN a grant of the largest amount a record may hold
    PartnershipRecord base = complete();
    PartnershipRecord record = PartnershipRecord.builder().from(base)
        .grants(List.of(Grant.builder().from(base.grants().get(0)).allocation(Money.MAX).build(),
            base.grants().get(1)))
        .build();

    // WHEN it is written and read back
    String json = RecordWriter.toJson(record);

    // THEN the amount is written in full, not in exponent form, and reads back equal
    assertThat(json).contains("\"allocation\": 9999999999.99,");
    assertThat(RecordReader.readJson(json, "max.json")).isEqualTo(record);
    assertThat(RecordReader.readYaml(RecordWriter.toYaml(record), "max.yaml")).isEqualTo(record);
  }

  private static boolean isMoneyLine(String line) {
    return line.matches(" *\"(allocation|tacticalPot|upfront|returnedToFunder|amount)\": .*");
  }

  private static List<String> lines(String text) {
    return text.lines().toList();
  }

  private static List<String> keysInOrder(String text, String keyPattern) {
    return text.lines().filter(line -> line.matches(keyPattern)).map(line -> line.replaceFirst(keyPattern, "$1"))
        .toList();
  }
}

package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.examples.KcspCommandTest.kcsp;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kcsp.examples.KcspCommandTest.Run;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Tier;
import org.kcsp.model.internal.KeyFormat;
import org.kcsp.model.internal.RecordFormat;
import org.kcsp.model.io.RecordReader;
import org.kcsp.model.io.RecordSchema;

/** {@code kcsp new}: a version 2 skeleton that reads and validates as it stands, never written over a file. */
class NewCommandTest {

  private static final String NL = System.lineSeparator();
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(RecordSchema.json());

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Tier.class)
  void writes_a_skeleton_of_each_tier_that_reads_and_validates_in_json_and_yaml(Tier tier) throws Exception {
    for (String name : List.of("csp.json", "csp.yaml")) {
      // GIVEN a new file of a partnership of this tier
      Path file = dir.resolve(tier + "-" + name);

      // WHEN kcsp new writes it
      Run run = kcsp("new", "--tier", tier.name(), "--output", file.toString());

      // THEN it is a version 2 record of that tier, that names its schema, which accepts it
      assertThat(run.status()).as(name).isZero();
      assertThat(run.out()).startsWith("Wrote " + file + ": a kcsp-record/2 skeleton of a " + tier + " partnership.");
      PartnershipRecord record = RecordReader.read(file);
      assertThat(record.format()).isEqualTo(FormatVersion.V2);
      assertThat(record.partnership().tier()).isEqualTo(tier);
      assertThat(record.partnership().councils()).containsExactly(RecordSkeleton.council(tier));
      assertThat(record.partnership().countyCouncil().isPresent()).isEqualTo(tier == Tier.DISTRICT);
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (name.endsWith(".json")) {
        assertThat(text).startsWith("{\n  \"$schema\": \"./kcsp-record.schema.json\",\n  \"format\": \"kcsp-record/2\",");
        assertThat(SCHEMA.validate(text, InputFormat.JSON)).as(name).isEmpty();
      } else {
        assertThat(text).startsWith("# yaml-language-server: $schema=./kcsp-record.schema.json\n");
        assertThat(SCHEMA.validate(text, InputFormat.YAML)).as(name).isEmpty();
      }
      // AND every section but the partnership and its organisations is not recorded: checked, it has gaps, not errors of form
      assertThat(record.isRecorded("termsOfReference")).isFalse();
      assertThat(record.isRecorded("agreement")).isFalse();
      Run validate = kcsp("validate", file.toString());
      assertThat(validate.status()).as(validate.err()).isIn(0, 1);
      assertThat(validate.err()).isEmpty();
    }
  }

  @Test
  void writes_a_district_partnership_as_json_unless_asked_otherwise() throws Exception {
    Path json = dir.resolve("csp.json");
    Path yaml = dir.resolve("csp.yml");

    assertThat(kcsp("new", "--output", json.toString()).status()).isZero();
    assertThat(kcsp("new", "--output", yaml.toString(), "--format", "yaml").status()).isZero();

    assertThat(RecordReader.read(json).partnership().tier()).isEqualTo(Tier.DISTRICT);
    assertThat(RecordReader.read(yaml)).isEqualTo(RecordReader.read(json));
  }

  /** The YAML skeleton with its templates taken out of their comments: {@code "# "} lines uncommented, {@code "##"} lines dropped. */
  private static String uncommented(String yaml) {
    return yaml.lines()
        .filter(line -> !line.startsWith("##") && !line.startsWith("# yaml-language-server"))
        .map(line -> line.startsWith("# ") ? line.substring(2) : line)
        .collect(Collectors.joining("\n", "", "\n"));
  }

  @ParameterizedTest
  @EnumSource(Tier.class)
  void holds_a_template_of_every_section_that_is_a_valid_record_once_uncommented(Tier tier) throws Exception {
    // GIVEN a YAML skeleton
    Path file = dir.resolve("csp.yaml");
    assertThat(kcsp("new", "--tier", tier.name(), "--output", file.toString()).status()).isZero();
    String yaml = Files.readString(file, StandardCharsets.UTF_8);

    // THEN it holds a template of every optional section of the record
    for (KeyFormat<PartnershipRecord> key : RecordFormat.RECORD.keys(FormatVersion.V2)) {
      if (!key.isRequired(FormatVersion.V2) && !List.of("policy", "asOf", "description").contains(key.name())) {
        assertThat(yaml).as(key.name()).contains("\n# " + key.name() + ":");
      }
    }
    // AND every template, uncommented, makes the skeleton a valid record in which every section is recorded
    Path filled = Files.writeString(dir.resolve("filled.yaml"), uncommented(yaml), StandardCharsets.UTF_8);
    PartnershipRecord record = RecordReader.read(filled);
    assertThat(record.notRecorded()).isEmpty();
    assertThat(record.waivers()).isNotEmpty();
    assertThat(SCHEMA.validate(Files.readString(filled), InputFormat.YAML)).isEmpty();
  }

  @Test
  void never_writes_over_a_file() throws Exception {
    // GIVEN a record, a directory and a link that leads nowhere, where the new record would go
    Path record = Files.writeString(dir.resolve("kcsp.json"), "{}");
    Path directory = Files.createDirectory(dir.resolve("records.json"));
    Path dangling = Files.createSymbolicLink(dir.resolve("gone.json"), dir.resolve("deleted.json"));
    Map<String, String> before = DiskSnapshot.of(dir);

    for (Path taken : List.of(record, directory, dangling)) {
      // WHEN kcsp new is asked to write there
      Run run = kcsp("new", "--output", taken.toString());

      // THEN it refuses, and nothing changes
      assertThat(run.status()).as(taken.toString()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).isEqualTo("kcsp: --output " + taken + " exists: kcsp new never writes over a file; give a new name" + NL);
    }
    assertThat(DiskSnapshot.of(dir)).isEqualTo(before);
  }

  @Test
  void refuses_a_workbook_format_that_the_output_name_contradicts_and_writes_a_workbook_named_xlsx() throws Exception {
    Map<String, String> before = DiskSnapshot.of(dir);

    Run format = kcsp("new", "--format", "xlsx", "--output", dir.resolve("csp.json").toString());

    assertThat(format.status()).isEqualTo(2);
    assertThat(format.err()).startsWith("kcsp: --format xlsx does not match --output " + dir.resolve("csp.json")
        + ", whose ending says json" + NL);
    assertThat(DiskSnapshot.of(dir)).isEqualTo(before);

    Run ending = kcsp("new", "--output", dir.resolve("csp.xlsx").toString());

    assertThat(ending.status()).as(ending.err()).isZero();
    assertThat(org.kcsp.workbook.RecordWorkbook.read(dir.resolve("csp.xlsx")).partnership().tier()).isEqualTo(Tier.DISTRICT);
  }

  @Test
  void refuses_an_output_it_could_not_read_back_or_write() throws Exception {

    Run text = kcsp("new", "--output", dir.resolve("csp.txt").toString());
    Run mismatch = kcsp("new", "--output", dir.resolve("csp.json").toString(), "--format", "yaml");
    Run missing = kcsp("new", "--output", dir.resolve("no-such/csp.json").toString());
    Run none = kcsp("new");
    Path plain = Files.writeString(dir.resolve("plain.txt"), "not a directory");
    Run underFile = kcsp("new", "--output", plain.resolve("csp.json").toString());

    assertThat(text.status()).isEqualTo(2);
    assertThat(text.err()).startsWith("kcsp: --output " + dir.resolve("csp.txt") + " must end in .json, .yaml, .yml or .xlsx");
    assertThat(mismatch.status()).isEqualTo(2);
    assertThat(mismatch.err()).startsWith("kcsp: --format yaml does not match --output " + dir.resolve("csp.json"));
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("kcsp: cannot write " + dir.resolve("no-such/csp.json") + ": there is no such directory "
        + dir.resolve("no-such") + NL);
    assertThat(underFile.status()).isEqualTo(2);
    assertThat(underFile.err()).isEqualTo("kcsp: cannot write " + plain.resolve("csp.json") + ": " + plain + " is not a directory" + NL);
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.err()).contains("--output");
    try (var names = Files.list(dir)) {
      assertThat(names.map(path -> path.getFileName().toString())).containsExactly("plain.txt");
    }
  }

  @Test
  void leaves_no_temporary_file_beside_the_new_record() throws Exception {
    Path file = dir.resolve("csp.yaml");

    assertThat(kcsp("new", "--output", file.toString()).status()).isZero();

    try (var names = Files.list(dir)) {
      assertThat(names.map(path -> path.getFileName().toString())).containsExactly("csp.yaml");
    }
  }
}

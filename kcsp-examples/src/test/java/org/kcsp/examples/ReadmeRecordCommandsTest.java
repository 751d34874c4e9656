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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.examples.KcspCommandTest.Run;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.RecordReader;

/**
 * The README's "Starting a record, upgrading one, and checking it as you type" runs as printed: its
 * commands, in a directory holding the bundled record they name, and its JSON and YAML records,
 * which name the schema the commands wrote beside them.
 */
class ReadmeRecordCommandsTest {

  private static final Path README = Path.of("../README.md");
  private static final String SECTION = "### Starting a record, upgrading one, and checking it as you type";

  @TempDir Path dir;

  private static String section() throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf(SECTION);
    assertThat(start).as("README section " + SECTION).isNotNegative();
    return readme.substring(start, readme.indexOf("\n### ", start + 1));
  }

  private static String block(String section, String language) {
    Matcher block = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(section);
    assertThat(block.find()).as("the section's ```%s block", language).isTrue();
    return block.group(1);
  }

  /** Runs one README command line in {@link #dir}: file names resolved there, {@code > FILE} writing standard output to it. */
  private Run run(String line) throws Exception {
    String command = line.replaceFirst("\\s+#.*$", "").strip();
    assertThat(command).startsWith("./kcsp ");
    List<String> args = new ArrayList<>();
    Path redirect = null;
    String[] words = command.substring("./kcsp ".length()).split("\\s+");
    for (int i = 0; i < words.length; i++) {
      if (words[i].equals(">")) {
        redirect = dir.resolve(words[++i]);
      } else {
        args.add(!words[i].startsWith("-") && words[i].contains(".") ? dir.resolve(words[i]).toString() : words[i]);
      }
    }
    Run run = kcsp(args.toArray(String[]::new));
    if (redirect != null) {
      Files.writeString(redirect, run.out(), StandardCharsets.UTF_8);
    }
    return run;
  }

  @Test
  void runs_the_readmes_commands_and_reads_its_records_against_the_schema_they_wrote() throws Exception {
    // GIVEN the short version 1 record of the README's "Writing a record", which it upgrades
    String section = section();
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String writing = readme.substring(readme.indexOf("### Writing a record"));
    String shortRecord = block(writing, "json");
    assertThat(shortRecord).contains("\"format\": \"kcsp-record/1\"");
    Files.writeString(dir.resolve("short.json"), shortRecord, StandardCharsets.UTF_8);

    // WHEN each of its commands runs
    List<String> commands = block(section, "").lines().filter(line -> !line.isBlank()).toList();
    assertThat(commands).hasSize(3);
    for (String command : commands) {
      Run run = run(command);
      assertThat(run.status()).as(command + "\n" + run.err()).isZero();
    }

    // THEN a new record, an upgraded one and the schema are beside it
    PartnershipRecord skeleton = RecordReader.read(dir.resolve("maidstone.yaml"));
    assertThat(skeleton.format()).isEqualTo(FormatVersion.V2);
    assertThat(Files.readString(dir.resolve("maidstone.yaml"))).startsWith("# yaml-language-server: $schema=./kcsp-record.schema.json\n");
    assertThat(RecordReader.read(dir.resolve("short-v2.json")).format()).isEqualTo(FormatVersion.V2);
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(dir.resolve("kcsp-record.schema.json")));

    // AND the README's JSON and YAML records, which name that schema, are valid records it accepts
    String json = block(section, "json");
    String yaml = block(section, "yaml");
    assertThat(json).contains("\"$schema\": \"./kcsp-record.schema.json\"");
    assertThat(yaml).startsWith("# yaml-language-server: $schema=./kcsp-record.schema.json\n");
    Path jsonFile = Files.writeString(dir.resolve("smp.json"), json, StandardCharsets.UTF_8);
    Path yamlFile = Files.writeString(dir.resolve("smp.yaml"), yaml, StandardCharsets.UTF_8);
    assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
    assertThat(schema.validate(yaml, InputFormat.YAML)).isEmpty();
    assertThat(RecordReader.read(yamlFile)).isEqualTo(RecordReader.read(jsonFile));
    assertThat(RecordReader.read(jsonFile).isRecorded("meetings")).isTrue();
    assertThat(RecordReader.read(jsonFile).isRecorded("termsOfReference")).isFalse();
    for (Path record : List.of(jsonFile, yamlFile, dir.resolve("maidstone.yaml"), dir.resolve("short-v2.json"))) {
      assertThat(kcsp("validate", record.toString()).status()).as(record.toString()).isIn(0, 1);
    }
  }
}

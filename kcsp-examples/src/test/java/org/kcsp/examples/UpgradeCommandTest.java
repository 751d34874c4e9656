package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.examples.KcspCommandTest.kcsp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.examples.KcspCommandTest.Run;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.Document;
import org.kcsp.model.io.RecordReader;
import org.kcsp.model.io.RecordReader.Syntax;
import org.kcsp.model.io.RecordWriter;

/** {@code kcsp upgrade}: what it writes, where, and what it refuses. */
class UpgradeCommandTest {

  private static final String NL = System.lineSeparator();

  /**
   * A version 1 district record: a meeting without items, an agreement without actions whose
   * first priority lists strands and whose second does not, no grants, no scrutiny sessions, no
   * information sharing agreement, no policy.
   */
  private static final String DISTRICT = """
      {
        "format": "kcsp-record/1",
        "asOf": "2022-07-14",
        "partnership": { "id": "SMP", "name": "Safer Maidstone Partnership", "area": "Maidstone", "tier": "DISTRICT" },
        "organisations": [ { "id": "MBC", "name": "Maidstone Borough Council", "kind": "LOCAL_AUTHORITY" } ],
        "meetings": [ { "id": "SMP-2022-01-10", "body": "SMP", "date": "2022-01-10", "status": "HELD" } ],
        "agreement": {
          "name": "Safer Maidstone Partnership Plan",
          "lastRefreshedOn": "2022-04-01",
          "priorities": [
            { "id": "ASB", "name": "Anti-social behaviour", "kind": "PRIORITY", "strands": ["CRIME_AND_DISORDER"] },
            { "id": "VAWG", "name": "Violence against women and girls", "kind": "PRIORITY" }
          ]
        }
      }
      """;

  /** A version 1 unitary record under england, with scrutiny sessions, information sharing, and priorities without strands. */
  private static final String UNITARY = """
      {
        "format": "kcsp-record/1",
        "policy": "england",
        "partnership": { "id": "MCSP", "name": "Medway Community Safety Partnership", "area": "Medway", "tier": "UNITARY" },
        "organisations": [ { "id": "MC", "name": "Medway Council", "kind": "LOCAL_AUTHORITY" } ],
        "informationSharing": { "name": "Kent and Medway Information Sharing Agreement" },
        "agreement": {
          "name": "Medway Community Safety Plan",
          "lastRefreshedOn": "2022-04-01",
          "priorities": [ { "id": "ASB", "name": "Anti-social behaviour", "kind": "PRIORITY" } ]
        },
        "scrutinySessions": [ { "id": "S1", "date": "2022-03-01", "committee": "Medway Overview and Scrutiny Committee" } ]
      }
      """;

  @TempDir Path dir;

  private Path file(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static Document.Value json(String text) {
    return Document.parse(text, Syntax.JSON, "upgraded.json", "record").root();
  }

  @Test
  void writes_every_absent_evidence_list_as_none_and_leaves_the_lists_of_version_2_not_recorded() throws Exception {
    // GIVEN a version 1 record that leaves out most lists
    Path record = file("smp.json", DISTRICT);

    // WHEN it is upgraded to standard output
    Run run = kcsp("upgrade", record.toString());

    // THEN it is version 2, checked under kcsp as version 1 checked it
    assertThat(run.status()).isZero();
    Document.Value root = json(run.out());
    assertThat(root.get("format").text()).isEqualTo("kcsp-record/2");
    assertThat(root.get("policy").text()).isEqualTo("kcsp");
    // AND every list version 1 read as none is written none
    for (String list : new String[] {"subgroups", "termsOfReference", "grants", "externalAwards", "domesticHomicideReviews"}) {
      assertThat(root.get(list).items()).as(list).isEmpty();
    }
    assertThat(root.get("meetings").items().get(0).get("items").items()).isEmpty();
    assertThat(root.get("agreement").get("actions").items()).isEmpty();
    // AND a priority without strands gets none, since another lists strands
    assertThat(root.get("agreement").get("priorities").items().get(0).get("strands").items()).hasSize(1);
    assertThat(root.get("agreement").get("priorities").items().get(1).get("strands").items()).isEmpty();
    // AND what version 1 did not check, or cannot be said as none, is left not recorded
    assertThat(root.keys()).doesNotContain("scrutinySessions", "strategicAssessments", "seriousViolence", "informationSharing");
    assertThat(root.get("partnership").keys()).doesNotContain("councils");
    // AND the notes say what stays not recorded, and why
    assertThat(run.err()).isEqualTo(
        "kcsp: note: " + record + ": it lists no scrutiny sessions, which version 1 does not check: they are left not recorded" + NL
        + "kcsp: note: " + record + ": it has no information sharing agreement, which version 1 reads as none; version 2"
        + " cannot say none, so it is left not recorded, and ISA_NOT_SIGNED reports a gap instead of not applying" + NL);
  }

  @Test
  void keeps_a_named_policy_and_the_lists_version_1_listed() throws Exception {
    Path record = file("medway.json", UNITARY);

    Run run = kcsp("upgrade", record.toString());

    assertThat(run.status()).isZero();
    Document.Value root = json(run.out());
    assertThat(root.get("policy").text()).isEqualTo("england");
    assertThat(root.get("scrutinySessions").items()).hasSize(1);
    assertThat(root.get("informationSharing").get("versions").items()).isEmpty();
    assertThat(root.get("informationSharing").get("signatures").items()).isEmpty();
    // no priority lists strands: version 1 does not check strands, and version 2 leaves them not recorded
    assertThat(root.get("agreement").get("priorities").items().get(0).keys()).doesNotContain("strands");
    assertThat(root.keys()).doesNotContain("strategicAssessments", "seriousViolence");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void says_an_absent_agreement_stays_not_recorded() throws Exception {
    Path record = file("medway.json", UNITARY.replaceAll("(?s)\"agreement\": \\{.*?\\]\\s*\\},", ""));

    Run run = kcsp("upgrade", record.toString());

    assertThat(run.status()).isZero();
    assertThat(json(run.out()).keys()).doesNotContain("agreement");
    assertThat(run.err()).isEqualTo("kcsp: note: " + record + ": it has no agreement, which version 1 reads as none;"
        + " version 2 cannot say none, so the agreement is left not recorded, and the rules that read it report a gap"
        + " instead of not applying" + NL);
  }

  @Test
  void writes_what_reads_back_as_the_version_2_record_of_the_same_facts() throws Exception {
    Path record = file("smp.json", DISTRICT);

    Run run = kcsp("upgrade", record.toString());

    PartnershipRecord before = RecordReader.read(record);
    PartnershipRecord after = RecordReader.readJson(run.out(), "upgraded.json");
    assertThat(after.format()).isEqualTo(FormatVersion.V2);
    assertThat(after).isEqualTo(RecordUpgrade.of(before).record());
    assertThat(run.out()).isEqualTo(RecordWriter.toJson(after));
    assertThat(after.meetings()).isEqualTo(before.meetings());
    assertThat(after.isRecorded("meetings")).isTrue();
    assertThat(after.isRecorded("scrutinySessions")).isFalse();
    assertThat(after.meetings().get(0).isRecorded("items")).isTrue();
  }

  @Test
  void writes_yaml_for_yaml_and_json_when_asked() throws Exception {
    Path yaml = file("smp.yaml", RecordWriter.toYaml(RecordReader.readJson(DISTRICT, "smp.json")));

    Run asYaml = kcsp("upgrade", yaml.toString());
    Run asJson = kcsp("upgrade", yaml.toString(), "--format", "json");

    assertThat(asYaml.status()).isZero();
    assertThat(asYaml.out()).startsWith("---\nformat: \"kcsp-record/2\"\n");
    assertThat(RecordReader.readYaml(asYaml.out(), "upgraded.yaml")).isEqualTo(RecordReader.readJson(asJson.out(), "upgraded.json"));
    assertThat(asJson.out()).startsWith("{\n  \"format\": \"kcsp-record/2\"");
  }

  @Test
  void writes_to_the_output_file_in_the_syntax_its_name_says() throws Exception {
    Path record = file("smp.json", DISTRICT);
    Path out = dir.resolve("smp-2.yaml");

    Run run = kcsp("upgrade", record.toString(), "--output", out.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(RecordReader.read(out)).isEqualTo(RecordUpgrade.of(RecordReader.read(record)).record());
    assertThat(Files.readString(out)).startsWith("---\n");
  }

  @Test
  void keeps_the_records_file_name_in_an_output_directory() throws Exception {
    Path record = file("smp.yml", RecordWriter.toYaml(RecordReader.readJson(DISTRICT, "smp.json")));
    Path upgraded = Files.createDirectory(dir.resolve("version-2"));

    assertThat(kcsp("upgrade", record.toString(), "--output", upgraded + "/").status()).isZero();
    assertThat(kcsp("upgrade", record.toString(), "--output", upgraded.toString(), "--format", "json").status()).isZero();

    assertThat(upgraded.resolve("smp.yml")).exists();
    assertThat(upgraded.resolve("smp.json")).exists();
    assertThat(RecordReader.read(upgraded.resolve("smp.yml"))).isEqualTo(RecordReader.read(upgraded.resolve("smp.json")));
  }

  @Test
  void keeps_the_records_schema_reference() throws Exception {
    Path json = file("smp.json", DISTRICT.replaceFirst("\\{", "{ \"\\$schema\": \"../schemas/kcsp-record.schema.json\","));
    Path yaml = file("smp.yaml", "# yaml-language-server: $schema=../schemas/kcsp-record.schema.json\n"
        + RecordWriter.toYaml(RecordReader.readJson(DISTRICT, "smp.json")));

    assertThat(kcsp("upgrade", json.toString()).out())
        .startsWith("{\n  \"$schema\": \"../schemas/kcsp-record.schema.json\",\n  \"format\": \"kcsp-record/2\",");
    assertThat(kcsp("upgrade", yaml.toString()).out())
        .startsWith("# yaml-language-server: $schema=../schemas/kcsp-record.schema.json\n---\nformat: \"kcsp-record/2\"");
    assertThat(kcsp("upgrade", json.toString(), "--format", "yaml").out())
        .startsWith("# yaml-language-server: $schema=../schemas/kcsp-record.schema.json\n");
  }

  @Test
  void refuses_a_version_2_record_and_writes_nothing() throws Exception {
    Path record = file("smp.json", DISTRICT);
    Path upgraded = dir.resolve("smp-2.json");
    assertThat(kcsp("upgrade", record.toString(), "--output", upgraded.toString()).status()).isZero();
    Map<String, String> before = DiskSnapshot.of(dir);

    Run run = kcsp("upgrade", upgraded.toString(), "--output", dir.resolve("smp-3.json").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("kcsp: " + upgraded + " is already kcsp-record/2: there is nothing to upgrade" + NL);
    assertThat(DiskSnapshot.of(dir)).isEqualTo(before);
  }

  @Test
  void answers_a_record_that_is_not_valid_with_its_problems() throws Exception {
    Path record = file("bad.json", DISTRICT.replace("\"tier\": \"DISTRICT\"", "\"tier\": \"DISTRCT\""));

    Run run = kcsp("upgrade", record.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("kcsp: " + record + " is not a valid record (1 problem):" + NL + "  $.partnership.tier");
  }

  @Test
  void never_writes_over_the_record_it_reads() throws Exception {
    Path record = file("smp.json", DISTRICT);
    Path link = Files.createSymbolicLink(dir.resolve("latest.json"), record);
    Map<String, String> before = DiskSnapshot.of(dir);

    Run same = kcsp("upgrade", record.toString(), "--output", record.toString());
    Run linked = kcsp("upgrade", record.toString(), "--output", link.toString());
    Run beside = kcsp("upgrade", record.toString(), "--output", dir.toString(), "--format", "yaml");

    assertThat(same.status()).isEqualTo(2);
    assertThat(same.err()).isEqualTo("kcsp: --output " + record + " would replace the input " + record
        + ": kcsp never writes over a record it reads; give another --output" + NL);
    assertThat(linked.status()).isEqualTo(2);
    assertThat(linked.err()).startsWith("kcsp: --output " + link + " would replace the input " + record);
    assertThat(beside.status()).isEqualTo(2);
    assertThat(beside.err()).isEqualTo("kcsp: --output " + dir + " is a directory of the record being upgraded (" + record
        + "): an upgraded record is never written beside the one it comes from, where it could replace another record;"
        + " give another directory" + NL);
    assertThat(DiskSnapshot.of(dir)).isEqualTo(before);
  }

  @Test
  void refuses_an_output_it_could_not_read_back() throws Exception {
    Path record = file("smp.json", DISTRICT);
    Map<String, String> before = DiskSnapshot.of(dir);

    Run text = kcsp("upgrade", record.toString(), "--output", dir.resolve("smp.txt").toString());
    Run mismatch = kcsp("upgrade", record.toString(), "--output", dir.resolve("smp-2.json").toString(), "--format", "yaml");

    assertThat(text.status()).isEqualTo(2);
    assertThat(text.err()).startsWith("kcsp: --output " + dir.resolve("smp.txt") + " must end in .json, .yaml or .yml");
    assertThat(mismatch.status()).isEqualTo(2);
    assertThat(mismatch.err()).startsWith("kcsp: --format yaml does not match --output " + dir.resolve("smp-2.json")
        + ", whose ending says json");
    assertThat(DiskSnapshot.of(dir)).isEqualTo(before);
  }

  @Test
  void says_why_an_output_cannot_be_written() throws Exception {
    Path record = file("smp.json", DISTRICT);

    Run missing = kcsp("upgrade", record.toString(), "--output", dir.resolve("no-such/smp.json").toString());

    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("kcsp: cannot write " + dir.resolve("no-such/smp.json") + ": there is no such directory "
        + dir.resolve("no-such") + NL);
  }
}

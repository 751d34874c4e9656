package org.kcsp.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kcsp.model.AgreementKind;
import org.kcsp.model.BuiltInPolicy;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.Grant;
import org.kcsp.model.GrantConditions;
import org.kcsp.model.Money;
import org.kcsp.model.Nation;
import org.kcsp.model.OrganisationKind;
import org.kcsp.model.PartlyKnown;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Strand;
import org.kcsp.model.Tier;
import org.kcsp.model.internal.KeyFormat;
import org.kcsp.model.internal.ObjectFormat;
import org.kcsp.model.internal.RecordFormat;
import org.kcsp.model.internal.ValueType;

/**
 * Reading and writing {@code kcsp-record/2}: every key, what is not recorded and what is unknown,
 * at every place the format allows, written back as read.
 */
class RecordVersion2Test {

  static PartnershipRecord read(String name) {
    return RecordReader.read(RecordReaderTest.resource(name));
  }

  static Stream<Named<Path>> validRecords() throws IOException, URISyntaxException {
    return RecordSchemaTest.validRecords();
  }

  @Test
  void reads_a_complete_record_that_uses_every_key_of_version_2() throws IOException {
    // GIVEN complete-2.json, which uses every key version 2 defines
    String json = Files.readString(RecordReaderTest.resource("complete-2.json"));
    Map<String, List<String>> order = RecordFormatKeys.order(FormatVersion.V2);
    Map<String, Set<String>> used = RecordFormatKeys.keysUsed(json);
    assertThat(used.keySet()).containsExactlyInAnyOrderElementsOf(order.keySet());
    order.forEach((kind, keys) -> assertThat(used.get(kind)).as("keys of %s", kind).containsExactlyInAnyOrderElementsOf(keys));

    // WHEN it is read
    PartnershipRecord record = read("complete-2.json");

    // THEN its version and the keys of partnerships of other shapes are there, typed
    assertThat(record.format()).isEqualTo(FormatVersion.V2);
    assertThat(record.policy()).contains(BuiltInPolicy.ENGLAND);
    assertThat(record.partnership().nation()).isEqualTo(Nation.ENGLAND);
    assertThat(record.partnership().existsUntil()).contains(LocalDate.of(2030, 3, 31));
    assertThat(record.partnership().councils()).containsExactly("ADUR-DC", "WORTHING-BC");
    assertThat(record.partnership().countyCouncil()).contains("WSCC");
    assertThat(record.partnership().succeededBy()).containsExactly("West Sussex Safer Communities Partnership");
    assertThat(record.organisations()).extracting(o -> o.kind()).contains(OrganisationKind.YOUTH_JUSTICE,
        OrganisationKind.EDUCATION, OrganisationKind.PRISON_OR_YOUTH_CUSTODY, OrganisationKind.HOUSING,
        OrganisationKind.BUSINESS, OrganisationKind.COMMUNITY);
    assertThat(record.scrutinySessions().get(1).council()).contains("WORTHING-BC");
    assertThat(record.domesticHomicideReviews().get(0).ledBy()).contains("WSSCP");
    assertThat(record.domesticHomicideReviews().get(0).homeOfficeNotifiedOn()).contains(LocalDate.of(2020, 2, 25));
    assertThat(record.agreement().orElseThrow().kind()).contains(AgreementKind.PARTNERSHIP_PLAN);
    assertThat(record.agreement().orElseThrow().priorities().get(1).strands())
        .containsExactly(Strand.SERIOUS_VIOLENCE, Strand.SUBSTANCE_MISUSE);
    Grant grant = record.grants().get(0);
    assertThat(grant.retainedByFunder()).contains(Money.of("2000"));
    assertThat(grant.conditions()).contains(List.of());
    assertThat(record.grants().get(1).conditions()).contains(List.of(GrantConditions.KENT_PCC_CRIME_REDUCTION_GRANT));
    assertThat(record.strategicAssessments()).singleElement().satisfies(a -> assertThat(a.title()).isPresent());
    assertThat(record.seriousViolence().orElseThrow().strategyReviewedOn()).containsExactly(LocalDate.of(2025, 1, 20));
  }

  @Test
  void tells_a_list_not_recorded_from_an_empty_one() {
    // GIVEN a version 2 record whose first grant leaves rollovers and projects out, and whose second writes rollovers: []
    PartnershipRecord record = read("not-recorded-inside-2.json");

    // WHEN the grants are asked whether their lists are recorded
    Grant silent = record.grants().get(0);
    Grant none = record.grants().get(1);

    // THEN the absent lists are not recorded, the empty one is recorded and empty
    assertThat(silent.isRecorded("rollovers")).isFalse();
    assertThat(silent.isRecorded("projects")).isFalse();
    assertThat(silent.notRecorded()).containsExactlyInAnyOrder("rollovers", "projects");
    assertThat(none.isRecorded("rollovers")).isTrue();
    assertThat(none.rollovers()).isEmpty();
    assertThat(record.isRecorded("externalAwards")).isTrue();
    assertThat(record.meetings().get(0).isRecorded("items")).isFalse();
  }

  @Test
  void reads_every_root_list_and_object_left_out_as_not_recorded() {
    // GIVEN a version 2 record with only its required keys
    PartnershipRecord record = read("not-recorded-2.json");

    // WHEN it is asked what is recorded
    // THEN every root evidence list and object is not recorded, and so are the councils
    RecordFormat.RECORD.keys().stream().filter(KeyFormat::isEvidence).forEach(key ->
        assertThat(record.isRecorded(key.name())).as(key.name()).isFalse());
    assertThat(record.agreement()).isEmpty();
    assertThat(record.partnership().isRecorded("councils")).isFalse();
    assertThat(record.effectivePolicy()).isEqualTo(BuiltInPolicy.ENGLAND);
  }

  @Test
  void reads_a_version_1_record_as_before_with_everything_recorded() {
    // GIVEN the version 1 complete record and the corpus's small one, whose absent lists are empty
    PartnershipRecord complete = RecordReaderTest.complete();
    PartnershipRecord small = RecordReader.readJson(MalformedRecords.BASE, "base.json");

    // WHEN they are asked what is recorded and unknown
    // THEN version 1 records every list, leaves nothing unknown, and is checked under kcsp unless it says
    assertThat(small.format()).isEqualTo(FormatVersion.V1);
    assertThat(small.isRecorded("scrutinySessions")).isTrue();
    assertThat(small.scrutinySessions()).isEmpty();
    assertThat(small.meetings().get(0).isRecorded("items")).isTrue();
    assertThat(small.effectivePolicy()).isEqualTo(BuiltInPolicy.KCSP);
    assertThat(small.notRecorded()).isEmpty();
    assertThat(small.grants().get(1).projects().get(0).isUnknown("amount")).isTrue();
    assertThat(complete.grants().get(0).isUnknown("allocation")).isFalse();
    assertThat(complete.policy()).contains(BuiltInPolicy.KCSP);
  }

  @Test
  void reads_unknown_values_as_unknown_and_a_grant_without_an_allocation_as_one_of_unknown_amount() {
    // GIVEN a version 2 record naming values in unknown
    PartnershipRecord record = read("unknown-2.json");

    // WHEN it is asked what is unknown
    Grant grant = record.grants().get(0);
    Grant silent = record.grants().get(1);

    // THEN the keys named are unknown, their values empty, and an absent allocation is unknown too
    assertThat(record.domesticHomicideReviews().get(0).isUnknown("decidedOn")).isTrue();
    assertThat(record.domesticHomicideReviews().get(0).decidedOn()).isEmpty();
    assertThat(record.domesticHomicideReviews().get(0).isUnknown("publishedOn")).isFalse();
    assertThat(grant.isUnknown("tacticalPot")).isTrue();
    assertThat(grant.isUnknown("allocation")).isTrue();
    assertThat(grant.knownAllocation()).isEmpty();
    assertThatThrownBy(grant::allocation).isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown");
    assertThat(silent.unknown()).isEmpty();
    assertThat(silent.isUnknown("allocation")).as("absent, so unknown").isTrue();
    assertThat(record.scrutinySessions().get(0).isUnknown("council")).isTrue();
  }

  @Test
  void refuses_a_question_about_a_key_that_is_no_evidence_or_cannot_be_unknown() {
    PartnershipRecord record = read("complete-2.json");
    assertThatThrownBy(() -> record.meetings().get(0).isRecorded("itms"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("its evidence keys are items");
    assertThatThrownBy(() -> record.grants().get(0).isRecorded("reportedTotals"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> record.domesticHomicideReviews().get(0).isUnknown("notifiedOn"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decidedOn");
  }

  @Test
  void reads_the_agreement_kind_and_the_policy_by_their_defaults() {
    PartnershipRecord record = read("not-recorded-inside-2.json");
    assertThat(record.agreement().orElseThrow().kind()).isEmpty();
    assertThat(record.agreement().orElseThrow().kindFor(record.partnership().tier())).isEqualTo(AgreementKind.PARTNERSHIP_PLAN);
    assertThat(record.agreement().orElseThrow().kindFor(Tier.COUNTY)).isEqualTo(AgreementKind.AGREEMENT);
    assertThat(record.policy()).isEmpty();
    assertThat(record.effectivePolicy()).isEqualTo(BuiltInPolicy.ENGLAND);
    assertThat(record.grants().get(0).conditions()).as("absent: the policy's default, not none").isEmpty();
  }

  @Test
  void accepts_and_ignores_a_schema_key_at_the_root_in_both_versions() {
    // GIVEN records of both versions naming their schema
    String v1 = MalformedRecords.BASE.replace("\"format\": \"kcsp-record/1\",",
        "\"$schema\": \"kcsp-record.schema.json\", \"format\": \"kcsp-record/1\",");
    String v2 = "$schema: ./kcsp-record.schema.json\n" + MalformedRecords.YAML_BASE.replace("kcsp-record/1", "kcsp-record/2");

    // WHEN they are read
    // THEN the key changes nothing
    assertThat(RecordReader.readJson(v1, "v1.json")).isEqualTo(RecordReader.readJson(MalformedRecords.BASE, "base.json"));
    assertThat(RecordReader.readYaml(v2, "v2.yaml").format()).isEqualTo(FormatVersion.V2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validRecords")
  void writes_every_valid_record_in_its_version_so_that_it_reads_back_equal(Path file) {
    // GIVEN a valid record of the tests, of either version
    PartnershipRecord record = RecordReader.read(file);

    // WHEN it is written as JSON and as YAML and read back
    String json = RecordWriter.toJson(record);
    String yaml = RecordWriter.toYaml(record);
    PartnershipRecord fromJson = RecordReader.readJson(json, "written.json");
    PartnershipRecord fromYaml = RecordReader.readYaml(yaml, "written.yaml");

    // THEN each is the same record, in the same version, and writing it again gives the same text
    assertThat(fromJson).isEqualTo(record);
    assertThat(fromYaml).isEqualTo(record);
    assertThat(json).startsWith("{\n  \"format\": \"" + record.format().id() + "\"");
    assertThat(RecordWriter.toJson(fromJson)).isEqualTo(json);
    assertThat(RecordWriter.toYaml(fromYaml)).isEqualTo(yaml);
  }

  @Test
  void writes_none_as_an_empty_list_leaves_what_is_not_recorded_out_and_writes_unknown_lists() {
    // GIVEN version 2 records with empty, absent and unknown values
    String inside = RecordWriter.toJson(read("not-recorded-inside-2.json"));
    String unknown = RecordWriter.toJson(read("unknown-2.json"));

    // WHEN they are written
    // THEN [] stays [], absent stays absent, and unknown lists are written
    assertThat(inside).contains("\"rollovers\": [ ]", "\"externalAwards\": [ ]", "\"subgroups\": [ ]")
        .doesNotContain("\"waivers\"", "\"items\"", "\"membership\"");
    assertThat(unknown).containsPattern("\"unknown\": \\[\\s*\"decidedOn\"\\s*]");
    String unknownGrant = unknown.substring(unknown.indexOf("\"id\": \"G1\""), unknown.indexOf("\"id\": \"G2\""));
    assertThat(unknownGrant).as("a default is not written for a value unknown").doesNotContain("\"tacticalPot\":")
        .doesNotContain("\"allocation\":").contains("\"tacticalPot\",");
  }

  @Test
  void places_every_evidence_list_not_recorded_and_every_value_unknown_somewhere_in_the_valid_records()
      throws IOException, URISyntaxException {
    // GIVEN every valid record of the tests
    Set<String> notRecorded = new TreeSet<>();
    Set<String> unknown = new TreeSet<>();
    for (Named<Path> file : validRecords().toList()) {
      walk(RecordFormat.RECORD, RecordReader.read(file.getPayload()), notRecorded, unknown);
    }

    // WHEN the places the format allows are listed
    Set<String> evidence = new TreeSet<>();
    Set<String> unknowable = new TreeSet<>();
    for (ObjectFormat<?> format : RecordFormat.ALL) {
      for (KeyFormat<?> key : format.keys()) {
        if (key.isEvidence()) {
          evidence.add(format.name() + "." + key.name());
        }
        if (key.mayBeUnknown()) {
          unknowable.add(format.name() + "." + key.name());
        }
      }
    }

    // THEN each is not recorded, or unknown, in some valid record
    assertThat(notRecorded).containsAll(evidence);
    assertThat(unknown).containsAll(unknowable);
  }

  @SuppressWarnings("unchecked")
  private static <T> void walk(ObjectFormat<T> format, T value, Set<String> notRecorded, Set<String> unknown) {
    if (value instanceof PartlyKnown known) {
      known.notRecorded().forEach(key -> notRecorded.add(format.name() + "." + key));
      known.unknown().forEach(key -> unknown.add(format.name() + "." + key));
    }
    for (KeyFormat<T> key : format.keys()) {
      ValueType type = key.type().kind() == ValueType.Kind.LIST ? key.type().element() : key.type();
      if (type.kind() != ValueType.Kind.OBJECT) {
        continue;
      }
      List<?> values = key.shape() == KeyFormat.Shape.SINGLE
          ? key.value(value).stream().toList() : key.list(value).orElse(List.of());
      values.forEach(each -> walk((ObjectFormat<Object>) type.object(), each, notRecorded, unknown));
    }
  }

  @Test
  void writes_the_same_bytes_in_any_order_the_file_gives_its_keys() {
    // GIVEN the complete version 2 record, written once
    String once = RecordWriter.toJson(read("complete-2.json"));

    // WHEN it is written again from what was written
    String twice = RecordWriter.toJson(RecordReader.readJson(once, "once.json"));

    // THEN the text is the same, byte for byte
    assertThat(twice.getBytes(StandardCharsets.UTF_8)).isEqualTo(once.getBytes(StandardCharsets.UTF_8));
  }
}

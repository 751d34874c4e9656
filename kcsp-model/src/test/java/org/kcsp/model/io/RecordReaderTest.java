package org.kcsp.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.model.AgendaItemKind;
import org.kcsp.model.DhrDecision;
import org.kcsp.model.FinancialYear;
import org.kcsp.model.Fraction;
import org.kcsp.model.Grant;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.MemberRole;
import org.kcsp.model.MeetingStatus;
import org.kcsp.model.Money;
import org.kcsp.model.OrganisationKind;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Pot;
import org.kcsp.model.Project;
import org.kcsp.model.ProjectScope;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.RolloverPermission;
import org.kcsp.model.TermsOfReference;
import org.kcsp.model.Tier;
import org.kcsp.model.TotalBasis;

/** Reading valid records: every key of the format, typed values, defaults, file endings. */
class RecordReaderTest {

  /** A small valid record, one key a line, to vary in single tests. */
  private static final String SMALL = """
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

  @TempDir Path dir;

  static Path resource(String name) {
    try {
      return Path.of(RecordReaderTest.class.getResource("/records/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static PartnershipRecord complete() {
    return RecordReader.read(resource("complete.json"));
  }

  @Test
  void reads_a_complete_record_that_uses_every_key_of_the_format() throws IOException {
    // GIVEN complete.json, which uses every key the record format defines
    String json = Files.readString(resource("complete.json"));
    Map<String, Set<String>> used = RecordFormatKeys.keysUsed(json);
    assertThat(used.keySet()).containsExactlyInAnyOrderElementsOf(RecordFormatKeys.ORDER.keySet());
    RecordFormatKeys.ORDER.forEach((kind, keys) ->
        assertThat(used.get(kind)).as("keys of %s", kind).containsExactlyInAnyOrderElementsOf(keys));

    // WHEN it is read
    PartnershipRecord record = RecordReader.read(resource("complete.json"));

    // THEN every part is there
    assertThat(record.organisations()).hasSize(11);
    assertThat(record.subgroups()).hasSize(2);
    assertThat(record.termsOfReference()).hasSize(2);
    assertThat(record.meetings()).hasSize(4);
    assertThat(record.agreement()).isPresent();
    assertThat(record.informationSharing()).isPresent();
    assertThat(record.grants()).hasSize(2);
    assertThat(record.externalAwards()).hasSize(2);
    assertThat(record.scrutinySessions()).hasSize(1);
    assertThat(record.domesticHomicideReviews()).hasSize(3);
    assertThat(record.waivers()).hasSize(1);
  }

  @Test
  void reads_the_same_record_from_json_and_from_yaml_written_by_hand() {
    // GIVEN the same record written as JSON and, by hand, as YAML
    // WHEN both are read
    PartnershipRecord fromJson = RecordReader.read(resource("complete.json"));
    PartnershipRecord fromYaml = RecordReader.read(resource("complete.yaml"));

    // THEN they are equal
    assertThat(fromYaml).isEqualTo(fromJson);
  }

  @Test
  void reads_money_years_fractions_and_dates_as_typed_values() {
    // GIVEN complete.json
    // WHEN it is read
    PartnershipRecord record = complete();

    // THEN money, financial years, fractions and dates are typed and exact
    Grant grant = record.grants().get(0);
    assertThat(grant.allocation()).isEqualTo(Money.of("39661"));
    assertThat(grant.tacticalPot()).isEqualTo(Money.of("13220.33"));
    assertThat(grant.tacticalPot().pence()).isEqualTo(1_322_033L);
    assertThat(grant.upfront()).contains(Money.of("26440.67"));
    assertThat(grant.returnedToFunder()).contains(Money.of("1500.50"));
    assertThat(grant.projects().get(2).amount()).contains(Money.of("2541.5"));
    assertThat(grant.financialYear()).isEqualTo(FinancialYear.parse("2019/20"));
    assertThat(grant.financialYear().firstDay()).isEqualTo(LocalDate.of(2019, 4, 1));
    assertThat(grant.tacticalPotCap()).isEqualTo(Fraction.ONE_THIRD);
    assertThat(grant.statedTacticalPotCap()).as("a cap the file writes, even one third").contains(Fraction.ONE_THIRD);
    assertThat(grant.businessCaseDeadline()).contains(LocalDate.of(2019, 5, 31));
    assertThat(record.asOf()).contains(LocalDate.of(2022, 7, 14));
    assertThat(record.organisations().get(3).existsUntil()).contains(LocalDate.of(2022, 6, 30));
    assertThat(record.organisations().get(3).succeededBy()).contains("KM-ICB");
    assertThat(record.externalAwards().get(0).financialYear()).contains(FinancialYear.parse("2019/20"));
    assertThat(record.externalAwards().get(1).to()).contains(LocalDate.of(2021, 3, 31));
    assertThat(grant.reportedTotals()).extracting(t -> t.basis())
        .containsExactly(TotalBasis.APPROVED, TotalBasis.COMMITTED, TotalBasis.REFUNDED, TotalBasis.WITHDRAWN);
    assertThat(record.grants().get(1).allocation()).isEqualTo(Money.ofPounds(40_000));
  }

  @Test
  void reads_enum_values_spelt_exactly() {
    // GIVEN complete.json
    // WHEN it is read
    PartnershipRecord record = complete();

    // THEN each enum value is the constant of that name
    assertThat(record.partnership().tier()).isEqualTo(Tier.COUNTY);
    assertThat(record.organisations()).extracting(o -> o.kind()).containsExactly(
        OrganisationKind.LOCAL_AUTHORITY, OrganisationKind.POLICE, OrganisationKind.FIRE_AND_RESCUE,
        OrganisationKind.HEALTH, OrganisationKind.HEALTH, OrganisationKind.PROBATION,
        OrganisationKind.POLICE_AND_CRIME_COMMISSIONER, OrganisationKind.VIOLENCE_REDUCTION_UNIT,
        OrganisationKind.VOLUNTARY, OrganisationKind.PARTNERSHIP, OrganisationKind.OTHER);
    assertThat(record.termsOfReference().get(0).membership()).extracting(m -> m.role()).containsExactly(
        MemberRole.RESPONSIBLE_AUTHORITY, MemberRole.RESPONSIBLE_AUTHORITY, MemberRole.RESPONSIBLE_AUTHORITY,
        MemberRole.CO_OPERATING, MemberRole.PARTICIPATING);
    assertThat(record.meetings()).extracting(m -> m.status()).containsExactly(
        MeetingStatus.HELD, MeetingStatus.HELD, MeetingStatus.SCHEDULED, MeetingStatus.CANCELLED);
    assertThat(record.meetings().get(1).items().get(0).kind()).isEqualTo(AgendaItemKind.MINUTES);
    assertThat(record.meetings().get(1).items().get(0).approvesMinutesOf()).contains("KCSP-2022-03-08");
    assertThat(record.grants().get(0).projects()).extracting(Project::status).containsExactly(
        ProjectStatus.REFUNDED, ProjectStatus.WITHDRAWN, ProjectStatus.COMPLETED, ProjectStatus.PROPOSED,
        ProjectStatus.RECOMMENDED, ProjectStatus.CHAIR_APPROVED, ProjectStatus.APPROVED, ProjectStatus.REJECTED);
    assertThat(record.grants().get(0).projects().get(0).scope()).isEqualTo(ProjectScope.LOCAL);
    assertThat(record.grants().get(1).rollovers()).extracting(r -> r.permission()).containsExactly(
        RolloverPermission.GRANTED, RolloverPermission.REQUESTED, RolloverPermission.REFUSED);
    assertThat(record.grants().get(1).rollovers().get(0).intoPot()).isEqualTo(Pot.TACTICAL);
    assertThat(record.domesticHomicideReviews().get(0).decision()).contains(DhrDecision.COMMISSIONED);
    assertThat(record.domesticHomicideReviews().get(1).decision()).contains(DhrDecision.NOT_COMMISSIONED);
  }

  @Test
  void gives_optional_values_their_documented_defaults() {
    // GIVEN complete.json, whose second ToR, second grant and most projects leave optional keys out
    // WHEN it is read
    PartnershipRecord record = complete();

    // THEN the defaults of the record format apply
    TermsOfReference workingGroup = record.termsOfReference().get(1);
    assertThat(workingGroup.reviewIntervalMonths()).isEqualTo(12);
    assertThat(workingGroup.meetingsPerYear()).isEmpty();
    assertThat(workingGroup.membership()).isEmpty();
    assertThat(record.termsOfReference().get(0).reviewIntervalMonths()).isEqualTo(24);
    Grant later = record.grants().get(1);
    assertThat(later.tacticalPot()).isEqualTo(Money.ZERO);
    assertThat(later.tacticalPotCap()).isEqualTo(Fraction.of("1/3"));
    assertThat(later.statedTacticalPotCap()).as("no cap of its own: a policy's default applies").isEmpty();
    assertThat(later.upfront()).isEmpty();
    assertThat(later.reportedTotals()).isEmpty();
    assertThat(record.grants().get(0).rollovers()).isEmpty();
    Project taxi = record.grants().get(0).projects().get(1);
    assertThat(taxi.scope()).isEqualTo(ProjectScope.COUNTYWIDE);
    assertThat(taxi.priorities()).isEmpty();
    assertThat(taxi.outcomeReport()).isEmpty();
    assertThat(record.grants().get(0).projects().get(3).amount()).isEmpty();
    assertThat(record.meetings().get(2).items()).isEmpty();
    assertThat(record.agreement().orElseThrow().actions().get(1).outcomes()).isEmpty();
    assertThat(record.agreement().orElseThrow().actions().get(1).lead()).isEmpty();
    assertThat(record.domesticHomicideReviews().get(2).decision()).isEmpty();
  }

  @Test
  void leaves_absent_lists_and_objects_empty() {
    // GIVEN a record with only its required keys
    // WHEN it is read
    PartnershipRecord record = RecordReader.readJson(SMALL, "small.json");

    // THEN every optional list is empty and every optional object absent
    assertThat(record.asOf()).isEmpty();
    assertThat(record.description()).isEmpty();
    assertThat(record.subgroups()).isEmpty();
    assertThat(record.termsOfReference()).isEmpty();
    assertThat(record.meetings()).isEmpty();
    assertThat(record.agreement()).isEmpty();
    assertThat(record.informationSharing()).isEmpty();
    assertThat(record.externalAwards()).isEmpty();
    assertThat(record.scrutinySessions()).isEmpty();
    assertThat(record.domesticHomicideReviews()).isEmpty();
    assertThat(record.waivers()).isEmpty();
    assertThat(record.grants().get(0).projects()).isEmpty();
  }

  @Test
  void takes_json_null_on_an_optional_key_as_absent() {
    // GIVEN the small record with null written on optional keys of every kind
    String json = SMALL
        .replace("\"format\": \"kcsp-record/1\",",
            "\"format\": \"kcsp-record/1\", \"asOf\": null, \"description\": null, \"subgroups\": null,"
                + " \"agreement\": null, \"waivers\": null,")
        .replace("\"kind\": \"POLICE_AND_CRIME_COMMISSIONER\"",
            "\"kind\": \"POLICE_AND_CRIME_COMMISSIONER\", \"existsFrom\": null, \"succeededBy\": null")
        .replace("\"allocation\": 39661",
            "\"allocation\": 39661, \"tacticalPot\": null, \"tacticalPotCap\": null, \"upfront\": null,"
                + " \"projects\": null");

    // WHEN it is read
    PartnershipRecord withNulls = RecordReader.readJson(json, "nulls.json");

    // THEN it equals the record without those keys
    assertThat(withNulls).isEqualTo(RecordReader.readJson(SMALL, "small.json"));
    assertThat(withNulls.grants().get(0).tacticalPot()).isEqualTo(Money.ZERO);
    assertThat(withNulls.grants().get(0).tacticalPotCap()).isEqualTo(Fraction.ONE_THIRD);
  }

  @Test
  void takes_yaml_null_on_an_optional_key_as_absent() {
    // GIVEN a YAML record whose optional keys are written as ~, null and Null
    String yaml = """
        format: kcsp-record/1
        asOf: ~
        description: null
        partnership: {id: KCSP, name: Kent Community Safety Partnership, area: Kent, tier: COUNTY}
        organisations:
          - {id: KENT-PCC, name: Kent Police and Crime Commissioner, kind: POLICE_AND_CRIME_COMMISSIONER}
        grants:
          - {id: CRG-2019-20, programme: Crime Reduction Grant, funder: KENT-PCC, financialYear: 2019/20,
             allocation: 39661, tacticalPot: Null}
        waivers: ~
        """;

    // WHEN it is read
    PartnershipRecord record = RecordReader.readYaml(yaml, "nulls.yaml");

    // THEN it equals the record without those keys
    assertThat(record).isEqualTo(RecordReader.readJson(SMALL, "small.json"));
  }

  @Test
  void takes_a_yaml_key_with_no_value_as_absent() {
    // GIVEN a YAML record whose optional keys are written with no value, which YAML reads as null
    String yaml = """
        format: kcsp-record/1
        asOf:
        description:
        partnership: {id: KCSP, name: Kent Community Safety Partnership, area: Kent, tier: COUNTY}
        organisations:
          - {id: KENT-PCC, name: Kent Police and Crime Commissioner, kind: POLICE_AND_CRIME_COMMISSIONER}
        grants:
          - id: CRG-2019-20
            programme: Crime Reduction Grant
            funder: KENT-PCC
            financialYear: 2019/20
            allocation: 39661
            tacticalPot:
        waivers:
        """;

    // WHEN it is read
    PartnershipRecord record = RecordReader.readYaml(yaml, "empty-values.yaml");

    // THEN it equals the record without those keys, as JSON null would
    assertThat(record).isEqualTo(RecordReader.readJson(SMALL, "small.json"));
  }

  @Test
  void reads_json_yaml_and_yml_files_by_their_ending() throws IOException {
    // GIVEN the same record as a .json, a .yaml and a .yml file
    Path json = Files.copy(resource("complete.json"), dir.resolve("kcsp-2022-07.json"));
    Path yaml = Files.copy(resource("complete.yaml"), dir.resolve("kcsp-2022-07.yaml"));
    Path yml = Files.copy(resource("complete.yaml"), dir.resolve("kcsp-2022-07.yml"));

    // WHEN each is read
    // THEN each reads as the same record
    PartnershipRecord expected = complete();
    assertThat(RecordReader.read(json)).isEqualTo(expected);
    assertThat(RecordReader.read(yaml)).isEqualTo(expected);
    assertThat(RecordReader.read(yml)).isEqualTo(expected);
  }

  @Test
  void reads_a_json_file_as_json_whatever_it_holds() throws IOException {
    // GIVEN YAML text in a file named .json
    Path file = Files.copy(resource("complete.yaml"), dir.resolve("misnamed.json"));

    // WHEN it is read
    InvalidRecordException thrown = catchThrowableOfType(InvalidRecordException.class, () -> RecordReader.read(file));

    // THEN it is read as JSON, and so rejected as JSON
    assertThat(thrown).isNotNull();
    assertThat(thrown.problems()).singleElement()
        .satisfies(problem -> assertThat(problem.message()).startsWith("the file is not valid JSON"));
  }

  @Test
  void rejects_a_file_whose_ending_names_no_syntax() throws IOException {
    for (String name : List.of("kcsp-2022-07.txt", "kcsp-2022-07", "kcsp-2022-07.json.bak", "kcsp.xml")) {
      // GIVEN a valid record in a file whose name does not end in .json, .yaml or .yml
      Path file = Files.copy(resource("complete.json"), dir.resolve(name));

      // WHEN it is read
      InvalidRecordException thrown = catchThrowableOfType(InvalidRecordException.class, () -> RecordReader.read(file));

      // THEN it is rejected with a message naming the file and the endings allowed
      assertThat(thrown).as(name).isNotNull();
      assertThat(thrown.getMessage()).startsWith(file.toString() + ": 1 problem")
          .contains("the file name must end in .json, .yaml or .yml");
      assertThat(thrown.source()).contains(file.toString());
    }
  }

  @Test
  void rejects_a_missing_file_naming_it() {
    // GIVEN a path where there is no file
    Path missing = dir.resolve("no-such-record.json");

    // WHEN it is read
    InvalidRecordException thrown = catchThrowableOfType(InvalidRecordException.class, () -> RecordReader.read(missing));

    // THEN it is rejected with a message naming the file
    assertThat(thrown).isNotNull();
    assertThat(thrown.getMessage()).startsWith(missing.toString() + ": 1 problem").contains("there is no such file");
    assertThat(thrown.source()).contains(missing.toString());
  }

  @Test
  void rejects_a_directory_named_like_a_record() throws IOException {
    // GIVEN a directory whose name ends in .json
    Path directory = Files.createDirectory(dir.resolve("records.json"));

    // WHEN it is read
    InvalidRecordException thrown =
        catchThrowableOfType(InvalidRecordException.class, () -> RecordReader.read(directory));

    // THEN it is rejected as a file that cannot be read, naming it
    assertThat(thrown).isNotNull();
    assertThat(thrown.getMessage()).startsWith(directory.toString() + ": 1 problem").contains("cannot be read");
  }

  @Test
  void accepts_a_utf8_byte_order_mark() throws IOException {
    // GIVEN the complete record, JSON and YAML, each starting with a UTF-8 byte order mark
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Path json = dir.resolve("bom.json");
    Path yaml = dir.resolve("bom.yaml");
    Files.write(json, concat(bom, Files.readAllBytes(resource("complete.json"))));
    Files.write(yaml, concat(bom, Files.readAllBytes(resource("complete.yaml"))));

    // WHEN they are read, from files, from a stream and from text
    // THEN the mark is skipped and the record is the same
    PartnershipRecord expected = complete();
    assertThat(RecordReader.read(json)).isEqualTo(expected);
    assertThat(RecordReader.read(yaml)).isEqualTo(expected);
    assertThat(RecordReader.read(new ByteArrayInputStream(Files.readAllBytes(json)), RecordReader.Syntax.JSON, "upload"))
        .isEqualTo(expected);
    assertThat(RecordReader.readJson("\uFEFF" + Files.readString(resource("complete.json")), "text"))
        .isEqualTo(expected);
  }

  @Test
  void reads_non_ascii_text_exactly() {
    // GIVEN names with a pound sign, accents and an emoji
    String json = SMALL.replace("\"Kent Police and Crime Commissioner\"", "\"Comisiynydd Heddlu — £ café 🚓\"");

    // WHEN it is read from UTF-8 bytes
    PartnershipRecord record = RecordReader.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), RecordReader.Syntax.JSON, "upload");

    // THEN the text is the same
    assertThat(record.organisations().get(0).name()).isEqualTo("Comisiynydd Heddlu — £ café 🚓");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}

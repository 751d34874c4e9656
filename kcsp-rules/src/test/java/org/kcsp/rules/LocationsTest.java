package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kcsp.model.Location;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.RecordPath;
import org.kcsp.model.io.Document;
import org.kcsp.model.io.RecordReader;
import org.kcsp.model.io.RecordWriter;
import org.kcsp.rules.GeneratedRecords.Generated;

/**
 * Each finding is placed at its subject's object in the record checked, and each gap at the nearest
 * object above what is missing: with the file, line and column of a record read from a file, by
 * path alone for one built in code.
 */
class LocationsTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();

  /** A version 2 record whose grant's tactical pot is over its cap, a project has no amount, and meetings are not recorded. */
  private static final String RECORD = """
      {
        "format": "kcsp-record/2",
        "asOf": "2020-03-31",
        "policy": "kcsp",
        "partnership": { "id": "SMP", "name": "Safer Maidstone Partnership", "area": "Maidstone", "tier": "DISTRICT" },
        "organisations": [
          { "id": "MBC", "name": "Maidstone Borough Council", "kind": "LOCAL_AUTHORITY" },
          { "id": "KENT-PCC", "name": "Kent Police and Crime Commissioner", "kind": "POLICE_AND_CRIME_COMMISSIONER" }
        ],
        "grants": [
          { "id": "CRG-2019-20", "programme": "Crime Reduction Grant", "funder": "KENT-PCC", "financialYear": "2019/20",
            "allocation": 30000, "upfront": 15000, "tacticalPot": 15000, "rollovers": [],
            "projects": [
              { "id": "cctv", "title": "CCTV upgrade", "pot": "UPFRONT", "status": "APPROVED" }
            ] }
        ]
      }
      """;

  @Test
  void places_a_finding_at_the_line_and_column_of_its_subject_in_the_file() {
    // GIVEN the record, read from records/smp.json
    ComplianceReport report = ENGINE.check(RecordReader.readJson(RECORD, "records/smp.json"));

    // WHEN the grant's tactical pot is found over its cap
    Finding over = report.findings("GRANT_TACTICAL_POT_OVER_CAP").get(0);

    // THEN the finding is placed at the grant: the file, its path, and the line and column of its brace
    Location at = over.location().orElseThrow();
    assertThat(at.file()).contains("records/smp.json");
    assertThat(at.path()).isEqualTo(RecordPath.parse("$.grants[0]"));
    assertThat(at).hasToString("records/smp.json:11:5");
    assertThat(report.recordFile()).contains("records/smp.json");
  }

  @Test
  void places_a_gap_at_the_nearest_object_that_holds_what_is_missing() {
    // GIVEN the same record
    ComplianceReport report = ENGINE.check(RecordReader.readJson(RECORD, "records/smp.json"));

    // WHEN gaps are reported on the project's amount and on the meetings the record leaves out
    Gap amount = report.gaps().stream().filter(gap -> gap.missing().equals("$.grants[0].projects[0].amount"))
        .findFirst().orElseThrow();
    Gap meetings = report.gaps().stream().filter(gap -> gap.missing().equals("$.meetings")).findFirst().orElseThrow();

    // THEN the amount is placed at the project, and the meetings at the record's root
    assertThat(amount.location().orElseThrow()).hasToString("records/smp.json:14:9");
    assertThat(amount.location().orElseThrow().path()).isEqualTo(RecordPath.parse("$.grants[0].projects[0]"));
    assertThat(meetings.location().orElseThrow()).hasToString("records/smp.json:1:1");
    assertThat(meetings.location().orElseThrow().path()).isEqualTo(RecordPath.ROOT);
  }

  @Test
  void places_the_findings_of_a_record_built_in_code_by_path_alone() {
    // GIVEN the same record, as a copy: built in code
    PartnershipRecord read = RecordReader.readJson(RECORD, "records/smp.json");
    ComplianceReport report = ENGINE.check(PartnershipRecord.builder().from(read).build());

    // THEN its finding and gaps have paths, and no file, line or column
    Location at = report.findings("GRANT_TACTICAL_POT_OVER_CAP").get(0).location().orElseThrow();
    assertThat(at).hasToString("$.grants[0]");
    assertThat(at.file()).isEmpty();
    assertThat(report.gaps()).isNotEmpty().allSatisfy(gap -> assertThat(gap.location().orElseThrow().hasPosition()).isFalse());
    assertThat(report.recordFile()).isEmpty();
    // AND it is equal to the report of the record read from the file: where a record was read does not count
    assertThat(report).isEqualTo(ENGINE.check(read));
  }

  @Test
  void places_every_finding_of_generated_records_at_the_object_of_its_subject() {
    // GIVEN records of every kind of subject, written out and read back from a file
    SplittableRandom random = new SplittableRandom(20220714L);
    int placed = 0;
    for (int i = 0; i < 60; i++) {
      byte[] bytes = new byte[256];
      random.nextBytes(bytes);
      Generated generated = GeneratedRecords.from(bytes);
      String json = RecordWriter.toJson(generated.record());
      ComplianceReport report = ENGINE.check(RecordReader.readJson(json, "generated.json"), generated.date());
      Document.Value root = Document.parse(json, RecordReader.Syntax.JSON, "generated.json", "record").root();

      // THEN each finding's path leads to the object of its subject, and its line and column to where that object starts
      for (Finding finding : report.findings()) {
        Location at = finding.location().orElseThrow(() -> new AssertionError("no location: " + finding));
        Document.Value subject = at(root, at.path());
        String id = subject.get("id").text();
        assertThat(id).as(finding.rule() + " " + at).isEqualTo(finding.subject().id());
        List<String> lines = json.lines().toList();
        String from = lines.get(at.line() - 1).substring(at.column() - 1);
        assertThat(from).as(finding.rule() + " " + at).startsWith(at.path().lastKey().map(key -> "\"" + key + "\"").orElse("{"));
        placed++;
      }
    }
    assertThat(placed).as("findings placed").isGreaterThan(100);
  }

  private static Document.Value at(Document.Value root, RecordPath path) {
    Document.Value value = root;
    for (RecordPath.Segment segment : path.segments()) {
      value = segment instanceof RecordPath.Key key ? value.get(key.name()) : value.items().get(((RecordPath.Index) segment).index());
    }
    return value;
  }
}

package org.kcsp.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kcsp.model.Location;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.RecordPath;

/**
 * Where the objects and arrays of a record are: the line and column of each in the file read, the
 * paths alone for a record built in code, and the nearest place that holds what is missing.
 */
class RecordLocationsTest {

  private static final String JSON = """
      {
        "format": "kcsp-record/2",
        "partnership": { "id": "SMP", "name": "Safer Maidstone Partnership", "area": "Maidstone", "tier": "DISTRICT" },
        "organisations": [
          { "id": "MBC", "name": "Maidstone Borough Council", "kind": "LOCAL_AUTHORITY" },
          { "id": "KENT-PCC", "name": "Kent Police and Crime Commissioner", "kind": "POLICE_AND_CRIME_COMMISSIONER" }
        ],
        "meetings": [
          { "id": "SMP-2020-01-16", "body": "SMP", "date": "2020-01-16", "status": "HELD" }
        ],
        "grants": [
          { "id": "CRG-2019-20", "programme": "Crime Reduction Grant", "funder": "KENT-PCC", "financialYear": "2019/20",
            "allocation": 31000,
            "projects": [ { "id": "cctv", "title": "CCTV upgrade", "pot": "UPFRONT", "status": "PROPOSED" } ] }
        ]
      }
      """;

  private static final String YAML = """
      format: kcsp-record/2
      partnership: { id: SMP, name: Safer Maidstone Partnership, area: Maidstone, tier: DISTRICT }
      organisations:
        - id: MBC
          name: Maidstone Borough Council
          kind: LOCAL_AUTHORITY
        - { id: KENT-PCC, name: Kent Police and Crime Commissioner, kind: POLICE_AND_CRIME_COMMISSIONER }
      meetings:
        - { id: SMP-2020-01-16, body: SMP, date: 2020-01-16, status: HELD }
      grants:
        - id: CRG-2019-20
          programme: Crime Reduction Grant
          funder: KENT-PCC
          financialYear: 2019/20
          allocation: 31000
          projects:
            - { id: cctv, title: CCTV upgrade, pot: UPFRONT, status: PROPOSED }
      """;

  private static RecordPath path(String text) {
    return RecordPath.parse(text);
  }

  @Test
  void places_an_item_of_an_array_at_the_item_and_an_object_in_an_object_at_its_key() {
    // GIVEN a JSON record read from a file named kcsp.json
    PartnershipRecord record = RecordReader.readJson(JSON, "kcsp.json");

    // WHEN its places are asked for
    RecordLocations where = RecordLocations.of(record);

    // THEN each object and array is at its line and column in the file
    assertThat(where.file()).contains("kcsp.json");
    assertThat(where.locate(path("$.partnership"))).hasToString("kcsp.json:3:3");
    assertThat(where.locate(path("$.organisations[1]"))).hasToString("kcsp.json:6:5");
    assertThat(where.locate(path("$.grants[0]"))).hasToString("kcsp.json:12:5");
    assertThat(where.locate(path("$.grants[0].projects[0]"))).hasToString("kcsp.json:14:21");
    assertThat(where.locate(path("$.grants[0].projects[0]")).path()).isEqualTo(path("$.grants[0].projects[0]"));
    assertThat(where.locate(RecordPath.ROOT)).hasToString("kcsp.json:1:1");
  }

  @Test
  void places_yaml_blocks_and_flow_collections_alike() {
    // GIVEN the same record in YAML
    PartnershipRecord record = RecordReader.readYaml(YAML, "smp.yaml");

    // WHEN its places are asked for
    RecordLocations where = RecordLocations.of(record);

    // THEN a block item is at its first key, a flow item at its brace, an object in an object at its key
    assertThat(where.locate(path("$.partnership"))).hasToString("smp.yaml:2:1");
    assertThat(where.locate(path("$.organisations[0]"))).hasToString("smp.yaml:4:5");
    assertThat(where.locate(path("$.organisations[1]"))).hasToString("smp.yaml:7:5");
    assertThat(where.locate(path("$.grants[0].projects"))).hasToString("smp.yaml:16:5");
    assertThat(where.locate(path("$.grants[0].projects[0]"))).hasToString("smp.yaml:17:9");
  }

  @Test
  void locates_what_is_missing_at_the_nearest_object_that_holds_it() {
    // GIVEN a record whose project has no amount, whose meeting has no items and which leaves its subgroups out
    RecordLocations where = RecordLocations.of(RecordReader.readJson(JSON, "kcsp.json"));

    // WHEN the places of what is missing are asked for
    // THEN each is the nearest object above it that the record holds
    assertThat(where.locateNearest(path("$.grants[0].projects[0].amount"))).hasToString("kcsp.json:14:21");
    assertThat(where.locateNearest(path("$.meetings[0].items"))).hasToString("kcsp.json:9:5");
    assertThat(where.locateNearest(path("$.subgroups"))).hasToString("kcsp.json:1:1");
    assertThat(where.locateNearest(path("$.agreement.actions")).path()).isEqualTo(RecordPath.ROOT);
    // AND what the record holds is located at itself
    assertThat(where.locateNearest(path("$.grants[0].projects"))).hasToString("kcsp.json:14:7");
    assertThat(where.holds(path("$.grants[0].projects"))).isTrue();
    assertThat(where.holds(path("$.grants[0].projects[1]"))).isFalse();
    assertThat(where.holds(path("$.grants[0].allocation"))).as("a number is not an object or array").isFalse();
  }

  @Test
  void gives_a_record_built_in_code_paths_and_no_lines() {
    // GIVEN a record made from one read: a copy is another record
    PartnershipRecord read = RecordReader.readJson(JSON, "kcsp.json");
    PartnershipRecord copy = PartnershipRecord.builder().from(read).description("a copy").build();

    // WHEN its places are asked for
    RecordLocations where = RecordLocations.of(copy);

    // THEN it has paths, and neither a file nor a line
    assertThat(where.file()).isEmpty();
    Location grant = where.locate(path("$.grants[0]"));
    assertThat(grant.file()).isEmpty();
    assertThat(grant.hasPosition()).isFalse();
    assertThat(grant.line()).isZero();
    assertThat(grant).hasToString("$.grants[0]");
    // AND what it holds is what a writer would write of it
    assertThat(where.locateNearest(path("$.grants[0].projects[0].amount"))).hasToString("$.grants[0].projects[0]");
    assertThat(where.locateNearest(path("$.meetings[0].items"))).hasToString("$.meetings[0]");
    assertThat(where.locateNearest(path("$.subgroups"))).hasToString("$");
    assertThat(where.holds(path("$.organisations[1]"))).isTrue();
    assertThat(where.holds(path("$.organisations[2]"))).isFalse();
  }

  @Test
  void keeps_the_places_beside_the_record_so_equal_records_from_two_files_stay_equal() {
    // GIVEN the same record read from two files, and written out and read back
    PartnershipRecord json = RecordReader.readJson(JSON, "kcsp.json");
    PartnershipRecord yaml = RecordReader.readYaml(YAML, "smp.yaml");

    // THEN they are equal records, each with its own file's places
    assertThat(json).isEqualTo(yaml);
    assertThat(RecordLocations.of(json).locate(path("$.grants[0]"))).hasToString("kcsp.json:12:5");
    assertThat(RecordLocations.of(yaml).locate(path("$.grants[0]"))).hasToString("smp.yaml:11:5");
  }

  @Test
  void names_a_file_read_from_disk_as_it_was_given() throws IOException, URISyntaxException {
    // GIVEN a record file read by its path
    Path file = Path.of(RecordLocationsTest.class.getResource("/records/not-recorded-inside-2.json").toURI());

    // WHEN it is read
    RecordLocations where = RecordLocations.of(RecordReader.read(file));

    // THEN its places name the file by that path, on the lines the file has them
    assertThat(where.file()).contains(file.toString());
    assertThat(where.locate(path("$.grants[1].projects[0]"))).hasToString(file + ":28:21");
  }

  @Test
  void finds_the_places_of_records_read_on_many_threads() throws Exception {
    // GIVEN records read on 4 threads at once, each from its own file name
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> places = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String name = "record-" + i + ".json";
        Callable<String> read = () -> RecordLocations.of(RecordReader.readJson(JSON, name)).locate(path("$.grants[0]")).toString();
        places.add(pool.submit(read));
      }
      // THEN each record finds its own file
      for (int i = 0; i < places.size(); i++) {
        assertThat(places.get(i).get()).isEqualTo("record-" + i + ".json:12:5");
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

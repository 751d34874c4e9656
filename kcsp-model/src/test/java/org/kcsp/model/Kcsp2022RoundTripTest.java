package org.kcsp.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.model.io.RecordReader;
import org.kcsp.model.io.RecordWriter;

/** The KCSP of 14 July 2022, built from the seed minutes, reads, writes and reads back equal. */
class Kcsp2022RoundTripTest {

  @TempDir Path dir;

  @Test
  void writes_json_and_yaml_files_that_read_back_equal() throws Exception {
    // GIVEN the record built from the minutes of 14 July 2022
    PartnershipRecord record = Kcsp2022Fixture.record();
    // WHEN it is written to JSON and YAML files and read back
    Path json = dir.resolve("kcsp-2022-07-14.json");
    Path yaml = dir.resolve("kcsp-2022-07-14.yaml");
    RecordWriter.write(record, json);
    RecordWriter.write(record, yaml);
    // THEN both read back equal to it, and writing again gives the same bytes
    assertThat(RecordReader.read(json)).isEqualTo(record);
    assertThat(RecordReader.read(yaml)).isEqualTo(record);
    assertThat(RecordWriter.toJson(RecordReader.read(json))).isEqualTo(Files.readString(json));
  }
}

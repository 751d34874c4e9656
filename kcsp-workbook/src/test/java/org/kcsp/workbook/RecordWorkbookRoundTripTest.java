package org.kcsp.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.RecordReader;
import org.kcsp.model.io.RecordWriter;

/**
 * {@code export} then {@code import}: the records of kcsp-model's tests, which between them hold
 * every key of both versions, not recorded lists at the root and inside entries, and unknown
 * values, come back from their workbook equal, and written the same.
 */
class RecordWorkbookRoundTripTest {

  @TempDir Path dir;

  static Stream<String> records() {
    return Stream.of("complete.json", "complete.yaml", "complete-2.json", "not-recorded-2.json",
        "not-recorded-inside-2.json", "unknown-2.json", "agreement-without-actions-2.yaml");
  }

  @ParameterizedTest
  @MethodSource("records")
  void gives_back_an_equal_record_when_a_record_is_exported_then_imported(String name) throws Exception {
    // GIVEN a record
    PartnershipRecord record;
    try (InputStream in = getClass().getResourceAsStream("/records/" + name)) {
      record = RecordReader.read(in, RecordReader.Syntax.ofFileName(name), name);
    }

    // WHEN it is written as a workbook and read back
    Path workbook = dir.resolve("record.xlsx");
    Files.write(workbook, RecordWorkbook.write(record));
    PartnershipRecord back = RecordWorkbook.read(workbook);

    // THEN it is the same record, in the same version, written the same
    assertThat(back).isEqualTo(record);
    assertThat(back.format()).isEqualTo(record.format());
    assertThat(RecordWriter.toJson(back)).isEqualTo(RecordWriter.toJson(record));
  }

  @Test
  void reads_a_formula_by_the_value_excel_last_saved_for_it() throws Exception {
    // GIVEN a project's amount of 12,000 written as a formula whose saved value is 12,000
    PartnershipRecord record = Workbooks.record("complete-2.json");
    Path workbook = dir.resolve("record.xlsx");
    Files.write(workbook, Workbooks.changed(record, book -> {
      var cell = Workbooks.cell(book, "Projects!F2");
      cell.setCellFormula("6000*2");
      cell.setCellValue(12000);
    }));

    // WHEN it is read THEN the record is the same: the formula counts by its saved value, never calculated
    assertThat(RecordWorkbook.read(workbook)).isEqualTo(record);
  }

  @Test
  void reads_iso_text_in_a_date_column_as_the_date() throws Exception {
    PartnershipRecord record = Workbooks.record("complete-2.json");
    Path workbook = dir.resolve("record.xlsx");
    Files.write(workbook, Workbooks.changed(record, Workbooks.set("Meetings!C2", "2022-03-10")));

    assertThat(RecordWorkbook.read(workbook)).isEqualTo(record);
  }
}

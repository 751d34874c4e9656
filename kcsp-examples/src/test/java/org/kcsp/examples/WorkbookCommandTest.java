package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.examples.KcspCommandTest.kcsp;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kcsp.examples.KcspCommandTest.Run;
import org.kcsp.examples.generate.RecordGenerator;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.RecordReader;
import org.kcsp.model.io.RecordWriter;
import org.kcsp.workbook.RecordWorkbook;

/** {@code ./kcsp new --format xlsx}, {@code export}, {@code import} and {@code validate} of a workbook. */
class WorkbookCommandTest {

  @TempDir Path dir;

  static Stream<Arguments> records() throws Exception {
    Stream.Builder<Arguments> records = Stream.builder();
    for (BundledExamples.Example example : BundledExamples.all()) {
      try (InputStream in = example.open()) {
        records.add(Arguments.of(example.name(), RecordReader.read(in, RecordReader.Syntax.JSON, example.name())));
      }
    }
    for (FormatVersion version : FormatVersion.values()) {
      RecordGenerator generator = new RecordGenerator(17, version);
      for (int year = 0; year < 3; year++) {
        records.add(Arguments.of("generated " + version + " year " + year, generator.record(0, year)));
      }
    }
    return records.build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void gives_back_an_equal_record_when_export_then_import_run_on_it(String name, PartnershipRecord record) throws Exception {
    // GIVEN a bundled or generated record, as a file
    Path json = dir.resolve("record.json");
    Files.writeString(json, RecordWriter.toJson(record), StandardCharsets.UTF_8);

    // WHEN it is exported as a workbook, then imported
    Run export = kcsp("export", json.toString(), "--format", "xlsx", "--output", dir.resolve("record.xlsx").toString());
    Run imported = kcsp("import", dir.resolve("record.xlsx").toString(), "--output", dir.resolve("back.json").toString());

    // THEN the record comes back equal, written the same
    assertThat(export.status()).as(export.err()).isZero();
    assertThat(imported.status()).as(imported.err()).isZero();
    PartnershipRecord back = RecordReader.read(dir.resolve("back.json"));
    assertThat(back).isEqualTo(record);
    assertThat(Files.readString(dir.resolve("back.json"))).isEqualTo(RecordWriter.toJson(record));
  }

  @Test
  void validates_a_workbook_as_it_validates_the_record_it_holds() throws Exception {
    // GIVEN a bundled record and its workbook
    Path json = bundled("kcsp-2022-07-14.json");
    Path xlsx = dir.resolve("kcsp-2022-07-14.xlsx");
    Files.write(xlsx, RecordWorkbook.write(RecordReader.read(json)));

    // WHEN both are validated THEN the reports are the same, but for where a finding is in each file
    Run fromJson = kcsp("validate", json.toString(), "--format", "json");
    Run fromWorkbook = kcsp("validate", xlsx.toString(), "--format", "json");
    assertThat(fromWorkbook.status()).isEqualTo(fromJson.status());
    assertThat(withoutLocations(fromWorkbook.out())).isEqualTo(withoutLocations(fromJson.out()));
  }

  /** A JSON report without its locations (file, line and column differ between a record and its workbook). */
  private static String withoutLocations(String report) {
    return report.replaceAll("(?s)\"location\": (null|\\{[^}]*\\}),\\s*", "");
  }

  @Test
  void writes_a_new_workbook_of_every_sheet_that_validates_as_it_stands() {
    // WHEN a new workbook is made
    Path xlsx = dir.resolve("maidstone.xlsx");
    Run made = kcsp("new", "--tier", "DISTRICT", "--format", "xlsx", "--output", xlsx.toString());

    // THEN it has every sheet of version 2, the Read me first, and reads as a valid record
    assertThat(made.status()).as(made.err()).isZero();
    assertThat(made.out()).startsWith("Wrote " + xlsx + ": a kcsp-record/2 workbook of a DISTRICT partnership");
    List<String> cells = WorkbookCells.of(read(xlsx));
    assertThat(cells.stream().filter(line -> line.startsWith("sheet ")).map(line -> line.substring(6)).toList())
        .containsExactlyElementsOf(RecordWorkbook.sheets(FormatVersion.V2));
    assertThat(cells).contains("A1 text grant", "C2:C1048576 list LOCAL_AUTHORITY,POLICE,FIRE_AND_RESCUE,HEALTH,PROBATION,"
        + "POLICE_AND_CRIME_COMMISSIONER,VIOLENCE_REDUCTION_UNIT,VOLUNTARY,PARTNERSHIP,OTHER,YOUTH_JUSTICE,EDUCATION,"
        + "PRISON_OR_YOUTH_CUSTODY,HOUSING,BUSINESS,COMMUNITY");
    assertThat(kcsp("validate", xlsx.toString(), "--fail-on", "never").status()).isZero();
  }

  @Test
  void refuses_an_import_whose_output_is_the_workbook_itself_and_writes_nothing() throws Exception {
    Path xlsx = dir.resolve("record.xlsx");
    Files.write(xlsx, RecordWorkbook.write(RecordReader.read(bundled("kcsp-2020-03-18.json"))));
    byte[] before = Files.readAllBytes(xlsx);

    Run run = kcsp("import", xlsx.toString(), "--output", dir.resolve("record.json").toString(), "--format", "yaml");
    Run over = kcsp("export", bundled("kcsp-2020-03-18.json").toString(), "--output", dir.resolve("kcsp-2020-03-18.json").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--format yaml does not match --output");
    assertThat(over.status()).isEqualTo(2);
    assertThat(over.err()).contains("must end in .xlsx");
    Run same = kcsp("export", xlsx.toString(), "--output", xlsx.toString());
    assertThat(same.status()).isEqualTo(2);
    assertThat(same.err()).isEqualTo("kcsp: --output " + xlsx + " would replace the input " + xlsx
        + ": kcsp never writes over a file it reads; give another --output" + System.lineSeparator());
    assertThat(Files.readAllBytes(xlsx)).isEqualTo(before);
  }

  @Test
  void says_every_problem_of_a_malformed_workbook_at_its_sheet_and_cell_with_exit_2() throws Exception {
    // GIVEN a workbook whose project amount is written with a pound sign, and whose Projects sheet has a misspelt column
    Path xlsx = dir.resolve("record.xlsx");
    byte[] written = RecordWorkbook.write(RecordReader.read(bundled("kcsp-2020-03-18.json")));
    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(written));
        var out = Files.newOutputStream(xlsx)) {
      workbook.getSheet("Projects").getRow(2).getCell(5).setCellValue("£2,000");
      workbook.getSheet("Projects").getRow(0).getCell(3).setCellValue("activty");
      workbook.write(out);
    }

    // WHEN it is validated and imported
    Run validate = kcsp("validate", xlsx.toString());
    Run imported = kcsp("import", xlsx.toString(), "--output", dir.resolve("record.json").toString());

    // THEN both say every problem at its place, exit 2, and nothing is written
    String expected = "kcsp: " + xlsx + " is not a valid record (2 problems):" + System.lineSeparator()
        + "  Projects!D1: there is no column \"activty\" in the Projects sheet: did you mean \"activity\"?" + System.lineSeparator()
        + "  Projects!F3: amount must be a number of pounds with at most two decimals, got \"£2,000\"" + System.lineSeparator();
    assertThat(validate.status()).isEqualTo(2);
    assertThat(validate.err()).isEqualTo(expected);
    assertThat(imported.status()).isEqualTo(2);
    assertThat(imported.err()).isEqualTo(expected);
    assertThat(dir.resolve("record.json")).doesNotExist();
  }

  private Path bundled(String name) throws Exception {
    Path file = dir.resolve(name);
    if (!Files.exists(file)) {
      try (InputStream in = BundledExamples.all().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().open()) {
        Files.write(file, in.readAllBytes());
      }
    }
    return file;
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

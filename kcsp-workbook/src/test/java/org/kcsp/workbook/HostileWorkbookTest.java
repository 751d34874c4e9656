package org.kcsp.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.model.PartnershipRecord;

/**
 * Hostile workbooks are refused with one sentence, before the XLSX library opens them where it
 * can: within the limits {@link RecordWorkbook} documents.
 */
class HostileWorkbookTest {

  private static final PartnershipRecord RECORD = Workbooks.record("complete-2.json");

  @TempDir Path dir;

  private List<String> problems(Path file) {
    InvalidWorkbookException e = catchThrowableOfType(InvalidWorkbookException.class, () -> RecordWorkbook.read(file));
    assertThat(e).as("the workbook is refused").isNotNull();
    return e.problems().stream().map(WorkbookProblem::toString).toList();
  }

  /** The record's workbook with one more part, {@code name}, holding {@code content}. */
  private Path withPart(String file, String name, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(RecordWorkbook.write(RECORD)));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        in.transferTo(out);
      }
      out.putNextEntry(new ZipEntry(name));
      out.write(content);
    }
    Path path = dir.resolve(file);
    Files.write(path, bytes.toByteArray());
    return path;
  }

  @Test
  void refuses_a_macro_enabled_workbook_by_its_name() throws IOException {
    Path file = dir.resolve("record.xlsm");
    Files.write(file, RecordWorkbook.write(RECORD));
    assertThat(problems(file)).containsExactly("workbook: a macro-enabled or binary workbook (.xlsm) is refused: kcsp never"
        + " opens macros; save it as an Excel workbook (.xlsx)");
  }

  @Test
  void refuses_a_workbook_that_holds_macros_whatever_its_name() throws IOException {
    Path file = withPart("record.xlsx", "xl/vbaProject.bin", new byte[] {1, 2, 3});
    assertThat(problems(file)).containsExactly("workbook: the workbook holds macros (xl/vbaProject.bin): kcsp never opens"
        + " macros; save it as an Excel workbook (.xlsx) without them");
  }

  @Test
  void refuses_a_workbook_that_links_to_other_workbooks() throws IOException {
    Path file = withPart("record.xlsx", "xl/externalLinks/externalLink1.xml", "<externalLink/>".getBytes());
    assertThat(problems(file)).containsExactly("workbook: the workbook links to other workbooks"
        + " (xl/externalLinks/externalLink1.xml): kcsp reads a workbook on its own; replace the links by their values");
  }

  @Test
  void refuses_a_zip_bomb_before_expanding_it() throws IOException {
    Path file = withPart("record.xlsx", "xl/media/bomb.bin", new byte[8 * 1024 * 1024]);
    assertThat(problems(file)).containsExactly("workbook: the part xl/media/bomb.bin expands more than 100 times over, as a"
        + " zip bomb does: kcsp does not read it");
  }

  @Test
  void refuses_a_workbook_that_expands_beyond_the_limit_though_each_part_is_modest() throws IOException {
    // two symbols drawn at random compress about eight times: 49 MiB expands from about 6 MiB
    byte[] content = new byte[7 * 1024 * 1024];
    Random random = new Random(1);
    for (int i = 0; i < content.length; i++) {
      content[i] = random.nextBoolean() ? (byte) 'a' : (byte) 'b';
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (int part = 0; part < 7; part++) {
        out.putNextEntry(new ZipEntry("xl/media/part" + part + ".bin"));
        out.write(content);
      }
    }
    Path file = dir.resolve("record.xlsx");
    Files.write(file, bytes.toByteArray());
    assertThat(problems(file)).containsExactly("workbook: the workbook expands to more than 50331648 bytes, the most kcsp reads");
  }

  @Test
  void refuses_a_file_larger_than_the_limit_without_reading_it() throws IOException {
    Path file = dir.resolve("record.xlsx");
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      out.write(new byte[] {'P', 'K', 3, 4});
      out.setLength(RecordWorkbook.MAX_BYTES + 1);
    }
    assertThat(problems(file)).containsExactly("workbook: the file is larger than 16777216 bytes, the most a workbook may be");
  }

  @Test
  void refuses_an_old_binary_workbook_and_a_file_that_is_no_workbook() throws IOException {
    Path xls = dir.resolve("old.xlsx");
    Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
    Path text = dir.resolve("text.xlsx");
    Files.writeString(text, "id,name\n");
    assertThat(problems(xls)).containsExactly("workbook: the file is an Excel 97-2003 workbook (or an encrypted one), not an"
        + " XLSX workbook: save it as an Excel workbook (.xlsx) without a password");
    assertThat(problems(text)).containsExactly("workbook: the file is not an XLSX workbook (an XLSX file is a zip archive,"
        + " and this is not one)");
  }

  @Test
  void refuses_a_sheet_of_more_rows_than_the_limit() throws IOException {
    Path file = dir.resolve("record.xlsx");
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = workbook.createSheet("Record");
      sheet.createRow(0).createCell(0).setCellValue("key");
      Sheet meetings = workbook.createSheet("Meetings");
      for (int r = 0; r <= RecordWorkbook.MAX_ROWS; r++) {
        meetings.createRow(r).createCell(0).setCellValue("m");
      }
      workbook.write(out);
    }
    assertThat(problems(file)).contains("Meetings: the sheet has 100001 rows, more than the 100000 kcsp reads");
  }
}

package org.kcsp.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.RecordReader;

/** Workbooks for tests: the workbook of a record of kcsp-model's tests, changed cell by cell. */
final class Workbooks {

  private Workbooks() {}

  /** The record of kcsp-model's test resource {@code records/NAME}. */
  static PartnershipRecord record(String name) {
    try (InputStream in = Workbooks.class.getResourceAsStream("/records/" + name)) {
      return RecordReader.read(in, RecordReader.Syntax.ofFileName(name), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final java.util.Map<PartnershipRecord, byte[]> WRITTEN = new java.util.concurrent.ConcurrentHashMap<>();

  /** The workbook of {@code record}, changed by {@code change}. */
  static byte[] changed(PartnershipRecord record, Consumer<XSSFWorkbook> change) {
    byte[] written = WRITTEN.computeIfAbsent(record, RecordWorkbook::write);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(written))) {
      change.accept(workbook);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      workbook.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cell at {@code reference}, such as {@code Projects!F2}, made if missing. */
  static Cell cell(XSSFWorkbook workbook, String reference) {
    CellReference at = new CellReference(reference);
    Sheet sheet = workbook.getSheet(at.getSheetName());
    Row row = sheet.getRow(at.getRow()) != null ? sheet.getRow(at.getRow()) : sheet.createRow(at.getRow());
    return row.getCell(at.getCol()) != null ? row.getCell(at.getCol()) : row.createCell(at.getCol());
  }

  /** Sets a cell to text, a number, a date or a date and time; {@code null} empties it. */
  static Consumer<XSSFWorkbook> set(String reference, Object value) {
    return workbook -> {
      Cell cell = cell(workbook, reference);
      if (value == null) {
        cell.setBlank();
      } else if (value instanceof String text) {
        cell.setCellValue(text);
      } else if (value instanceof Number number) {
        cell.setCellValue(number.doubleValue());
      } else if (value instanceof LocalDate date) {
        cell.setCellValue(date);
        cell.setCellStyle(dateStyle(workbook, "yyyy-mm-dd"));
      } else if (value instanceof LocalDateTime dateTime) {
        cell.setCellValue(dateTime);
        cell.setCellStyle(dateStyle(workbook, "yyyy-mm-dd hh:mm"));
      }
    };
  }

  private static CellStyle dateStyle(XSSFWorkbook workbook, String format) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat(format));
    return style;
  }

  /** Removes the sheet {@code name}. */
  static Consumer<XSSFWorkbook> remove(String name) {
    return workbook -> workbook.removeSheetAt(workbook.getSheetIndex(name));
  }

  /** Renames the sheet {@code name}. */
  static Consumer<XSSFWorkbook> rename(String name, String to) {
    return workbook -> workbook.setSheetName(workbook.getSheetIndex(name), to);
  }
}

package org.kcsp.examples;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook's contents as lines of text, for golden files and for reading in a test: one line per
 * cell that is not blank ({@code Projects!E7 number 2000}, {@code Meetings!C2 date 2022-07-14},
 * {@code Grants!A2 text CRG-2019-20}), then one per drop-down ({@code Organisations!C2:C1048576
 * list LOCAL_AUTHORITY,POLICE,...}). Not bytes: the zip around them holds times of writing.
 */
final class WorkbookCells {

  private WorkbookCells() {}

  static List<String> of(byte[] xlsx) {
    List<String> lines = new ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : workbook) {
        lines.add("sheet " + sheet.getSheetName());
        for (Row row : sheet) {
          for (Cell cell : row) {
            String value = switch (cell.getCellType()) {
              case STRING -> cell.getStringCellValue().isEmpty() ? null : "text " + cell.getStringCellValue();
              case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                  ? "date " + cell.getLocalDateTimeCellValue().toLocalDate()
                  : "number " + java.math.BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
              case BOOLEAN -> "boolean " + cell.getBooleanCellValue();
              default -> null;
            };
            if (value != null) {
              lines.add(cell.getAddress().formatAsString() + " " + value);
            }
          }
        }
        for (DataValidation validation : sheet.getDataValidations()) {
          StringBuilder where = new StringBuilder();
          for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
            where.append(range.formatAsString());
          }
          lines.add(where + " list " + String.join(",", validation.getValidationConstraint().getExplicitListValues()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}

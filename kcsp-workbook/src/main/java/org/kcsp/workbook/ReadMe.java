package org.kcsp.workbook;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.kcsp.model.FormatVersion;
import org.kcsp.workbook.WorkbookLayout.Sheet;

/** The "Read me" sheet: how to fill the workbook in, and what each sheet is for. kcsp never reads it back. */
final class ReadMe {

  private ReadMe() {}

  /** The lines of how to fill a workbook of {@code version} in. */
  static List<String> conventions(FormatVersion version) {
    List<String> lines = new ArrayList<>();
    lines.add("A partnership record (" + version + ") kept as a workbook. Check it with ./kcsp validate, turn it into"
        + " a record file with ./kcsp import.");
    lines.add("Each sheet of rows is a list of the record: a header row of the record's keys, then one row per entry."
        + " Each sheet of single values holds a key per row, in column A, and its value in column B.");
    lines.add("Dates are dates (or ISO text such as 2022-07-14); money is a number of pounds with at most two decimals,"
        + " without a pound sign; the other values are text, and the choices of a column are in its drop-down.");
    lines.add("A list of values in one cell (a priority's strands, a project's priorities) separates them with"
        + " semicolons; none says the list is empty, and a blank cell leaves it out.");
    lines.add("A formula is read by the value Excel last saved for it; a cell holding an error (#N/A, #REF!...) is"
        + " refused.");
    if (version == FormatVersion.V2) {
      lines.add("A sheet left out of the workbook is not recorded; a sheet with only its header row says there are"
          + " none. So delete the sheet of a list you have not recorded.");
      lines.add("A column named after a list of another sheet (a meeting's items) says not recorded for an entry whose"
          + " list is not recorded; left blank, the entry's list is its rows on that sheet, none if it has none.");
      lines.add("The unknown column names the keys of the entry whose values exist but are not known, separated by"
          + " semicolons.");
    } else {
      lines.add("A sheet left out of the workbook, or with only its header row, is an empty list.");
    }
    return lines;
  }

  /** What {@code sheet} is for, in a sentence. */
  static String purpose(Sheet sheet) {
    if (sheet == WorkbookLayout.RECORD) {
      return "The record itself: its format, and optionally its policy, date and description.";
    }
    if (!sheet.rows()) {
      return "The values of " + sheet.noun() + ", a key per row; leave the sheet out when there is none.";
    }
    String parent = sheet.parent().orElseThrow().name();
    return "One row per entry: " + sheet.noun()
        + (sheet.keyedByParent() ? ", under the entry of the " + parent + " sheet that its "
            + sheet.columns().get(0).header() + " column names by its id." : parent.equals("Record") ? "."
            : ", of the " + parent + " sheet.");
  }

  static void write(XSSFSheet out, FormatVersion version, CellStyle wrapped, CellStyle header) {
    out.setColumnWidth(0, 256 * 26);
    out.setColumnWidth(1, 256 * 110);
    int r = 0;
    XSSFRow title = out.createRow(r++);
    title.createCell(0).setCellValue("kcsp record workbook");
    title.getCell(0).setCellStyle(header);
    for (String line : conventions(version)) {
      XSSFRow row = out.createRow(r++);
      row.createCell(1).setCellValue(line);
      row.getCell(1).setCellStyle(wrapped);
    }
    r++;
    XSSFRow head = out.createRow(r++);
    head.createCell(0).setCellValue("Sheet");
    head.createCell(1).setCellValue("What it is for");
    head.getCell(0).setCellStyle(header);
    head.getCell(1).setCellStyle(header);
    for (Sheet sheet : WorkbookLayout.SHEETS) {
      if (sheet.isIn(version)) {
        XSSFRow row = out.createRow(r++);
        row.createCell(0).setCellValue(sheet.name());
        row.createCell(1).setCellValue(purpose(sheet));
        row.getCell(1).setCellStyle(wrapped);
      }
    }
  }
}

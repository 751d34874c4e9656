package org.kcsp.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.internal.ValueType;
import org.kcsp.model.io.RecordWriter;
import org.kcsp.workbook.WorkbookLayout.Column;
import org.kcsp.workbook.WorkbookLayout.ColumnKind;
import org.kcsp.workbook.WorkbookLayout.Sheet;

/** Writes a record as a workbook of {@link WorkbookLayout}'s sheets, from the JSON the record writer writes. */
final class WorkbookWriter {

  private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

  private final FormatVersion version;
  private final boolean everySheet;
  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final CellStyle header;
  private final CellStyle text;
  private final CellStyle date;
  private final CellStyle money;
  private final CellStyle integer;
  private final CellStyle wrapped;

  private WorkbookWriter(FormatVersion version, boolean everySheet) {
    this.version = version;
    this.everySheet = everySheet;
    DataFormat formats = workbook.createDataFormat();
    Font bold = workbook.createFont();
    bold.setBold(true);
    header = workbook.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setDataFormat(formats.getFormat("@"));
    text = workbook.createCellStyle();
    text.setDataFormat(formats.getFormat("@"));
    date = workbook.createCellStyle();
    date.setDataFormat(formats.getFormat("yyyy-mm-dd"));
    money = workbook.createCellStyle();
    money.setDataFormat(formats.getFormat("#,##0.00"));
    integer = workbook.createCellStyle();
    integer.setDataFormat(formats.getFormat("0"));
    wrapped = workbook.createCellStyle();
    wrapped.setWrapText(true);
    wrapped.setDataFormat(formats.getFormat("@"));
  }

  /**
   * The workbook of {@code record}. With {@code everySheet}, every sheet of its version is written,
   * with only its header where the record has nothing for it; else a list or object the record
   * does not hold has no sheet (in version 2: it is not recorded).
   */
  static byte[] write(PartnershipRecord record, boolean everySheet) {
    @SuppressWarnings("unchecked")
    Map<String, Object> root = (Map<String, Object>) JsonTree.parse(RecordWriter.toJson(record));
    WorkbookWriter writer = new WorkbookWriter(record.format(), everySheet);
    try (XSSFWorkbook workbook = writer.workbook) {
      ReadMe.write(workbook.createSheet(WorkbookLayout.READ_ME), record.format(), writer.wrapped, writer.header);
      writer.single(WorkbookLayout.RECORD, root);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      workbook.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A parent's object, and its id for the rows of its children. */
  private record Owner(String id, Map<String, Object> object) {}

  @SuppressWarnings("unchecked")
  private void emit(Sheet sheet, List<Owner> owners) {
    if (!sheet.isIn(version)) {
      return;
    }
    if (!sheet.rows()) {
      Object value = owners.isEmpty() ? null : owners.get(0).object().get(sheet.key());
      if (value != null || everySheet) {
        single(sheet, (Map<String, Object>) value);
      }
      return;
    }
    boolean present = owners.stream().anyMatch(owner -> owner.object().get(sheet.key()) instanceof List);
    if (!present && !everySheet) {
      return;
    }
    XSSFSheet out = workbook.createSheet(sheet.name());
    List<Column> columns = sheet.columns(version);
    XSSFRow head = out.createRow(0);
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      XSSFCell cell = head.createCell(c);
      cell.setCellValue(column.header());
      cell.setCellStyle(header);
      out.setColumnWidth(c, 256 * Math.max(14, Math.min(40, column.header().length() + 4)));
      out.setDefaultColumnStyle(c, style(column));
      validation(out, column, new CellRangeAddressList(1, LAST_ROW, c, c));
    }
    out.createFreezePane(0, 1);
    List<Owner> rows = new ArrayList<>();
    int r = 1;
    for (Owner owner : owners) {
      if (!(owner.object().get(sheet.key()) instanceof List<?> list)) {
        continue;
      }
      for (Object element : list) {
        Map<String, Object> object = (Map<String, Object>) element;
        XSSFRow row = out.createRow(r++);
        for (int c = 0; c < columns.size(); c++) {
          Column column = columns.get(c);
          Object value = column.kind() == ColumnKind.PARENT ? owner.id() : valueOf(object, column);
          cell(row, c, column, value);
        }
        rows.add(new Owner(object.get("id") instanceof String id ? id : null, object));
      }
    }
    sheet.children().forEach(child -> emit(child, rows));
  }

  /** A sheet of single values: a header row, then a row per key, the key in column A and its value in B. */
  private void single(Sheet sheet, Map<String, Object> object) {
    XSSFSheet out = workbook.createSheet(sheet.name());
    XSSFRow head = out.createRow(0);
    head.createCell(0).setCellValue("key");
    head.createCell(1).setCellValue("value");
    head.getCell(0).setCellStyle(header);
    head.getCell(1).setCellStyle(header);
    out.setColumnWidth(0, 256 * 28);
    out.setColumnWidth(1, 256 * 48);
    out.createFreezePane(0, 1);
    int r = 1;
    for (Column column : sheet.columns(version)) {
      XSSFRow row = out.createRow(r);
      XSSFCell key = row.createCell(0);
      key.setCellValue(column.header());
      key.setCellStyle(header);
      cell(row, 1, column, object == null ? null : valueOf(object, column));
      if (row.getCell(1) == null) {
        row.createCell(1).setCellStyle(style(column));
      }
      validation(out, column, new CellRangeAddressList(r, r, 1, 1));
      r++;
    }
    List<Owner> owners = object == null ? List.of() : List.of(new Owner(null, object));
    sheet.children().forEach(child -> emit(child, owners));
  }

  /** What a row's object holds for {@code column}, as the cell shows it. */
  private static Object valueOf(Map<String, Object> object, Column column) {
    Object value = object;
    for (String key : column.keys()) {
      value = value instanceof Map<?, ?> map ? map.get(key) : null;
    }
    return switch (column.kind()) {
      case MARKER -> object.containsKey(column.keys().get(0)) ? null : WorkbookLayout.NOT_RECORDED;
      case LIST, UNKNOWN -> value instanceof List<?> list ? ListCell.format(list.stream().map(String::valueOf).toList()) : null;
      default -> value;
    };
  }

  private void cell(XSSFRow row, int c, Column column, Object value) {
    if (value == null) {
      return;
    }
    XSSFCell cell = row.createCell(c);
    if (column.kind() == ColumnKind.VALUE && value instanceof String string && column.type().kind() == ValueType.Kind.DATE) {
      cell.setCellValue(LocalDate.parse(string));
      cell.setCellStyle(date);
    } else if (value instanceof BigDecimal number) {
      cell.setCellValue(number.doubleValue());
      cell.setCellStyle(column.type().kind() == ValueType.Kind.MONEY ? money : integer);
    } else {
      cell.setCellValue(String.valueOf(value));
      cell.setCellStyle(text);
    }
  }

  private CellStyle style(Column column) {
    if (column.kind() != ColumnKind.VALUE) {
      return text;
    }
    return switch (column.type().kind()) {
      case DATE -> date;
      case MONEY -> money;
      case INTEGER -> integer;
      default -> text;
    };
  }

  /** A drop-down of the choices of an enum column, and of {@code not recorded} for a marker. */
  private void validation(XSSFSheet out, Column column, CellRangeAddressList cells) {
    List<String> choices;
    if (column.kind() == ColumnKind.MARKER) {
      choices = List.of(WorkbookLayout.NOT_RECORDED);
    } else if (column.kind() == ColumnKind.VALUE && column.type().kind() == ValueType.Kind.ENUM) {
      choices = column.type().constants(version).stream().map(constant -> column.type().name(constant)).toList();
    } else {
      return;
    }
    XSSFDataValidationHelper helper = new XSSFDataValidationHelper(out);
    DataValidationConstraint constraint = helper.createExplicitListConstraint(choices.toArray(String[]::new));
    DataValidation validation = helper.createValidation(constraint, cells);
    validation.setShowErrorBox(true);
    validation.setSuppressDropDownArrow(true);
    validation.setEmptyCellAllowed(true);
    out.addValidationData(validation);
  }
}

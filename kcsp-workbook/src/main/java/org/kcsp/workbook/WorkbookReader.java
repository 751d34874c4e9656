package org.kcsp.workbook;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Problem;
import org.kcsp.model.RecordPath;
import org.kcsp.model.Spelling;
import org.kcsp.model.internal.ValueType;
import org.kcsp.model.io.RecordReader;
import org.kcsp.workbook.WorkbookLayout.Column;
import org.kcsp.workbook.WorkbookLayout.ColumnKind;
import org.kcsp.workbook.WorkbookLayout.Sheet;

/**
 * Reads a record workbook: its sheets into the record's JSON, which the record reader reads and
 * checks as it reads any record, each of its problems then placed back at the sheet and cell it
 * came from.
 */
final class WorkbookReader {

  static {
    // a second guard behind WorkbookFile's own checks, for the library's reading of the parts
    ZipSecureFile.setMinInflateRatio(1.0 / WorkbookFile.MAX_RATIO);
    ZipSecureFile.setMaxEntrySize(WorkbookFile.MAX_EXPANDED_BYTES);
  }

  /** Where a problem is: a cell, a row ({@code column} -1), a sheet ({@code row} -1) or the workbook ({@code order} -1). */
  private record Place(int order, String sheet, int row, int column) {

    static final Place WORKBOOK = new Place(-1, "workbook", -1, -1);

    static Place sheet(Sheet sheet) {
      return new Place(WorkbookLayout.SHEETS.indexOf(sheet), sheet.name(), -1, -1);
    }

    String text() {
      if (row < 0) {
        return sheet;
      }
      if (column < 0) {
        return sheet + " row " + (row + 1);
      }
      return sheet + "!" + CellReference.convertNumToColString(column) + (row + 1);
    }
  }

  private static final Comparator<Place> ORDER =
      Comparator.comparingInt(Place::order).thenComparingInt(Place::row).thenComparingInt(Place::column);

  private record Found(Place place, String message) {}

  /** An object read from a row or a sheet of single values, where its keys' values came from, and its place in the record. */
  private static final class Entry {
    final Map<String, Object> object = new LinkedHashMap<>();
    final Map<List<String>, Place> cells = new HashMap<>();
    final Set<String> notRecorded = new HashSet<>();
    final Sheet sheet;
    final Place place;
    String parent;
    Place parentCell;
    RecordPath path;

    Entry(Sheet sheet, Place place) {
      this.sheet = sheet;
      this.place = place;
    }

    String id() {
      return object.get("id") instanceof String id ? id : null;
    }
  }

  private final String source;
  private final List<Found> problems = new ArrayList<>();
  private final Set<Place> refused = new HashSet<>();
  private final Map<RecordPath, Place> places = new HashMap<>();
  private final Map<RecordPath, Sheet> sheetOf = new HashMap<>();
  private final Map<Sheet, XSSFSheet> found = new LinkedHashMap<>();
  private FormatVersion version = FormatVersion.V2;
  private boolean hasRecordSheet = true;

  private WorkbookReader(String source) {
    this.source = source;
  }

  static PartnershipRecord read(Path file, String source) {
    WorkbookFile.check(file, source);
    WorkbookReader reader = new WorkbookReader(source);
    Map<String, Object> root;
    try (OPCPackage pack = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      try (XSSFWorkbook workbook = new XSSFWorkbook(pack)) {
        root = reader.tree(workbook);
      } finally {
        pack.revert();
      }
    } catch (InvalidWorkbookException e) {
      throw e;
    } catch (OLE2NotOfficeXmlFileException e) {
      throw InvalidWorkbookException.of(source, "the file is not an XLSX workbook: save it as an Excel workbook (.xlsx)");
    } catch (InvalidFormatException | POIXMLException | IOException | IllegalArgumentException | IllegalStateException e) {
      throw InvalidWorkbookException.of(source, "the workbook cannot be opened: " + (e.getMessage() == null
          ? e.getClass().getSimpleName() : e.getMessage()));
    }
    return reader.record(root);
  }

  // ---- the workbook into the record's tree

  private Map<String, Object> tree(XSSFWorkbook workbook) {
    List<String> names = WorkbookLayout.SHEETS.stream().map(Sheet::name).toList();
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      XSSFSheet sheet = workbook.getSheetAt(i);
      String name = sheet.getSheetName();
      if (name.equals(WorkbookLayout.READ_ME)) {
        continue;
      }
      Optional<Sheet> layout = WorkbookLayout.sheet(name);
      if (layout.isEmpty()) {
        problem(new Place(-1, name, -1, -1), "there is no sheet " + Problem.quote(name) + " in a record workbook"
            + didYouMean(name, names, "its sheets are " + String.join(", ", names)));
      } else if (sheet.getLastRowNum() >= WorkbookFile.MAX_ROWS) {
        problem(Place.sheet(layout.get()), "the sheet has " + (sheet.getLastRowNum() + 1) + " rows, more than the "
            + WorkbookFile.MAX_ROWS + " kcsp reads");
      } else {
        found.put(layout.get(), sheet);
      }
    }
    Map<String, Object> root = new LinkedHashMap<>();
    XSSFSheet record = found.get(WorkbookLayout.RECORD);
    if (record == null) {
      hasRecordSheet = false;
      problem(Place.sheet(WorkbookLayout.RECORD), "the workbook has no Record sheet, which names the record's format"
          + " (kcsp-record/2) in its format row");
      return root;
    }
    version = versionOf(record);
    Entry entry = single(WorkbookLayout.RECORD, record);
    root = entry.object;
    entry.path = RecordPath.ROOT;
    register(entry);
    children(WorkbookLayout.RECORD, List.of(entry));
    return root;
  }

  /** The version the Record sheet's format row names; version 2, whose sheets are a superset, when it names none. */
  private static FormatVersion versionOf(XSSFSheet sheet) {
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      XSSFRow row = sheet.getRow(r);
      if (row != null && text(row.getCell(0)).equals("format")) {
        return FormatVersion.ofId(text(row.getCell(1))).orElse(FormatVersion.V2);
      }
    }
    return FormatVersion.V2;
  }

  /** Reads the child sheets of {@code sheet}, whose objects are {@code owners}. */
  private void children(Sheet sheet, List<Entry> owners) {
    for (Sheet child : sheet.children()) {
      if (!child.rows()) {
        XSSFSheet out = found.get(child);
        Entry owner = owners.get(0);
        if (out == null) {
          strays(child, "the workbook has no " + child.name() + " sheet");
          continue;
        }
        Entry entry = single(child, out);
        if (entry.object.isEmpty()) {
          strays(child, "the " + child.name() + " sheet gives no value");
          continue;
        }
        owner.object.put(child.key(), entry.object);
        entry.path = owner.path.key(child.key());
        register(entry);
        children(child, List.of(entry));
      } else {
        rows(child, owners);
      }
    }
  }

  /** Refuses the rows of the sheets under {@code sheet}, whose object is absent for {@code why}. */
  private void strays(Sheet sheet, String why) {
    for (Sheet child : sheet.children()) {
      XSSFSheet out = found.get(child);
      if (out != null && child.rows() && hasRows(out)) {
        problem(Place.sheet(child), "the sheet lists entries of " + sheet.noun() + ", but " + why);
      }
      strays(child, why);
    }
  }

  private static boolean hasRows(XSSFSheet sheet) {
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      if (!blank(sheet.getRow(r))) {
        return true;
      }
    }
    return false;
  }

  /** A sheet of single values: a key per row in column A, its value in column B. */
  private Entry single(Sheet sheet, XSSFSheet out) {
    Entry entry = new Entry(sheet, Place.sheet(sheet));
    Map<String, Integer> seen = new HashMap<>();
    List<String> headers = sheet.columns().stream().map(Column::header).toList();
    for (int r = 0; r <= out.getLastRowNum(); r++) {
      XSSFRow row = out.getRow(r);
      if (blank(row)) {
        continue;
      }
      Place keyCell = new Place(Place.sheet(sheet).order(), sheet.name(), r, 0);
      String key = text(row.getCell(0));
      if (r == 0 && key.equals("key")) {
        continue;
      }
      for (int c = 2; c < row.getLastCellNum(); c++) {
        if (!isBlank(row.getCell(c))) {
          problem(new Place(keyCell.order(), sheet.name(), r, c), "a sheet of single values holds each key in column A"
              + " and its value in column B; nothing else is read");
        }
      }
      if (key.isEmpty()) {
        problem(keyCell, "a value with no key: write the key in column A");
        continue;
      }
      Optional<Column> column = sheet.column(key);
      if (column.isEmpty() || column.get().kind() == ColumnKind.PARENT) {
        problem(keyCell, "there is no key " + Problem.quote(key) + " in " + sheet.noun()
            + didYouMean(key, headers, "its keys are " + String.join(", ", headers)));
        continue;
      }
      Integer before = seen.putIfAbsent(key, r);
      if (before != null) {
        problem(keyCell, key + " is given twice, in rows " + (before + 1) + " and " + (r + 1));
        continue;
      }
      value(entry, column.get(), row.getCell(1), new Place(keyCell.order(), sheet.name(), r, 1));
    }
    return entry;
  }

  /** A sheet of rows: its header, then an entry per row that is not blank, each added to its owner's list. */
  private void rows(Sheet sheet, List<Entry> owners) {
    XSSFSheet out = found.get(sheet);
    if (out == null) {
      strays(sheet, "the workbook has no " + sheet.name() + " sheet");
      return;
    }
    int order = Place.sheet(sheet).order();
    Map<Integer, Column> columns = header(sheet, out, order);
    Map<Entry, List<Entry>> lists = new LinkedHashMap<>();
    Map<String, Entry> byId = new HashMap<>();
    for (Entry owner : owners) {
      lists.put(owner, new ArrayList<>());
      if (owner.id() != null) {
        byId.putIfAbsent(owner.id(), owner);
      }
    }
    for (int r = 1; r <= out.getLastRowNum(); r++) {
      XSSFRow row = out.getRow(r);
      if (blank(row)) {
        continue;
      }
      Entry entry = new Entry(sheet, new Place(order, sheet.name(), r, -1));
      for (int c = 0; c < row.getLastCellNum(); c++) {
        Column column = columns.get(c);
        Place cell = new Place(order, sheet.name(), r, c);
        if (column == null) {
          if (!columns.containsKey(c) && !isBlank(row.getCell(c))) {
            problem(cell, "the cell is in a column with no header: give the column a key of " + sheet.noun()
                + " in row 1, or empty the cell");
          }
          continue;
        }
        value(entry, column, row.getCell(c), cell);
      }
      for (Map.Entry<Integer, Column> column : columns.entrySet()) {
        Column header = column.getValue();
        if (header != null && (header.kind() == ColumnKind.VALUE || header.kind() == ColumnKind.LIST)) {
          entry.cells.putIfAbsent(header.keys(), new Place(order, sheet.name(), r, column.getKey()));
        }
      }
      Entry owner = owner(sheet, entry, owners, byId);
      if (owner != null) {
        lists.get(owner).add(entry);
      }
    }
    List<Entry> entries = new ArrayList<>();
    for (Map.Entry<Entry, List<Entry>> list : lists.entrySet()) {
      Entry owner = list.getKey();
      if (owner.notRecorded.contains(sheet.key())) {
        for (Entry entry : list.getValue()) {
          problem(entry.parentCell, sheet.columns().get(0).header() + " " + Problem.quote(entry.parent) + " says on the "
              + owner.sheet.name() + " sheet that its " + sheet.key() + " are not recorded, yet this row lists one");
        }
        continue;
      }
      List<Object> objects = new ArrayList<>();
      RecordPath path = owner.path.key(sheet.key());
      places.put(path, Place.sheet(sheet));
      for (Entry entry : list.getValue()) {
        entry.path = path.index(objects.size());
        objects.add(entry.object);
        register(entry);
        entries.add(entry);
      }
      owner.object.put(sheet.key(), objects);
    }
    children(sheet, entries);
  }

  /** The entry {@code entry}'s row belongs to: the owner its parent column names, or the one owner. */
  private Entry owner(Sheet sheet, Entry entry, List<Entry> owners, Map<String, Entry> byId) {
    if (!sheet.keyedByParent()) {
      if (owners.isEmpty()) {
        return null;
      }
      return owners.get(0);
    }
    String column = sheet.columns().get(0).header();
    if (entry.parentCell == null) {
      return null;
    }
    if (entry.parent == null) {
      problem(entry.parentCell, column + " is required: name the " + sheet.parent().orElseThrow().noun().replaceFirst("^an? ", "")
          + " of the " + sheet.parent().orElseThrow().name() + " sheet that this row belongs to, by its id");
      return null;
    }
    Entry owner = byId.get(entry.parent);
    if (owner == null) {
      List<String> ids = new ArrayList<>(byId.keySet());
      ids.sort(null);
      problem(entry.parentCell, column + " " + Problem.quote(entry.parent) + " is not the id of an entry of the "
          + sheet.parent().orElseThrow().name() + " sheet" + didYouMean(entry.parent, ids, ids.isEmpty()
              ? "that sheet has no entry" : "its ids are " + String.join(", ", ids.subList(0, Math.min(20, ids.size())))
                  + (ids.size() > 20 ? "..." : "")));
    }
    return owner;
  }

  /**
   * The header row of a sheet of rows: each header a column of the sheet, none twice. A header
   * refused maps its column to {@code null}, so that its cells are not refused again one by one.
   */
  private Map<Integer, Column> header(Sheet sheet, XSSFSheet out, int order) {
    Map<Integer, Column> columns = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    List<String> headers = sheet.columns().stream().map(Column::header).toList();
    XSSFRow row = out.getRow(0);
    int last = row == null ? 0 : row.getLastCellNum();
    for (int c = 0; c < last; c++) {
      Place cell = new Place(order, sheet.name(), 0, c);
      Cell headerCell = row.getCell(c);
      if (isBlank(headerCell)) {
        continue;
      }
      String header = text(headerCell);
      Optional<Column> column = sheet.column(header);
      if (column.isEmpty()) {
        problem(cell, "there is no column " + Problem.quote(header) + " in the " + sheet.name() + " sheet"
            + didYouMean(header, headers, "its columns are " + String.join(", ", headers)));
        columns.put(c, null);
        continue;
      }
      Integer before = seen.putIfAbsent(header, c);
      if (before != null) {
        problem(cell, "the column " + header + " is given twice, in columns " + CellReference.convertNumToColString(before)
            + " and " + CellReference.convertNumToColString(c));
        columns.put(c, null);
        continue;
      }
      columns.put(c, column.get());
    }
    if (sheet.keyedByParent() && !seen.containsKey(sheet.columns().get(0).header())) {
      problem(Place.sheet(sheet), "the sheet has no " + sheet.columns().get(0).header() + " column, which names the entry"
          + " of the " + sheet.parent().orElseThrow().name() + " sheet each row belongs to");
    }
    return columns;
  }

  // ---- one cell

  /** The value of one cell, as {@code column} reads it, into {@code entry}. */
  private void value(Entry entry, Column column, Cell cell, Place place) {
    switch (column.kind()) {
      case PARENT -> {
        entry.parentCell = place;
        Object value = scalar(cell, ValueType.TEXT, column.header(), place);
        entry.parent = value == null ? null : value.toString();
      }
      case MARKER -> {
        Object value = scalar(cell, ValueType.TEXT, column.header(), place);
        if (value == null) {
          return;
        }
        if (!value.toString().strip().equalsIgnoreCase(WorkbookLayout.NOT_RECORDED)) {
          problem(place, column.header() + " must be blank, or " + Problem.quote(WorkbookLayout.NOT_RECORDED)
              + " when they are not recorded, got " + Problem.quote(value.toString()));
        } else if (version == FormatVersion.V1) {
          problem(place, column.header() + ": " + Problem.quote(WorkbookLayout.NOT_RECORDED)
              + " needs format kcsp-record/2; in version 1 an empty list is none");
        } else {
          entry.notRecorded.add(column.keys().get(0));
        }
      }
      case LIST, UNKNOWN -> {
        Object value = scalar(cell, ValueType.TEXT, column.header(), place);
        entry.cells.put(column.keys(), place);
        if (value == null) {
          return;
        }
        ListCell.Parsed parsed = ListCell.parse(value.toString());
        if (parsed.problem() != null) {
          problem(place, column.header() + " must be values separated by semicolons: " + parsed.problem() + ", in "
              + Problem.quote(value.toString()));
        } else if (parsed.items() != null) {
          put(entry, column.keys(), new ArrayList<Object>(parsed.items()));
        }
      }
      case VALUE -> {
        entry.cells.put(column.keys(), place);
        Object value = scalar(cell, column.type(), column.header(), place);
        if (value != null) {
          put(entry, column.keys(), value);
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void put(Entry entry, List<String> keys, Object value) {
    Map<String, Object> object = entry.object;
    for (int i = 0; i < keys.size() - 1; i++) {
      object = (Map<String, Object>) object.computeIfAbsent(keys.get(i), key -> new LinkedHashMap<String, Object>());
    }
    object.put(keys.get(keys.size() - 1), value);
  }

  /**
   * What a cell holds, for a value of {@code type}: a string, or a number for money and whole
   * numbers; {@code null} when blank or refused. A formula gives the value Excel last saved for it.
   */
  private Object scalar(Cell cell, ValueType type, String key, Place place) {
    if (cell == null) {
      return null;
    }
    CellType kind = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    switch (kind) {
      case STRING -> {
        String text = cell.getStringCellValue();
        return text.isEmpty() ? null : text;
      }
      case BOOLEAN -> {
        return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      }
      case ERROR -> {
        FormulaError error = FormulaError.forInt(cell.getErrorCellValue());
        problem(place, key + " holds the error " + error.getString() + (cell.getCellType() == CellType.FORMULA
            ? ", the value Excel last saved for its formula: correct the formula, or type the value" : ": type the value"));
        return null;
      }
      case NUMERIC -> {
        double number = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(number)) {
          LocalDateTime dateTime = DateUtil.getLocalDateTime(number);
          if (type.kind() == ValueType.Kind.DATE && !dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            problem(place, key + " must be a date without a time of day, got " + dateTime);
            return null;
          }
          return dateTime.toLocalDate().toString();
        }
        if (!Double.isFinite(number)) {
          problem(place, key + " must be a number, got " + number);
          return null;
        }
        BigDecimal exact = BigDecimal.valueOf(number).stripTrailingZeros();
        if (exact.scale() < 0) {
          exact = exact.setScale(0);
        }
        boolean numeric = type.kind() == ValueType.Kind.MONEY || type.kind() == ValueType.Kind.INTEGER;
        return numeric ? exact : exact.toPlainString();
      }
      default -> {
        return null;
      }
    }
  }

  // ---- the record, and its problems placed back in the workbook

  private PartnershipRecord record(Map<String, Object> root) {
    InvalidRecordException invalid = null;
    PartnershipRecord record = null;
    if (hasRecordSheet) {
      try {
        record = RecordReader.readJson(JsonTree.write(root), source);
      } catch (InvalidRecordException e) {
        invalid = e;
      }
    }
    int omitted = 0;
    if (invalid != null) {
      for (Problem problem : invalid.problems()) {
        placed(problem);
      }
      omitted = invalid.omitted();
    }
    if (problems.isEmpty() && omitted == 0) {
      return record;
    }
    List<Found> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparing(Found::place, ORDER));
    List<WorkbookProblem> listed = sorted.stream().limit(InvalidWorkbookException.MAX_PROBLEMS)
        .map(found -> new WorkbookProblem(found.place().text(), found.message())).toList();
    throw new InvalidWorkbookException(source, listed, omitted + sorted.size() - listed.size());
  }

  /** A problem the record reader found, at the cell, row or sheet its path came from. */
  private void placed(Problem problem) {
    String message = problem.message().replace(" (a string: write the number without quotes or a pound sign)", "");
    RecordPath path = problem.recordPath();
    while (true) {
      Place place = places.get(path);
      if (place != null) {
        if (!refused.contains(place)) {
          problems.add(new Found(place, message));
        }
        return;
      }
      if (path.isRoot()) {
        problems.add(new Found(Place.WORKBOOK, message));
        return;
      }
      Optional<String> key = path.lastKey();
      Sheet holder = sheetOf.get(path.parent());
      if (key.isPresent() && holder != null) {
        for (Sheet child : holder.children()) {
          if (child.key().equals(key.get()) && !found.containsKey(child)) {
            problems.add(new Found(Place.sheet(child), message + " (the workbook has no " + child.name() + " sheet)"));
            return;
          }
        }
      }
      path = path.parent();
    }
  }

  /** Records where the values of {@code entry}, now at its path in the record, came from. */
  private void register(Entry entry) {
    places.put(entry.path, entry.place);
    sheetOf.put(entry.path, entry.sheet);
    for (Map.Entry<List<String>, Place> cell : entry.cells.entrySet()) {
      RecordPath path = entry.path;
      for (String key : cell.getKey()) {
        path = path.key(key);
      }
      places.put(path, cell.getValue());
    }
  }

  private void problem(Place place, String message) {
    problems.add(new Found(place, message));
    refused.add(place);
  }

  // ---- cells

  private static boolean blank(XSSFRow row) {
    if (row == null) {
      return true;
    }
    for (int c = Math.max(0, row.getFirstCellNum()); c < row.getLastCellNum(); c++) {
      if (!isBlank(row.getCell(c))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlank(Cell cell) {
    return cell == null || cell.getCellType() == CellType.BLANK
        || cell.getCellType() == CellType.STRING && cell.getStringCellValue().isEmpty();
  }

  /** A header or key cell's text. */
  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType kind = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    return switch (kind) {
      case STRING -> cell.getStringCellValue().strip();
      case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      default -> "";
    };
  }

  /** {@code : did you mean "x"?} for the nearest of {@code candidates}, else {@code (otherwise)}. */
  private static String didYouMean(String word, List<String> candidates, String otherwise) {
    String nearest = null;
    int best = Math.max(1, word.length() / 3) + 1;
    if (word.length() <= 3 * Problem.LONGEST_TEXT) {
      for (String candidate : candidates) {
        int distance = Spelling.distance(word.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
        if (distance < best) {
          best = distance;
          nearest = candidate;
        }
      }
    }
    return nearest != null ? ": did you mean \"" + nearest + "\"?" : " (" + otherwise + ")";
  }
}

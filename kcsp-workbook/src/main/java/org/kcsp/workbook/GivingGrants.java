package org.kcsp.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kcsp.model.Problem;

/**
 * Reads grants published in the 360Giving Data Standard: its JSON package ({@code {"grants":
 * [...]}}), or its flat form, a CSV file or an XLSX workbook whose header row holds the standard's
 * column titles ({@code Identifier}, {@code Title}, {@code Amount Awarded}, {@code Funding
 * Org:Identifier}...). Each grant must give the fields the standard requires: identifier, title,
 * description, currency, amount awarded, award date, the recipient (an organisation or an
 * individual: identifier and name) and the funding organisation (identifier and name). kcsp holds
 * money in pounds, so the currency must be GBP. Every problem is reported at once, each at its
 * place: a JSON path, a CSV row and column, a sheet and cell.
 */
public final class GivingGrants {

  /** The largest file read: 16 MiB. */
  public static final long MAX_BYTES = 16L * 1024 * 1024;

  /** A field the standard defines: its name in the JSON package, and its title in the flat form. */
  private record Field(String json, String title) {}

  private static final Field ID = new Field("id", "Identifier");
  private static final Field TITLE = new Field("title", "Title");
  private static final Field DESCRIPTION = new Field("description", "Description");
  private static final Field CURRENCY = new Field("currency", "Currency");
  private static final Field AMOUNT = new Field("amountAwarded", "Amount Awarded");
  private static final Field AWARD_DATE = new Field("awardDate", "Award Date");
  private static final Field PLANNED_START = new Field("plannedDates.startDate", "Planned Dates:Start Date");
  private static final Field PLANNED_END = new Field("plannedDates.endDate", "Planned Dates:End Date");
  private static final Field RECIPIENT_ORG_ID = new Field("recipientOrganization.id", "Recipient Org:Identifier");
  private static final Field RECIPIENT_ORG_NAME = new Field("recipientOrganization.name", "Recipient Org:Name");
  private static final Field RECIPIENT_IND_ID = new Field("recipientIndividual.id", "Recipient Ind:Identifier");
  private static final Field RECIPIENT_IND_NAME = new Field("recipientIndividual.name", "Recipient Ind:Name");
  private static final Field FUNDER_ID = new Field("fundingOrganization.id", "Funding Org:Identifier");
  private static final Field FUNDER_NAME = new Field("fundingOrganization.name", "Funding Org:Name");

  private static final List<Field> FIELDS = List.of(ID, TITLE, DESCRIPTION, CURRENCY, AMOUNT, AWARD_DATE, PLANNED_START,
      PLANNED_END, RECIPIENT_ORG_ID, RECIPIENT_ORG_NAME, RECIPIENT_IND_ID, RECIPIENT_IND_NAME, FUNDER_ID, FUNDER_NAME);

  private static final List<Field> REQUIRED = List.of(ID, TITLE, DESCRIPTION, CURRENCY, AMOUNT, AWARD_DATE, FUNDER_ID,
      FUNDER_NAME);

  private GivingGrants() {}

  /** One grant as the file gives it: each field's value (a string, a number or a date) and where it is. */
  private static final class Raw {
    final Map<Field, Object> values = new HashMap<>();
    final Map<Field, String> places = new HashMap<>();
    final String place;
    final boolean flat;

    Raw(String place, boolean flat) {
      this.place = place;
      this.flat = flat;
    }

    String placeOf(Field field) {
      return places.getOrDefault(field, place);
    }

    String name(Field field) {
      return flat ? field.title() : field.json().substring(field.json().lastIndexOf('.') + 1);
    }
  }

  /**
   * Reads the grants in {@code file}: {@code .json} (the JSON package), {@code .csv} or {@code
   * .xlsx} (the flat form).
   *
   * @throws InvalidGrantsException if the file cannot be read, or a grant lacks a required field or
   *     gives one kcsp cannot use
   */
  public static List<GivingGrant> read(Path file) {
    String source = file.toString();
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    List<WorkbookProblem> problems = new ArrayList<>();
    List<Raw> raws;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw invalid(source, "the file is larger than " + MAX_BYTES + " bytes, the most kcsp reads");
      }
      if (name.endsWith(".json")) {
        raws = json(readText(file, source), source, problems);
      } else if (name.endsWith(".csv")) {
        raws = csv(readText(file, source), problems);
      } else if (name.endsWith(".xlsx")) {
        raws = xlsx(file, source, problems);
      } else {
        throw invalid(source, "the file name must end in .json (360Giving's JSON package), .csv or .xlsx (its flat form)");
      }
    } catch (NoSuchFileException e) {
      throw invalid(source, "there is no such file");
    } catch (IOException e) {
      throw invalid(source, "the file cannot be read: " + e.getMessage());
    }
    List<GivingGrant> grants = new ArrayList<>();
    Map<String, String> ids = new HashMap<>();
    for (Raw raw : raws) {
      GivingGrant grant = grant(raw, problems);
      if (grant != null) {
        String before = ids.putIfAbsent(grant.id(), raw.placeOf(ID));
        if (before != null) {
          problems.add(new WorkbookProblem(raw.placeOf(ID), raw.name(ID) + " " + Problem.quote(grant.id())
              + " is given twice: first at " + before));
        } else {
          grants.add(grant);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidGrantsException(source, problems);
    }
    return grants;
  }

  private static InvalidGrantsException invalid(String source, String message) {
    return new InvalidGrantsException(source, List.of(new WorkbookProblem("file", message)));
  }

  private static String readText(Path file, String source) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (!java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes)) {
      throw invalid(source, "the file is not valid UTF-8: save it as UTF-8");
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  // ---- the JSON package

  @SuppressWarnings("unchecked")
  private static List<Raw> json(String text, String source, List<WorkbookProblem> problems) {
    Object root;
    try {
      root = JsonTree.parse(text);
    } catch (UncheckedIOException e) {
      throw invalid(source, "the file is not valid JSON: " + e.getCause().getMessage().lines().findFirst().orElse(""));
    }
    if (!(root instanceof Map<?, ?> map) || !(map.get("grants") instanceof List<?> list)) {
      throw invalid(source, "a 360Giving JSON package is an object with a grants array: {\"grants\": [...]}");
    }
    List<Raw> raws = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String at = "$.grants[" + i + "]";
      if (!(list.get(i) instanceof Map<?, ?> grant)) {
        problems.add(new WorkbookProblem(at, "a grant must be an object"));
        continue;
      }
      Raw raw = new Raw(at, false);
      for (Field field : FIELDS) {
        String[] keys = field.json().split("\\.");
        Object value = grant.get(keys[0]);
        String place = at + "." + keys[0];
        if (keys.length == 2) {
          if (value instanceof List<?> array) {
            value = array.isEmpty() ? null : array.get(0);
            place += "[0]";
          }
          value = value instanceof Map<?, ?> inner ? ((Map<String, Object>) inner).get(keys[1]) : null;
          place += "." + keys[1];
        }
        raw.places.put(field, place);
        if (value != null) {
          raw.values.put(field, value);
        }
      }
      raws.add(raw);
    }
    return raws;
  }

  // ---- the flat form

  private static List<Raw> csv(String text, List<WorkbookProblem> problems) {
    List<List<String>> rows = Csv.parse(text);
    List<Raw> raws = new ArrayList<>();
    if (rows.isEmpty()) {
      return raws;
    }
    Map<Field, Integer> columns = flatHeader(rows.get(0), "row 1", problems);
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (row.stream().allMatch(String::isBlank)) {
        continue;
      }
      Raw raw = new Raw("row " + (r + 1), true);
      for (Map.Entry<Field, Integer> column : columns.entrySet()) {
        raw.places.put(column.getKey(), "row " + (r + 1) + ", " + column.getKey().title());
        String value = column.getValue() < row.size() ? row.get(column.getValue()) : "";
        if (!value.isEmpty()) {
          raw.values.put(column.getKey(), value);
        }
      }
      raws.add(raw);
    }
    return raws;
  }

  private static List<Raw> xlsx(Path file, String source, List<WorkbookProblem> problems) {
    WorkbookFile.check(file, source);
    List<Raw> raws = new ArrayList<>();
    try (OPCPackage pack = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      try (XSSFWorkbook workbook = new XSSFWorkbook(pack)) {
        XSSFSheet sheet = workbook.getSheet("grants") != null ? workbook.getSheet("grants") : workbook.getSheetAt(0);
        if (sheet.getLastRowNum() >= WorkbookFile.MAX_ROWS) {
          throw invalid(source, "the sheet " + sheet.getSheetName() + " has more than " + WorkbookFile.MAX_ROWS + " rows");
        }
        String name = sheet.getSheetName();
        XSSFRow header = sheet.getRow(0);
        List<String> titles = new ArrayList<>();
        for (int c = 0; header != null && c < header.getLastCellNum(); c++) {
          titles.add(cellText(header.getCell(c)));
        }
        Map<Field, Integer> columns = flatHeader(titles, name + "!1", problems);
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
          XSSFRow row = sheet.getRow(r);
          if (row == null) {
            continue;
          }
          Raw raw = new Raw(name + " row " + (r + 1), true);
          for (Map.Entry<Field, Integer> column : columns.entrySet()) {
            Cell cell = row.getCell(column.getValue());
            raw.places.put(column.getKey(), name + "!" + CellReference.convertNumToColString(column.getValue()) + (r + 1));
            Object value = cellValue(cell);
            if (value != null) {
              raw.values.put(column.getKey(), value);
            }
          }
          if (!raw.values.isEmpty()) {
            raws.add(raw);
          }
        }
      } finally {
        pack.revert();
      }
    } catch (InvalidGrantsException | InvalidWorkbookException e) {
      throw e;
    } catch (Exception e) {
      throw invalid(source, "the workbook cannot be opened: " + e.getMessage());
    }
    return raws;
  }

  private static Object cellValue(Cell cell) {
    if (cell == null) {
      return null;
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    return switch (type) {
      case STRING -> cell.getStringCellValue().isEmpty() ? null : cell.getStringCellValue();
      case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate()
          : BigDecimal.valueOf(cell.getNumericCellValue());
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      default -> null;
    };
  }

  private static String cellText(Cell cell) {
    Object value = cellValue(cell);
    return value == null ? "" : value.toString().strip();
  }

  /** The columns of the fields kcsp reads, by their titles; a missing required title is a problem. */
  private static Map<Field, Integer> flatHeader(List<String> titles, String place, List<WorkbookProblem> problems) {
    Map<Field, Integer> columns = new LinkedHashMap<>();
    for (int c = 0; c < titles.size(); c++) {
      for (Field field : FIELDS) {
        if (field.title().equalsIgnoreCase(titles.get(c).strip()) && !columns.containsKey(field)) {
          columns.put(field, c);
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (Field field : REQUIRED) {
      if (!columns.containsKey(field)) {
        missing.add(field.title());
      }
    }
    boolean recipient = columns.containsKey(RECIPIENT_ORG_ID) && columns.containsKey(RECIPIENT_ORG_NAME)
        || columns.containsKey(RECIPIENT_IND_ID) && columns.containsKey(RECIPIENT_IND_NAME);
    if (!recipient) {
      missing.add("Recipient Org:Identifier and Recipient Org:Name (or Recipient Ind:Identifier and Recipient Ind:Name)");
    }
    if (!missing.isEmpty()) {
      problems.add(new WorkbookProblem(place, "the header row lacks the 360Giving column" + (missing.size() == 1 ? " " : "s ")
          + String.join(", ", missing)));
    }
    return columns;
  }

  // ---- one grant

  private static GivingGrant grant(Raw raw, List<WorkbookProblem> problems) {
    int before = problems.size();
    for (Field field : REQUIRED) {
      if (text(raw, field).isEmpty()) {
        problems.add(new WorkbookProblem(raw.placeOf(field), raw.name(field) + " is required: the 360Giving Data Standard"
            + " requires it of every grant"));
      }
    }
    Field recipientId = text(raw, RECIPIENT_ORG_ID).isEmpty() && !text(raw, RECIPIENT_IND_ID).isEmpty()
        ? RECIPIENT_IND_ID : RECIPIENT_ORG_ID;
    Field recipientName = recipientId == RECIPIENT_IND_ID ? RECIPIENT_IND_NAME : RECIPIENT_ORG_NAME;
    if (text(raw, recipientId).isEmpty() || text(raw, recipientName).isEmpty()) {
      problems.add(new WorkbookProblem(raw.place, "the recipient is required: the 360Giving Data Standard requires"
          + " the identifier and name of the recipient organisation (or individual) of every grant"));
    }
    String currency = text(raw, CURRENCY);
    if (!currency.isEmpty() && !currency.equals("GBP")) {
      problems.add(new WorkbookProblem(raw.placeOf(CURRENCY), raw.name(CURRENCY) + " must be GBP: a record holds money in"
          + " pounds, got " + Problem.quote(currency)));
    }
    BigDecimal amount = amount(raw, problems);
    LocalDate awardDate = date(raw, AWARD_DATE, false, problems);
    Optional<LocalDate> start = Optional.ofNullable(date(raw, PLANNED_START, false, problems));
    Optional<LocalDate> end = Optional.ofNullable(date(raw, PLANNED_END, true, problems));
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      problems.add(new WorkbookProblem(raw.placeOf(PLANNED_END), raw.name(PLANNED_END) + " " + end.get()
          + " is before the start date " + start.get()));
    }
    if (problems.size() > before) {
      return null;
    }
    return new GivingGrant(text(raw, ID), text(raw, TITLE), amount, awardDate, start, end, text(raw, recipientId),
        text(raw, recipientName), text(raw, FUNDER_ID), text(raw, FUNDER_NAME));
  }

  private static String text(Raw raw, Field field) {
    Object value = raw.values.get(field);
    if (value instanceof BigDecimal number) {
      return number.stripTrailingZeros().toPlainString();
    }
    return value == null ? "" : value.toString().strip();
  }

  private static BigDecimal amount(Raw raw, List<WorkbookProblem> problems) {
    Object value = raw.values.get(AMOUNT);
    if (value == null) {
      return null;
    }
    BigDecimal amount = null;
    if (value instanceof BigDecimal number) {
      amount = number;
    } else if (value instanceof String text && text.strip().matches("[0-9]+(\\.[0-9]+)?")) {
      amount = new BigDecimal(text.strip());
    }
    if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
      problems.add(new WorkbookProblem(raw.placeOf(AMOUNT), raw.name(AMOUNT) + " must be a number of pounds with at most"
          + " two decimals, got " + (value instanceof String text ? Problem.quote(text) : value.toString())));
      return null;
    }
    return amount.stripTrailingZeros().scale() < 0 ? amount.setScale(0) : amount.stripTrailingZeros();
  }

  /**
   * A date field: {@code 2019-04-01}, or a date and time from which the date is taken. A planned date
   * may give only its year and month, or its year (as the standard allows): the first day, or for an
   * end the last.
   */
  private static LocalDate date(Raw raw, Field field, boolean end, List<WorkbookProblem> problems) {
    Object value = raw.values.get(field);
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    String text = value.toString().strip();
    boolean planned = field == PLANNED_START || field == PLANNED_END;
    try {
      if (text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        return LocalDate.parse(text);
      }
      if (text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}T.*")) {
        return LocalDate.parse(text.substring(0, 10));
      }
      if (planned && text.matches("[0-9]{4}-[0-9]{2}")) {
        YearMonth month = YearMonth.parse(text);
        return end ? month.atEndOfMonth() : month.atDay(1);
      }
      if (planned && text.matches("[0-9]{4}")) {
        int year = Integer.parseInt(text);
        return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
      }
    } catch (DateTimeParseException e) {
      // a date of the right shape that is not in the calendar: said below
    }
    problems.add(new WorkbookProblem(raw.placeOf(field), raw.name(field) + " must be a date such as \"2019-04-01\", got "
        + Problem.quote(text)));
    return null;
  }
}

package org.kcsp.workbook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.internal.KeyFormat;
import org.kcsp.model.internal.ObjectFormat;
import org.kcsp.model.internal.RecordFormat;
import org.kcsp.model.internal.ValueType;

/**
 * The sheets and columns of a record workbook, derived from the record format's one description
 * ({@link RecordFormat}), never spelt out again here.
 *
 * <ul>
 *   <li>The root and each object the root holds once (the partnership, the agreement...) is a
 *       sheet of single values: a row per key, the key in column A and its value in column B.
 *   <li>Each list of objects is a sheet with a header row of the objects' keys and a row per
 *       object. A list inside an object of another list (the projects of a grant) is a sheet of its
 *       own whose first column names the parent by its id ({@code grant}).
 *   <li>An object inside an object of a list (a project's outcome report) is flattened into columns
 *       named {@code outcomeReport.due}; a list of single values (a priority's strands) is one cell.
 *   <li>In version 2, a list of objects that is evidence and sits inside an object of a list (a
 *       meeting's items) has a column of its own in the parent's sheet, where {@code not recorded}
 *       says that parent's list is not recorded; and an object whose values may be unknown has an
 *       {@code unknown} column.
 * </ul>
 */
final class WorkbookLayout {

  /** The sheet that says what every other sheet is for; read back as nothing. */
  static final String READ_ME = "Read me";

  /** What a marker cell says: the parent's list of this sheet is not recorded. */
  static final String NOT_RECORDED = "not recorded";

  /** The header of the column that names the keys whose values are unknown. */
  static final String UNKNOWN = RecordFormat.UNKNOWN;

  /**
   * Sheet names for lists whose key says little on its own ({@code items}, {@code versions}): the
   * rest are the key with a capital.
   */
  private static final Map<String, String> NAMED = Map.of(
      "items", "AgendaItems",
      "versions", "IsaVersions",
      "signatures", "IsaSignatures");

  private WorkbookLayout() {}

  /** What a column holds. */
  enum ColumnKind {
    /** A single value of the object, or of an object inside it (a dotted header). */
    VALUE,
    /** A list of single values, in one cell. */
    LIST,
    /** A marker: {@code not recorded}, or blank when the child sheet lists the parent's list. */
    MARKER,
    /** The keys of the object whose values are unknown, in one cell. */
    UNKNOWN,
    /** The id of the parent object in the parent's sheet. */
    PARENT
  }

  /**
   * One column of a sheet of rows, or one key row of a sheet of single values.
   *
   * @param header the header: the record's key, {@code outcomeReport.due} for a key of an object
   *     inside the row's object, or the parent's kind for {@link ColumnKind#PARENT}
   * @param kind what it holds
   * @param keys the keys from the row's object to the value: one, or two for a dotted header
   * @param type the value's type, the element type for a list
   * @param since the version that introduced it
   * @param evidence for a list or a marker: whether it is evidence (absent in version 2: not recorded)
   */
  record Column(String header, ColumnKind kind, List<String> keys, ValueType type, FormatVersion since,
      boolean evidence) {

    boolean isIn(FormatVersion version) {
      return version.includes(since);
    }
  }

  /** One sheet: a sheet of single values for one object, or a sheet of rows for a list of objects. */
  static final class Sheet {
    private final String name;
    private final ObjectFormat<?> format;
    private final boolean rows;
    private final Sheet parent;
    private final String key;
    private final FormatVersion since;
    private final boolean evidence;
    private final List<Column> columns = new ArrayList<>();
    private final List<Sheet> children = new ArrayList<>();

    private Sheet(String name, ObjectFormat<?> format, boolean rows, Sheet parent, String key, FormatVersion since,
        boolean evidence) {
      this.name = name;
      this.format = format;
      this.rows = rows;
      this.parent = parent;
      this.key = key;
      this.since = since;
      this.evidence = evidence;
    }

    String name() {
      return name;
    }

    ObjectFormat<?> format() {
      return format;
    }

    /** Whether it is a sheet of rows (a list of objects), not of single values. */
    boolean rows() {
      return rows;
    }

    /** The sheet of the object that holds this sheet's list or object; empty for the root. */
    Optional<Sheet> parent() {
      return Optional.ofNullable(parent);
    }

    /** Whether each row names its parent in a {@link ColumnKind#PARENT} column: the parent is a sheet of rows. */
    boolean keyedByParent() {
      return parent != null && parent.rows;
    }

    /** The key of the parent's object that holds this sheet's list or object; {@code null} for the root. */
    String key() {
      return key;
    }

    FormatVersion since() {
      return since;
    }

    boolean isIn(FormatVersion version) {
      return version.includes(since);
    }

    /** Whether its list or object is evidence: absent in version 2, not recorded. */
    boolean evidence() {
      return evidence;
    }

    List<Column> columns() {
      return Collections.unmodifiableList(columns);
    }

    /** The columns a workbook of {@code version} has. */
    List<Column> columns(FormatVersion version) {
      return columns.stream().filter(column -> column.isIn(version)).toList();
    }

    Optional<Column> column(String header) {
      return columns.stream().filter(column -> column.header().equals(header)).findFirst();
    }

    /** The marker column in this sheet for the child sheet {@code child}, if it has one. */
    Optional<Column> marker(Sheet child) {
      return columns.stream().filter(c -> c.kind() == ColumnKind.MARKER && c.keys().get(0).equals(child.key)).findFirst();
    }

    List<Sheet> children() {
      return Collections.unmodifiableList(children);
    }

    /** What one row or the sheet describes, for the Read me sheet: {@code a project}. */
    String noun() {
      return format.noun();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** The root's sheet, {@code Record}. */
  static final Sheet RECORD = layout();

  /** Every sheet, in the order a workbook holds them: each sheet before its children. */
  static final List<Sheet> SHEETS = flatten();

  private static final Map<String, Sheet> BY_NAME = byName();

  /** The sheet named {@code name}, exactly. */
  static Optional<Sheet> sheet(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  private static Sheet layout() {
    Sheet root = new Sheet("Record", RecordFormat.RECORD, false, null, null, FormatVersion.V1, false);
    root.columns.add(new Column(RecordFormat.FORMAT, ColumnKind.VALUE, List.of(RecordFormat.FORMAT), ValueType.TEXT,
        FormatVersion.V1, false));
    describe(root);
    return root;
  }

  private static void describe(Sheet sheet) {
    for (KeyFormat<?> key : sheet.format.keys()) {
      ValueType type = key.type();
      if (type.kind() == ValueType.Kind.OBJECT) {
        if (!sheet.rows) {
          Sheet child = new Sheet(capitalised(key.name()), type.object(), false, sheet, key.name(), key.since(),
              key.isEvidence());
          sheet.children.add(child);
          describe(child);
        } else {
          flatten(sheet, key);
        }
      } else if (type.kind() == ValueType.Kind.LIST && type.element().kind() == ValueType.Kind.OBJECT) {
        Sheet child = new Sheet(NAMED.getOrDefault(key.name(), capitalised(key.name())), type.element().object(), true,
            sheet, key.name(), key.since(), key.isEvidence());
        if (sheet.rows) {
          if (sheet.format.key("id").isEmpty()) {
            throw new IllegalStateException(sheet.name + " has no id to key the rows of " + child.name + " by");
          }
          child.columns.add(new Column(parentHeader(sheet), ColumnKind.PARENT, List.of(), ValueType.TEXT, key.since(),
              false));
          if (key.isEvidence()) {
            sheet.columns.add(new Column(key.name(), ColumnKind.MARKER, List.of(key.name()), ValueType.TEXT,
                FormatVersion.V2, true));
          }
        }
        sheet.children.add(child);
        describe(child);
      } else if (type.kind() == ValueType.Kind.LIST) {
        sheet.columns.add(new Column(key.name(), ColumnKind.LIST, List.of(key.name()), type.element(), key.since(),
            key.isEvidence()));
      } else {
        sheet.columns.add(new Column(key.name(), ColumnKind.VALUE, List.of(key.name()), type, key.since(), false));
      }
    }
    unknownColumn(sheet.format, List.of()).ifPresent(sheet.columns::add);
  }

  /** The columns of {@code key}, an object inside each row's object: {@code outcomeReport.due}... */
  private static void flatten(Sheet sheet, KeyFormat<?> key) {
    ObjectFormat<?> inner = key.type().object();
    for (KeyFormat<?> innerKey : inner.keys()) {
      if (!innerKey.type().isScalar() && innerKey.type().kind() != ValueType.Kind.LIST
          || innerKey.type().kind() == ValueType.Kind.LIST && !innerKey.type().element().isScalar()) {
        throw new IllegalStateException(inner.name() + " inside " + sheet.name + " holds more than single values");
      }
      FormatVersion since = innerKey.since().includes(key.since()) ? innerKey.since() : key.since();
      sheet.columns.add(new Column(key.name() + "." + innerKey.name(),
          innerKey.type().kind() == ValueType.Kind.LIST ? ColumnKind.LIST : ColumnKind.VALUE,
          List.of(key.name(), innerKey.name()),
          innerKey.type().kind() == ValueType.Kind.LIST ? innerKey.type().element() : innerKey.type(), since,
          innerKey.isEvidence()));
    }
    unknownColumn(inner, List.of(key.name())).ifPresent(sheet.columns::add);
  }

  /** The {@code unknown} column of an object whose format lets some of its values be unknown. */
  private static Optional<Column> unknownColumn(ObjectFormat<?> format, List<String> prefix) {
    if (!format.isPartlyKnown() || format.keys().stream().noneMatch(KeyFormat::mayBeUnknown)) {
      return Optional.empty();
    }
    List<String> keys = new ArrayList<>(prefix);
    keys.add(UNKNOWN);
    return Optional.of(new Column(String.join(".", keys), ColumnKind.UNKNOWN, List.copyOf(keys), ValueType.TEXT,
        FormatVersion.V2, false));
  }

  /** The header of the column naming a row's parent: the parent's kind, {@code grant} or {@code termsOfReference}. */
  private static String parentHeader(Sheet parent) {
    String name = parent.format.name();
    return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
  }

  private static String capitalised(String key) {
    return key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1);
  }

  private static List<Sheet> flatten() {
    List<Sheet> sheets = new ArrayList<>();
    collect(RECORD, sheets);
    return List.copyOf(sheets);
  }

  private static void collect(Sheet sheet, List<Sheet> sheets) {
    sheets.add(sheet);
    sheet.children.forEach(child -> collect(child, sheets));
  }

  private static Map<String, Sheet> byName() {
    Map<String, Sheet> byName = new LinkedHashMap<>();
    for (Sheet sheet : SHEETS) {
      if (byName.put(sheet.name, sheet) != null || sheet.name.length() > 31) {
        throw new IllegalStateException("two sheets are named " + sheet.name + ", or the name is too long for Excel");
      }
      List<String> headers = new ArrayList<>();
      for (Column column : sheet.columns) {
        if (headers.contains(column.header())) {
          throw new IllegalStateException(sheet.name + " has two columns " + column.header());
        }
        headers.add(column.header());
      }
    }
    return byName;
  }
}

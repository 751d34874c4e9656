package org.kcsp.workbook;

import java.nio.file.Path;
import java.util.List;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.PartnershipRecord;

/**
 * A partnership record kept as an XLSX workbook: one sheet per list of the record, with a header
 * row of the record's keys and a row per entry, and one sheet of single values per object the
 * record holds once (Partnership, Agreement...). The sheets and their columns follow the record
 * format's own description, so a workbook holds exactly what a record file holds.
 *
 * <pre>{@code
 * PartnershipRecord record = RecordWorkbook.read(Path.of("maidstone.xlsx"));
 * byte[] workbook = RecordWorkbook.write(record);
 * }</pre>
 *
 * <p>In version 2, a sheet left out is <em>not recorded</em> and a sheet with only its header row
 * is <em>none</em>; a list inside an entry of another list (a meeting's agenda items) is a sheet of
 * its own, each row naming its parent by id, and the parent's sheet says {@code not recorded} in
 * that list's column for a parent whose list is not recorded. A list of single values is one cell,
 * its values separated by semicolons ({@code none} for an empty list). A formula is read by the
 * value Excel last saved for it (kcsp never calculates); a cell holding an error is refused.
 *
 * <p>Reading checks the record exactly as the record reader checks a file: a bad workbook raises
 * one {@link InvalidWorkbookException} listing every problem, each at its sheet and cell ({@code
 * Projects!E7: amount must be a number of pounds with at most two decimals, got "£2,000"}). A
 * hostile workbook is refused before it is opened: larger than 16 MiB, expanding to more than 48
 * MiB or more than 100 times over (a zip bomb), with more than 1,000 parts or a sheet of more than
 * 100,000 rows, holding macros ({@code .xlsm}, {@code vbaProject.bin}), links to other workbooks
 * or data connections.
 */
public final class RecordWorkbook {

  /** The largest workbook read, in bytes. */
  public static final long MAX_BYTES = WorkbookFile.MAX_BYTES;

  /** The most a workbook's parts may expand to, together, in bytes. */
  public static final long MAX_EXPANDED_BYTES = WorkbookFile.MAX_EXPANDED_BYTES;

  /** The most rows one sheet may have. */
  public static final int MAX_ROWS = WorkbookFile.MAX_ROWS;

  private RecordWorkbook() {}

  /**
   * Reads the workbook at {@code file} (.xlsx).
   *
   * @throws InvalidWorkbookException if it is refused or is not a valid record
   */
  public static PartnershipRecord read(Path file) {
    return WorkbookReader.read(file, file.toString());
  }

  /**
   * The workbook of {@code record}: a sheet for each list and object it holds (a list or object it
   * does not hold has no sheet), a "Read me" sheet first, drop-downs of the choices of each column
   * of choices.
   */
  public static byte[] write(PartnershipRecord record) {
    return WorkbookWriter.write(record, false);
  }

  /**
   * A workbook to fill in, holding {@code record} (a skeleton): every sheet of its version, each
   * with its header row, the drop-downs, and the "Read me" sheet saying what each sheet is for.
   */
  public static byte[] template(PartnershipRecord record) {
    return WorkbookWriter.write(record, true);
  }

  /** The names of the sheets a workbook of {@code version} may hold, in order, the "Read me" sheet first. */
  public static List<String> sheets(FormatVersion version) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(WorkbookLayout.READ_ME),
        WorkbookLayout.SHEETS.stream().filter(sheet -> sheet.isIn(version)).map(WorkbookLayout.Sheet::name)).toList();
  }
}

package org.kcsp.examples;

import java.nio.file.Path;
import java.util.Locale;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.RecordReader;
import org.kcsp.workbook.RecordWorkbook;

/** Reads a record from a file of any form the command line reads: JSON, YAML, or an XLSX workbook. */
final class RecordFiles {

  private RecordFiles() {}

  /** Whether {@code name} names a workbook: it ends in .xlsx (or .xlsm, refused as such when read). */
  static boolean isWorkbook(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".xlsx") || lower.endsWith(".xlsm");
  }

  /**
   * The record in {@code file}: a workbook by its ending, else JSON or YAML.
   *
   * @throws org.kcsp.model.InvalidRecordException for a record file that is not valid
   * @throws org.kcsp.workbook.InvalidWorkbookException for a workbook that is not valid or is refused
   */
  static PartnershipRecord read(Path file) {
    Path name = file.getFileName();
    return name != null && isWorkbook(name.toString()) ? RecordWorkbook.read(file) : RecordReader.read(file);
  }
}

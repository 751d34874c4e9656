package org.kcsp.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The checks a workbook passes before the XLSX library opens it, so that a hostile file is refused
 * with a sentence, in bounded time and memory: its name, its size, what it expands to and how
 * fast, its parts (no macros, no links to other workbooks, no data connections).
 */
final class WorkbookFile {

  /** The largest workbook read: 16 MiB. */
  static final long MAX_BYTES = 16L * 1024 * 1024;

  /** The most its parts may expand to, together: 48 MiB. */
  static final long MAX_EXPANDED_BYTES = 48L * 1024 * 1024;

  /** The most a part may expand to, over its compressed size, once past 1 MiB: a zip bomb expands far more. */
  static final int MAX_RATIO = 100;

  /** The most parts a workbook may have. */
  static final int MAX_PARTS = 1_000;

  /** The most rows one sheet may have. */
  static final int MAX_ROWS = 100_000;

  private static final long RATIO_FROM = 1024 * 1024;

  private WorkbookFile() {}

  /**
   * Checks {@code file}, named {@code source} in messages.
   *
   * @throws InvalidWorkbookException if it is refused
   */
  static void check(Path file, String source) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsm") || name.endsWith(".xltm") || name.endsWith(".xlsb")) {
      throw InvalidWorkbookException.of(source, "a macro-enabled or binary workbook (" + name.substring(name.lastIndexOf('.'))
          + ") is refused: kcsp never opens macros; save it as an Excel workbook (.xlsx)");
    }
    if (name.endsWith(".xls")) {
      throw InvalidWorkbookException.of(source, "an Excel 97-2003 workbook (.xls) is not read: save it as an Excel workbook (.xlsx)");
    }
    if (!name.endsWith(".xlsx")) {
      throw InvalidWorkbookException.of(source, "the file name must end in .xlsx");
    }
    long size;
    byte[] start;
    try (InputStream in = Files.newInputStream(file)) {
      start = in.readNBytes(8);
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw InvalidWorkbookException.of(source, "there is no such file");
    } catch (IOException e) {
      throw InvalidWorkbookException.of(source, "the file cannot be read: " + e.getMessage());
    }
    if (size > MAX_BYTES) {
      throw InvalidWorkbookException.of(source, "the file is larger than " + MAX_BYTES + " bytes, the most a workbook may be");
    }
    if (start.length >= 4 && (start[0] & 0xFF) == 0xD0 && (start[1] & 0xFF) == 0xCF && (start[2] & 0xFF) == 0x11
        && (start[3] & 0xFF) == 0xE0) {
      throw InvalidWorkbookException.of(source, "the file is an Excel 97-2003 workbook (or an encrypted one), not an XLSX"
          + " workbook: save it as an Excel workbook (.xlsx) without a password");
    }
    if (start.length < 4 || start[0] != 'P' || start[1] != 'K') {
      throw InvalidWorkbookException.of(source, "the file is not an XLSX workbook (an XLSX file is a zip archive, and this is not one)");
    }
    parts(file, source);
  }

  /** Reads every part through once, counting what it expands to, and refuses the parts kcsp never opens. */
  private static void parts(Path file, String source) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      long expanded = 0;
      int count = 0;
      byte[] buffer = new byte[64 * 1024];
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        String part = entry.getName().toLowerCase(Locale.ROOT);
        if (++count > MAX_PARTS) {
          throw InvalidWorkbookException.of(source, "the workbook has more than " + MAX_PARTS + " parts, the most kcsp reads");
        }
        if (part.endsWith("vbaproject.bin") || part.endsWith(".bin") && part.contains("vba")) {
          throw InvalidWorkbookException.of(source, "the workbook holds macros (" + entry.getName()
              + "): kcsp never opens macros; save it as an Excel workbook (.xlsx) without them");
        }
        if (part.startsWith("xl/externallinks/")) {
          throw InvalidWorkbookException.of(source, "the workbook links to other workbooks (" + entry.getName()
              + "): kcsp reads a workbook on its own; replace the links by their values");
        }
        if (part.equals("xl/connections.xml")) {
          throw InvalidWorkbookException.of(source, "the workbook has data connections (" + entry.getName()
              + "): kcsp reads a workbook on its own; remove the connections, keeping their values");
        }
        long size = 0;
        try (InputStream in = zip.getInputStream(entry)) {
          int read;
          while ((read = in.read(buffer)) > 0) {
            size += read;
            expanded += read;
            if (expanded > MAX_EXPANDED_BYTES) {
              throw InvalidWorkbookException.of(source, "the workbook expands to more than " + MAX_EXPANDED_BYTES
                  + " bytes, the most kcsp reads");
            }
            if (size > RATIO_FROM && size > (long) MAX_RATIO * Math.max(1, entry.getCompressedSize())) {
              throw InvalidWorkbookException.of(source, "the part " + entry.getName() + " expands more than " + MAX_RATIO
                  + " times over, as a zip bomb does: kcsp does not read it");
            }
          }
        }
      }
      if (zip.getEntry("xl/workbook.xml") == null && zip.getEntry("[Content_Types].xml") == null) {
        throw InvalidWorkbookException.of(source, "the file is a zip archive but not an XLSX workbook (it has no xl/workbook.xml)");
      }
    } catch (ZipException e) {
      throw InvalidWorkbookException.of(source, "the file is not an XLSX workbook: it is not a readable zip archive ("
          + e.getMessage() + ")");
    } catch (IOException e) {
      throw InvalidWorkbookException.of(source, "the file cannot be read: " + e.getMessage());
    }
  }
}

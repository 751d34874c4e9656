package org.kcsp.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where something is in a record: its JSON path from the record's root and, for a record read from
 * a file, the file (by the name the reader was given) and the line and column, from 1, where it
 * starts. A record built in code has paths only. Editors and code-scanning tools jump to {@code
 * kcsp.json:112:7}; people and tools that read the record's structure use the path.
 *
 * <pre>{@code
 * Location at = finding.location().orElseThrow();
 * at.path();          // $.grants[0].projects[3]
 * at.file();          // Optional[kcsp.json], empty for a record built in code
 * at.line();          // 112, 0 for a record built in code
 * at.toString();      // kcsp.json:112:7
 * }</pre>
 *
 * <p>An object or array in an object starts at its key, an item of an array at the item, as the
 * reader's {@link Problem}s are placed; columns count UTF-16 code units, as Java's strings do.
 */
public final class Location {

  private final String file;
  private final RecordPath path;
  private final int line;
  private final int column;

  private Location(String file, RecordPath path, int line, int column) {
    this.file = file;
    this.path = Objects.requireNonNull(path, "path");
    if (line < 0 || column < 0 || (line == 0) != (column == 0)) {
      throw new IllegalArgumentException("a line and column are both from 1, or both 0 where unknown; got "
          + line + ":" + column);
    }
    this.line = line;
    this.column = column;
  }

  /** A place in a record built in code: a path, with no file, line or column. */
  public static Location of(RecordPath path) {
    return new Location(null, path, 0, 0);
  }

  /**
   * A place in the file {@code file}: {@code line} and {@code column} from 1, or both 0 where the
   * file does not say.
   */
  public static Location in(String file, RecordPath path, int line, int column) {
    return new Location(Objects.requireNonNull(file, "file"), path, line, column);
  }

  /** The file the record was read from, by the name the reader was given; empty for a record built in code. */
  public Optional<String> file() {
    return Optional.ofNullable(file);
  }

  /** The JSON path from the record's root, such as {@code $.grants[0].projects[3]}. */
  public RecordPath path() {
    return path;
  }

  /** The line, from 1, or 0 where unknown (a record built in code). */
  public int line() {
    return line;
  }

  /** The column, from 1, or 0 where unknown. */
  public int column() {
    return column;
  }

  /** Whether the file, line and column are known. */
  public boolean hasPosition() {
    return file != null && line > 0;
  }

  /**
   * {@code kcsp.json:112:7} where the file, line and column are known, as compilers write a place
   * and editors open it; else the file and path ({@code kcsp.json $.grants[0]}), or the path alone
   * for a record built in code. The file's name is printed through {@link Printable#line}.
   */
  @Override
  public String toString() {
    if (hasPosition()) {
      return Printable.line(file) + ":" + line + ":" + column;
    }
    return file == null ? path.toString() : Printable.line(file) + " " + path;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Location that && Objects.equals(file, that.file) && path.equals(that.path)
        && line == that.line && column == that.column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, path, line, column);
  }
}

package org.kcsp.model;

import java.util.Objects;

/**
 * One thing wrong with a record: where it is and what is wrong, in plain words.
 *
 * @param path the JSON path of the value at fault, such as {@code $.grants[0].projects[3].amount}
 * @param message what is wrong, such as {@code amount must not be negative, got -5}
 * @param line the line in the file, from 1, or 0 where unknown (a record built in code)
 * @param column the column in the file, from 1, or 0 where unknown
 */
public record Problem(String path, String message, int line, int column) {

  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** A problem with no place in a file. */
  public static Problem at(String path, String message) {
    return new Problem(path, message, 0, 0);
  }

  /** Whether the line and column are known. */
  public boolean hasLocation() {
    return line > 0;
  }

  /** The same problem at {@code prefix} + the rest of this path (its leading {@code $} replaced). */
  public Problem under(String prefix) {
    return new Problem(prefix + path.substring(1), message, line, column);
  }

  /** {@code $.grants[0].amount (line 12, column 19): amount must not be negative}. */
  @Override
  public String toString() {
    return path + (hasLocation() ? " (line " + line + ", column " + column + ")" : "") + ": " + message;
  }
}

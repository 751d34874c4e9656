package org.kcsp.model;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with a record: where it is and what is wrong, in plain words.
 *
 * <p>Path and message are one line of printable text: a control character in them (which can only
 * come from the record's own keys and values) is written as an escape, such as {@code \n} or
 * <code>&#92;u001B</code>, so that printing a problem can neither break its line nor send a terminal
 * escape sequence.
 *
 * @param path the JSON path of the value at fault, such as {@code $.grants[0].projects[3].amount}
 * @param message what is wrong, such as {@code amount must not be negative, got -5}
 * @param line the line in the file, from 1, or 0 where unknown (a record built in code)
 * @param column the column in the file, from 1, or 0 where unknown
 */
public record Problem(String path, String message, int line, int column) {

  public Problem {
    path = printable(Objects.requireNonNull(path, "path"));
    message = printable(Objects.requireNonNull(message, "message"));
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

  /** {@code text} with each control character and line separator written as an escape. */
  private static String printable(String text) {
    if (text.chars().noneMatch(Problem::isUnprintable)) {
      return text;
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        case '\t' -> escaped.append("\\t");
        default -> {
          if (isUnprintable(c)) {
            escaped.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }

  private static boolean isUnprintable(int c) {
    return Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029';
  }

  /** {@code $.grants[0].amount (line 12, column 19): amount must not be negative}. */
  @Override
  public String toString() {
    return path + (hasLocation() ? " (line " + line + ", column " + column + ")" : "") + ": " + message;
  }
}

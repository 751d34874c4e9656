package org.kcsp.model;

import java.util.Objects;

/**
 * One thing wrong with a record: where it is and what is wrong, in plain words.
 *
 * <p>Path and message are one line of visible text: a character in them that is invisible or
 * could change how the line reads (which can only come from the record's own keys and values),
 * such as {@code \n}, <code>&#92;u001B</code> or <code>&#92;u202E</code>, is written as an escape
 * ({@link Printable#line}). So printing a problem can neither break its line, send a terminal
 * escape sequence, nor hide or reorder the text around it. Long keys and values are shortened
 * ({@link #quote}), and so is any segment of a path longer than {@value #LONGEST_TEXT} characters.
 *
 * @param path the JSON path of the value at fault, such as {@code $.grants[0].projects[3].amount}
 * @param message what is wrong, such as {@code amount must not be negative, got -5}
 * @param line the line in the file, from 1, or 0 where unknown (a record built in code)
 * @param column the column in the file, from 1, or 0 where unknown
 */
public record Problem(String path, String message, int line, int column) {

  /**
   * The longest key or value a problem shows whole; longer ones are shortened by {@link
   * #abbreviate} (to at most 73 characters, so that shortening twice changes nothing).
   */
  public static final int LONGEST_TEXT = 80;

  /** The longest message a problem holds: a longer one (which quotes no text through {@link #quote}) is shortened. */
  private static final int LONGEST_MESSAGE = 2_000;

  public Problem {
    path = Printable.line(abbreviatePath(Objects.requireNonNull(path, "path")));
    message = Printable.line(Objects.requireNonNull(message, "message"));
    if (message.length() > LONGEST_MESSAGE) {
      message = shorten(message, LONGEST_MESSAGE - 200, 100);
    }
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

  /**
   * A key or value of the record as a message shows it: in double quotes, and {@linkplain
   * #abbreviate shortened} when long. {@code quote("KCSP")} is {@code "KCSP"}.
   */
  public static String quote(String text) {
    return "\"" + abbreviate(String.valueOf(text)) + "\"";
  }

  /**
   * {@code text} itself when at most {@value #LONGEST_TEXT} characters long, else its first 40 and
   * last 10 characters around how long it is: {@code xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…(99990
   * characters)…xxxxxxxxxx}. A problem about a 100,000-character key stays one short line.
   */
  public static String abbreviate(String text) {
    return text.length() <= LONGEST_TEXT ? text : shorten(text, 40, 10);
  }

  private static String shorten(String text, int head, int tail) {
    int start = head;
    if (Character.isLowSurrogate(text.charAt(start)) && Character.isHighSurrogate(text.charAt(start - 1))) {
      start--;
    }
    int end = text.length() - tail;
    if (Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
      end++;
    }
    return text.substring(0, start) + "…(" + text.codePointCount(0, text.length()) + " characters)…" + text.substring(end);
  }

  /** Each key of the path (the text between {@code .} and the next {@code .} or {@code [}) abbreviated. */
  private static String abbreviatePath(String path) {
    if (path.length() <= LONGEST_TEXT) {
      return path;
    }
    StringBuilder shortened = new StringBuilder();
    int start = 0;
    for (int i = 0; i <= path.length(); i++) {
      if (i == path.length() || path.charAt(i) == '.' || path.charAt(i) == '[') {
        shortened.append(abbreviate(path.substring(start, i)));
        if (i < path.length()) {
          shortened.append(path.charAt(i));
        }
        start = i + 1;
      }
    }
    return shortened.toString();
  }

  /** {@code $.grants[0].amount (line 12, column 19): amount must not be negative}. */
  @Override
  public String toString() {
    return path + (hasLocation() ? " (line " + line + ", column " + column + ")" : "") + ": " + message;
  }
}

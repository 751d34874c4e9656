package org.kcsp.model;

import java.util.Objects;

/**
 * One thing wrong with a record: where it is and what is wrong, in plain words.
 *
 * <p>Path and message are one line of visible text: a character in them that is invisible or
 * could change how the line reads (which can only come from the record's own keys and values),
 * such as {@code \n}, <code>&#92;u001B</code> or <code>&#92;u202E</code>, is written as an escape
 * ({@link Printable#line}); a path writes such a key in quotes ({@link RecordPath}). So printing a problem can neither break its line, send a terminal
 * escape sequence, nor hide or reorder the text around it. Long keys and values are shortened
 * ({@link #quote}), and so is any segment of a path longer than {@value #LONGEST_TEXT} characters.
 *
 * @param recordPath where the value at fault is, such as {@code $.grants[0].projects[3].amount}
 *     (keys longer than {@value #LONGEST_TEXT} characters shortened, as {@link #abbreviate} does)
 * @param message what is wrong, such as {@code amount must not be negative, got -5}
 * @param line the line in the file, from 1, or 0 where unknown (a record built in code)
 * @param column the column in the file, from 1, or 0 where unknown
 */
public record Problem(RecordPath recordPath, String message, int line, int column) {

  /**
   * The longest key or value a problem shows whole; longer ones are shortened by {@link
   * #abbreviate} (to at most 73 characters, so that shortening twice changes nothing).
   */
  public static final int LONGEST_TEXT = 80;

  /** The longest message a problem holds: a longer one (which quotes no text through {@link #quote}) is shortened. */
  private static final int LONGEST_MESSAGE = 2_000;

  public Problem {
    recordPath = abbreviateKeys(Objects.requireNonNull(recordPath, "recordPath"));
    message = Printable.line(Objects.requireNonNull(message, "message"));
    if (message.length() > LONGEST_MESSAGE) {
      message = shorten(message, LONGEST_MESSAGE - 200, 100);
    }
  }

  /**
   * A problem at a path written as text, such as {@code $.grants[0].amount} ({@link
   * RecordPath#parse}).
   *
   * @throws IllegalArgumentException if {@code path} is not a path
   */
  public Problem(String path, String message, int line, int column) {
    this(RecordPath.parse(Objects.requireNonNull(path, "path")), message, line, column);
  }

  /** A problem with no place in a file. */
  public static Problem at(RecordPath path, String message) {
    return new Problem(path, message, 0, 0);
  }

  /** A problem with no place in a file, at a path written as text ({@link RecordPath#parse}). */
  public static Problem at(String path, String message) {
    return new Problem(path, message, 0, 0);
  }

  /**
   * Where the value at fault is, as one line of visible text: {@link RecordPath#toString()}, with
   * keys longer than {@value #LONGEST_TEXT} characters shortened.
   */
  public String path() {
    return recordPath.toString();
  }

  /** Whether the line and column are known. */
  public boolean hasLocation() {
    return line > 0;
  }

  /** The same problem at {@code prefix} then this path: {@code $.amount} under {@code $.grants[0]} is at {@code $.grants[0].amount}. */
  public Problem under(RecordPath prefix) {
    return new Problem(prefix.resolve(recordPath), message, line, column);
  }

  /** The same problem under a prefix written as text ({@link RecordPath#parse}). */
  public Problem under(String prefix) {
    return under(RecordPath.parse(prefix));
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

  /** {@code path} with each key longer than {@value #LONGEST_TEXT} characters {@linkplain #abbreviate shortened}. */
  private static RecordPath abbreviateKeys(RecordPath path) {
    boolean long_ = false;
    for (RecordPath.Segment segment : path.segments()) {
      long_ |= segment instanceof RecordPath.Key key && key.name().length() > LONGEST_TEXT;
    }
    if (!long_) {
      return path;
    }
    RecordPath shortened = RecordPath.ROOT;
    for (RecordPath.Segment segment : path.segments()) {
      shortened = segment instanceof RecordPath.Key key
          ? shortened.key(abbreviate(key.name()))
          : shortened.index(((RecordPath.Index) segment).index());
    }
    return shortened;
  }

  /** {@code $.grants[0].amount (line 12, column 19): amount must not be negative}. */
  @Override
  public String toString() {
    return path() + (hasLocation() ? " (line " + line + ", column " + column + ")" : "") + ": " + message;
  }
}

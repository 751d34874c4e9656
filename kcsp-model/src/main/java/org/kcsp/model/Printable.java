package org.kcsp.model;

/**
 * Text from a record or from a user (a name, a key, a file name, a rule id typed on the command
 * line) made safe to print, so that whatever it holds it shows as what it is.
 *
 * <p>A record's strings can hold any character. Printed raw, some of them act instead of showing:
 * a control character such as <code>&#92;u001B</code> starts a terminal escape sequence that can
 * clear the screen or recolour what follows; a format character (Unicode's category Cf, such as
 * <code>&#92;u202E</code> right-to-left override, <code>&#92;u200B</code> zero width space or
 * <code>&#92;uFEFF</code>) reverses or hides the text around it, so a name reads as another; a line
 * break, a line or paragraph separator (<code>&#92;u2028</code>, <code>&#92;u2029</code>) or a
 * next line (<code>&#92;u0085</code>) ends a line early, so a name can forge a second line of
 * output; and half a character (a lone surrogate) is not text at all. Each of them is written here
 * as an escape instead: {@code \n}, {@code \r} and {@code \t} for line feed, carriage return and
 * tab, else <code>&#92;u</code> and four hex digits for each {@code char} (two for a character
 * beyond the Basic Multilingual Plane, such as <code>&#92;uDB40&#92;uDC41</code>). Every other
 * character, of any script, is kept as it is.
 *
 * <pre>
 * Printable.line("Kent&#92;u001B[2J CSP");  // "Kent&#92;&#92;u001B[2J CSP": the escape is six visible characters
 * Printable.line("one&#92;ntwo");           // "one&#92;&#92;ntwo": one line
 * Printable.text("one&#92;ntwo&#92;u202E");     // "one&#92;ntwo&#92;&#92;u202E": two lines, the override escaped
 * </pre>
 *
 * <p>{@link Problem}s, the text and Markdown reports and the command line print through it, so no
 * caller has to remember to.
 */
public final class Printable {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Printable() {}

  /**
   * One line of visible text: every character that is invisible, changes how text reads or breaks
   * the line is escaped, line feeds and tabs included. For a value printed inside a line, such as
   * a file name in an error message.
   */
  public static String line(String text) {
    return escape(text, false);
  }

  /**
   * Text of several lines, such as a whole report: escaped as {@link #line} does, except that line
   * feeds ({@code \n}) and tabs are kept, as the text's own layout.
   */
  public static String text(String text) {
    return escape(text, true);
  }

  /**
   * {@code text} as the inside of a JSON string that is one line of visible text: escaped as {@link
   * #line} escapes it, and a quote or backslash of the text written {@code \"} and {@code \\}.
   */
  static String jsonString(String text) {
    StringBuilder json = new StringBuilder(text.length() + 8);
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        json.append(escape(text.substring(start, i), false)).append('\\').append(c);
        start = i + 1;
      }
    }
    return json.append(escape(text.substring(start), false)).toString();
  }

  private static String escape(String text, boolean keepLines) {
    int first = 0;
    while (first < text.length() && !mustEscape(text, first, keepLines)) {
      first += Character.charCount(text.codePointAt(first));
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); ) {
      int c = text.codePointAt(i);
      int width = Character.charCount(c);
      if (!mustEscape(text, i, keepLines)) {
        escaped.appendCodePoint(c);
      } else if (c == '\n') {
        escaped.append("\\n");
      } else if (c == '\r') {
        escaped.append("\\r");
      } else if (c == '\t') {
        escaped.append("\\t");
      } else {
        for (int j = i; j < i + width; j++) {
          hex(text.charAt(j), escaped);
        }
      }
      i += width;
    }
    return escaped.toString();
  }

  /**
   * Whether the character at {@code index} is a control or format character, a line or paragraph
   * separator, or a surrogate that is not half of a pair (a whole pair is one supplementary
   * character, judged by its own type); with {@code keepLines}, a line feed or tab is kept.
   */
  private static boolean mustEscape(String text, int index, boolean keepLines) {
    int c = text.codePointAt(index);
    if (keepLines && (c == '\n' || c == '\t')) {
      return false;
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE -> true;
      default -> false;
    };
  }

  private static void hex(char c, StringBuilder out) {
    out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
  }
}

package org.kcsp.examples;

import java.util.Locale;

/**
 * Text from the input (a file name, a rule id typed on the command line, a record's own strings in
 * a text report) made safe to print: each control character, each invisible or direction-changing
 * format character (Unicode type Cf, such as <code>&#92;u200B</code>, <code>&#92;u202E</code>,
 * <code>&#92;uFEFF</code>), each line or paragraph separator and each unpaired surrogate is written
 * as an escape such as <code>&#92;u202E</code>. Printed raw, they could clear a terminal, make a
 * name read backwards, or break one line of output into two and forge the second.
 */
final class Printable {

  private Printable() {}

  /** One line: every such character escaped, line breaks and tabs included. */
  static String line(String text) {
    return escape(text, false);
  }

  /**
   * A text or Markdown report: every such character escaped but the report's own line breaks and
   * tabs.
   */
  static String report(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean keepLines) {
    StringBuilder printable = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int length = Character.charCount(c);
      if (unsafe(c) && !(keepLines && (c == '\n' || c == '\t'))) {
        if (printable == null) {
          printable = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        for (int j = i; j < i + length; j++) {
          printable.append(String.format(Locale.ROOT, "\\u%04X", (int) text.charAt(j)));
        }
      } else if (printable != null) {
        printable.appendCodePoint(c);
      }
      i += length;
    }
    return printable == null ? text : printable.toString();
  }

  private static boolean unsafe(int c) {
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE -> true;
      default -> false;
    };
  }
}

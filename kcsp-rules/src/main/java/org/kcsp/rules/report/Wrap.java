package org.kcsp.rules.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills words into lines of at most a given width with a hanging indent, as the text report lays
 * out its prose; public so that tools printing kcsp's text beside a report (the command line's
 * catalogue, say) lay it out the same way.
 *
 * <pre>{@code
 * Wrap.lines(rule.title(), 80, "    ", "    ").forEach(System.out::println);
 * }</pre>
 *
 * <p>Widths count code points, which is what a terminal shows for the text a report holds (no wide or combining
 * characters are expected in partnership records; if one comes, the line is at worst a little
 * long, never cut mid-character).
 */
public final class Wrap {

  private Wrap() {}

  /**
   * The lines of {@code text}: the first starts with {@code first}, the others with {@code
   * hanging}, none longer than {@code width}. Words are separated by whitespace, which collapses to
   * one space; a line break in the text starts a new line. A word is cut only when it is longer
   * than a whole line.
   */
  public static List<String> lines(String text, int width, String first, String hanging) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    int length = length(first);
    boolean empty = true;
    String[] paragraphs = text.split("\\R", -1);
    for (int p = 0; p < paragraphs.length; p++) {
      if (p > 0) {
        lines.add(line.toString().stripTrailing());
        line = new StringBuilder(hanging);
        length = length(hanging);
        empty = true;
      }
      for (String word : paragraphs[p].trim().split("\\s+")) {
        if (word.isEmpty()) {
          continue;
        }
        int indent = length(hanging);
        int needed = (empty ? 0 : 1) + length(word);
        if (!empty && length + needed > width) {
          lines.add(line.toString());
          line = new StringBuilder(hanging);
          length = indent;
          empty = true;
          needed = length(word);
        }
        if (empty && length + needed > width) {
          // longer than a whole line: cut it, the only time a word is broken
          String rest = word;
          while (length + length(rest) > width) {
            int room = Math.max(1, width - length);
            int cut = rest.offsetByCodePoints(0, Math.min(room, length(rest)));
            line.append(rest, 0, cut);
            lines.add(line.toString());
            line = new StringBuilder(hanging);
            length = indent;
            rest = rest.substring(cut);
          }
          word = rest;
        }
        if (!empty) {
          line.append(' ');
          length++;
        }
        line.append(word);
        length += length(word);
        empty = word.isEmpty();
      }
    }
    lines.add(line.toString().stripTrailing());
    return lines;
  }

  /** The width of {@code text}: its code points. */
  public static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  /** {@code text} followed by spaces to {@code width}. */
  public static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - length(text)));
  }
}

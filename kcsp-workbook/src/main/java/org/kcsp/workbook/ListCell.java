package org.kcsp.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A list of single values in one cell: items separated by semicolons ({@code CRIME_AND_DISORDER;
 * REOFFENDING}), {@code none} for an empty list, a blank cell (or {@code not recorded}) for an
 * absent one. An item that holds a semicolon or a double quote, starts or ends with a space, or
 * reads as one of those words is written in double quotes, a quote in it doubled, as in CSV.
 */
final class ListCell {

  /** What a cell says for an empty list. */
  static final String NONE = "none";

  private ListCell() {}

  /** The cell's text for {@code items}. */
  static String format(List<String> items) {
    if (items.isEmpty()) {
      return NONE;
    }
    List<String> written = new ArrayList<>();
    for (String item : items) {
      written.add(needsQuotes(item) ? "\"" + item.replace("\"", "\"\"") + "\"" : item);
    }
    return String.join("; ", written);
  }

  private static boolean needsQuotes(String item) {
    return item.isEmpty() || item.contains(";") || item.contains("\"") || !item.strip().equals(item)
        || isWord(item);
  }

  private static boolean isWord(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.equals(NONE) || lower.equals(WorkbookLayout.NOT_RECORDED);
  }

  /** The outcome of reading a cell: the items, {@code null} for an absent list, or why the text is not a list. */
  record Parsed(List<String> items, String problem) {}

  /** Reads a cell's text: blank or {@code not recorded} is absent, {@code none} empty. */
  static Parsed parse(String text) {
    String stripped = text.strip();
    if (stripped.isEmpty() || stripped.equalsIgnoreCase(WorkbookLayout.NOT_RECORDED)) {
      return new Parsed(null, null);
    }
    if (stripped.equalsIgnoreCase(NONE)) {
      return new Parsed(List.of(), null);
    }
    List<String> items = new ArrayList<>();
    int i = 0;
    while (true) {
      while (i < text.length() && text.charAt(i) == ' ') {
        i++;
      }
      StringBuilder item = new StringBuilder();
      if (i < text.length() && text.charAt(i) == '"') {
        i++;
        boolean closed = false;
        while (i < text.length()) {
          char c = text.charAt(i++);
          if (c == '"') {
            if (i < text.length() && text.charAt(i) == '"') {
              item.append('"');
              i++;
            } else {
              closed = true;
              break;
            }
          } else {
            item.append(c);
          }
        }
        if (!closed) {
          return new Parsed(null, "a quoted item is not closed");
        }
        while (i < text.length() && text.charAt(i) == ' ') {
          i++;
        }
        if (i < text.length() && text.charAt(i) != ';') {
          return new Parsed(null, "a quoted item must be followed by ; or the end of the cell");
        }
        items.add(item.toString());
      } else {
        int end = text.indexOf(';', i);
        String plain = text.substring(i, end < 0 ? text.length() : end).strip();
        if (plain.isEmpty()) {
          return new Parsed(null, "an item is empty (two semicolons in a row, or one at an end)");
        }
        items.add(plain);
        i = end < 0 ? text.length() : end;
      }
      if (i >= text.length()) {
        return new Parsed(List.copyOf(items), null);
      }
      i++;
    }
  }
}

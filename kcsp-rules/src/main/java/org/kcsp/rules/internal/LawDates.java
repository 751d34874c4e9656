package org.kcsp.rules.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of the law a rule declares beside it: {@code @inForceFrom("2023-01-31")}, the day its
 * duty came into force, and {@code @lawDates("SERIOUS_VIOLENCE = 2023-01-31, strategyDue =
 * 2024-01-31")}, the dates within its duty. Dates are written {@code yyyy-mm-dd}.
 */
final class LawDates {

  private LawDates() {}

  private static final Pattern DECLARATION = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9_]*)\\s*=\\s*(\\S+)\\s*");

  /**
   * A day written {@code yyyy-mm-dd}.
   *
   * @throws IllegalArgumentException saying how a date is written
   */
  static LocalDate date(String text) {
    try {
      if (text.strip().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        return LocalDate.parse(text.strip());
      }
    } catch (DateTimeParseException e) {
      // not a day of the calendar: said below
    }
    throw new IllegalArgumentException("a date is a day of the calendar written yyyy-mm-dd, such as 2023-01-31, got \""
        + text.strip() + "\"");
  }

  /**
   * The declarations of {@code @lawDates}, by name, in their order: declarations separated by
   * commas, such as {@code "SERIOUS_VIOLENCE = 2023-01-31"}.
   *
   * @throws IllegalArgumentException when one is not written as a declaration, or a name is given twice
   */
  static Map<String, LocalDate> parse(String metadata) {
    Map<String, LocalDate> declared = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (String text : metadata.split(",")) {
      Matcher matcher = DECLARATION.matcher(text);
      if (!matcher.matches()) {
        problems.add("a date of the law is declared as \"name = 2023-01-31\", got \"" + text.strip() + "\"");
        continue;
      }
      try {
        if (declared.put(matcher.group(1), date(matcher.group(2))) != null) {
          problems.add("declares " + matcher.group(1) + " twice");
        }
      } catch (IllegalArgumentException e) {
        problems.add(matcher.group(1) + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    return declared;
  }
}

package org.kcsp.model.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kcsp.model.FinancialYear;
import org.kcsp.model.Fraction;
import org.kcsp.model.Money;
import org.kcsp.model.Problem;

/**
 * The keys of one object of a record, read strictly: unknown keys, missing required keys and
 * values of the wrong type become problems with their path and place, and the getters return
 * {@code null} (or empty) for a value in error so that reading goes on to find every problem.
 */
final class Fields {

  /** Reads one element of an array at its path. */
  interface Element<T> {
    T read(Node node, String path);
  }

  private final Node.Mapping mapping;
  private final String path;
  private final List<Problem> problems;

  private Fields(Node.Mapping mapping, String path, List<Problem> problems) {
    this.mapping = mapping;
    this.path = path;
    this.problems = problems;
  }

  /**
   * The object at {@code path}, checked to hold only {@code allowed} keys; {@code null} (with a
   * problem) when the node is not an object.
   */
  static Fields of(Node node, String path, List<Problem> problems, String... allowed) {
    if (!(node instanceof Node.Mapping mapping)) {
      problems.add(new Problem(path, "expected an object, got " + node.describe(), node.line, node.column));
      return null;
    }
    Set<String> keys = Set.of(allowed);
    for (String key : mapping.fields.keySet()) {
      if (!keys.contains(key)) {
        int[] at = mapping.keyLocations.get(key);
        problems.add(new Problem(path + "." + key, unknownKey(key, allowed), at[0], at[1]));
      }
    }
    return new Fields(mapping, path, problems);
  }

  private static String unknownKey(String key, String[] allowed) {
    String nearest = null;
    int best = Integer.MAX_VALUE;
    for (String candidate : allowed) {
      int distance = distance(key.toLowerCase(), candidate.toLowerCase());
      if (distance < best) {
        best = distance;
        nearest = candidate;
      }
    }
    if (nearest != null && best < key.length() && best <= Math.max(1, key.length() / 3)) {
      return "unknown key \"" + key + "\": did you mean \"" + nearest + "\"?";
    }
    String[] sorted = allowed.clone();
    Arrays.sort(sorted);
    return "unknown key \"" + key + "\": the keys allowed here are " + String.join(", ", sorted);
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  String path() {
    return path;
  }

  /** The value of {@code key}, or {@code null} when it is absent or JSON {@code null}. */
  private Node present(String key) {
    Node node = mapping.fields.get(key);
    return node instanceof Node.Scalar scalar && scalar.kind == Node.Scalar.Kind.NULL ? null : node;
  }

  private <T> T required(String key, Function<Node, T> reader) {
    Node node = present(key);
    if (node == null) {
      String found = mapping.fields.containsKey(key) ? ", got null" : "";
      int[] at = mapping.keyLocations.get(key);
      problems.add(
          new Problem(
              path + "." + key,
              key + " is required" + found,
              at == null ? mapping.line : at[0],
              at == null ? mapping.column : at[1]));
      return null;
    }
    return reader.apply(node);
  }

  private <T> Optional<T> optional(String key, Function<Node, T> reader) {
    Node node = present(key);
    return node == null ? Optional.empty() : Optional.ofNullable(reader.apply(node));
  }

  private void problem(Node node, String key, String message) {
    problems.add(new Problem(path + "." + key, message, node.line, node.column));
  }

  private String text(Node node, String key) {
    if (node instanceof Node.Scalar scalar && scalar.kind == Node.Scalar.Kind.STRING) {
      return scalar.text;
    }
    problem(node, key, key + " must be a string, got " + node.describe());
    return null;
  }

  String string(String key) {
    return required(key, node -> text(node, key));
  }

  Optional<String> optionalString(String key) {
    return optional(key, node -> text(node, key));
  }

  /** Checks that the value is exactly {@code expected}. */
  void constant(String key, String expected) {
    String value = string(key);
    if (value != null && !value.equals(expected)) {
      problem(mapping.fields.get(key), key, key + " must be \"" + expected + "\", got \"" + value + "\"");
    }
  }

  private LocalDate date(Node node, String key) {
    String value = text(node, key);
    if (value == null) {
      return null;
    }
    try {
      if (value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        return LocalDate.parse(value);
      }
    } catch (DateTimeParseException e) {
      problem(node, key, key + " must be a real calendar date, got \"" + value + "\"");
      return null;
    }
    problem(node, key, key + " must be an ISO date such as \"2022-07-14\", got \"" + value + "\"");
    return null;
  }

  LocalDate date(String key) {
    return required(key, node -> date(node, key));
  }

  Optional<LocalDate> optionalDate(String key) {
    return optional(key, node -> date(node, key));
  }

  private Money money(Node node, String key) {
    String shape = key + " must be a number of pounds with at most two decimals";
    if (!(node instanceof Node.Scalar scalar)
        || (scalar.kind != Node.Scalar.Kind.INTEGER && scalar.kind != Node.Scalar.Kind.DECIMAL)) {
      String got = node instanceof Node.Scalar s && s.kind == Node.Scalar.Kind.STRING
          ? "\"" + s.text + "\" (a string: write the number without quotes or a pound sign)"
          : node.describe();
      problem(node, key, shape + ", got " + got);
      return null;
    }
    BigDecimal value;
    try {
      value = new BigDecimal(scalar.text);
    } catch (NumberFormatException e) {
      problem(node, key, shape + ", got " + scalar.text);
      return null;
    }
    if (value.signum() < 0) {
      problem(node, key, key + " must not be negative, got " + scalar.text);
    } else if (value.compareTo(Money.MAX.toBigDecimal()) > 0) {
      problem(node, key, key + " must be at most " + Money.MAX + ", got " + scalar.text);
    } else if (value.stripTrailingZeros().scale() > 2) {
      problem(node, key, shape + ", got " + scalar.text);
    } else {
      return Money.of(value);
    }
    return null;
  }

  Money money(String key) {
    return required(key, node -> money(node, key));
  }

  Optional<Money> optionalMoney(String key) {
    return optional(key, node -> money(node, key));
  }

  OptionalInt optionalInteger(String key) {
    Optional<Integer> value = optional(key, node -> {
      if (node instanceof Node.Scalar scalar && scalar.kind == Node.Scalar.Kind.INTEGER
          && scalar.text.matches("-?[0-9]{1,9}")) {
        return Integer.valueOf(scalar.text);
      }
      problem(node, key, key + " must be a whole number, got " + node.describe());
      return null;
    });
    return value.map(OptionalInt::of).orElse(OptionalInt.empty());
  }

  private FinancialYear year(Node node, String key) {
    String value = text(node, key);
    if (value == null) {
      return null;
    }
    try {
      return FinancialYear.parse(value);
    } catch (IllegalArgumentException e) {
      problem(node, key, key + ": " + e.getMessage());
      return null;
    }
  }

  FinancialYear financialYear(String key) {
    return required(key, node -> year(node, key));
  }

  Optional<FinancialYear> optionalFinancialYear(String key) {
    return optional(key, node -> year(node, key));
  }

  Optional<Fraction> optionalFraction(String key) {
    return optional(key, node -> {
      String value = text(node, key);
      if (value == null) {
        return null;
      }
      try {
        return Fraction.of(value);
      } catch (IllegalArgumentException e) {
        problem(node, key, key + ": " + e.getMessage());
        return null;
      }
    });
  }

  private <E extends Enum<E>> E constantOf(Node node, String key, Class<E> type) {
    String value = text(node, key);
    if (value == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    problem(node, key, key + " must be one of " + allowed + ", got \"" + value + "\"");
    return null;
  }

  <E extends Enum<E>> E enumeration(String key, Class<E> type) {
    return required(key, node -> constantOf(node, key, type));
  }

  <E extends Enum<E>> Optional<E> optionalEnumeration(String key, Class<E> type) {
    return optional(key, node -> constantOf(node, key, type));
  }

  /**
   * The elements of the array at {@code key}, each read by {@code element}; absent is empty. An
   * element in error is left out (its problems are recorded).
   */
  <T> List<T> list(String key, Element<T> element) {
    Node node = present(key);
    if (node == null) {
      return Collections.emptyList();
    }
    if (!(node instanceof Node.Sequence sequence)) {
      problem(node, key, key + " must be an array, got " + node.describe());
      return Collections.emptyList();
    }
    List<T> values = new ArrayList<>(sequence.items.size());
    for (int i = 0; i < sequence.items.size(); i++) {
      T value = element.read(sequence.items.get(i), path + "." + key + "[" + i + "]");
      if (value != null) {
        values.add(value);
      }
    }
    return values;
  }

  /** Like {@link #list}, but the key must be present. */
  <T> List<T> requiredList(String key, Element<T> element) {
    if (present(key) == null) {
      required(key, node -> null);
      return Collections.emptyList();
    }
    return list(key, element);
  }

  /** An array of strings. */
  List<String> strings(String key) {
    return list(key, (node, elementPath) -> {
      if (node instanceof Node.Scalar scalar && scalar.kind == Node.Scalar.Kind.STRING) {
        return scalar.text;
      }
      problems.add(new Problem(elementPath, "expected a string, got " + node.describe(), node.line, node.column));
      return null;
    });
  }

  /** The object at {@code key}, for reading by {@code reader}, or empty when absent. */
  <T> Optional<T> object(String key, Element<T> reader) {
    Node node = present(key);
    return node == null ? Optional.empty() : Optional.ofNullable(reader.read(node, path + "." + key));
  }

  /** Like {@link #object}, but the key must be present. */
  <T> T requiredObject(String key, Element<T> reader) {
    return required(key, node -> reader.read(node, path + "." + key));
  }
}

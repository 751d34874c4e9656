package org.kcsp.model.io;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kcsp.model.FinancialYear;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.Fraction;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.Money;
import org.kcsp.model.Problem;
import org.kcsp.model.RecordPath;
import org.kcsp.model.Spelling;
import org.kcsp.model.internal.RecordFormat;
import org.kcsp.model.internal.ValueType;

/**
 * The keys of one object of a record, read strictly: unknown keys, missing required keys and
 * values of the wrong type become problems with their path and place, and the getters return
 * {@code null} (or empty) for a value in error so that reading goes on to find every problem.
 *
 * <p>Once the problems hold {@value InvalidRecordException#MAX_PROBLEMS}, a problem found is only
 * counted: its path and message are never built.
 */
final class Fields {

  /** Reads one element of an array at its path. */
  interface Element<T> {
    T read(Node node, RecordPath path);
  }

  /** The first and last dates a record may hold. */
  static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
  static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

  /** A number as JSON writes it: the only way a record may write one, in JSON or YAML. */
  private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** What YAML 1.1 reads as a number in base 60, such as {@code 1:20} (80). */
  private static final Pattern SEXAGESIMAL = Pattern.compile("[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?");

  private final Node.Mapping mapping;
  private final RecordPath path;
  private final InvalidRecordException.Collector problems;
  private final FormatVersion version;

  private Fields(Node.Mapping mapping, RecordPath path, InvalidRecordException.Collector problems, FormatVersion version) {
    this.mapping = mapping;
    this.path = path;
    this.problems = problems;
    this.version = version;
  }

  /**
   * The object at {@code path}, checked to hold only {@code allowed} keys; {@code null} (with a
   * problem) when the node is not an object.
   */
  static Fields of(Node node, RecordPath path, InvalidRecordException.Collector problems, FormatVersion version,
      List<String> allowed, List<String> later) {
    if (!(node instanceof Node.Mapping mapping)) {
      if (wanted(problems)) {
        int[] at = node.place();
        problems.add(new Problem(path, "expected an object, got " + node.describe(), at[0], at[1]));
      }
      return null;
    }
    Tree tree = node.tree;
    for (int key = tree.firstKey(node.index); key >= 0; key = tree.nextKey(node.index, key)) {
      if (!isAllowed(tree, key, allowed) && wanted(problems)) {
        String name = tree.text(key);
        int[] at = tree.placeOf(key);
        String message = later.contains(name)
            ? name + " needs format " + FormatVersion.V2.id() + ": the record is " + version.id()
            : unknownKey(name, allowed);
        problems.add(new Problem(path.key(name), message, at[0], at[1]));
      }
    }
    return new Fields(mapping, path, problems, version);
  }

  private static boolean isAllowed(Tree tree, int key, List<String> allowed) {
    for (String name : allowed) {
      if (tree.textEquals(key, name)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a problem found now is to be built: when not, it is counted. */
  private static boolean wanted(InvalidRecordException.Collector problems) {
    if (problems.isFull()) {
      problems.count();
      return false;
    }
    return true;
  }

  private boolean wanted() {
    return wanted(problems);
  }

  private static String unknownKey(String key, List<String> allowed) {
    if (key.equals("<<")) {
      return "unknown key \"<<\": YAML merge keys are not supported: write the keys out";
    }
    String nearest = null;
    int best = Integer.MAX_VALUE;
    int limit = Math.max(1, key.length() / 3);
    // a distance is at least the difference in length: keys far longer than any allowed are not compared
    boolean comparable = key.length() <= 3 * Problem.LONGEST_TEXT;
    for (String candidate : allowed) {
      int gap = Math.abs(key.length() - candidate.length());
      // a candidate whose length differs by the best distance so far or more cannot be nearer
      if (comparable && gap <= limit && gap < best) {
        int distance = Spelling.distance(key, candidate);
        if (distance < best) {
          best = distance;
          nearest = candidate;
        }
      }
    }
    if (nearest != null && best < key.length() && best <= limit) {
      return "unknown key " + Problem.quote(key) + ": did you mean \"" + nearest + "\"?";
    }
    List<String> sorted = new ArrayList<>(allowed);
    sorted.remove(RecordFormat.SCHEMA);
    Collections.sort(sorted);
    return "unknown key " + Problem.quote(key) + ": the keys allowed here are " + String.join(", ", sorted);
  }

  RecordPath path() {
    return path;
  }

  /** The value of {@code key}, or {@code null} when it is absent or null. */
  private Node present(String key) {
    Node node = mapping.get(key);
    return node instanceof Node.Scalar scalar && scalar.isNull() ? null : node;
  }

  private <T> T required(String key, Function<Node, T> reader) {
    Node node = present(key);
    if (node == null) {
      if (wanted()) {
        boolean isNull = mapping.has(key);
        int[] at = isNull ? mapping.placeOfKey(key) : mapping.place();
        problems.add(new Problem(path.key(key), key + " is required" + (isNull ? ", got null" : ""), at[0], at[1]));
      }
      return null;
    }
    return reader.apply(node);
  }

  private <T> Optional<T> optional(String key, Function<Node, T> reader) {
    Node node = present(key);
    return node == null ? Optional.empty() : Optional.ofNullable(reader.apply(node));
  }

  /** A problem with the value of {@code key}: call only when {@link #wanted()}. */
  private void problem(Node node, String key, String message) {
    int[] at = node.place();
    problems.add(new Problem(path.key(key), message, at[0], at[1]));
  }

  private String text(Node node, String key) {
    if (node instanceof Node.Scalar scalar && scalar.isString()) {
      if (scalar.isPlainYaml() && SEXAGESIMAL.matcher(scalar.text()).matches() && wanted()) {
        problem(node, key, key + " must be a string, got " + scalar.text() + ", which YAML 1.1 reads as a number in"
            + " base 60: write \"" + scalar.text() + "\" in quotes");
        return null;
      }
      return scalar.text();
    }
    if (wanted()) {
      problem(node, key, key + " must be a string, got " + node.describe() + yamlHint(node));
    }
    return null;
  }

  /** For a YAML scalar that YAML read as other than a string, how to write the string. */
  private static String yamlHint(Node node) {
    if (!(node instanceof Node.Scalar scalar) || !scalar.isPlainYaml()) {
      return "";
    }
    String text = scalar.text();
    if (scalar.isBoolean()) {
      boolean isTrue = text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes") || text.equalsIgnoreCase("on");
      return ", which YAML reads as " + isTrue + ": write \"" + text + "\" in quotes if you mean the word";
    }
    return scalar.isNumber() ? ": write \"" + text + "\" in quotes if you mean the text" : "";
  }

  /** Checks that the value is exactly {@code expected}. */
  /**
   * The version {@code key} names, one of {@code readable}; empty, with a problem, when it names
   * none of them.
   */
  Optional<FormatVersion> version(String key, List<FormatVersion> readable) {
    String value = required(key, node -> text(node, key));
    Optional<FormatVersion> version = FormatVersion.ofId(String.valueOf(value)).filter(readable::contains);
    if (value != null && version.isEmpty() && wanted()) {
      String ids = readable.stream().map(v -> "\"" + v.id() + "\"").collect(Collectors.joining(" or "));
      problem(mapping.get(key), key, key + " must be " + ids + ", got " + Problem.quote(value));
    }
    return version;
  }

  private LocalDate date(Node node, String key) {
    String value = text(node, key);
    if (value == null) {
      return null;
    }
    if (!ISO_DATE.matcher(value).matches()) {
      if (wanted()) {
        problem(node, key, key + " must be an ISO date such as \"2022-07-14\", got " + Problem.quote(value));
      }
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      if (wanted()) {
        problem(node, key, key + " must be a real calendar date, got " + Problem.quote(value));
      }
      return null;
    }
    if (date.isBefore(FIRST_DATE)) {
      if (wanted()) {
        problem(node, key, key + " must be a date from " + FIRST_DATE + " to " + LAST_DATE + ", got " + Problem.quote(value));
      }
      return null;
    }
    return date;
  }

  /**
   * The number, or {@code null} with a problem: a number must be written as JSON writes one. YAML
   * also reads other forms, some of which YAML 1.1 and 1.2 read differently ({@code 0115355} is
   * 39661 in YAML 1.1, octal, and 115355 in YAML 1.2): a record may hold none of them.
   */
  private BigDecimal number(Node.Scalar scalar, String key, String shape) {
    String text = scalar.text();
    if (!JSON_NUMBER.matcher(text).matches()) {
      if (wanted()) {
        problem(scalar, key, key + " must be " + shape + ", got " + text + unplain(text));
      }
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      if (wanted()) {
        problem(scalar, key, key + " must be " + shape + ", got " + text);
      }
      return null;
    }
  }

  /** Why a number YAML read is not written as a record writes numbers, and how to write it. */
  private static String unplain(String text) {
    String unsigned = text.replaceFirst("^[-+]", "");
    if (unsigned.matches("\\.(inf|Inf|INF|nan|NaN|NAN)")) {
      return "";
    }
    if (unsigned.matches("0[xX].*")) {
      return ", a number in base 16: write numbers in decimal";
    }
    if (unsigned.matches("0[oO].*")) {
      return ", a number in base 8: write numbers in decimal";
    }
    if (unsigned.matches("0[bB].*")) {
      return ", a number in base 2: write numbers in decimal";
    }
    if (text.contains("_")) {
      return ": write numbers without underscores";
    }
    if (text.startsWith("+")) {
      return ": write numbers without a plus sign";
    }
    if (unsigned.matches("0[0-9]+")) {
      String digits = unsigned.replaceFirst("^0+(?=.)", "");
      String octal = unsigned.matches("[0-7]+") ? " (" + new BigInteger(unsigned, 8) + ")" : "";
      return ", a number with a leading zero, which YAML 1.1 reads as octal" + octal + " and YAML 1.2 as decimal ("
          + digits + "): write it without the leading zero";
    }
    if (unsigned.matches("0[0-9]+\\..*")) {
      return ", a number with a leading zero: write it without the leading zero";
    }
    if (unsigned.startsWith(".") || unsigned.matches("[0-9]+\\.([eE].*)?")) {
      return ": write a digit on each side of the decimal point (0.5, 1.0)";
    }
    return "";
  }

  private Money money(Node node, String key) {
    String shape = "a number of pounds with at most two decimals";
    if (!(node instanceof Node.Scalar scalar) || !scalar.isNumber()) {
      if (wanted()) {
        problem(node, key, key + " must be " + shape + ", got " + moneyGot(node));
      }
      return null;
    }
    BigDecimal value = number(scalar, key, shape);
    if (value == null) {
      return null;
    }
    String text = scalar.text();
    if (value.signum() < 0) {
      if (wanted()) {
        problem(node, key, key + " must not be negative, got " + text);
      }
    } else if (value.compareTo(Money.MAX.toBigDecimal()) > 0) {
      if (wanted()) {
        problem(node, key, key + " must be at most " + Money.MAX + ", got " + text);
      }
    } else if (value.stripTrailingZeros().scale() > 2) {
      if (wanted()) {
        problem(node, key, key + " must be " + shape + ", got " + text);
      }
    } else {
      return Money.of(value);
    }
    return null;
  }

  /** What a value that should be money is, and how to write it as money. */
  private static String moneyGot(Node node) {
    if (node instanceof Node.Scalar scalar && scalar.isString()) {
      String text = scalar.text();
      if (scalar.isPlainYaml() && SEXAGESIMAL.matcher(text).matches()) {
        return text + ", which YAML 1.1 reads as a number in base 60: write numbers in decimal";
      }
      if (scalar.isPlainYaml() && text.matches("[-+]?0[oO][0-7]+")) {
        return text + ", which YAML 1.2 reads as a number in base 8 and YAML 1.1 as text: write numbers in decimal";
      }
      return Problem.quote(text) + " (a string: write the number without quotes or a pound sign)";
    }
    return node.describe();
  }

  private Integer integer(Node node, String key) {
    String shape = "a whole number";
    if (node instanceof Node.Scalar scalar && scalar.isNumber()) {
      BigDecimal number = number(scalar, key, shape);
      if (number == null) {
        return null;
      }
      if (scalar.isInteger() && scalar.text().matches("-?[0-9]{1,9}")) {
        return Integer.valueOf(scalar.text());
      }
    }
    if (wanted()) {
      problem(node, key, key + " must be " + shape + ", got " + node.describe() + yamlHint(node));
    }
    return null;
  }

  private FinancialYear year(Node node, String key) {
    String value = text(node, key);
    if (value == null) {
      return null;
    }
    try {
      return FinancialYear.parse(value);
    } catch (IllegalArgumentException e) {
      if (wanted()) {
        problem(node, key, key + ": " + e.getMessage());
      }
      return null;
    }
  }

  private Fraction fraction(Node node, String key) {
    String value = text(node, key);
    if (value == null) {
      return null;
    }
    try {
      return Fraction.of(value);
    } catch (IllegalArgumentException e) {
      if (wanted()) {
        problem(node, key, key + ": " + e.getMessage());
      }
      return null;
    }
  }

  private Enum<?> choice(Node node, String key, ValueType type) {
    String value = text(node, key);
    if (value == null) {
      return null;
    }
    for (Enum<?> constant : type.constants()) {
      if (type.name(constant).equals(value)) {
        if (version.includes(type.since(constant))) {
          return constant;
        }
        if (wanted()) {
          problem(node, key, key + " " + value + " needs format " + type.since(constant).id() + ": the record is "
              + version.id());
        }
        return null;
      }
    }
    if (wanted()) {
      String allowed = type.constants(version).stream().map(type::name).collect(Collectors.joining(", "));
      problem(node, key, key + " must be one of " + allowed + ", got " + Problem.quote(value) + type.hint(value));
    }
    return null;
  }

  /** The value of {@code node}, a single value of {@code type}, or {@code null} with a problem. */
  private Object scalar(Node node, String key, ValueType type) {
    return switch (type.kind()) {
      case TEXT -> text(node, key);
      case DATE -> date(node, key);
      case MONEY -> money(node, key);
      case INTEGER -> integer(node, key);
      case FINANCIAL_YEAR -> year(node, key);
      case FRACTION -> fraction(node, key);
      case ENUM -> choice(node, key, type);
      case OBJECT, LIST -> throw new IllegalArgumentException(key + " is not a single value");
    };
  }

  /** The value of the required single value {@code key}, or {@code null} with a problem. */
  Object required(String key, ValueType type) {
    return required(key, node -> scalar(node, key, type));
  }

  /** The value of the optional single value {@code key}, or empty when absent (or in error, with a problem). */
  Optional<Object> optional(String key, ValueType type) {
    return optional(key, node -> scalar(node, key, type));
  }

  /** Whether the object gives {@code key} a value: present and not null. */
  boolean has(String key) {
    return present(key) != null;
  }

  /** Reads an element of an array of single values of {@code type}. */
  Element<Object> element(ValueType type) {
    return (node, elementPath) -> {
      if (type.kind() == ValueType.Kind.TEXT && node instanceof Node.Scalar scalar && scalar.isString()) {
        return scalar.text();
      }
      if (type.kind() != ValueType.Kind.TEXT && node instanceof Node.Scalar scalar && scalar.isString()) {
        return elementValue(scalar, elementPath, type);
      }
      if (wanted()) {
        int[] at = node.place();
        problems.add(new Problem(elementPath, "expected " + (type.kind() == ValueType.Kind.TEXT ? "a string"
            : describe(type)) + ", got " + node.describe() + yamlHint(node), at[0], at[1]));
      }
      return null;
    };
  }

  /** An element that is a string, read as {@code type}: a date or a choice. */
  private Object elementValue(Node.Scalar scalar, RecordPath elementPath, ValueType type) {
    String text = scalar.text();
    Object value = null;
    if (type.kind() == ValueType.Kind.DATE && ISO_DATE.matcher(text).matches()) {
      try {
        LocalDate date = LocalDate.parse(text);
        value = date.isBefore(FIRST_DATE) ? null : date;
      } catch (DateTimeParseException e) {
        value = null;
      }
    } else if (type.kind() == ValueType.Kind.ENUM) {
      for (Enum<?> constant : type.constants()) {
        if (type.name(constant).equals(text)) {
          if (!version.includes(type.since(constant))) {
            if (wanted()) {
              int[] at = scalar.place();
              problems.add(new Problem(elementPath, text + " needs format " + type.since(constant).id()
                  + ": the record is " + version.id(), at[0], at[1]));
            }
            return null;
          }
          value = constant;
        }
      }
    }
    if (value == null && wanted()) {
      int[] at = scalar.place();
      problems.add(new Problem(elementPath, "expected " + describe(type) + ", got " + Problem.quote(text)
          + (type.kind() == ValueType.Kind.ENUM ? type.hint(text) : ""), at[0], at[1]));
    }
    return value;
  }

  /** What an element of {@code type} must be, for a message. */
  private String describe(ValueType type) {
    return switch (type.kind()) {
      case DATE -> "an ISO date from " + FIRST_DATE + " to " + LAST_DATE + " such as \"2022-07-14\"";
      case ENUM -> "one of " + type.constants(version).stream().map(type::name).collect(Collectors.joining(", "));
      default -> "a string";
    };
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
      if (wanted()) {
        problem(node, key, key + " must be an array, got " + node.describe());
      }
      return Collections.emptyList();
    }
    Tree tree = sequence.tree;
    List<T> values = new ArrayList<>();
    RecordPath prefix = path.key(key);
    int i = 0;
    for (int item = tree.firstItem(sequence.index); item >= 0; item = tree.nextItem(sequence.index, item), i++) {
      T value = element.read(tree.node(item), prefix.index(i));
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

  /** The object at {@code key}, for reading by {@code reader}, or empty when absent. */
  <T> Optional<T> object(String key, Element<T> reader) {
    Node node = present(key);
    return node == null ? Optional.empty() : Optional.ofNullable(reader.read(node, path.key(key)));
  }

  /** Like {@link #object}, but the key must be present. */
  <T> T requiredObject(String key, Element<T> reader) {
    return required(key, node -> reader.read(node, path.key(key)));
  }
}

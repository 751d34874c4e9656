package org.kcsp.model.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kcsp.model.FormatVersion;

/** The type of a key's value in a record file, and the Java type the model holds it as. */
public final class ValueType {

  /** The kinds of value a record holds. */
  public enum Kind {
    /** A string: {@link String}. */
    TEXT,
    /** An ISO date string: {@link java.time.LocalDate}. */
    DATE,
    /** A number of pounds with at most two decimals: {@link org.kcsp.model.Money}. */
    MONEY,
    /** A whole number: {@link Integer}. */
    INTEGER,
    /** A financial year string such as {@code 2019/20}: {@link org.kcsp.model.FinancialYear}. */
    FINANCIAL_YEAR,
    /** A fraction string such as {@code 1/3}: {@link org.kcsp.model.Fraction}. */
    FRACTION,
    /** One of a set of names: an enum constant. */
    ENUM,
    /** An object of the record format. */
    OBJECT,
    /** An array of values of one type: a {@link List}. */
    LIST
  }

  public static final ValueType TEXT = new ValueType(Kind.TEXT, false, 0, 0, null, null, null, null);
  /** Text that must not be blank: an id or a name. */
  public static final ValueType NAME = new ValueType(Kind.TEXT, true, 0, 0, null, null, null, null);
  public static final ValueType DATE = new ValueType(Kind.DATE, false, 0, 0, null, null, null, null);
  public static final ValueType MONEY = new ValueType(Kind.MONEY, false, 0, 0, null, null, null, null);
  public static final ValueType FINANCIAL_YEAR = new ValueType(Kind.FINANCIAL_YEAR, false, 0, 0, null, null, null, null);
  public static final ValueType FRACTION = new ValueType(Kind.FRACTION, false, 0, 0, null, null, null, null);

  private final Kind kind;
  private final boolean nonBlank;
  private final int min;
  private final int max;
  private final Class<? extends Enum<?>> enumType;
  private final Map<? extends Enum<?>, FormatVersion> since;
  private final ObjectFormat<?> object;
  private final ValueType element;
  private final Function<Enum<?>, String> id;
  private Function<String, String> hint = value -> "";

  private ValueType(Kind kind, boolean nonBlank, int min, int max, Class<? extends Enum<?>> enumType,
      Map<? extends Enum<?>, FormatVersion> since, ObjectFormat<?> object, ValueType element) {
    this(kind, nonBlank, min, max, enumType, since, object, element, Enum::name);
  }

  private ValueType(Kind kind, boolean nonBlank, int min, int max, Class<? extends Enum<?>> enumType,
      Map<? extends Enum<?>, FormatVersion> since, ObjectFormat<?> object, ValueType element,
      Function<Enum<?>, String> id) {
    this.id = id;
    this.kind = kind;
    this.nonBlank = nonBlank;
    this.min = min;
    this.max = max;
    this.enumType = enumType;
    this.since = since;
    this.object = object;
    this.element = element;
  }

  /** A whole number from {@code min} to {@code max}. */
  public static ValueType integer(int min, int max) {
    return new ValueType(Kind.INTEGER, false, min, max, null, null, null, null);
  }

  /** One of the constants of {@code type}, each written as its name, all in version 1. */
  public static <E extends Enum<E>> ValueType choice(Class<E> type) {
    return choice(type, Map.of());
  }

  /** One of the constants of {@code type}; those in {@code since} were introduced by that version, the others by version 1. */
  public static <E extends Enum<E>> ValueType choice(Class<E> type, Map<E, FormatVersion> since) {
    return choice(type, since, Enum::name);
  }

  /** One of the constants of {@code type}, each written as {@code id} says. */
  public static <E extends Enum<E>> ValueType choice(Class<E> type, Map<E, FormatVersion> since, Function<E, String> id) {
    Map<E, FormatVersion> versions = new EnumMap<>(type);
    for (E constant : type.getEnumConstants()) {
      versions.put(constant, since.getOrDefault(constant, FormatVersion.V1));
    }
    return new ValueType(Kind.ENUM, false, 0, 0, type, versions, null, null, c -> id.apply(type.cast(c)));
  }

  /** An object described by {@code format}. */
  public static ValueType object(ObjectFormat<?> format) {
    return new ValueType(Kind.OBJECT, false, 0, 0, null, null, format, null);
  }

  /** An array of values of {@code element}. */
  public static ValueType listOf(ValueType element) {
    return new ValueType(Kind.LIST, false, 0, 0, null, null, null, element);
  }

  public Kind kind() {
    return kind;
  }

  /** Whether it is a single value: neither an object nor a list. */
  public boolean isScalar() {
    return kind != Kind.OBJECT && kind != Kind.LIST;
  }

  /** For text: whether it must hold more than white space. */
  public boolean nonBlank() {
    return nonBlank;
  }

  /** For a whole number: the least it may be. */
  public int min() {
    return min;
  }

  /** For a whole number: the most it may be. */
  public int max() {
    return max;
  }

  /** For an object: its description. */
  public ObjectFormat<?> object() {
    return object;
  }

  /** For a list: the type of its elements. */
  public ValueType element() {
    return element;
  }

  /** For a choice: the constants a file of {@code version} may name, in declaration order. */
  public List<Enum<?>> constants(FormatVersion version) {
    return constants().stream().filter(c -> version.includes(since.get(c))).toList();
  }

  /** For a choice: every constant, in declaration order. */
  public List<Enum<?>> constants() {
    List<Enum<?>> constants = new ArrayList<>();
    for (Enum<?> constant : enumType.getEnumConstants()) {
      constants.add(constant);
    }
    return List.copyOf(constants);
  }

  /** For a choice: the version that introduced {@code constant}. */
  public FormatVersion since(Enum<?> constant) {
    return since.get(constant);
  }

  /** This choice, with {@code hint} adding to the message about a value it does not hold. */
  public ValueType withHint(Function<String, String> hint) {
    this.hint = hint;
    return this;
  }

  /** For a choice: what to add to the message about {@code value}, which names none of its constants. */
  public String hint(String value) {
    return hint.apply(value);
  }

  /** For a choice: how a file writes {@code constant}. */
  public String name(Enum<?> constant) {
    return id.apply(constant);
  }
}

package org.kcsp.model.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.kcsp.model.FormatVersion;

/**
 * One key of one kind of object: its name, the type of its value, the version that introduced it,
 * whether it is required (in which versions), whether it is evidence (absent in version 2: not
 * recorded), and how the model holds its value.
 *
 * @param <T> the model type of the object that holds the key
 */
public final class KeyFormat<T> {

  /** How the model holds a key's value. */
  public enum Shape {
    /** A single value or object: {@code Optional<V>}, or {@code V} when required or defaulted. */
    SINGLE,
    /** A list: {@code List<V>}, empty when absent. */
    LIST,
    /** A list whose absence differs from {@code []}: {@code Optional<List<V>>}. */
    OPTIONAL_LIST
  }

  private final String name;
  private final ValueType type;
  private final Shape shape;
  private final Function<T, Object> get;
  private final BiConsumer<Object, Object> set;
  private FormatVersion since = FormatVersion.V1;
  private FormatVersion requiredThrough;
  private boolean evidence;
  private boolean fact = true;
  private Object defaultValue;
  private FormatVersion absentIsUnknownFrom;
  private String meaning = "";
  private boolean nonEmpty;
  private boolean distinct;

  KeyFormat(String name, ValueType type, Shape shape, Function<T, Object> get, BiConsumer<Object, Object> set) {
    this.name = name;
    this.type = type;
    this.shape = shape;
    this.get = get;
    this.set = set;
  }

  // ---- set while the format is described

  void since(FormatVersion version) {
    since = version;
  }

  void requiredThrough(FormatVersion version) {
    requiredThrough = version;
  }

  void evidence() {
    evidence = true;
  }

  void notAFact() {
    fact = false;
  }

  void defaultValue(Object value) {
    defaultValue = value;
  }

  void absentIsUnknownFrom(FormatVersion version) {
    absentIsUnknownFrom = version;
  }

  void meaning(String text) {
    meaning = text;
  }

  void nonEmpty() {
    nonEmpty = true;
  }

  void distinct() {
    distinct = true;
  }

  // ---- read

  public String name() {
    return name;
  }

  public ValueType type() {
    return type;
  }

  public Shape shape() {
    return shape;
  }

  /** The version that introduced the key. */
  public FormatVersion since() {
    return since;
  }

  /** Whether a file of {@code version} may hold the key. */
  public boolean isIn(FormatVersion version) {
    return version.includes(since);
  }

  /** Whether a file of {@code version} must give the key. */
  public boolean isRequired(FormatVersion version) {
    return requiredThrough != null && requiredThrough.includes(version) && isIn(version);
  }

  /** Whether it is required in some version. */
  public boolean isEverRequired() {
    return requiredThrough != null;
  }

  /** Whether it is evidence: in version 2, absent means not recorded (a list or an optional root object). */
  public boolean isEvidence() {
    return evidence;
  }

  /**
   * Whether it may be named in its object's {@code unknown}: an optional single value that is a
   * fact of the partnership (not the record's own {@code asOf}, {@code description} or {@code
   * policy}).
   */
  public boolean mayBeUnknown() {
    return fact && shape == Shape.SINGLE && type.isScalar() && requiredThrough != FormatVersion.V2;
  }

  /** Whether an absent value in a file of {@code version} is unknown (a project's amount; a grant's allocation in version 2). */
  public boolean absentIsUnknown(FormatVersion version) {
    return absentIsUnknownFrom != null && version.includes(absentIsUnknownFrom);
  }

  /** The value the model gives when the file leaves the key out, if it has one. */
  public Optional<Object> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  /** For a list: whether, when present, it must hold at least one element. */
  public boolean isNonEmpty() {
    return nonEmpty;
  }

  /** For a list: whether its elements must differ. */
  public boolean isDistinct() {
    return distinct;
  }

  /** What the key means, for the schema's descriptions. */
  public String meaning() {
    return meaning;
  }

  /** For a single value: the value {@code owner} holds (with its default, when it has one), or empty. */
  public Optional<?> value(T owner) {
    Object value = get.apply(owner);
    return value instanceof Optional<?> optional ? optional : Optional.of(value);
  }

  /** For a list: the list {@code owner} holds, or empty when an optional list is absent. */
  @SuppressWarnings("unchecked")
  public Optional<List<?>> list(T owner) {
    Object value = get.apply(owner);
    return value instanceof Optional<?> optional ? (Optional<List<?>>) optional : Optional.of((List<?>) value);
  }

  /** Whether {@code owner} gives the key a value of its own: present, and not merely its default. */
  public boolean isGiven(T owner) {
    if (shape != Shape.SINGLE) {
      return list(owner).map(list -> shape == Shape.OPTIONAL_LIST || !list.isEmpty()).orElse(false);
    }
    Optional<?> value = value(owner);
    return value.isPresent() && !Objects.equals(value.get(), defaultValue);
  }

  /** Sets {@code value} (a {@code V}, or a {@code List<V>} for a list) into the model's builder. */
  public void set(Object builder, Object value) {
    set.accept(builder, value);
  }

  @Override
  public String toString() {
    return name;
  }
}

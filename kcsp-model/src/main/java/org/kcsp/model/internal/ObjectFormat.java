package org.kcsp.model.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.kcsp.model.FormatVersion;

/**
 * One kind of object of the record format: its keys in the order a file lists them and the writer
 * writes them, and how the model builds it.
 *
 * @param <T> the model type
 */
public final class ObjectFormat<T> {

  private final String name;
  private final String noun;
  private final Class<T> type;
  private final Supplier<Object> builder;
  private final Function<Object, T> build;
  private final List<KeyFormat<T>> keys = new ArrayList<>();
  private final Map<String, KeyFormat<T>> byName = new LinkedHashMap<>();
  private BiConsumer<Object, Set<String>> setNotRecorded;
  private BiConsumer<Object, List<String>> setUnknown;

  private ObjectFormat(String name, String noun, Class<T> type, Supplier<Object> builder, Function<Object, T> build) {
    this.name = name;
    this.noun = noun;
    this.type = type;
    this.builder = builder;
    this.build = build;
  }

  /** Starts describing a kind of object: its name in the format, what a message calls one, its model type and builder. */
  @SuppressWarnings("unchecked")
  static <T, B> Describing<T, B> describe(String name, String noun, Class<T> type, Supplier<B> builder, Function<B, T> build) {
    return new Describing<>(new ObjectFormat<>(name, noun, type, (Supplier<Object>) builder, b -> build.apply((B) b)));
  }

  /** Its name in the format, such as {@code Grant}. */
  public String name() {
    return name;
  }

  /** What a message calls one, such as {@code a grant}. */
  public String noun() {
    return noun;
  }

  /** The model type. */
  public Class<T> type() {
    return type;
  }

  /** Every key, in order. */
  public List<KeyFormat<T>> keys() {
    return Collections.unmodifiableList(keys);
  }

  /** The keys a file of {@code version} may hold, in order. */
  public List<KeyFormat<T>> keys(FormatVersion version) {
    return keys.stream().filter(key -> key.isIn(version)).toList();
  }

  /** The key {@code name}, in any version. */
  public Optional<KeyFormat<T>> key(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The names of its evidence keys, for a message: {@code items}, or {@code none}. */
  public String evidenceKeys() {
    return names(keys.stream().filter(KeyFormat::isEvidence).map(KeyFormat::name).toList());
  }

  /** The names of its keys that may be unknown, for a message. */
  public String unknowableKeys() {
    return names(keys.stream().filter(KeyFormat::mayBeUnknown).map(KeyFormat::name).toList());
  }

  private static String names(List<String> names) {
    return names.isEmpty() ? "none" : String.join(", ", names);
  }

  /**
   * Whether the model holds what the file says is not recorded or unknown ({@link
   * org.kcsp.model.PartlyKnown}); a kind of object that does not has neither evidence nor values
   * that may be unknown.
   */
  public boolean isPartlyKnown() {
    return setUnknown != null;
  }

  /** Sets the keys not recorded into a builder of a kind of object that {@link #isPartlyKnown()}. */
  public void setNotRecorded(Object builder, Set<String> keys) {
    setNotRecorded.accept(builder, keys);
  }

  /** Sets the keys unknown into a builder of a kind of object that {@link #isPartlyKnown()}. */
  public void setUnknown(Object builder, List<String> keys) {
    setUnknown.accept(builder, keys);
  }

  /** A new builder of the model type. */
  public Object newBuilder() {
    return builder.get();
  }

  /** Builds the value; the model's checks may throw {@link org.kcsp.model.InvalidRecordException}. */
  public T build(Object builder) {
    return build.apply(builder);
  }

  @Override
  public String toString() {
    return name;
  }

  /**
   * Describes the keys of one kind of object, in order. A modifier ({@link #since}, {@link
   * #evidence}, ...) applies to the key described last.
   */
  static final class Describing<T, B> {
    private final ObjectFormat<T> format;

    private Describing(ObjectFormat<T> format) {
      this.format = format;
    }

    @SuppressWarnings("unchecked")
    private <V> Describing<T, B> add(String name, ValueType type, KeyFormat.Shape shape, Function<T, ?> get,
        BiConsumer<B, V> set) {
      KeyFormat<T> key = new KeyFormat<>(name, type, shape, (Function<T, Object>) get,
          (b, v) -> set.accept((B) b, (V) v));
      format.keys.add(key);
      if (format.byName.put(name, key) != null) {
        throw new IllegalStateException(format.name + " describes " + name + " twice");
      }
      return this;
    }

    private KeyFormat<T> last() {
      return format.keys.get(format.keys.size() - 1);
    }

    /** A key every file must give. */
    <V> Describing<T, B> required(String name, ValueType type, Function<T, V> get, BiConsumer<B, V> set) {
      add(name, type, KeyFormat.Shape.SINGLE, get, set);
      last().requiredThrough(FormatVersion.V2);
      return this;
    }

    /** An optional key, held as an {@code Optional}. */
    <V> Describing<T, B> optional(String name, ValueType type, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
      return add(name, type, KeyFormat.Shape.SINGLE, get, set);
    }

    /** An optional key the model gives {@code defaultValue} when absent. */
    <V> Describing<T, B> defaulted(String name, ValueType type, V defaultValue, Function<T, V> get, BiConsumer<B, V> set) {
      add(name, type, KeyFormat.Shape.SINGLE, get, set);
      last().defaultValue(defaultValue);
      return this;
    }

    /** A list, empty when absent. */
    <V> Describing<T, B> list(String name, ValueType element, Function<T, List<V>> get, BiConsumer<B, List<V>> set) {
      return add(name, ValueType.listOf(element), KeyFormat.Shape.LIST, get, set);
    }

    /** A list every file must give. */
    <V> Describing<T, B> requiredList(String name, ValueType element, Function<T, List<V>> get,
        BiConsumer<B, List<V>> set) {
      list(name, element, get, set);
      last().requiredThrough(FormatVersion.V2);
      return this;
    }

    /** A list whose absence says something else than {@code []}. */
    <V> Describing<T, B> optionalList(String name, ValueType element, Function<T, Optional<List<V>>> get,
        BiConsumer<B, List<V>> set) {
      return add(name, ValueType.listOf(element), KeyFormat.Shape.OPTIONAL_LIST, get, set);
    }

    /** The last key was introduced by {@code version}. */
    Describing<T, B> since(FormatVersion version) {
      last().since(version);
      return this;
    }

    /** The last key is required up to and including {@code version}, optional after. */
    Describing<T, B> requiredThrough(FormatVersion version) {
      last().requiredThrough(version);
      return this;
    }

    /** The last key is evidence: absent in version 2, it is not recorded. */
    Describing<T, B> evidence() {
      last().evidence();
      return this;
    }

    /** The last key describes the record, not the partnership: it cannot be unknown. */
    Describing<T, B> notAFact() {
      last().notAFact();
      return this;
    }

    /** The last key, absent in a file of {@code version} or later, is unknown. */
    Describing<T, B> absentIsUnknownFrom(FormatVersion version) {
      last().absentIsUnknownFrom(version);
      return this;
    }

    /** The last key, a list, must hold at least one element when present. */
    Describing<T, B> nonEmpty() {
      last().nonEmpty();
      return this;
    }

    /** The last key, a list, must not hold an element twice. */
    Describing<T, B> distinct() {
      last().distinct();
      return this;
    }

    /** What the last key means. */
    Describing<T, B> means(String text) {
      last().meaning(text);
      return this;
    }

    /** The model holds what is not recorded and unknown, through these builder methods. */
    @SuppressWarnings("unchecked")
    Describing<T, B> partlyKnown(BiConsumer<B, Set<String>> notRecorded, BiConsumer<B, List<String>> unknown) {
      format.setNotRecorded = (b, keys) -> notRecorded.accept((B) b, keys);
      format.setUnknown = (b, keys) -> unknown.accept((B) b, keys);
      return this;
    }

    ObjectFormat<T> done() {
      return format;
    }
  }
}

package org.kcsp.rules;

import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The figures and dates that made a rule fire: values by name, in the order the rule gave them,
 * each with its kind ({@link EvidenceValue}). Immutable.
 *
 * <pre>{@code
 * Evidence evidence = finding.evidence();
 * evidence.value("allocation");       // Optional[Money[pence=3966100]]
 * evidence.typed();                   // {allocation=Money[pence=3966100], dueDate=Date[date=2023-07-14], ...}
 * evidence.get("allocation");         // "39661.00"
 * evidence.get("dueDate");            // "2023-07-14"
 * }</pre>
 *
 * <p>It is also a read-only {@code Map<String, String>} of each name to its value's {@linkplain
 * EvidenceValue#text() text for machines}, as the JSON report writes it, so tests and tools can
 * read a value without caring for its kind. As a map it equals any map of the same names and
 * texts. Renderers read {@link #typed()}, and format each value by its kind.
 */
public final class Evidence extends AbstractMap<String, String> {

  private static final Evidence NONE = new Evidence(Map.of());

  private final Map<String, EvidenceValue> typed;

  private Evidence(Map<String, EvidenceValue> typed) {
    this.typed = typed;
  }

  /** No evidence at all. */
  public static Evidence none() {
    return NONE;
  }

  /** Evidence built value by value, in order. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every value by name, in order, with its kind. */
  public Map<String, EvidenceValue> typed() {
    return typed;
  }

  /** The value of this name, if there is one. */
  public Optional<EvidenceValue> value(String name) {
    return Optional.ofNullable(typed.get(name));
  }

  /** The text of the value of this name, as the JSON report writes it, or null if there is none. */
  @Override
  public String get(Object name) {
    EvidenceValue value = typed.get(name);
    return value == null ? null : value.text();
  }

  @Override
  public boolean containsKey(Object name) {
    return typed.containsKey(name);
  }

  @Override
  public int size() {
    return typed.size();
  }

  @Override
  public Set<String> keySet() {
    return typed.keySet();
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, String>> iterator() {
        Iterator<Entry<String, EvidenceValue>> values = typed.entrySet().iterator();
        return new Iterator<>() {
          @Override
          public boolean hasNext() {
            return values.hasNext();
          }

          @Override
          public Entry<String, String> next() {
            Entry<String, EvidenceValue> next = values.next();
            return Map.entry(next.getKey(), next.getValue().text());
          }
        };
      }

      @Override
      public int size() {
        return typed.size();
      }
    };
  }

  /**
   * Builds {@link Evidence}. Each name is given once; values are never null.
   *
   * <pre>{@code
   * Evidence evidence = Evidence.builder()
   *     .money("allocation", 3966100)
   *     .date("dueDate", LocalDate.of(2023, 7, 14))
   *     .days("daysOverdue", 1)
   *     .build();
   * }</pre>
   */
  public static final class Builder {

    private Map<String, EvidenceValue> values = new LinkedHashMap<>();
    /** Whether built evidence holds {@link #values}: the next value is then added to a copy. */
    private boolean shared;

    private Builder() {}

    /**
     * Adds a value of any kind.
     *
     * @throws IllegalArgumentException if this name was given already
     */
    public Builder add(String name, EvidenceValue value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, () -> "evidence " + name + " is null");
      if (shared) {
        values = new LinkedHashMap<>(values);
        shared = false;
      }
      if (values.putIfAbsent(name, value) != null) {
        throw new IllegalArgumentException("evidence " + name + " is given twice");
      }
      return this;
    }

    /** Adds an amount of money in pence. */
    public Builder money(String name, long pence) {
      return add(name, new EvidenceValue.Money(pence));
    }

    /** Adds a date. */
    public Builder date(String name, LocalDate date) {
      return add(name, new EvidenceValue.Date(Objects.requireNonNull(date, () -> "evidence " + name + " is null")));
    }

    /** Adds a number of days. */
    public Builder days(String name, long days) {
      return add(name, new EvidenceValue.Days(days));
    }

    /** Adds a count. */
    public Builder count(String name, long count) {
      return add(name, new EvidenceValue.Count(count));
    }

    /** Adds text, shown as it is. */
    public Builder text(String name, String text) {
      return add(name, new EvidenceValue.Text(Objects.requireNonNull(text, () -> "evidence " + name + " is null")));
    }

    /** Adds ids of the record, in order. */
    public Builder ids(String name, List<String> ids) {
      return add(name, new EvidenceValue.Ids(Objects.requireNonNull(ids, () -> "evidence " + name + " is null")));
    }

    /**
     * The evidence given so far. Values added afterwards go into the next evidence built, never
     * into this one: the evidence holds the builder's values until the builder takes another
     * value, which it then adds to a copy (most builders are built once, and copy nothing).
     */
    public Evidence build() {
      if (values.isEmpty()) {
        return NONE;
      }
      shared = true;
      return new Evidence(Collections.unmodifiableMap(values));
    }
  }
}

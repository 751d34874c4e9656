package org.kcsp.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.rules.spi.Needs;
import org.kcsp.rules.spi.Text;

/**
 * The facts of one check, with the as-of view they came from, and the facts of each type at hand:
 * every rule's scope is worked out from them on every check.
 */
public final class PreparedFacts {

  private final PartnershipRecord view;
  private final LocalDate date;
  private final List<Object> facts;
  private final Map<Class<?>, List<Object>> byType = new HashMap<>();
  private String dateWords;

  /**
   * @param view the record as of {@code date}
   * @param date the evaluation date
   * @param facts every fact, in a deterministic order
   */
  public PreparedFacts(PartnershipRecord view, LocalDate date, List<Object> facts) {
    this.view = view;
    this.date = date;
    this.facts = facts;
    for (Object fact : facts) {
      byType.computeIfAbsent(fact.getClass(), type -> new ArrayList<>()).add(fact);
    }
  }

  /** The record as of {@link #date()}. */
  public PartnershipRecord view() {
    return view;
  }

  /** The evaluation date. */
  public LocalDate date() {
    return date;
  }

  /** The evaluation date as people write it, {@code 14 July 2022}, worked out once. */
  String dateWords() {
    if (dateWords == null) {
      dateWords = Text.date(date);
    }
    return dateWords;
  }

  /** Every fact, in a deterministic order. */
  public List<Object> facts() {
    return facts;
  }

  /** The facts of one type (a fact class, not a supertype), in order. */
  public <T> List<T> all(Class<T> type) {
    @SuppressWarnings("unchecked")
    List<T> ofType = (List<T>) byType.getOrDefault(type, List.of());
    return ofType;
  }

  /** Whether some fact of this type passes {@code test}. */
  public <T> boolean any(Class<T> type, Predicate<? super T> test) {
    return all(type).stream().anyMatch(test);
  }

  /** How many facts of this type pass {@code test}. */
  public <T> int count(Class<T> type, Predicate<? super T> test) {
    return (int) all(type).stream().filter(test).count();
  }

  /** Whether there is a fact of this type. */
  public boolean any(Class<?> type) {
    return !all(type).isEmpty();
  }

  /** Whether these facts hold what a rule with these needs must have to apply. */
  public boolean meets(Needs needs) {
    return Applicability.count(needs, this) > 0;
  }
}

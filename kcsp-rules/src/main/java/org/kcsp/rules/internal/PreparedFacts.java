package org.kcsp.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.kcsp.model.GrantConditions;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.rules.spi.GrantFact;
import org.kcsp.rules.spi.Needs;
import org.kcsp.rules.spi.NotRecordedFact;
import org.kcsp.rules.spi.PolicyFact;
import org.kcsp.rules.spi.ProjectFact;
import org.kcsp.rules.spi.ReportedTotalFact;
import org.kcsp.rules.spi.RolloverFact;
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

  /**
   * These facts without the grants that are not under the named grant conditions, nor their
   * projects, rollovers and reported totals: what a rule of those conditions sees. Grants not
   * recorded (version 2) are under the policy's default conditions: when those are not these, the
   * fact that the grants are not recorded goes too (rules.md, readings settled 13). These facts
   * themselves when every grant is under them.
   */
  public PreparedFacts underConditions(GrantConditions conditions) {
    Set<String> outside = new HashSet<>();
    for (GrantFact grant : all(GrantFact.class)) {
      if (!grant.conditions().contains(conditions)) {
        outside.add(grant.id());
      }
    }
    boolean unrecordedOutside = !view.isRecorded("grants")
        && all(PolicyFact.class).stream().noneMatch(policy -> policy.grantConditions().contains(conditions));
    if (outside.isEmpty() && !unrecordedOutside) {
      return this;
    }
    List<Object> kept = facts.stream()
        .filter(fact -> !outside.contains(grantOf(fact)) && !(unrecordedOutside && grantsNotRecorded(fact)))
        .toList();
    return new PreparedFacts(view, date, kept);
  }

  /** Whether these facts say that the record's grants are not recorded (version 2). */
  boolean grantsNotRecorded() {
    return any(NotRecordedFact.class, PreparedFacts::grantsNotRecorded);
  }

  private static boolean grantsNotRecorded(Object fact) {
    return fact instanceof NotRecordedFact notRecorded && notRecorded.owner().equals("$")
        && notRecorded.key().equals("grants");
  }

  /** The grant a fact of a grant is of, or null for a fact of no grant. */
  private static String grantOf(Object fact) {
    if (fact instanceof GrantFact grant) {
      return grant.id();
    }
    if (fact instanceof ProjectFact project) {
      return project.grant();
    }
    if (fact instanceof RolloverFact rollover) {
      return rollover.grant();
    }
    return fact instanceof ReportedTotalFact total ? total.grant() : null;
  }

  /** Whether these facts hold what a rule with these needs must have to apply. */
  public boolean meets(Needs needs) {
    return Applicability.count(needs, this) > 0;
  }
}

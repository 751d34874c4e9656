package org.kcsp.rules.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.kcsp.model.GrantConditions;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.rules.spi.GrantFact;
import org.kcsp.rules.spi.Needs;
import org.kcsp.rules.spi.ProjectFact;
import org.kcsp.rules.spi.ReportedTotalFact;
import org.kcsp.rules.spi.RolloverFact;

/**
 * The facts of one check, with the as-of view they came from.
 *
 * @param view the record as of {@code date}
 * @param date the evaluation date
 * @param facts every fact, in a deterministic order
 */
public record PreparedFacts(PartnershipRecord view, LocalDate date, List<Object> facts) {

  /** The facts of one type. */
  public <T> List<T> all(Class<T> type) {
    return facts.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Whether some fact of this type passes {@code test}. */
  public <T> boolean any(Class<T> type, Predicate<? super T> test) {
    return facts.stream().filter(type::isInstance).map(type::cast).anyMatch(test);
  }

  /** Whether there is a fact of this type. */
  public boolean any(Class<?> type) {
    return facts.stream().anyMatch(type::isInstance);
  }

  /**
   * These facts without the grants that are not under the named grant conditions, nor their
   * projects, rollovers and reported totals: what a rule of those conditions sees. These facts
   * themselves when every grant is under them.
   */
  public PreparedFacts underConditions(GrantConditions conditions) {
    Set<String> outside = new HashSet<>();
    for (GrantFact grant : all(GrantFact.class)) {
      if (!grant.conditions().contains(conditions)) {
        outside.add(grant.id());
      }
    }
    if (outside.isEmpty()) {
      return this;
    }
    List<Object> kept = facts.stream().filter(fact -> !outside.contains(grantOf(fact))).toList();
    return new PreparedFacts(view, date, kept);
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
    return Applicability.meets(needs, this);
  }
}

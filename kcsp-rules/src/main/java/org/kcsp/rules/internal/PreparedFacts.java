package org.kcsp.rules.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.rules.spi.Needs;

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

  /** Whether these facts hold what a rule with these needs must have to apply. */
  public boolean meets(Needs needs) {
    return Applicability.meets(needs, this);
  }
}

package org.kcsp.rules.spi;

import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The rules an engine knows: every rule of its rule base, whether it runs them or not. With it,
 * a waiver of a rule that does not exist is told apart from a waiver that covers no finding.
 *
 * @param ids the ids of the rules
 * @param nearest the known id most like a given one, for "did you mean"
 */
public record KnownRulesFact(Set<String> ids, UnaryOperator<String> nearest) {

  /** Whether the engine has a rule of this id. */
  public boolean knows(String id) {
    return ids.contains(id);
  }

  /** The known rule id most like {@code id}. */
  public String nearestTo(String id) {
    return nearest.apply(id);
  }
}

package org.kcsp.rules;

import java.util.OptionalLong;
import org.immutables.value.Value;
import org.kcsp.model.Pot;

/**
 * One pot of a grant on a report's date ({@link GrantPosition#upfront()}, {@link
 * GrantPosition#tactical()}): what it holds, what was rolled into it, what its committed projects
 * cost, and whether {@code GRANT_POT_OVERCOMMITTED} found it overcommitted. Amounts are exact, in
 * pence.
 */
@Value.Immutable
public interface PotPosition {

  /** Which pot. */
  Pot pot();

  /**
   * The pot as the grant states it, before rollovers, in pence: the tactical pot, or the upfront
   * part (when the grant does not state it, the allocation less the tactical pot); empty for an
   * upfront pot the grant does not state while its allocation is unknown (version 2).
   */
  OptionalLong amount();

  /** The GRANTED rollovers into the pot, in pence. */
  long grantedRollovers();

  /**
   * What the pot's committed projects (CHAIR_APPROVED, APPROVED or COMPLETED) cost, in pence;
   * empty when it is unknown: while the grant's projects are not recorded or a live one has no
   * amount, as the rules read it ({@link GrantPosition#committedKnown()}). It may exceed the
   * largest amount a record holds, hence pence rather than {@link org.kcsp.model.Money}.
   */
  OptionalLong committed();

  /** What {@code GRANT_POT_OVERCOMMITTED} said about this pot of the grant. */
  RuleCheck overcommitted();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PotPosition}. */
  final class Builder extends ImmutablePotPosition.Builder {}

  @Value.Check
  default void check() {
    if (amount().orElse(0) < 0 || grantedRollovers() < 0 || committed().orElse(0) < 0) {
      throw new IllegalArgumentException("the " + pot() + " pot's amounts must not be negative");
    }
  }
}

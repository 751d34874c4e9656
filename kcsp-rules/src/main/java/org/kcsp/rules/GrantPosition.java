package org.kcsp.rules;

import java.util.List;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.kcsp.model.FinancialYear;
import org.kcsp.model.Fraction;
import org.kcsp.model.Pot;

/**
 * One grant's money on a report's date: the allocation, its two pots, the tactical pot's cap, what
 * the committed projects take, and what the grant rules found. The engine computes it once a check
 * from the record as of that date ({@link ComplianceReport#grants()}); the HTML report's grant
 * figure draws it and nothing else. Amounts are exact, in pence.
 *
 * <pre>{@code
 * for (GrantPosition grant : report.grants()) {
 *   System.out.println(grant.id() + ": tactical pot " + grant.tactical().amount().orElseThrow() + "p of a cap of "
 *       + (grant.tacticalPotLimit().isPresent() ? grant.tacticalPotLimit().getAsLong() + "p" : "unknown")
 *       + (grant.tacticalPotOverCap().state() == RuleCheck.State.OPEN ? ", OVER" : ""));
 * }
 * }</pre>
 *
 * <p>A version 2 grant may leave its allocation unknown: then {@link #allocation()} and {@link
 * #tacticalPotLimit()} are empty, and so is the upfront pot's amount unless the grant states it; a
 * grant whose projects are not recorded has what is committed unknown.
 */
@Value.Immutable
public interface GrantPosition {

  /** The grant's id, such as {@code "CRG-2019-20"}. */
  String id();

  /** {@code "Crime Reduction Grant"}. */
  String programme();

  FinancialYear financialYear();

  /** The id of the organisation that gives it. */
  String funder();

  /** That organisation's name. */
  String funderName();

  /** The year's grant, in pence; empty when the record does not know it (version 2). */
  OptionalLong allocation();

  /** The largest share of the allocation the tactical pot may take. */
  Fraction tacticalPotCap();

  /**
   * The most the tactical pot may hold, in pence: the allocation times the cap, rounded down to the
   * penny; empty when the allocation is unknown.
   */
  OptionalLong tacticalPotLimit();

  /**
   * Whether the record lists the grant's projects: always in version 1; false when a version 2
   * record leaves its {@code projects} not recorded, and then what is committed is unknown.
   */
  @Value.Default
  default boolean projectsRecorded() {
    return true;
  }

  /** The upfront pot. */
  PotPosition upfront();

  /** The tactical pot. */
  PotPosition tactical();

  /** The number of committed projects (CHAIR_APPROVED, APPROVED or COMPLETED). */
  int committedProjects();

  /**
   * The ids of the live projects without an amount, in the record's order: while there is one,
   * the picture does not draw what is committed. The rules that add it up decide what the known
   * amounts already decide, and leave the rest not assessed ({@link ComplianceReport#gaps()}).
   */
  List<String> projectsWithoutAmount();

  /** What {@code GRANT_TACTICAL_POT_OVER_CAP} said about this grant. */
  RuleCheck tacticalPotOverCap();

  /** The pot named. */
  default PotPosition pot(Pot pot) {
    return pot == Pot.UPFRONT ? upfront() : tactical();
  }

  /** Whether what is committed is known: the projects are recorded, and every live one has an amount. */
  default boolean committedKnown() {
    return projectsRecorded() && projectsWithoutAmount().isEmpty();
  }

  /** What the committed projects of both pots cost, in pence; empty when it is unknown. */
  default OptionalLong committed() {
    if (!committedKnown()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Math.addExact(upfront().committed().orElseThrow(), tactical().committed().orElseThrow()));
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GrantPosition}. */
  final class Builder extends ImmutableGrantPosition.Builder {}

  @Value.Check
  default void check() {
    if (upfront().pot() != Pot.UPFRONT || tactical().pot() != Pot.TACTICAL) {
      throw new IllegalArgumentException("grant " + id() + ": upfront() must be the UPFRONT pot and tactical() the "
          + "TACTICAL pot");
    }
    if (upfront().committed().isPresent() != committedKnown()
        || tactical().committed().isPresent() != committedKnown()) {
      throw new IllegalArgumentException("grant " + id() + ": the pots' committed sums are known exactly when no "
          + "live project is without an amount and the projects are recorded");
    }
    if (allocation().orElse(0) < 0 || tacticalPotLimit().orElse(0) < 0 || committedProjects() < 0) {
      throw new IllegalArgumentException("grant " + id() + ": amounts and counts must not be negative");
    }
  }
}

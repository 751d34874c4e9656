package org.kcsp.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A grant for one financial year, such as the PCC's Crime Reduction Grant, with its split into an
 * upfront part and a tactical pot, its rollovers and the projects it funds.
 *
 * <pre>{@code
 * Grant grant = Grant.builder()
 *     .id("CRG-2019-20").programme("Crime Reduction Grant").funder("KENT-PCC")
 *     .financialYear(FinancialYear.parse("2019/20"))
 *     .allocation(Money.of("39661")).upfront(Money.of("26441")).tacticalPot(Money.of("13220"))
 *     .build();
 * grant.tacticalPotLimit();   // £13,220.33
 * }</pre>
 *
 * <p>In version 2 a grant's allocation may be unknown (the file leaves it out): {@link
 * #knownAllocation()} is then empty, {@code isUnknown("allocation")} is true, and {@link
 * #allocation()} and what is worked out from it throw. Its {@code rollovers} and {@code projects}
 * are evidence lists ({@code isRecorded("projects")}); {@link #conditions()} says which grant
 * conditions it is under, absent meaning its policy's default.
 */
@Value.Immutable
public interface Grant extends PartlyKnown {

  /** Such as {@code "CRG-2019-20"}. */
  String id();

  /** {@code "Crime Reduction Grant"}. */
  String programme();

  /** The organisation that gives it. */
  String funder();

  FinancialYear financialYear();

  /**
   * The year's grant as the partnership receives it, when known: every version 1 grant's is; a
   * version 2 grant's is empty when the record leaves it out (unknown).
   */
  Optional<Money> knownAllocation();

  /**
   * The year's grant.
   *
   * @throws IllegalStateException when it is unknown ({@code isUnknown("allocation")}; only in a
   *     version 2 record): ask {@link #knownAllocation()} there
   */
  default Money allocation() {
    return knownAllocation().orElseThrow(() -> new IllegalStateException(
        "the allocation of grant " + Problem.quote(id()) + " is unknown: ask knownAllocation()"));
  }

  /** The part kept for emerging issues in-year; nothing unless stated. */
  @Value.Default
  default Money tacticalPot() {
    return Money.ZERO;
  }

  /**
   * The largest share of the allocation the tactical pot may take, when the grant states it: what
   * tells a grant that writes {@code "1/3"} from one that writes no cap, which a policy's default cap
   * then sets.
   */
  Optional<Fraction> statedTacticalPotCap();

  /** The largest share of the allocation the tactical pot may take: {@link #statedTacticalPotCap()}, else one third. */
  default Fraction tacticalPotCap() {
    return statedTacticalPotCap().orElse(Fraction.ONE_THIRD);
  }

  /** The part allocated to projects up front, when stated. */
  Optional<Money> upfront();

  /** When business cases are due to the funder. */
  Optional<LocalDate> businessCaseDeadline();

  List<Rollover> rollovers();

  /** Unspent money returned to the funder after year end. */
  Optional<Money> returnedToFunder();

  List<ReportedTotal> reportedTotals();

  List<Project> projects();

  /** The part of the gross allocation the funder keeps (a "top slice"), when stated (version 2). */
  Optional<Money> retainedByFunder();

  /**
   * The grant conditions it is under, when the record names them (version 2): {@code []} is none;
   * empty (absent) means its policy's default.
   */
  Optional<List<GrantConditions>> conditions();

  /** The most the tactical pot may hold: the allocation times the cap, rounded down to the penny. */
  default Money tacticalPotLimit() {
    return tacticalPotCap().of(allocation());
  }

  /**
   * The upfront pot: {@link #upfront()} when stated, else the allocation less the tactical pot
   * (nothing, if the tactical pot takes it all).
   */
  default Money upfrontPot() {
    return upfront()
        .orElseGet(
            () ->
                allocation().isLessThan(tacticalPot())
                    ? Money.ZERO
                    : allocation().minus(tacticalPot()));
  }

  /** The pot as stated, before rollovers: {@link #upfrontPot()} or {@link #tacticalPot()}. */
  default Money pot(Pot pot) {
    return pot == Pot.UPFRONT ? upfrontPot() : tacticalPot();
  }

  /** The money of the GRANTED rollovers into {@code pot}. */
  default Money grantedRollovers(Pot pot) {
    return rollovers().stream()
        .filter(rollover -> rollover.isGranted() && rollover.intoPot() == pot)
        .map(Rollover::amount)
        .reduce(Money.ZERO, Money::plus);
  }

  /** The money of all GRANTED rollovers. */
  default Money grantedRollovers() {
    return grantedRollovers(Pot.UPFRONT).plus(grantedRollovers(Pot.TACTICAL));
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Grant}. */
  final class Builder extends ImmutableGrant.Builder {

    /** The year's grant: {@code knownAllocation(allocation)}. */
    public Builder allocation(Money allocation) {
      knownAllocation(allocation);
      return this;
    }

    /** The cap the grant states: {@code statedTacticalPotCap(cap)}. */
    public Builder tacticalPotCap(Fraction cap) {
      statedTacticalPotCap(cap);
      return this;
    }
  }

  @Value.Check
  default void check() {
    Invariants invariants = new Invariants().described(this);
    long granted = 0;
    for (int i = 0; i < rollovers().size(); i++) {
      invariants.require(
          !rollovers().get(i).fromGrant().equals(Optional.of(id())),
          RecordPath.ROOT.key("rollovers").index(i).key("fromGrant"),
          "a grant cannot roll money over from itself");
      if (rollovers().get(i).isGranted() && granted <= Money.MAX.pence()) {
        granted += rollovers().get(i).amount().pence();
      }
    }
    // grantedRollovers() is Money, so their sum must be an amount a record may hold
    invariants.require(
        granted <= Money.MAX.pence(),
        "rollovers",
        "the GRANTED rollovers add up to more than " + Money.MAX + ", the most a record may hold");
    if (conditions().isPresent()) {
      List<GrantConditions> listed = conditions().get();
      for (int i = 0; i < listed.size(); i++) {
        invariants.require(listed.indexOf(listed.get(i)) == i,
            RecordPath.ROOT.key("conditions").index(i), "conditions lists " + listed.get(i).id() + " twice");
      }
    }
    invariants.throwIfAny();
  }
}

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
 */
@Value.Immutable
public interface Grant {

  /** Such as {@code "CRG-2019-20"}. */
  String id();

  /** {@code "Crime Reduction Grant"}. */
  String programme();

  /** The organisation that gives it. */
  String funder();

  FinancialYear financialYear();

  /** The year's grant. */
  Money allocation();

  /** The part kept for emerging issues in-year; nothing unless stated. */
  @Value.Default
  default Money tacticalPot() {
    return Money.ZERO;
  }

  /** The largest share of the allocation the tactical pot may take; one third unless stated. */
  @Value.Default
  default Fraction tacticalPotCap() {
    return Fraction.ONE_THIRD;
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
  final class Builder extends ImmutableGrant.Builder {}

  @Value.Check
  default void check() {
    Invariants invariants = new Invariants().notBlank("id", id()).notBlank("programme", programme());
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
    invariants.throwIfAny();
  }
}

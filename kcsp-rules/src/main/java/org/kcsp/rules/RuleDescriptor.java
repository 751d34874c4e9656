package org.kcsp.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.kcsp.model.GrantConditions;

/**
 * What one rule is, as declared beside it in its DRL and as the engine's policy sets it: id,
 * severity, title, subject, source, the data it needs to apply, its kind, its source under each
 * built-in policy, its parameters, and the dates of the law it checks.
 */
@Value.Immutable
public interface RuleDescriptor {

  /** Such as {@code "GRANT_TACTICAL_POT_OVER_CAP"}. */
  String id();

  /** The severity of its findings (as configured on the engine). */
  Severity severity();

  /** A short title: {@code "Tactical pot over its cap"}. */
  String title();

  /** What its findings are reported on, in words: {@code "the grant"}. */
  String subject();

  /** What it enforces under the engine's policy: the minutes, report or law its findings cite. */
  String source();

  /** What it checks, in a sentence, with the values of its parameters under the engine's policy. */
  String description();

  /** The data a record must hold for the rule to apply, in words. */
  String needs();

  /**
   * Where its duty comes from, as declared beside it: statutory (S), the partnership's own record
   * (O), a grant condition (G) or a partnership's own resolution (K).
   */
  RuleKind kind();

  /**
   * What it enforces under each built-in policy that holds it, by policy id: {@code england}'s
   * statutory citation, {@code kcsp}'s minutes. A K rule is not in {@code england}.
   */
  Map<String, String> sources();

  /**
   * Its parameters under the engine's policy, by name, for people: {@code maxDaysApart} is {@code
   * "92 days"}; none for most rules.
   */
  Map<String, String> parameters();

  /**
   * The grant conditions it is one of, for a grant condition (kind G): it checks only the grants
   * under them, and is NOT_APPLICABLE for a record whose grants are under none of them. Empty for
   * the other kinds.
   */
  Optional<GrantConditions> grantConditions();

  /**
   * The day the duty it checks came into force, as declared beside it ({@code @inForceFrom}): on an
   * evaluation date before it the rule is not run and is NOT_APPLICABLE, so a record checked as of
   * an earlier date is judged by the law of that date. Empty for a duty in force on any date.
   */
  Optional<LocalDate> inForceFrom();

  /**
   * The dates the law sets within its duty, by name, as declared beside it ({@code @lawDates}): a
   * part that comes into force later than the rule ({@code SERIOUS_VIOLENCE}: 31 January 2023), or
   * a date a duty is due by ({@code strategyDue}); none for most rules.
   */
  Map<String, LocalDate> lawDates();

  /** Whether its duty is in force on {@code date}: on or after {@link #inForceFrom()}, if it has one. */
  default boolean inForceOn(LocalDate date) {
    return inForceFrom().map(from -> !date.isBefore(from)).orElse(true);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RuleDescriptor}. */
  final class Builder extends ImmutableRuleDescriptor.Builder {}
}

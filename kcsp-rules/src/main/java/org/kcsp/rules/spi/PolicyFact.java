package org.kcsp.rules.spi;

import java.util.Map;
import java.util.Set;
import org.kcsp.model.Fraction;
import org.kcsp.model.GrantConditions;

/**
 * The policy a record is checked under: its id, the grant conditions its grants are under unless
 * they name their own, and the value of every rule's parameters under it (the policy's, else the
 * default the rule declares in {@code @parameters}). There is exactly one in every check. A rule
 * reads its parameters from it instead of writing their values in:
 *
 * <pre>
 * PolicyFact( $max : number("TOR_REVIEW_NOT_ALIGNED", "maxDaysApart") )
 * $tp : LatestTorFact( body == $parent, Text.daysApart($approved, approvedOn) &gt; $max )
 * </pre>
 *
 * <p>Values the facts work out from a parameter (a review's due date, a grant's final month and
 * cap, the alike titles of the duplicate rules) are worked out with the policy's value already; so
 * are those worked out from a date of the law ({@link #lawDates()}: when a serious violence strategy
 * is due).
 */
public final class PolicyFact {

  private final String id;
  private final Set<GrantConditions> grantConditions;
  private final Map<String, Map<String, Object>> parameters;
  private final LawDatesFact lawDates;

  private PolicyFact(String id, Set<GrantConditions> grantConditions, Map<String, Map<String, Object>> parameters,
      LawDatesFact lawDates) {
    this.id = id;
    this.grantConditions = Set.copyOf(grantConditions);
    this.parameters = Map.copyOf(parameters);
    this.lawDates = lawDates;
  }

  /**
   * The policy fact: built by the engine, not by rules.
   *
   * @param parameters each rule's parameters by name: an {@link Integer} (days or months) or a
   *     {@link Fraction}
   * @param lawDates the dates of the law the rules declare, which no policy changes
   */
  public static PolicyFact of(String id, Set<GrantConditions> grantConditions, Map<String, Map<String, Object>> parameters,
      LawDatesFact lawDates) {
    return new PolicyFact(id, grantConditions, parameters, lawDates);
  }

  /** The policy's id, such as {@code "england"}. */
  public String id() {
    return id;
  }

  /** The grant conditions a grant is under when it names none of its own ({@code conditions}, version 2). */
  public Set<GrantConditions> grantConditions() {
    return grantConditions;
  }

  /**
   * The dates of the law the rules declare ({@code @lawDates}), the same under every policy: what
   * the facts work out dates from, as they do from parameters. Rules read them from the {@link
   * LawDatesFact} of the check.
   */
  public LawDatesFact lawDates() {
    return lawDates;
  }

  /**
   * A parameter that is a whole number (of days or months).
   *
   * @throws IllegalArgumentException if the rule declares no such parameter, or it is a fraction
   */
  public int number(String rule, String parameter) {
    if (value(rule, parameter) instanceof Integer number) {
      return number;
    }
    throw new IllegalArgumentException(rule + "'s parameter " + parameter + " is a fraction: read it with fraction(...)");
  }

  /**
   * A parameter that is a fraction, such as a cap of {@code 1/3}.
   *
   * @throws IllegalArgumentException if the rule declares no such parameter, or it is a number
   */
  public Fraction fraction(String rule, String parameter) {
    if (value(rule, parameter) instanceof Fraction fraction) {
      return fraction;
    }
    throw new IllegalArgumentException(rule + "'s parameter " + parameter + " is a number: read it with number(...)");
  }

  private Object value(String rule, String parameter) {
    Object value = parameters.getOrDefault(rule, Map.of()).get(parameter);
    if (value == null) {
      throw new IllegalArgumentException("rule " + rule + " declares no parameter " + parameter
          + " in its @parameters");
    }
    return value;
  }

  @Override
  public String toString() {
    return "PolicyFact[" + id + "]";
  }
}

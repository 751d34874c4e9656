package org.kcsp.rules.spi;

import java.time.LocalDate;
import java.util.Map;

/**
 * The dates the law sets within the rules' duties, as each rule declares them beside it in {@code
 * @lawDates}: a part of its duty that comes into force later than the rule itself (a statutory
 * strand), or a date a duty is due by. There is exactly one in every check; a rule reads its own
 * dates from it instead of writing them in, so that each date has one home, beside the rule:
 *
 * <pre>
 * rule "STRATEGY_STRAND_MISSING"
 *   ...
 *   &#64;lawDates("SERIOUS_VIOLENCE = 2023-01-31")
 * when
 *   EvaluationFact( $d : date )
 *   $s : Strand() from Strand.values()
 *   LawDatesFact( inForceOn("STRATEGY_STRAND_MISSING", $s.name(), $d) )
 *   ...
 * </pre>
 *
 * <p>When the whole of a rule's duty comes into force on a date, the rule declares {@code
 * @inForceFrom("2023-01-31")} instead: the engine does not run it before that date, and reports it
 * NOT_APPLICABLE.
 */
public final class LawDatesFact {

  private final Map<String, Map<String, LocalDate>> dates;

  private LawDatesFact(Map<String, Map<String, LocalDate>> dates) {
    this.dates = Map.copyOf(dates);
  }

  /**
   * The law's dates: built by the engine, not by rules.
   *
   * @param dates each rule's {@code @lawDates}, by rule id, then by name
   */
  public static LawDatesFact of(Map<String, Map<String, LocalDate>> dates) {
    return new LawDatesFact(dates);
  }

  /**
   * The date a rule declares under {@code name}.
   *
   * @throws IllegalArgumentException if the rule declares no such date
   */
  public LocalDate date(String rule, String name) {
    LocalDate date = dates.getOrDefault(rule, Map.of()).get(name);
    if (date == null) {
      throw new IllegalArgumentException("rule " + rule + " declares no date " + name + " in its @lawDates");
    }
    return date;
  }

  /**
   * Whether the part {@code name} of a rule's duty is in force on {@code day}: true unless the rule
   * declares a date for it in {@code @lawDates} that is after {@code day}.
   */
  public boolean inForceOn(String rule, String name, LocalDate day) {
    LocalDate from = dates.getOrDefault(rule, Map.of()).get(name);
    return from == null || !day.isBefore(from);
  }

  @Override
  public String toString() {
    return "LawDatesFact" + dates;
  }
}

package org.kcsp.rules.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.kcsp.rules.Evidence;
import org.kcsp.rules.Severity;
import org.kcsp.rules.SubjectKind;
import org.kcsp.rules.internal.FiringRule;

/**
 * What a rule's consequence inserts: a finding on a subject, with a message and typed evidence.
 * The engine gives it the id of the rule that made it (the rule's name), and adds the rule's
 * severity, source and the record's waivers when it reports it.
 *
 * <pre>
 * then
 *   insert(Raised.on(SubjectKind.GRANT, $g.id(), "The tactical pot of " + $g.id() + " is over its cap.")
 *       .money("tacticalPot", $g.tacticalPot())
 *       .money("cap", $g.capAmount())
 *       .text("capFraction", $g.cap()));
 * </pre>
 *
 * <p>Evidence keeps its kind to the report: money in pence is written {@code £13,220.33} for
 * people and {@code "13220.33"} in JSON, a date {@code 14 July 2022} and {@code "2022-07-14"},
 * text as it is. Each evidence name is given once; no value is null (leave out what is not known).
 * Build it completely, then insert it once; a rule may match what other rules raised, by {@link
 * #rule()} and {@link #subject()}.
 */
public final class Raised {

  private final String rule;
  private final SubjectKind kind;
  private final String subject;
  private final String message;
  private final Evidence.Builder evidence = Evidence.builder();
  private Severity severity;

  private Raised(String rule, SubjectKind kind, String subject, String message) {
    this.rule = rule;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * A finding of the rule whose consequence calls this, on the subject with this id.
   *
   * @param kind what the subject is
   * @param subject the subject's id in the record, which waivers name
   * @param message a sentence a person can act on
   * @throws IllegalStateException when called outside a rule's consequence
   */
  public static Raised on(SubjectKind kind, String subject, String message) {
    String rule = FiringRule.current();
    if (rule == null) {
      throw new IllegalStateException("Raised.on is called in a rule's consequence, which gives the finding its rule");
    }
    return new Raised(rule, kind, subject, message);
  }

  /** Adds an amount of money, in pence. */
  public Raised money(String name, long pence) {
    evidence.money(name, pence);
    return this;
  }

  /** Adds a date. */
  public Raised date(String name, LocalDate date) {
    evidence.date(name, date);
    return this;
  }

  /** Adds a number of days: how late, how long until; negative for a day past. */
  public Raised days(String name, long days) {
    evidence.days(name, days);
    return this;
  }

  /** Adds a count: meetings held, actions in a plan. */
  public Raised count(String name, long count) {
    evidence.count(name, count);
    return this;
  }

  /** Adds text, shown as it is: an id, a name, a version, an enum constant's name. */
  public Raised text(String name, String text) {
    evidence.text(name, text);
    return this;
  }

  /** Adds ids of the record, in the record's order. */
  public Raised ids(String name, List<String> ids) {
    evidence.ids(name, ids);
    return this;
  }

  /**
   * Gives this finding a severity of its own, where the rule's catalogue entry says so. A severity
   * configured on the engine for the rule wins over it.
   */
  public Raised severity(Severity value) {
    this.severity = Objects.requireNonNull(value, "severity");
    return this;
  }

  /** The id of the rule that raised it. */
  public String rule() {
    return rule;
  }

  /** What the subject is. */
  public SubjectKind kind() {
    return kind;
  }

  /** The subject's id. */
  public String subject() {
    return subject;
  }

  /** The message. */
  public String message() {
    return message;
  }

  /** The evidence given so far. */
  public Evidence evidence() {
    return evidence.build();
  }

  /** The severity this finding carries itself, or null for the rule's. */
  public Severity severity() {
    return severity;
  }
}

package org.kcsp.rules.internal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kcsp.rules.Severity;
import org.kcsp.rules.SubjectKind;

/**
 * What a rule's consequence inserts: a finding before the engine adds its rule's metadata,
 * waivers and configured severity. Built in the consequence, then never changed.
 *
 * <pre>
 * insert(Raised.on(drools.getRule().getName(), SubjectKind.GRANT, $g.id(), "message")
 *     .money("allocation", $g.allocation())
 *     .date("dueDate", $t.reviewDue()));
 * </pre>
 */
public final class Raised {

  private final String rule;
  private final SubjectKind kind;
  private final String subject;
  private final String message;
  private final Map<String, String> evidence = new LinkedHashMap<>();
  private Severity severity;

  private Raised(String rule, SubjectKind kind, String subject, String message) {
    this.rule = rule;
    this.kind = kind;
    this.subject = subject;
    this.message = message;
  }

  /** A finding of {@code rule} on {@code subject}, with this message. */
  public static Raised on(String rule, SubjectKind kind, String subject, String message) {
    return new Raised(rule, kind, subject, message);
  }

  /** Adds evidence as text. */
  public Raised evidence(String name, String value) {
    evidence.put(name, value);
    return this;
  }

  /** Adds evidence of money in pence, as {@code "13220.33"}. */
  public Raised money(String name, long pence) {
    return evidence(name, Text.pounds(pence));
  }

  /** Adds evidence of a date, in ISO form. */
  public Raised date(String name, LocalDate date) {
    return evidence(name, date.toString());
  }

  /** Adds evidence of a count. */
  public Raised number(String name, long value) {
    return evidence(name, Long.toString(value));
  }

  /** Gives this finding its own severity, where the rule's catalogue entry says so. */
  public Raised severity(Severity value) {
    this.severity = value;
    return this;
  }

  public String rule() {
    return rule;
  }

  public SubjectKind kind() {
    return kind;
  }

  public String subject() {
    return subject;
  }

  public String message() {
    return message;
  }

  public Map<String, String> evidence() {
    return Collections.unmodifiableMap(evidence);
  }

  /** The severity this finding carries itself, or null for the rule's. */
  public Severity severity() {
    return severity;
  }
}

package org.kcsp.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.kcsp.model.Location;

/**
 * One thing a rule found wrong, as a value: nobody parses its message.
 *
 * <pre>{@code
 * ComplianceReport report = ComplianceEngine.standard().check(record, LocalDate.of(2022, 7, 14));
 * for (Finding finding : report.findings()) {
 *   finding.rule();                     // "PROJECT_DUPLICATE_FUNDING"
 *   finding.severity();                 // ERROR
 *   finding.subject().id();             // "bystander-approach-training"
 *   finding.message();                  // "Bystander Approach Training is also funded by ..."
 *   finding.evidence().value("award");  // Optional[Text[value=VRU-BYSTANDER-2022]]
 *   finding.evidence().get("overlapFrom");  // "2022-04-01"
 *   finding.isOpen();                   // false when a waiver covers it
 *   finding.location();                 // Optional[kcsp.json:112:7]: where its subject is in the record
 * }
 * }</pre>
 *
 * <p>{@link Evidence} holds the figures and dates that made the rule fire, in a stable order, each
 * with its kind: money in pence, a date, a number of days, a count, text, ids. Read as a map of
 * strings it gives them as the JSON report does: money as {@code "13220.33"}, dates in ISO form.
 * The message says the same for people: money as {@code £13,220.33}, dates as {@code 14 July
 * 2022}.
 */
@Value.Immutable
public interface Finding {

  /**
   * Reports' order: severity (ERROR first), rule id, subject id, message, then subject kind and
   * evidence, so that findings alike but for their evidence (two pending rollovers of the same
   * amount from different grants) come in the same order on every check.
   */
  Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::rule)
          .thenComparing(finding -> finding.subject().id())
          .thenComparing(Finding::message)
          .thenComparing(finding -> finding.subject().kind())
          .thenComparing(finding -> finding.evidence().toString());

  /** The rule's id, such as {@code "TOR_REVIEW_OVERDUE"}. */
  String rule();

  Severity severity();

  /** What it is about. */
  Subject subject();

  /** A sentence a person can act on. */
  String message();

  /** The figures and dates that made the rule fire, by name, in a stable order; none unless given. */
  @Value.Default
  default Evidence evidence() {
    return Evidence.none();
  }

  /** The rule's source: the minutes, report or law it enforces. */
  String source();

  /** The waiver that covers it, if one does. */
  Optional<Waived> waived();

  /**
   * What the finding is about, as a stable key: its rule, its subject, and, for a rule that can
   * find several things on one subject, the evidence that tells them apart (the pot of a grant,
   * the organisation a ToR lists, the council, the strand, the rollover), such as {@code
   * "TOR_REVIEW_OVERDUE/KCSP"} or {@code "GRANT_POT_OVERCOMMITTED/CRG-2019-20/pot=UPFRONT"}.
   *
   * <p>It stays the same across runs, evaluation dates and edits of the record that do not change
   * what the finding is about (a figure, a message, a waiver), and differs between the findings of
   * one report. Reports match findings by it: what is new, resolved or changed since another
   * report, what falls due, a calendar event's {@code UID}. Each rule declares the evidence it
   * takes in {@code @fingerprint}, beside its other metadata; a finding built without one has its
   * rule and subject's id.
   */
  @Value.Default
  default String fingerprint() {
    return Fingerprints.of(rule(), subject().id(), evidence(), List.of());
  }

  /**
   * Where its subject is in the record checked: the subject's object, by JSON path, with the file,
   * line and column for a record read from a file ({@link org.kcsp.model.io.RecordLocations}); the
   * path alone for a record built in code. Empty when the record holds no subject of its kind and
   * id (a custom rule may report on any id). Equality leaves it out: equal records give equal
   * findings wherever they were read from.
   */
  @Value.Auxiliary
  Optional<Location> location();

  /** Whether it is open: not waived. */
  default boolean isOpen() {
    return waived().isEmpty();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. */
  final class Builder extends ImmutableFinding.Builder {}
}

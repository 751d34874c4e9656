package org.kcsp.examples.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Severity;

/**
 * What the differential test compares of a finding: its rule, the id of its subject, its severity,
 * whether it is waived, and the evidence that tells it apart from the other findings of its rule on
 * the same subject or that states the figure it is about ({@link Catalogue#keyEvidence}: the
 * missing kind, the strand, the council, the pot, the number of counterparts, the due date...).
 * Messages and the rest of the evidence are worded by each checker and left out.
 *
 * @param rule the rule's id, such as {@code "TOR_REVIEW_OVERDUE"}
 * @param subject the id the finding is reported on
 * @param severity the finding's severity
 * @param detail the key evidence, {@code "name=value"} joined by {@code ", "} in the catalogue's order; empty when none
 * @param waived whether a live waiver covers it
 */
public record ReferenceFinding(String rule, String subject, Severity severity, String detail, boolean waived)
    implements Comparable<ReferenceFinding> {

  private static final Comparator<ReferenceFinding> ORDER =
      Comparator.comparing(ReferenceFinding::rule)
          .thenComparing(ReferenceFinding::subject)
          .thenComparing(ReferenceFinding::severity)
          .thenComparing(ReferenceFinding::detail)
          .thenComparing(ReferenceFinding::waived);

  /** The same, taken from an engine's finding. */
  public static ReferenceFinding of(Finding finding) {
    return new ReferenceFinding(finding.rule(), finding.subject().id(), finding.severity(),
        keyEvidence(finding.rule(), finding.evidence()), !finding.isOpen());
  }

  /** The key evidence of a finding of {@code rule}, from all of its evidence. */
  static String keyEvidence(String rule, Map<String, String> evidence) {
    List<String> parts = new ArrayList<>();
    for (String key : Catalogue.keyEvidence(rule)) {
      String value = evidence.get(key);
      if (value != null) {
        parts.add(key + "=" + value);
      }
    }
    return String.join(", ", parts);
  }

  /** The same finding, waived or open. */
  ReferenceFinding withWaived(boolean waived) {
    return new ReferenceFinding(rule, subject, severity, detail, waived);
  }

  @Override
  public int compareTo(ReferenceFinding other) {
    return ORDER.compare(this, other);
  }

  /** {@code TOR_REVIEW_OVERDUE KCSP ERROR (dueDate=2022-07-15)}, with {@code waived} when it is. */
  @Override
  public String toString() {
    return rule + " " + subject + " " + severity + (detail.isEmpty() ? "" : " (" + detail + ")") + (waived ? " waived" : "");
  }
}

package org.kcsp.examples.reference;

import java.util.Comparator;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Severity;

/**
 * What the differential test compares of a finding: its rule, the id of its subject and its
 * severity. Messages and evidence are left out on purpose: they are worded by each checker.
 *
 * @param rule the rule's id, such as {@code "TOR_REVIEW_OVERDUE"}
 * @param subject the id the finding is reported on
 * @param severity the finding's severity
 */
public record ReferenceFinding(String rule, String subject, Severity severity)
    implements Comparable<ReferenceFinding> {

  private static final Comparator<ReferenceFinding> ORDER =
      Comparator.comparing(ReferenceFinding::rule)
          .thenComparing(ReferenceFinding::subject)
          .thenComparing(ReferenceFinding::severity);

  /** The same triple, taken from an engine's finding. */
  public static ReferenceFinding of(Finding finding) {
    return new ReferenceFinding(finding.rule(), finding.subject().id(), finding.severity());
  }

  @Override
  public int compareTo(ReferenceFinding other) {
    return ORDER.compare(this, other);
  }

  /** {@code TOR_REVIEW_OVERDUE KCSP ERROR}. */
  @Override
  public String toString() {
    return rule + " " + subject + " " + severity;
  }
}

package org.kcsp.examples.reference;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Severity;

/**
 * What the differential test compares of a finding: its rule, the id of its subject, its severity,
 * and for the rules that report one finding per subject with a count (duplicate funding: one
 * finding per project, counting its counterparts), that count. Messages and the rest of the
 * evidence are left out on purpose: they are worded by each checker.
 *
 * @param rule the rule's id, such as {@code "TOR_REVIEW_OVERDUE"}
 * @param subject the id the finding is reported on
 * @param severity the finding's severity
 * @param detail for duplicate funding, how many counterparts ({@code "3 counterparts"}); else empty
 */
public record ReferenceFinding(String rule, String subject, Severity severity, String detail)
    implements Comparable<ReferenceFinding> {

  /** The rule that reports one finding per live project, counting the project's counterparts. */
  static final String DUPLICATE_FUNDING = "PROJECT_DUPLICATE_FUNDING";

  private static final Comparator<ReferenceFinding> ORDER =
      Comparator.comparing(ReferenceFinding::rule)
          .thenComparing(ReferenceFinding::subject)
          .thenComparing(ReferenceFinding::severity)
          .thenComparing(ReferenceFinding::detail);

  /** A finding with nothing to count. */
  public ReferenceFinding(String rule, String subject, Severity severity) {
    this(rule, subject, severity, "");
  }

  /** A duplicate-funding finding on a project with this many counterparts. */
  static ReferenceFinding duplicateFunding(String project, int counterparts) {
    return new ReferenceFinding(DUPLICATE_FUNDING, project, Severity.ERROR,
        counterparts + (counterparts == 1 ? " counterpart" : " counterparts"));
  }

  /** The same, taken from an engine's finding. */
  public static ReferenceFinding of(Finding finding) {
    if (finding.rule().equals(DUPLICATE_FUNDING)) {
      int count = Integer.parseInt(finding.evidence().getOrDefault("count", "0"));
      return new ReferenceFinding(finding.rule(), finding.subject().id(), finding.severity(),
          count + (count == 1 ? " counterpart" : " counterparts"));
    }
    return new ReferenceFinding(finding.rule(), finding.subject().id(), finding.severity());
  }

  /**
   * The findings of a report for the reference's {@link ReferenceChecker#RULES}. A second
   * duplicate-funding finding on one project (the rule reports one per project) is kept apart,
   * with the detail {@code "another finding"}, so that a comparison shows it.
   */
  public static Set<ReferenceFinding> of(ComplianceReport report) {
    Set<ReferenceFinding> findings = new TreeSet<>();
    Set<String> projects = new HashSet<>();
    for (Finding finding : report.findings()) {
      if (!ReferenceChecker.RULES.contains(finding.rule())) {
        continue;
      }
      ReferenceFinding found = of(finding);
      if (found.rule().equals(DUPLICATE_FUNDING) && !projects.add(found.subject())) {
        found = new ReferenceFinding(found.rule(), found.subject(), found.severity(), "another finding");
      }
      findings.add(found);
    }
    return findings;
  }

  @Override
  public int compareTo(ReferenceFinding other) {
    return ORDER.compare(this, other);
  }

  /** {@code TOR_REVIEW_OVERDUE KCSP ERROR}, {@code PROJECT_DUPLICATE_FUNDING p1 ERROR (2 counterparts)}. */
  @Override
  public String toString() {
    return rule + " " + subject + " " + severity + (detail.isEmpty() ? "" : " (" + detail + ")");
  }
}

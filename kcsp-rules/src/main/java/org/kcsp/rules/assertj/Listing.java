package org.kcsp.rules.assertj;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Gap;

/**
 * Findings and gaps in failure messages, one a line under the sentence that lists them: for a
 * finding its severity, rule, subject, whether it is waived, message, and the evidence on a line of
 * its own; for a gap its rule, subject, path and message.
 */
final class Listing {

  private static final String LINE = System.lineSeparator();

  private Listing() {}

  /** After "found": {@code "2:"} and the findings. */
  static String found(List<Finding> findings) {
    return findings.size() + ":" + lines(findings);
  }

  /** {@code "no findings"}, or {@code "1 finding:"} or {@code "2 findings:"} and the findings. */
  static String findings(List<Finding> findings) {
    return findings.isEmpty() ? "no findings" : count(findings.size(), "finding", "findings") + ":" + lines(findings);
  }

  /** {@code "1 finding"}, {@code "2 findings"}. */
  static String count(int count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }

  /** The findings, each on a new line. */
  static String lines(List<Finding> findings) {
    StringBuilder text = new StringBuilder();
    for (Finding finding : findings) {
      text.append(LINE).append("  ").append(finding.severity()).append(' ').append(finding.rule())
          .append(" on ").append(finding.subject()).append(finding.isOpen() ? "" : " (waived)")
          .append(": ").append(finding.message());
      if (!finding.evidence().isEmpty()) {
        text.append(LINE).append("    evidence: ").append(finding.evidence().entrySet().stream()
            .map(Map.Entry::toString)
            .collect(Collectors.joining(", ")));
      }
    }
    return text.toString();
  }

  /** After "found": {@code "2:"} and the gaps. */
  static String foundGaps(List<Gap> gaps) {
    return gaps.size() + ":" + gapLines(gaps);
  }

  /** {@code "no gaps"}, or {@code "1 gap:"} or {@code "2 gaps:"} and the gaps. */
  static String gaps(List<Gap> gaps) {
    return gaps.isEmpty() ? "no gaps" : count(gaps.size(), "gap", "gaps") + ":" + gapLines(gaps);
  }

  /** The gaps, each on a new line. */
  static String gapLines(List<Gap> gaps) {
    StringBuilder text = new StringBuilder();
    for (Gap gap : gaps) {
      text.append(LINE).append("  ").append(gap.rule()).append(" on ").append(gap.subject())
          .append(" at ").append(gap.missing()).append(": ").append(gap.message());
    }
    return text.toString();
  }
}

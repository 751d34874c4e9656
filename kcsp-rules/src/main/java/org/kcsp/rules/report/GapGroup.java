package org.kcsp.rules.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Gap;

/**
 * The gaps of a report at one place in the record: what to record there, and every rule that
 * needs it, on its subject. The people-facing reports list these rather than the gaps one by one,
 * so that an amount two rules need is asked for once.
 *
 * @param missing the JSON path of what to record
 * @param message what to record, in the words of the first gap of the group in report order
 * @param gaps the gaps at that path, in report order
 */
record GapGroup(String missing, String message, List<Gap> gaps) {

  /** The report's gaps grouped by path, each group where the report first lists its path. */
  static List<GapGroup> of(ComplianceReport report) {
    Map<String, List<Gap>> byPath = new LinkedHashMap<>();
    for (Gap gap : report.gaps()) {
      // toString: the path's text, whatever its type
      byPath.computeIfAbsent(gap.missing().toString(), path -> new ArrayList<>()).add(gap);
    }
    List<GapGroup> groups = new ArrayList<>(byPath.size());
    byPath.forEach((path, gaps) -> groups.add(new GapGroup(path, gaps.get(0).message(), List.copyOf(gaps))));
    return groups;
  }

  /** The number of distinct rules with a gap in the report. */
  static long rules(ComplianceReport report) {
    return report.gaps().stream().map(Gap::rule).distinct().count();
  }
}

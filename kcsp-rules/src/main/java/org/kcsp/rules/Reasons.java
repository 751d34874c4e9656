package org.kcsp.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kcsp.rules.spi.Text;

/**
 * The reason of a rule that applied, by its outcome ({@link RuleResult#reason()}): its findings,
 * its gaps, and what it checked. Why a rule did not apply comes from its needs.
 */
final class Reasons {

  /** How many subjects with gaps a reason names before it only counts them. */
  private static final int NAMED = 3;

  private Reasons() {}

  /**
   * {@code "3 grants checked"}, {@code "2 open findings; 3 grants checked"}, {@code "1 finding,
   * waived; 1 partnership checked"}, {@code "2 gaps on grant CRG-2019-20; 2 grants checked"}.
   *
   * @param checked what the rule checked, counted: {@code "3 grants"}
   */
  static String of(Outcome outcome, int open, int waived, List<Gap> gaps, String checked) {
    List<String> parts = new ArrayList<>(3);
    switch (outcome) {
      case FAIL -> {
        parts.add(count(open, "open finding", "open findings"));
        if (waived > 0) {
          parts.add(waived + " waived");
        }
      }
      case WAIVED -> parts.add(waived == 1 ? "1 finding, waived" : waived + " findings, all waived");
      case NOT_ASSESSED, PASS -> { }
      case NOT_APPLICABLE -> throw new IllegalArgumentException("a rule that does not apply has the reason of its needs");
    }
    if (!gaps.isEmpty()) {
      parts.add(count(gaps.size(), "gap", "gaps") + " on " + subjects(gaps));
    }
    String said = String.join(", ", parts);
    return (said.isEmpty() ? "" : said + "; ") + checked + " checked";
  }

  /** {@code grant CRG-2019-20}, {@code grant CRG-2019-20 and grant CRG-2020-21}, or {@code 4 subjects}. */
  private static String subjects(List<Gap> gaps) {
    Set<Subject> subjects = new LinkedHashSet<>();
    gaps.forEach(gap -> subjects.add(gap.subject()));
    if (subjects.size() > NAMED) {
      return subjects.size() + " subjects";
    }
    return Text.list(subjects.stream()
        .map(s -> s.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + s.id())
        .toList());
  }

  private static String count(long count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }
}

package org.kcsp.rules.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.kcsp.rules.Finding;

/**
 * Puts findings in {@link Finding#ORDER}, as {@code findings.sort(Finding.ORDER)} does, and in the
 * same order, faster when there are many of them.
 *
 * <p>A record of 100,000 projects can have 100,000 findings of one rule, which {@link Finding#ORDER}
 * tells apart by their subject's id. Sorting the findings themselves follows, for each of some two
 * million comparisons, a finding to its severity, its rule, its subject and the subject's id: objects
 * made one by one during the check and spread over hundreds of megabytes, so that most comparisons
 * wait for memory, and the sort took a third of such a check. Here the first three keys are copied
 * into small objects made together, one after another, which the sort compares; only findings
 * alike in all three are compared by {@link Finding#ORDER} itself, whose remaining keys decide. The
 * subject's id is copied with its first eight characters as a number ({@link IdPrefix}), so that ids
 * are compared without reading them unless they begin alike.
 */
public final class FindingSort {

  /** Below this, the findings are sorted as they are: copying keys would cost more than it saves. */
  static final int DIRECT = 64;

  private FindingSort() {}

  /** Sorts {@code findings}, a modifiable list, in {@link Finding#ORDER}; stable, as {@link List#sort} is. */
  public static void sort(List<Finding> findings) {
    int size = findings.size();
    if (size < DIRECT) {
      findings.sort(Finding.ORDER);
      return;
    }
    Keyed[] keyed = new Keyed[size];
    for (int i = 0; i < size; i++) {
      Finding finding = findings.get(i);
      String subject = finding.subject().id();
      keyed[i] = new Keyed(finding.severity().ordinal(), finding.rule(), IdPrefix.of(subject), subject, finding);
    }
    Arrays.sort(keyed, KEYED_ORDER);
    for (int i = 0; i < size; i++) {
      findings.set(i, keyed[i].finding);
    }
  }

  /** {@link Finding#ORDER}: severity, rule, subject id from the copied keys, then the finding's own keys. */
  private static final Comparator<Keyed> KEYED_ORDER = (a, b) -> {
    int by = Integer.compare(a.severity, b.severity);
    if (by == 0) {
      by = compare(a.rule, b.rule);
    }
    if (by == 0) {
      by = IdPrefix.compare(a.prefix, a.subject, b.prefix, b.subject);
    }
    return by != 0 ? by : Finding.ORDER.compare(a.finding, b.finding);
  };

  /** {@link String#compareTo}, at once for the same string, as rule ids often are. */
  private static int compare(String a, String b) {
    return a == b ? 0 : a.compareTo(b);
  }

  private record Keyed(int severity, String rule, long prefix, String subject, Finding finding) {}
}

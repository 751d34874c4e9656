package org.kcsp.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rules an engine runs, with the metadata declared beside each of them in its DRL. The
 * catalogue cannot drift from the rules: it is read from the rule base itself.
 *
 * <pre>{@code
 * RuleCatalog catalog = ComplianceEngine.standard().catalog();
 * catalog.rule("GRANT_TACTICAL_POT_OVER_CAP").orElseThrow().source();
 * }</pre>
 */
public final class RuleCatalog {

  private final List<RuleDescriptor> rules;

  RuleCatalog(List<RuleDescriptor> rules) {
    this.rules = rules.stream().sorted(Comparator.comparing(RuleDescriptor::id)).toList();
  }

  /** Every rule, by id. */
  public List<RuleDescriptor> rules() {
    return rules;
  }

  /** The rule with this id. */
  public Optional<RuleDescriptor> rule(String id) {
    return rules.stream().filter(rule -> rule.id().equals(id)).findFirst();
  }

  /** The ids most like {@code id}, nearest first: for "did you mean" messages. */
  public List<String> nearest(String id, int count) {
    return nearest(rules.stream().map(RuleDescriptor::id).toList(), id, count);
  }

  /**
   * The ids of {@code ids} most like {@code id}, nearest first (edit distance, ignoring case; ties
   * in id order): for "did you mean" messages about ids of any set of rules, such as those a
   * report checked.
   */
  public static List<String> nearest(java.util.Collection<String> ids, String id, int count) {
    return ids.stream()
        .sorted(Comparator.comparingInt((String known) -> distance(known, id)).thenComparing(known -> known))
        .limit(count)
        .toList();
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = Character.toUpperCase(a.charAt(i - 1)) == Character.toUpperCase(b.charAt(j - 1)) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}

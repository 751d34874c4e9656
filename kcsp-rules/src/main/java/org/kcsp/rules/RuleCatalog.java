package org.kcsp.rules;

import java.util.Comparator;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.kcsp.model.Spelling;

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
  public static List<String> nearest(Collection<String> ids, String id, int count) {
    return Spelling.nearest(ids, id, count);
  }
}

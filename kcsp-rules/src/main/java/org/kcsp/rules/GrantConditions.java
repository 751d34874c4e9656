package org.kcsp.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kcsp.rules.internal.RuleBase;

/**
 * A funder's conditions on its grants, as a unit of rules (kind G): a grant under them is checked
 * by their rules, a grant not under them is not, and for it their rules are NOT_APPLICABLE (the
 * rule is not in the grant's conditions). A grant is under the conditions its policy gives by
 * default ({@link Policy#grantConditions()}: {@code kcsp}'s grants are under {@code
 * kent-pcc-crime-reduction-grant}, {@code england}'s under none).
 *
 * <pre>{@code
 * GrantConditions.builtIn("kent-pcc-crime-reduction-grant").orElseThrow().rules();
 * // [GRANT_TACTICAL_POT_OVER_CAP, PROJECT_AWAITING_FUNDER_APPROVAL, PROJECT_BUSINESS_CASE_LATE, PROJECT_LOCAL_SCOPE]
 * }</pre>
 *
 * @param id its name, such as {@code "kent-pcc-crime-reduction-grant"}
 * @param title what it is, in words
 * @param rules the ids of its rules, in id order
 */
public record GrantConditions(String id, String title, List<String> rules) {

  /**
   * The Kent Police and Crime Commissioner's Crime Reduction Grant: the one-third tactical pot,
   * chair then funder approval, business case deadlines, countywide projects.
   */
  public static final String KENT_PCC_CRIME_REDUCTION_GRANT = "kent-pcc-crime-reduction-grant";

  public GrantConditions {
    rules = List.copyOf(rules);
  }

  private static final class BuiltIn {
    static final Map<String, GrantConditions> ALL = Map.of(KENT_PCC_CRIME_REDUCTION_GRANT, new GrantConditions(
        KENT_PCC_CRIME_REDUCTION_GRANT,
        "The Kent PCC's Crime Reduction Grant: the tactical pot within its cap, chair then funder approval,"
            + " business cases by the deadline, countywide projects",
        RuleBase.shared().metadata().values().stream()
            .filter(rule -> rule.kind() == RuleKind.GRANT_CONDITION)
            .map(rule -> rule.id())
            .sorted()
            .toList()));
  }

  /** The built-in grant conditions, by id. */
  public static List<GrantConditions> builtIns() {
    return BuiltIn.ALL.values().stream().sorted(java.util.Comparator.comparing(GrantConditions::id)).toList();
  }

  /** The built-in grant conditions of this id, if there are. */
  public static Optional<GrantConditions> builtIn(String id) {
    return Optional.ofNullable(BuiltIn.ALL.get(id));
  }
}

package org.kcsp.rules;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.kcsp.model.GrantConditions;
import org.kcsp.rules.internal.PreparedFacts;
import org.kcsp.rules.spi.Needs;
import org.kcsp.rules.spi.PolicyFact;

/**
 * Whether a rule that found nothing applies to one check's facts (PASS) or not (NOT_APPLICABLE),
 * and why not. A rule of grant conditions (kind G) applies only as the grants under its conditions
 * and their projects would have it: its needs are judged on the facts of those grants alone. Rules
 * share their needs: each is worked out once a check, for all grants and for each set of
 * conditions asked about.
 */
final class RuleApplicability {

  /** Whether a rule applies, and if not, why. */
  enum Verdict {
    /** The record holds the data the rule needs: PASS when it finds nothing. */
    APPLIES(null),
    /** The record holds none of the data the rule needs. */
    NO_DATA(null),
    /**
     * A grant rule whose needs only grants outside its conditions meet: the rule is not in those
     * grants' conditions. So too when the record leaves its grants not recorded and the policy puts
     * no grant under those conditions by default ({@code england}).
     */
    OUTSIDE_CONDITIONS("not in the grant's conditions");

    private final String reason;

    Verdict(String reason) {
      this.reason = reason;
    }

    /** The reason a rule result gives for it, where it has one of its own. */
    String reason() {
      return reason;
    }
  }

  private final PreparedFacts facts;
  private final Map<Needs, Boolean> met = new EnumMap<>(Needs.class);
  private final Map<GrantConditions, PreparedFacts> underConditions = new EnumMap<>(GrantConditions.class);
  private final Map<GrantConditions, Map<Needs, Boolean>> metUnderConditions = new EnumMap<>(GrantConditions.class);

  RuleApplicability(PreparedFacts facts) {
    this.facts = facts;
  }

  /** The grant conditions the check's policy puts a grant under when it names none of its own. */
  private Set<GrantConditions> policyConditions() {
    return facts.all(PolicyFact.class).stream().findFirst().map(PolicyFact::grantConditions).orElse(Set.of());
  }

  /**
   * The verdict for a rule with these needs.
   *
   * @param conditions the grant conditions the rule is one of, or null for a rule of no grant conditions
   */
  Verdict of(Needs needs, GrantConditions conditions) {
    boolean anyGrant = met.computeIfAbsent(needs, facts::meets);
    if (conditions == null) {
      return anyGrant ? Verdict.APPLIES : Verdict.NO_DATA;
    }
    if (!anyGrant) {
      // grants not recorded (version 2): under a policy that puts no grant under these conditions
      // by default, the rule is not in the conditions of any grant the record leaves out
      return !facts.view().isRecorded("grants") && !policyConditions().contains(conditions)
          ? Verdict.OUTSIDE_CONDITIONS : Verdict.NO_DATA;
    }
    PreparedFacts under = underConditions.computeIfAbsent(conditions, facts::underConditions);
    boolean underThem = metUnderConditions.computeIfAbsent(conditions, name -> new EnumMap<>(Needs.class))
        .computeIfAbsent(needs, under::meets);
    return underThem ? Verdict.APPLIES : Verdict.OUTSIDE_CONDITIONS;
  }
}

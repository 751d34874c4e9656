package org.kcsp.examples.reference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kcsp.model.BuiltInPolicy;
import org.kcsp.rules.Severity;

/**
 * The rule catalogue as rules.md states it, for the reference checker: each rule's id, default
 * severity, kind (S statutory, O the partnership's own record, G a grant condition, K a resolution
 * of the KCSP's), its family, and the evidence a differential comparison keeps of its findings.
 * Written out from the specification, not read from the rule base, so that a rule the engine lost
 * or renamed shows as a difference.
 */
final class Catalogue {

  /** The families of rules, in the order the reference was written. */
  enum Family {
    TERMS_OF_REFERENCE_AND_MEMBERSHIP,
    MEETINGS_AND_SCRUTINY,
    AGREEMENT,
    GRANTS,
    PROJECTS,
    REVIEWS_AND_WAIVERS,
    STATUTORY
  }

  /** One rule of the catalogue. */
  record Rule(String id, Severity severity, char kind, Family family, List<String> keyEvidence) {}

  private static final Map<String, Rule> RULES = new LinkedHashMap<>();

  private static void rule(String id, Severity severity, char kind, Family family, String... keyEvidence) {
    RULES.put(id, new Rule(id, severity, kind, family, List.of(keyEvidence)));
  }

  static {
    Family tor = Family.TERMS_OF_REFERENCE_AND_MEMBERSHIP;
    rule("TOR_MISSING", Severity.ERROR, 'S', tor);
    rule("TOR_REVIEW_OVERDUE", Severity.ERROR, 'O', tor, "dueDate");
    rule("TOR_REVIEW_NOT_ALIGNED", Severity.WARNING, 'K', tor, "daysApart");
    rule("TOR_SUBGROUP_NOT_APPROVED_BY_PARENT", Severity.ERROR, 'O', tor, "approvedBy");
    rule("TOR_NOT_ON_AGENDA", Severity.WARNING, 'K', tor);
    rule("TOR_LISTS_DEFUNCT_MEMBER", Severity.ERROR, 'S', tor, "organisation");
    rule("MEMBERSHIP_RESPONSIBLE_AUTHORITY_MISSING", Severity.ERROR, 'S', tor, "missingKind", "council");
    rule("ISA_NOT_SIGNED", Severity.WARNING, 'O', tor, "version");
    Family grants = Family.GRANTS;
    rule("GRANT_TACTICAL_POT_OVER_CAP", Severity.ERROR, 'G', grants, "cap");
    rule("GRANT_SPLIT_MISMATCH", Severity.ERROR, 'O', grants, "difference");
    rule("GRANT_POT_OVERCOMMITTED", Severity.ERROR, 'O', grants, "pot", "committed");
    rule("GRANT_ROLLOVER_PENDING", Severity.WARNING, 'O', grants, "amount", "intoPot", "fromGrant", "requestedOn");
    rule("GRANT_UNDERSPEND_RISK", Severity.WARNING, 'O', grants, "uncommitted");
    rule("GRANT_REPORTED_TOTAL_MISMATCH", Severity.ERROR, 'O', grants, "basis", "statedIn", "computed");
    rule("GRANT_AMOUNTS_UNKNOWN", Severity.INFO, 'O', grants, "count");
    Family projects = Family.PROJECTS;
    rule("PROJECT_DUPLICATE_FUNDING", Severity.ERROR, 'O', projects, "count");
    rule("PROJECT_POSSIBLE_DUPLICATE_FUNDING", Severity.WARNING, 'O', projects, "count");
    rule("PROJECT_AWAITING_FUNDER_APPROVAL", Severity.WARNING, 'G', projects);
    rule("PROJECT_OUTCOME_REPORT_OVERDUE", Severity.WARNING, 'O', projects, "dueDate");
    rule("PROJECT_BUSINESS_CASE_LATE", Severity.ERROR, 'G', projects);
    rule("PROJECT_LOCAL_SCOPE", Severity.WARNING, 'G', projects);
    rule("PROJECT_NOT_LINKED_TO_PRIORITY", Severity.WARNING, 'O', projects);
    Family meetings = Family.MEETINGS_AND_SCRUTINY;
    rule("MEETING_MINUTES_NOT_APPROVED", Severity.WARNING, 'O', meetings);
    rule("MEETING_FREQUENCY_BELOW_TOR", Severity.WARNING, 'O', meetings, "meetingsHeld", "meetingsPerYear");
    rule("SCRUTINY_NOT_ANNUAL", Severity.ERROR, 'S', meetings, "council");
    Family agreement = Family.AGREEMENT;
    rule("AGREEMENT_PRIORITY_WITHOUT_ACTION", Severity.WARNING, 'O', agreement);
    rule("AGREEMENT_ACTION_WITHOUT_OUTCOME", Severity.INFO, 'O', agreement);
    rule("AGREEMENT_NO_QUALITATIVE_OUTCOMES", Severity.INFO, 'K', agreement);
    rule("AGREEMENT_REFRESH_OVERDUE", Severity.WARNING, 'S', agreement, "dueDate");
    Family reviews = Family.REVIEWS_AND_WAIVERS;
    rule("DHR_DECISION_LATE", Severity.WARNING, 'S', reviews, "decisionDue");
    rule("DHR_SUBMISSION_LATE", Severity.WARNING, 'S', reviews, "submissionDue");
    rule("WAIVER_EXPIRED", Severity.INFO, 'O', reviews, "waivedRule");
    rule("WAIVER_UNUSED", Severity.INFO, 'O', reviews, "waivedRule");
    Family statutory = Family.STATUTORY;
    rule("MEMBERSHIP_NOT_RESPONSIBLE_AUTHORITY", Severity.WARNING, 'S', statutory, "organisation", "kind");
    rule("STRATEGIC_ASSESSMENT_OVERDUE", Severity.WARNING, 'S', statutory, "dueDate");
    rule("STRATEGY_STRAND_MISSING", Severity.WARNING, 'S', statutory, "strand");
    rule("SERIOUS_VIOLENCE_STRATEGY_MISSING", Severity.ERROR, 'S', statutory);
    rule("SERIOUS_VIOLENCE_STRATEGY_REVIEW_OVERDUE", Severity.WARNING, 'S', statutory, "dueDate");
  }

  private Catalogue() {}

  /** Every rule, in the catalogue's order. */
  static List<Rule> rules() {
    return List.copyOf(RULES.values());
  }

  /** The rule with this id. */
  static Rule rule(String id) {
    Rule rule = RULES.get(id);
    if (rule == null) {
      throw new IllegalArgumentException("no rule " + id + " in the catalogue");
    }
    return rule;
  }

  static boolean exists(String id) {
    return RULES.containsKey(id);
  }

  /** The evidence kept of a finding of {@code rule}. */
  static List<String> keyEvidence(String rule) {
    Rule known = RULES.get(rule);
    return known == null ? List.of() : known.keyEvidence();
  }

  /**
   * Whether a built-in policy holds the rule: {@code kcsp} every rule; {@code england} the S, O and
   * G rules (the G rules then only for grants under their conditions), not the K rules.
   */
  static boolean holds(BuiltInPolicy policy, String rule) {
    return policy == BuiltInPolicy.KCSP || rule(rule).kind() != 'K';
  }

  /** The ids of the rules of these families. */
  static Set<String> rulesOf(Set<Family> families) {
    Set<String> ids = new TreeSet<>();
    for (Rule rule : RULES.values()) {
      if (families.contains(rule.family())) {
        ids.add(rule.id());
      }
    }
    return Collections.unmodifiableSet(ids);
  }

  /** The ids of every rule. */
  static List<String> ids() {
    return new ArrayList<>(RULES.keySet());
  }
}

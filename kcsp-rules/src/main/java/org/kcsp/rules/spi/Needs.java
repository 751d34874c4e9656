package org.kcsp.rules.spi;

/**
 * What a record must hold, as of the evaluation date, for a rule to apply: the values of a rule's
 * {@code @needs} metadata. A rule that finds nothing and leaves nothing open (no {@link Missing}
 * gap) passes when its needs are met and is NOT_APPLICABLE when they are not, so a record without
 * grants never "passes" a grant rule.
 *
 * <p>Each constant also says which subjects a rule with these needs applies to, and counts them:
 * the report's {@link org.kcsp.rules.RuleResult#checked()} ("3 grants checked"). The needs are met
 * exactly when there is at least one. Choose the constant that counts the subjects of the rule's
 * findings: {@link #AGREEMENT_ACTIONS} for a rule on each action, {@link #ACTION_PLAN} for one on
 * the partnership's action plan as a whole. When they are not met, the report says why in a
 * phrase ("the record holds no grants").
 *
 * <pre>
 * rule "OUR_LARGE_GRANT"
 *   &#64;severity("INFO") &#64;title("Grant over £30,000") &#64;subject("the grant")
 *   &#64;source("Our own policy") &#64;needs("GRANT")
 * when
 *   ...
 * </pre>
 *
 * <p>The words of each constant ({@link #words()}) are the rule catalogue's, shown by {@code kcsp
 * explain}. An application's own rule names one of these; an unknown name is a {@link
 * org.kcsp.rules.RuleDefinitionException} when the engine is built.
 */
public enum Needs {
  /** Every record: the rule always applies. Counts the partnership, once. */
  ALWAYS("always"),
  /**
   * Every record: the rule applies to each body, the partnership and each of its subgroups, and
   * counts them.
   */
  BODIES("always (the partnership and each subgroup)"),
  /** Some body has an approval: a {@link LatestTorFact}. Counts the bodies that have one. */
  BODY_APPROVAL("some body has an approval"),
  /**
   * Some subgroup and its parent both have an approval ({@link LatestTorFact}). Counts those
   * subgroups.
   */
  SUBGROUP_AND_PARENT_APPROVAL("some subgroup and its parent both have an approval"),
  /** Some subgroup has an approval ({@link LatestTorFact}). Counts those subgroups. */
  SUBGROUP_APPROVAL("some subgroup has an approval"),
  /** The partnership has a meeting, of any status ({@link MeetingFact}). Counts the partnership. */
  PARTNERSHIP_MEETING("the partnership has a meeting (any status)"),
  /**
   * Some body's latest ToR lists members ({@link LatestTorFact#listsMembers()}), or may: its
   * membership is not recorded. Counts those terms of reference. When the approvals themselves are
   * not recorded (version 2), the rule applies to each body's latest ToR, whatever it is, and counts
   * the bodies: applicability that depends on a list not recorded makes a rule apply.
   */
  LATEST_TOR_MEMBERS("some body's latest ToR lists members"),
  /** The partnership's latest ToR lists members. Counts the partnership. */
  PARTNERSHIP_TOR_MEMBERS("the partnership's latest ToR lists members"),
  /**
   * There is an ISA version in effect ({@link IsaInEffectFact}) and a member of the partnership's
   * latest ToR that exists ({@link TorMemberFact#exists()}). Counts the organisations of that
   * membership that exist.
   */
  ISA_AND_MEMBER("there is an ISA version in effect and a member that exists"),
  /** There is a grant: a {@link GrantFact}. Counts the grants. */
  GRANT("there is a grant"),
  /** Some grant's sums can be computed ({@link GrantFact#sumsKnown()}). Counts those grants. */
  GRANT_SUMS_KNOWN("some grant's sums can be computed"),
  /**
   * Some grant states its upfront part ({@link GrantFact#upfront()} is not null). Counts those
   * grants.
   */
  GRANT_UPFRONT("some grant gives upfront"),
  /**
   * Some grant has a rollover: a {@link RolloverFact}, or its rollovers are not recorded ({@link
   * GrantFact#rolloversRecorded()} is false, version 2), as a list not recorded makes a rule apply.
   * Counts those grants.
   */
  GRANT_ROLLOVER("some grant has a rollover"),
  /** Some grant states a total of its projects: a {@link ReportedTotalFact}. Counts those grants. */
  REPORTED_TOTAL("some grant has a reported total"),
  /**
   * Some reported total can be computed ({@link ReportedTotalFact#computable()}). Counts the
   * grants that have one.
   */
  REPORTED_TOTAL_COMPUTABLE("some reported total can be computed"),
  /** Some grant has projects ({@link GrantFact#hasProjects()}). Counts those grants. */
  GRANT_PROJECTS("some grant has projects"),
  /**
   * There is a project and a counterpart: another funder's award, or projects in two grants.
   * Counts the projects, of any status.
   */
  PROJECT_AND_COUNTERPART("there is a project and a counterpart (an external award, or projects in two grants)"),
  /**
   * There is a project: a {@link ProjectFact}, or a grant whose projects are not recorded ({@link
   * GrantFact#projectsRecorded()} is false, version 2), or the grants are not recorded, as a list
   * not recorded makes a rule apply. Counts the projects, of any status, each such grant, which
   * stands for its projects, and the partnership when it stands for its grants.
   */
  PROJECT("there is a project"),
  /** Some project has an outcome report ({@link ProjectFact#hasOutcomeReport()}). Counts those projects. */
  PROJECT_OUTCOME_REPORT("some project has an outcomeReport"),
  /**
   * Some grant with projects has a business case deadline ({@link GrantFact#businessCaseDeadline()}),
   * or a grant with a deadline does not record its projects, or the grants are not recorded
   * (version 2), as a list not recorded makes a rule apply. Counts the projects of such grants, each
   * such grant whose projects are not recorded, which stands for them, and the partnership when it
   * stands for its grants.
   */
  GRANT_PROJECTS_DEADLINE("some grant with projects has a businessCaseDeadline"),
  /** There is an agreement and a project. Counts the projects. */
  AGREEMENT_AND_PROJECT("there is an agreement and a project"),
  /** There is a meeting: a {@link MeetingFact}. Counts the meetings, of any status. */
  MEETING("there is a meeting"),
  /**
   * There is a meeting, and some body's latest ToR sets how many meetings a year and its first ToR
   * is at least 12 months old ({@link LatestTorFact#firstAnniversary()} on or before the evaluation
   * date). Counts those bodies.
   */
  MEETING_FREQUENCY(
      "there is a meeting, and some body's latest ToR sets meetingsPerYear and its first ToR is at least 12 months old"),
  /** There is a scrutiny session: a {@link ScrutinyFact}. Counts the partnership. */
  SCRUTINY_SESSION("there is a scrutiny session"),
  /**
   * The agreement has a priority present on the evaluation date: a {@link PriorityFact}. Counts
   * those priorities.
   */
  AGREEMENT_PRIORITY("the agreement has a priority that is not absent"),
  /** The agreement has actions: an {@link ActionFact}. Counts the actions. */
  AGREEMENT_ACTIONS("the agreement has actions"),
  /**
   * The agreement has actions, as {@link #AGREEMENT_ACTIONS}, for a rule on the partnership's
   * action plan as a whole: counts the partnership.
   */
  ACTION_PLAN("the agreement has actions"),
  /** There is an agreement: an {@link AgreementFact}. Counts the partnership. */
  AGREEMENT("there is an agreement"),
  /**
   * There is a domestic homicide review this partnership leads: a {@link ReviewFact} whose {@link
   * ReviewFact#ledBy()} is null. Counts those reviews; a review led by another body is not checked.
   */
  REVIEW("there is a review"),
  /** The record has a waiver, live or not. Counts the waivers. */
  WAIVER("the record has a waiver"),
  /**
   * A DISTRICT or UNITARY partnership in ENGLAND: a {@link StrategicAssessmentsFact} of such a
   * partnership (in version 1, only with an assessment listed on or before the evaluation date).
   */
  STRATEGIC_ASSESSMENT_DUTY("a DISTRICT or UNITARY partnership in ENGLAND (version 1: with an assessment listed)"),
  /**
   * There is an agreement with a priority present on the evaluation date (in version 1, some such
   * priority lists strands): a {@link PriorityStrandsFact}.
   */
  STRATEGY_STRANDS("there is an agreement with a priority present on D (version 1: some priority lists strands)"),
  /**
   * The partnership leads the Serious Violence Duty ({@code seriousViolence.role} is LEAD) and the
   * evaluation date is after the day its strategy was due ({@link SeriousViolenceFact#strategyDue()}).
   */
  SERIOUS_VIOLENCE_STRATEGY_DUE("seriousViolence.role is LEAD and D is after the day the strategy is due by"),
  /**
   * The partnership leads the Serious Violence Duty and a strategy is published on or before the
   * evaluation date ({@link SeriousViolenceFact#lastOn()} is known), or on a date the record does
   * not know ({@link SeriousViolenceFact#publicationUnknown()}).
   */
  SERIOUS_VIOLENCE_STRATEGY_PUBLISHED("seriousViolence.role is LEAD and a strategy is published on or before D");

  private final String words;

  Needs(String words) {
    this.words = words;
  }

  /** The rule catalogue's words for it: {@code "there is a grant"}. */
  public String words() {
    return words;
  }
}

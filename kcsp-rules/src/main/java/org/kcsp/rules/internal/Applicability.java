package org.kcsp.rules.internal;

import java.util.function.Predicate;

/**
 * When a rule applies: the data a record must hold, as of the evaluation date, for the rule to
 * pass or fail rather than be NOT_APPLICABLE. Each rule names one of these in its {@code @needs}
 * metadata; the words are the rule catalogue's.
 */
public enum Applicability {
  ALWAYS("always", facts -> true),
  BODY_APPROVAL("some body has an approval", facts -> facts.any(LatestTor.class)),
  SUBGROUP_AND_PARENT_APPROVAL("some subgroup and its parent both have an approval", facts ->
      facts.all(Body.class).stream().anyMatch(body -> !body.partnership()
          && facts.any(LatestTor.class, t -> t.body().equals(body.id()))
          && facts.any(LatestTor.class, t -> t.body().equals(body.parent())))),
  SUBGROUP_APPROVAL("some subgroup has an approval", facts ->
      facts.all(Body.class).stream().anyMatch(body -> !body.partnership()
          && facts.any(LatestTor.class, t -> t.body().equals(body.id())))),
  PARTNERSHIP_MEETING("the partnership has a meeting (any status)", facts ->
      facts.any(MeetingFact.class, m -> m.body().equals(facts.view().partnership().id()))),
  LATEST_TOR_MEMBERS("some body's latest ToR lists members", facts -> facts.any(LatestTor.class, LatestTor::listsMembers)),
  PARTNERSHIP_TOR_MEMBERS("the partnership's latest ToR lists members", facts ->
      facts.any(LatestTor.class, t -> t.listsMembers() && t.body().equals(facts.view().partnership().id()))),
  ISA_AND_MEMBER("there is an ISA version in effect and a member that exists", facts ->
      facts.any(IsaInEffect.class) && facts.any(TorMember.class, m -> m.partnershipTor() && m.exists())),
  GRANT("there is a grant", facts -> facts.any(GrantFact.class)),
  GRANT_SUMS_KNOWN("some grant's sums can be computed", facts -> facts.any(GrantFact.class, GrantFact::sumsKnown)),
  GRANT_UPFRONT("some grant gives upfront", facts -> facts.any(GrantFact.class, g -> g.upfront() >= 0)),
  GRANT_ROLLOVER("some grant has a rollover", facts -> facts.any(RolloverFact.class)),
  REPORTED_TOTAL_COMPUTABLE("some reported total can be computed", facts ->
      facts.any(ReportedTotalFact.class, ReportedTotalFact::computable)),
  GRANT_PROJECTS("some grant has projects", facts -> facts.any(GrantFact.class, GrantFact::hasProjects)),
  PROJECT_AND_COUNTERPART("there is a project and a counterpart (an external award, or projects in two grants)", facts ->
      facts.any(ProjectFact.class) && (!facts.view().externalAwards().isEmpty()
          || facts.all(ProjectFact.class).stream().map(ProjectFact::grant).distinct().count() > 1)),
  PROJECT("there is a project", facts -> facts.any(ProjectFact.class)),
  PROJECT_OUTCOME_REPORT("some project has an outcomeReport", facts -> facts.any(ProjectFact.class, ProjectFact::hasOutcomeReport)),
  GRANT_PROJECTS_DEADLINE("some grant with projects has a businessCaseDeadline", facts ->
      facts.any(GrantFact.class, g -> g.hasProjects() && g.businessCaseDeadline() != null)),
  AGREEMENT_AND_PROJECT("there is an agreement and a project", facts ->
      facts.any(AgreementFact.class) && facts.any(ProjectFact.class)),
  MEETING("there is a meeting", facts -> facts.any(MeetingFact.class)),
  MEETING_FREQUENCY("there is a meeting, and some body's latest ToR sets meetingsPerYear and its first ToR is at least 12 months old",
      facts -> facts.any(MeetingFact.class) && facts.any(LatestTor.class,
          t -> t.meetingsPerYear() >= 0 && !t.firstAnniversary().isAfter(facts.date()))),
  SCRUTINY_SESSION("there is a scrutiny session", facts -> facts.any(Scrutiny.class)),
  AGREEMENT_PRIORITY("the agreement has a priority that is not absent", facts -> facts.any(PriorityFact.class)),
  AGREEMENT_ACTIONS("the agreement has actions", facts -> facts.any(ActionFact.class)),
  AGREEMENT("there is an agreement", facts -> facts.any(AgreementFact.class)),
  REVIEW("there is a review", facts -> facts.any(ReviewFact.class)),
  WAIVER("the record has a waiver", facts -> !facts.view().waivers().isEmpty());

  private final String words;
  private final Predicate<PreparedFacts> test;

  Applicability(String words, Predicate<PreparedFacts> test) {
    this.words = words;
    this.test = test;
  }

  /** The rule catalogue's words for it. */
  public String words() {
    return words;
  }

  /** Whether the rule applies to these facts. */
  public boolean appliesTo(PreparedFacts facts) {
    return test.test(facts);
  }
}

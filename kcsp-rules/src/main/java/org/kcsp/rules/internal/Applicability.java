package org.kcsp.rules.internal;

import org.kcsp.model.Nation;
import org.kcsp.model.SeriousViolenceRole;
import org.kcsp.model.Tier;
import org.kcsp.rules.spi.ActionFact;
import org.kcsp.rules.spi.AgreementFact;
import org.kcsp.rules.spi.BodyFact;
import org.kcsp.rules.spi.GrantFact;
import org.kcsp.rules.spi.IsaInEffectFact;
import org.kcsp.rules.spi.LatestTorFact;
import org.kcsp.rules.spi.MeetingFact;
import org.kcsp.rules.spi.Needs;
import org.kcsp.rules.spi.PriorityFact;
import org.kcsp.rules.spi.PriorityStrandsFact;
import org.kcsp.rules.spi.ProjectFact;
import org.kcsp.rules.spi.ReportedTotalFact;
import org.kcsp.rules.spi.ReviewFact;
import org.kcsp.rules.spi.RolloverFact;
import org.kcsp.rules.spi.ScrutinyFact;
import org.kcsp.rules.spi.SeriousViolenceFact;
import org.kcsp.rules.spi.StrategicAssessmentsFact;
import org.kcsp.rules.spi.TorMemberFact;

/** Whether a check's facts meet each of the {@link Needs}, as the rule catalogue defines them. */
final class Applicability {

  private Applicability() {}

  static boolean meets(Needs needs, PreparedFacts facts) {
    return switch (needs) {
      case ALWAYS -> true;
      case BODY_APPROVAL -> facts.any(LatestTorFact.class);
      case SUBGROUP_AND_PARENT_APPROVAL -> facts.all(BodyFact.class).stream().anyMatch(body -> !body.partnership()
          && facts.any(LatestTorFact.class, t -> t.body().equals(body.id()))
          && facts.any(LatestTorFact.class, t -> t.body().equals(body.parent())));
      case SUBGROUP_APPROVAL -> facts.all(BodyFact.class).stream().anyMatch(body -> !body.partnership()
          && facts.any(LatestTorFact.class, t -> t.body().equals(body.id())));
      case PARTNERSHIP_MEETING -> facts.any(MeetingFact.class, m -> m.body().equals(facts.view().partnership().id()));
      case LATEST_TOR_MEMBERS -> facts.any(LatestTorFact.class, LatestTorFact::listsMembers);
      case PARTNERSHIP_TOR_MEMBERS ->
          facts.any(LatestTorFact.class, t -> t.listsMembers() && t.body().equals(facts.view().partnership().id()));
      case ISA_AND_MEMBER -> facts.any(IsaInEffectFact.class)
          && facts.any(TorMemberFact.class, m -> m.partnershipTor() && m.exists());
      case GRANT -> facts.any(GrantFact.class);
      case GRANT_SUMS_KNOWN -> facts.any(GrantFact.class, GrantFact::sumsKnown);
      case GRANT_UPFRONT -> facts.any(GrantFact.class, g -> g.upfront() != null);
      case GRANT_ROLLOVER -> facts.any(RolloverFact.class);
      case REPORTED_TOTAL_COMPUTABLE -> facts.any(ReportedTotalFact.class, ReportedTotalFact::computable);
      case GRANT_PROJECTS -> facts.any(GrantFact.class, GrantFact::hasProjects);
      case PROJECT_AND_COUNTERPART -> facts.any(ProjectFact.class) && (!facts.view().externalAwards().isEmpty()
          || facts.all(ProjectFact.class).stream().map(ProjectFact::grant).distinct().count() > 1);
      case PROJECT -> facts.any(ProjectFact.class);
      case PROJECT_OUTCOME_REPORT -> facts.any(ProjectFact.class, ProjectFact::hasOutcomeReport);
      case GRANT_PROJECTS_DEADLINE ->
          facts.any(GrantFact.class, g -> g.hasProjects() && g.businessCaseDeadline() != null);
      case AGREEMENT_AND_PROJECT -> facts.any(AgreementFact.class) && facts.any(ProjectFact.class);
      case MEETING -> facts.any(MeetingFact.class);
      case MEETING_FREQUENCY -> facts.any(MeetingFact.class) && facts.any(LatestTorFact.class,
          t -> t.meetingsPerYear() != null && !t.firstAnniversary().isAfter(facts.date()));
      case SCRUTINY_SESSION -> facts.any(ScrutinyFact.class);
      case AGREEMENT_PRIORITY -> facts.any(PriorityFact.class);
      case AGREEMENT_ACTIONS -> facts.any(ActionFact.class);
      case AGREEMENT -> facts.any(AgreementFact.class);
      case REVIEW -> facts.any(ReviewFact.class);
      case WAIVER -> !facts.view().waivers().isEmpty();
      case STRATEGIC_ASSESSMENT_DUTY -> facts.any(StrategicAssessmentsFact.class,
          a -> a.tier() != Tier.COUNTY && a.nation() == Nation.ENGLAND);
      case STRATEGY_STRANDS -> facts.any(PriorityStrandsFact.class);
      case SERIOUS_VIOLENCE_STRATEGY_DUE -> facts.any(SeriousViolenceFact.class,
          sv -> sv.role() == SeriousViolenceRole.LEAD && facts.date().isAfter(sv.strategyDue()));
      case SERIOUS_VIOLENCE_STRATEGY_PUBLISHED -> facts.any(SeriousViolenceFact.class,
          sv -> sv.role() == SeriousViolenceRole.LEAD && (sv.lastOn() != null || sv.publicationUnknown()));
    };
  }
}

package org.kcsp.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kcsp.model.AgendaItem;
import org.kcsp.model.AgendaItemKind;
import org.kcsp.model.DhrDecision;
import org.kcsp.model.DomesticHomicideReview;
import org.kcsp.model.Fraction;
import org.kcsp.model.Grant;
import org.kcsp.model.GrantConditions;
import org.kcsp.model.Meeting;
import org.kcsp.model.Membership;
import org.kcsp.model.Money;
import org.kcsp.model.Organisation;
import org.kcsp.model.OutcomeKind;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Pot;
import org.kcsp.model.Project;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.Rollover;
import org.kcsp.model.ReportedTotal;
import org.kcsp.model.Subgroup;
import org.kcsp.model.TermsOfReference;
import org.kcsp.model.TotalBasis;
import org.kcsp.model.Waiver;
import org.kcsp.rules.SubjectKind;
import org.kcsp.rules.spi.ActionFact;
import org.kcsp.rules.spi.AgreementFact;
import org.kcsp.rules.spi.BodyFact;
import org.kcsp.rules.spi.EvaluationFact;
import org.kcsp.rules.spi.GrantFact;
import org.kcsp.rules.spi.IsaInEffectFact;
import org.kcsp.rules.spi.IsaSignatureFact;
import org.kcsp.rules.spi.LatestTorFact;
import org.kcsp.rules.spi.MeetingFact;
import org.kcsp.rules.spi.MinutesApprovalFact;
import org.kcsp.rules.spi.PolicyFact;
import org.kcsp.rules.spi.PriorityFact;
import org.kcsp.rules.spi.ProjectFact;
import org.kcsp.rules.spi.ReportedTotalFact;
import org.kcsp.rules.spi.ReviewFact;
import org.kcsp.rules.spi.RolloverFact;
import org.kcsp.rules.spi.ScrutinyFact;
import org.kcsp.rules.spi.TorMemberFact;
import org.kcsp.rules.spi.WaiverFact;

/**
 * Prepares the facts of one check from the as-of view of a record: the flat values of {@code
 * org.kcsp.rules.spi} that the rules match, with the dates and sums they compare computed once, as
 * the rule catalogue defines them.
 */
public final class FactPreparation {

  private final PartnershipRecord view;
  private final LocalDate date;
  private final PolicyFact policy;
  private final Map<String, Organisation> organisations = new HashMap<>();
  private final List<Object> facts = new ArrayList<>();

  private FactPreparation(PartnershipRecord view, LocalDate date, PolicyFact policy) {
    this.view = view;
    this.date = date;
    this.policy = policy;
    view.organisations().forEach(o -> organisations.put(o.id(), o));
  }

  /**
   * The facts of {@code view}, which must already be the record as of {@code date}, under {@code
   * policy}: the policy fact itself, and the values worked out from its parameters.
   *
   * @return the facts, in a deterministic order
   */
  public static PreparedFacts prepare(PartnershipRecord view, LocalDate date, PolicyFact policy) {
    FactPreparation preparation = new FactPreparation(view, date, policy);
    preparation.prepare();
    return new PreparedFacts(view, date, List.copyOf(preparation.facts));
  }

  private void prepare() {
    facts.add(policy);
    facts.add(new EvaluationFact(date, date.minusMonths(12), view.partnership().id(), view.partnership().name(),
        view.partnership().tier(), view.agreement().isPresent()));
    bodies();
    termsOfReference();
    meetings();
    informationSharing();
    view.scrutinySessions().forEach(s -> facts.add(new ScrutinyFact(s.id(), s.date(), s.committee())));
    agreement();
    facts.addAll(StatutoryFacts.of(view, date, policy));
    view.domesticHomicideReviews().forEach(this::review);
    view.grants().forEach(this::grant);
    facts.addAll(FundingIndex.matches(view, organisations,
        policy.fraction("PROJECT_POSSIBLE_DUPLICATE_FUNDING", "similarity")));
    waivers();
  }

  private void bodies() {
    facts.add(new BodyFact(view.partnership().id(), view.partnership().name(), null, true));
    for (Subgroup subgroup : view.subgroups()) {
      facts.add(new BodyFact(subgroup.id(), subgroup.name(), subgroup.parent(), false));
    }
  }

  private void termsOfReference() {
    Map<String, TermsOfReference> latest = new LinkedHashMap<>();
    Map<String, TermsOfReference> first = new HashMap<>();
    for (TermsOfReference tor : view.termsOfReference()) {
      latest.merge(tor.body(), tor, (a, b) -> b.approvedOn().isBefore(a.approvedOn()) ? a : b);
      first.merge(tor.body(), tor, (a, b) -> b.approvedOn().isBefore(a.approvedOn()) ? b : a);
    }
    for (TermsOfReference tor : latest.values()) {
      LocalDate firstApproved = first.get(tor.body()).approvedOn();
      Integer meetingsPerYear = tor.meetingsPerYear().isPresent() ? tor.meetingsPerYear().getAsInt() : null;
      facts.add(new LatestTorFact(tor.body(), tor.id(), tor.version(), tor.approvedOn(), tor.approvedBy(),
          tor.reviewIntervalMonths(), tor.reviewDue(), meetingsPerYear, firstApproved,
          firstApproved.plusMonths(12), !tor.membership().isEmpty()));
      boolean partnership = tor.body().equals(view.partnership().id());
      for (Membership member : tor.membership()) {
        Organisation organisation = organisations.get(member.organisation());
        String successor = organisation.succeededBy()
            .map(id -> organisations.get(id).name())
            .orElse(null);
        facts.add(new TorMemberFact(tor.id(), tor.body(), partnership, organisation.id(), organisation.name(),
            organisation.kind(), member.role(), organisation.existsOn(date),
            organisation.ceasedBefore(date) ? organisation.existsUntil().orElseThrow() : null, successor));
      }
    }
  }

  private void meetings() {
    Map<String, Meeting> byId = new HashMap<>();
    view.meetings().forEach(m -> byId.put(m.id(), m));
    for (Meeting meeting : view.meetings()) {
      boolean torItem = meeting.items().stream().anyMatch(i -> i.kind() == AgendaItemKind.TERMS_OF_REFERENCE);
      facts.add(new MeetingFact(meeting.id(), meeting.body(), meeting.date(), meeting.status(), meeting.isHeld(), torItem));
      for (AgendaItem item : meeting.items()) {
        item.approvesMinutesOf().ifPresent(id -> facts.add(new MinutesApprovalFact(id, meeting.id(), meeting.isHeld())));
      }
    }
  }

  private void informationSharing() {
    view.informationSharing().ifPresent(isa -> {
      isa.versionInEffectOn(date).ifPresent(v -> facts.add(new IsaInEffectFact(isa.name(), v.version(), v.effectiveFrom())));
      isa.signatures().forEach(s -> facts.add(new IsaSignatureFact(s.organisation(), s.version(), s.signedOn())));
    });
  }

  private void agreement() {
    view.agreement().ifPresent(agreement -> {
      facts.add(new AgreementFact(agreement.name(), agreement.lastRefreshedOn(),
          agreement.lastRefreshedOn().plusMonths(policy.number("AGREEMENT_REFRESH_OVERDUE", "months"))));
      agreement.priorities().forEach(p -> facts.add(new PriorityFact(p.id(), p.name(), p.isCrossCutting())));
      agreement.actions().forEach(a -> facts.add(new ActionFact(a.id(), a.title(), a.priorities(), a.outcomes().size(),
          (int) a.outcomes().stream().filter(o -> o.kind() == OutcomeKind.QUALITATIVE).count())));
    });
  }

  private void review(DomesticHomicideReview review) {
    boolean commissioned = review.decision().map(d -> d == DhrDecision.COMMISSIONED).orElse(false);
    LocalDate decidedOn = review.decidedOn().orElse(null);
    facts.add(new ReviewFact(review.id(), review.name(), review.notifiedOn(),
        review.notifiedOn().plusMonths(policy.number("DHR_DECISION_LATE", "months")), decidedOn, commissioned,
        commissioned ? decidedOn.plusMonths(policy.number("DHR_SUBMISSION_LATE", "months")) : null,
        review.submittedToHomeOfficeOn().orElse(null)));
  }

  private void grant(Grant grant) {
    List<String> withoutAmount = grant.projects().stream()
        .filter(p -> p.isLive() && p.amount().isEmpty())
        .map(Project::id)
        .toList();
    boolean sumsKnown = withoutAmount.isEmpty();
    LocalDate yearEnd = grant.financialYear().lastDay();
    Fraction cap = tacticalPotCap(grant, policy);
    Set<GrantConditions> conditions = conditionsOf(grant, policy);
    facts.add(new GrantFact(grant.id(), grant.programme(), grant.funder(), organisations.get(grant.funder()).name(),
        grant.financialYear().toString(), grant.financialYear().firstDay(), yearEnd,
        finalMonthStart(yearEnd, "GRANT_UNDERSPEND_RISK"), grant.allocation().pence(), grant.tacticalPot().pence(),
        cap.toString(), cap.of(grant.allocation()).pence(), grant.upfront().map(Money::pence).orElse(null),
        grant.upfrontPot().pence(),
        grant.grantedRollovers(Pot.UPFRONT).pence(), grant.grantedRollovers(Pot.TACTICAL).pence(),
        grant.returnedToFunder().map(m -> m.pence()).orElse(0L), !grant.projects().isEmpty(), sumsKnown,
        sumsKnown ? committed(grant, Pot.UPFRONT) : null, sumsKnown ? committed(grant, Pot.TACTICAL) : null,
        withoutAmount, grant.businessCaseDeadline().orElse(null), conditions));
    for (int i = 0; i < grant.rollovers().size(); i++) {
      Rollover r = grant.rollovers().get(i);
      facts.add(new RolloverFact(grant.id(), i, r.amount().pence(), r.intoPot(), r.permission(),
          r.requestedOn().orElse(null), r.fromGrant().orElse(null)));
    }
    for (int i = 0; i < grant.reportedTotals().size(); i++) {
      ReportedTotal total = grant.reportedTotals().get(i);
      List<Project> basis = grant.projects().stream().filter(p -> counts(total.basis(), p.status())).toList();
      boolean computable = sumsKnown && basis.stream().allMatch(p -> p.amount().isPresent());
      Long computed = computable ? basis.stream().mapToLong(p -> p.amount().orElseThrow().pence()).sum() : null;
      facts.add(new ReportedTotalFact(grant.id(), i, total.basis(), total.amount().pence(), total.statedIn(),
          computable, computed));
    }
    Set<String> priorities = view.agreement()
        .map(a -> a.priorities().stream().map(p -> p.id()).collect(Collectors.toSet()))
        .orElse(Set.of());
    LocalDate projectsFinalMonthStart = finalMonthStart(yearEnd, "PROJECT_AWAITING_FUNDER_APPROVAL");
    for (Project p : grant.projects()) {
      facts.add(new ProjectFact(p.id(), p.title(), grant.id(), grant.financialYear().toString(), yearEnd,
          projectsFinalMonthStart, p.status(), p.isLive(), p.isCommitted(), p.pot(), p.amount().map(Money::pence).orElse(null),
          p.scope(), p.priorities().stream().anyMatch(priorities::contains), p.businessCaseSubmittedOn().orElse(null),
          grant.businessCaseDeadline().orElse(null), p.outcomeReport().isPresent(),
          p.outcomeReport().map(r -> r.due()).orElse(null),
          p.outcomeReport().flatMap(r -> r.submittedOn()).orElse(null), conditions));
    }
  }

  /** The first of the last {@code finalMonthDays} days of a year ending on {@code yearEnd}, as {@code rule} counts them. */
  private LocalDate finalMonthStart(LocalDate yearEnd, String rule) {
    return yearEnd.minusDays(policy.number(rule, "finalMonthDays") - 1L);
  }

  /**
   * A grant's tactical pot cap: the one it states ({@link Grant#statedTacticalPotCap()}, one third
   * included), else the policy's {@code defaultCap}.
   */
  static Fraction tacticalPotCap(Grant grant, PolicyFact policy) {
    return grant.statedTacticalPotCap().orElseGet(() -> policy.fraction("GRANT_TACTICAL_POT_OVER_CAP", "defaultCap"));
  }

  /**
   * The grant conditions a grant is under: those it names ({@link Grant#conditions()}; {@code []}
   * is none), else the policy's default.
   */
  static Set<GrantConditions> conditionsOf(Grant grant, PolicyFact policy) {
    return grant.conditions().<Set<GrantConditions>>map(Set::copyOf).orElse(policy.grantConditions());
  }

  private static Long committed(Grant grant, Pot pot) {
    return grant.projects().stream()
        .filter(p -> p.isCommitted() && p.pot() == pot)
        .mapToLong(p -> p.amount().orElseThrow().pence())
        .sum();
  }

  /** Whether a project of this status counts towards a reported total of this basis. */
  static boolean counts(TotalBasis basis, ProjectStatus status) {
    return switch (basis) {
      case APPROVED -> status == ProjectStatus.APPROVED || status == ProjectStatus.COMPLETED;
      case COMMITTED -> status.isCommitted();
      case REFUNDED -> status == ProjectStatus.REFUNDED;
      case WITHDRAWN -> status == ProjectStatus.WITHDRAWN;
    };
  }

  private void waivers() {
    if (view.waivers().isEmpty()) {
      return;
    }
    Map<String, SubjectKind> kinds = SubjectKinds.of(view);
    Map<String, String> names = SubjectNames.of(view);
    for (Waiver waiver : view.waivers()) {
      facts.add(new WaiverFact(waiver.rule(), waiver.subject(), kinds.get(waiver.subject()), waiver.reason(),
          waiver.approvedBy(), waiver.until(), waiver.appliesOn(date), names.get(waiver.subject())));
    }
  }
}

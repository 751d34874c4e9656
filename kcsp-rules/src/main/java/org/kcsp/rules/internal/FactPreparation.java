package org.kcsp.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Locale;
import org.kcsp.model.Action;
import org.kcsp.model.AgendaItem;
import org.kcsp.model.AgendaItemKind;
import org.kcsp.model.DhrDecision;
import org.kcsp.model.DomesticHomicideReview;
import org.kcsp.model.FinancialYear;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.Fraction;
import org.kcsp.model.Grant;
import org.kcsp.model.GrantConditions;
import org.kcsp.model.Meeting;
import org.kcsp.model.Membership;
import org.kcsp.model.Money;
import org.kcsp.model.Organisation;
import org.kcsp.model.OutcomeKind;
import org.kcsp.model.OutcomeReport;
import org.kcsp.model.Partnership;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Pot;
import org.kcsp.model.Priority;
import org.kcsp.model.Project;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.Rollover;
import org.kcsp.model.ScrutinySession;
import org.kcsp.model.ReportedTotal;
import org.kcsp.model.Subgroup;
import org.kcsp.model.TermsOfReference;
import org.kcsp.model.TotalBasis;
import org.kcsp.model.Waiver;
import org.kcsp.rules.SubjectKind;
import org.kcsp.rules.spi.ActionFact;
import org.kcsp.rules.spi.AgreementFact;
import org.kcsp.rules.spi.BodyFact;
import org.kcsp.rules.spi.CouncilFact;
import org.kcsp.rules.spi.EvaluationFact;
import org.kcsp.rules.spi.GrantFact;
import org.kcsp.rules.spi.IsaInEffectFact;
import org.kcsp.rules.spi.IsaSignatureFact;
import org.kcsp.rules.spi.LatestTorFact;
import org.kcsp.rules.spi.MeetingFact;
import org.kcsp.rules.spi.MinutesApprovalFact;
import org.kcsp.rules.spi.NotRecordedFact;
import org.kcsp.rules.spi.PartnershipFact;
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
  private final RecordPaths paths;
  private final Map<String, Organisation> organisations = new HashMap<>();
  private final List<Object> facts = new ArrayList<>();
  /** How many external awards overlap each financial year asked about. */
  private final Map<FinancialYear, Integer> awardsIn = new HashMap<>();
  /** The ids of the agreement's priorities, once asked for. */
  private Set<String> priorities;

  private FactPreparation(PartnershipRecord record, PartnershipRecord view, LocalDate date, PolicyFact policy) {
    this.view = view;
    this.date = date;
    this.policy = policy;
    this.paths = RecordPaths.of(record);
    view.organisations().forEach(o -> organisations.put(o.id(), o));
  }

  /**
   * The facts of {@code view}, which must already be {@code record} as of {@code date} ({@link
   * PartnershipRecord#viewAsOf}), under {@code policy}: the policy fact itself, and the values
   * worked out from its parameters. The facts are the view's; the places they name in the record
   * (a fact's {@code path}) are the record's as written.
   *
   * @return the facts, in a deterministic order
   */
  public static PreparedFacts prepare(
      PartnershipRecord record, PartnershipRecord view, LocalDate date, PolicyFact policy) {
    FactPreparation preparation = new FactPreparation(record, view, date, policy);
    preparation.prepare();
    return new PreparedFacts(view, date, List.copyOf(preparation.facts));
  }

  private void prepare() {
    facts.add(policy);
    facts.add(new EvaluationFact(date, date.minusMonths(12), view.partnership().id(), view.partnership().name(),
        view.partnership().tier(), view.agreement().isPresent()));
    view.notRecorded().stream().sorted().forEach(key -> facts.add(new NotRecordedFact(ROOT, key)));
    bodies();
    termsOfReference();
    partnership();
    meetings();
    informationSharing();
    scrutinySessions();
    agreement();
    facts.addAll(StatutoryFacts.of(view, date, policy, paths));
    view.domesticHomicideReviews().forEach(this::review);
    view.grants().forEach(this::grant);
    facts.addAll(FundingIndex.matches(view, organisations,
        policy.fraction("PROJECT_POSSIBLE_DUPLICATE_FUNDING", "similarity")));
    waivers();
  }

  /** The owner of the record's root lists and objects, as a {@link NotRecordedFact} names it. */
  private static final String ROOT = "$";

  /** The partnership's shape and life, its councils, and what is known of its latest ToR's members. */
  private void partnership() {
    Partnership partnership = view.partnership();
    LocalDate existsFrom = partnership.existsFrom().orElse(null);
    boolean councilsRecorded = view.format() == FormatVersion.V2 && partnership.isRecorded("councils");
    if (councilsRecorded) {
      partnership.councils().forEach(id -> facts.add(council(id, true)));
      partnership.countyCouncil().ifPresent(id -> facts.add(council(id, false)));
    }
    TermsOfReference latest = latestTor(partnership.id());
    boolean membersRecorded = view.isRecorded("termsOfReference")
        && (latest == null || latest.isRecorded("membership"));
    int existingMembers = latest == null ? 0 : (int) latest.membership().stream()
        .filter(m -> organisations.get(m.organisation()).existsOn(date))
        .count();
    facts.add(new PartnershipFact(partnership.id(), view.format() == FormatVersion.V2, existsFrom,
        existsFrom == null || !existsFrom.plusMonths(12).isAfter(date),
        councilsRecorded ? partnership.councils().size() : 0,
        (int) view.organisations().stream().filter(o -> o.ceasedBefore(date)).count(),
        membersRecorded, existingMembers));
  }

  private CouncilFact council(String id, boolean listed) {
    Organisation council = organisations.get(id);
    return new CouncilFact(id, council.name(), listed, council.existsOn(date));
  }

  /** The body's latest ToR approval on or before D (on equal dates, the one listed last), or null. */
  private TermsOfReference latestTor(String body) {
    TermsOfReference latest = null;
    for (TermsOfReference tor : view.termsOfReference()) {
      if (tor.body().equals(body) && (latest == null || !tor.approvedOn().isBefore(latest.approvedOn()))) {
        latest = tor;
      }
    }
    return latest;
  }

  private void scrutinySessions() {
    List<String> councils = view.partnership().councils();
    for (ScrutinySession session : view.scrutinySessions()) {
      // with one council, a session that names none is that council's
      String council = session.council().orElse(councils.size() == 1 && !session.unknown().contains("council")
          ? councils.get(0) : null);
      facts.add(new ScrutinyFact(session.id(), session.date(), session.committee(), council,
          session.unknown().contains("council"), paths.scrutinySession(session.id())));
    }
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
          firstApproved.plusMonths(12), !tor.membership().isEmpty(), paths.termsOfReference(tor.id())));
      if (!tor.isRecorded("membership")) {
        facts.add(new NotRecordedFact(paths.termsOfReference(tor.id()), "membership"));
      }
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
      String path = paths.meeting(meeting.id());
      facts.add(new MeetingFact(meeting.id(), meeting.body(), meeting.date(), meeting.status(), meeting.isHeld(), torItem,
          path));
      if (!meeting.isRecorded("items")) {
        facts.add(new NotRecordedFact(path, "items"));
      }
      for (AgendaItem item : meeting.items()) {
        item.approvesMinutesOf().ifPresent(id -> facts.add(new MinutesApprovalFact(id, meeting.id(), meeting.isHeld())));
      }
    }
  }

  private void informationSharing() {
    view.informationSharing().ifPresent(isa -> {
      isa.versionInEffectOn(date).ifPresent(v -> facts.add(new IsaInEffectFact(isa.name(), v.version(), v.effectiveFrom())));
      isa.signatures().forEach(s -> facts.add(new IsaSignatureFact(s.organisation(), s.version(), s.signedOn())));
      for (String key : List.of("versions", "signatures")) {
        if (!isa.isRecorded(key)) {
          facts.add(new NotRecordedFact(ROOT + ".informationSharing", key));
        }
      }
    });
  }

  private void agreement() {
    view.agreement().ifPresent(agreement -> {
      String called = view.format() == FormatVersion.V2
          ? agreement.kindFor(view.partnership().tier()).name().toLowerCase(Locale.ROOT).replace('_', ' ')
          : agreement.name();
      facts.add(new AgreementFact(agreement.name(), agreement.lastRefreshedOn(),
          agreement.lastRefreshedOn().plusMonths(policy.number("AGREEMENT_REFRESH_OVERDUE", "months")), called));
      for (Priority p : agreement.priorities()) {
        facts.add(new PriorityFact(p.id(), p.name(), p.isCrossCutting()));
        if (!p.isRecorded("strands")) {
          facts.add(new NotRecordedFact(paths.priority(p.id()), "strands"));
        }
      }
      if (!agreement.isRecorded("actions")) {
        facts.add(new NotRecordedFact(ROOT + ".agreement", "actions"));
      }
      for (Action a : agreement.actions()) {
        String path = paths.action(a.id());
        facts.add(new ActionFact(a.id(), a.title(), a.priorities(), a.outcomes().size(),
            (int) a.outcomes().stream().filter(o -> o.kind() == OutcomeKind.QUALITATIVE).count(), path));
        for (String key : List.of("priorities", "outcomes")) {
          if (!a.isRecorded(key)) {
            facts.add(new NotRecordedFact(path, key));
          }
        }
      }
    });
  }

  private void review(DomesticHomicideReview review) {
    boolean commissioned = review.decision().map(d -> d == DhrDecision.COMMISSIONED).orElse(false);
    LocalDate decidedOn = review.decidedOn().orElse(null);
    int submissionMonths = policy.number("DHR_SUBMISSION_LATE", "months");
    facts.add(new ReviewFact(review.id(), review.name(), review.notifiedOn(),
        review.notifiedOn().plusMonths(policy.number("DHR_DECISION_LATE", "months")), decidedOn, commissioned,
        (commissioned || review.isUnknown("decision")) && decidedOn != null ? decidedOn.plusMonths(submissionMonths) : null,
        review.submittedToHomeOfficeOn().orElse(null), paths.review(review.id()), review.isUnknown("decidedOn"),
        review.isUnknown("submittedToHomeOfficeOn"), review.isUnknown("decision"),
        review.homeOfficeNotifiedOn().orElse(null), review.publishedOn().orElse(null),
        review.notifiedOn().plusMonths(submissionMonths), leader(review)));
  }

  /**
   * The name of who leads a review when it is not this partnership: its {@code ledBy}, unless that
   * is the partnership or one of its subgroups (reading 6 of the rule catalogue); else null.
   */
  private String leader(DomesticHomicideReview review) {
    String ledBy = review.ledBy().orElse(null);
    if (ledBy == null || ledBy.equals(view.partnership().id())
        || view.subgroups().stream().anyMatch(s -> s.id().equals(ledBy))) {
      return null;
    }
    Organisation organisation = organisations.get(ledBy);
    return organisation == null ? ledBy : organisation.name();
  }

  private void grant(Grant grant) {
    FinancialYear financialYear = grant.financialYear();
    String year = financialYear.toString();
    LocalDate yearEnd = financialYear.lastDay();
    Fraction cap = tacticalPotCap(grant, policy);
    // the conditions the grant names (version 2), else its policy's default
    Set<GrantConditions> conditions = conditionsOf(grant, policy);
    Costs costs = Costs.of(grant);
    boolean sumsKnown = costs.liveWithoutAmount.isEmpty();
    // an unknown allocation (version 2) leaves unknown what is worked out from it: the cap, and the
    // upfront pot when the grant does not state it
    Long allocation = grant.knownAllocation().map(Money::pence).orElse(null);
    Long capAmount = grant.knownAllocation().map(a -> cap.of(a).pence()).orElse(null);
    Long upfrontPot = grant.upfront().isPresent() || allocation != null ? grant.upfrontPot().pence() : null;
    LocalDate businessCaseDeadline = grant.businessCaseDeadline().orElse(null);
    facts.add(new GrantFact(grant.id(), paths.grant(grant.id()), grant.programme(), grant.funder(),
        organisations.get(grant.funder()).name(), year, financialYear.firstDay(),
        yearEnd, finalMonthStart(yearEnd, "GRANT_UNDERSPEND_RISK"), allocation,
        grant.tacticalPot().pence(), cap.toString(), capAmount,
        grant.upfront().map(Money::pence).orElse(null), upfrontPot,
        grant.grantedRollovers(Pot.UPFRONT).pence(), grant.grantedRollovers(Pot.TACTICAL).pence(),
        grant.returnedToFunder().map(m -> m.pence()).orElse(0L), !grant.projects().isEmpty(), sumsKnown,
        costs.upfront.exact(), costs.tactical.exact(), List.copyOf(costs.liveWithoutAmount), businessCaseDeadline,
        conditions, costs.upfront.known(), costs.tactical.known(), costs.upfront.withoutAmount(),
        costs.tactical.withoutAmount(), grant.isRecorded("projects"), grant.isRecorded("rollovers"),
        awardsOverlapping(financialYear)));
    for (int i = 0; i < grant.rollovers().size(); i++) {
      Rollover r = grant.rollovers().get(i);
      facts.add(new RolloverFact(grant.id(), i, r.amount().pence(), r.intoPot(), r.permission(),
          r.requestedOn().orElse(null), r.fromGrant().orElse(null)));
    }
    for (int i = 0; i < grant.reportedTotals().size(); i++) {
      ReportedTotal total = grant.reportedTotals().get(i);
      List<Project> basis = grant.projects().stream().filter(p -> counts(total.basis(), p.status())).toList();
      long known = basis.stream().filter(p -> p.amount().isPresent()).mapToLong(p -> p.amount().orElseThrow().pence()).sum();
      List<String> unknown = basis.stream().filter(p -> p.amount().isEmpty()).map(Project::id).toList();
      // with the projects not recorded (version 2), nothing of the sum is known
      boolean computable = unknown.isEmpty() && grant.isRecorded("projects");
      facts.add(new ReportedTotalFact(grant.id(), i, total.basis(), total.amount().pence(), total.statedIn(),
          computable, computable ? known : null, known, unknown));
    }
    LocalDate projectsFinalMonthStart = finalMonthStart(yearEnd, "PROJECT_AWAITING_FUNDER_APPROVAL");
    Set<String> priorities = agreementPriorities();
    RecordPaths.ProjectPaths projectPaths = paths.projects(grant.id());
    for (int i = 0; i < grant.projects().size(); i++) {
      Project p = grant.projects().get(i);
      Money amount = p.amount().orElse(null);
      OutcomeReport report = p.outcomeReport().orElse(null);
      facts.add(new ProjectFact(p.id(), projectPaths.of(p.id(), i), p.title(), grant.id(), year,
          yearEnd, projectsFinalMonthStart, p.status(), p.isLive(), p.isCommitted(), p.pot(),
          amount == null ? null : Long.valueOf(amount.pence()), p.scope(), servesAny(p, priorities),
          p.businessCaseSubmittedOn().orElse(null), businessCaseDeadline, report != null,
          report == null ? null : report.due(), report == null ? null : report.submittedOn().orElse(null),
          conditions, p.isRecorded("priorities"), p.isUnknown("businessCaseSubmittedOn"),
          report != null && report.isUnknown("submittedOn")));
    }
  }

  /** The ids of the agreement's priorities present on D, worked out once. */
  private Set<String> agreementPriorities() {
    if (priorities == null) {
      priorities = view.agreement()
          .map(a -> a.priorities().stream().map(p -> p.id()).collect(Collectors.toSet()))
          .orElse(Set.of());
    }
    return priorities;
  }

  private static boolean servesAny(Project project, Set<String> priorities) {
    if (priorities.isEmpty()) {
      return false;
    }
    for (String priority : project.priorities()) {
      if (priorities.contains(priority)) {
        return true;
      }
    }
    return false;
  }

  /** How many external awards overlap a financial year: counted once per year, whatever the grants of it. */
  private int awardsOverlapping(FinancialYear year) {
    return awardsIn.computeIfAbsent(year,
        y -> (int) view.externalAwards().stream().filter(a -> a.overlaps(y)).count());
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

  /**
   * What the committed projects of a pot cost: the sum of those with an amount, and how many have
   * none.
   */
  private record Committed(long known, int withoutAmount) {

    /** The sum, when every committed project of the pot has an amount; else null. */
    Long exact() {
      return withoutAmount == 0 ? known : null;
    }
  }

  /**
   * What a grant's projects cost, found in one pass over them: what the committed projects of each
   * pot cost, and the ids of the live projects without an amount.
   */
  private record Costs(Committed upfront, Committed tactical, List<String> liveWithoutAmount) {

    static Costs of(Grant grant) {
      long[] known = new long[2];
      int[] withoutAmount = new int[2];
      List<String> liveWithoutAmount = new ArrayList<>(0);
      for (Project p : grant.projects()) {
        Money amount = p.amount().orElse(null);
        if (p.isLive() && amount == null) {
          liveWithoutAmount.add(p.id());
        }
        if (p.isCommitted()) {
          int pot = p.pot() == Pot.UPFRONT ? 0 : 1;
          if (amount != null) {
            known[pot] += amount.pence();
          } else {
            withoutAmount[pot]++;
          }
        }
      }
      return new Costs(new Committed(known[0], withoutAmount[0]), new Committed(known[1], withoutAmount[1]),
          liveWithoutAmount);
    }
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

package org.kcsp.examples.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kcsp.model.ExternalAward;
import org.kcsp.model.FinancialYear;
import org.kcsp.model.Fraction;
import org.kcsp.model.Grant;
import org.kcsp.model.Money;
import org.kcsp.model.OutcomeReport;
import org.kcsp.model.Pot;
import org.kcsp.model.Priority;
import org.kcsp.model.PriorityKind;
import org.kcsp.model.Project;
import org.kcsp.model.ProjectScope;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.ReportedTotal;
import org.kcsp.model.Rollover;
import org.kcsp.model.RolloverPermission;
import org.kcsp.model.Tier;
import org.kcsp.model.TotalBasis;

/**
 * The money of one partnership-year: the Crime Reduction Grant from the police and crime
 * commissioner, with its pots, rollovers, reported totals and 5 to 30 projects, and the awards of
 * other funders, some of which pay for the same activity as a project. Amounts are whole pence;
 * committed projects fill each pot exactly unless an underspend or an overcommitment is planted.
 */
final class FundingYear {

  private static final List<ProjectStatus> STATUSES = List.of(
      ProjectStatus.PROPOSED, ProjectStatus.RECOMMENDED, ProjectStatus.CHAIR_APPROVED, ProjectStatus.APPROVED,
      ProjectStatus.COMPLETED, ProjectStatus.REJECTED, ProjectStatus.WITHDRAWN, ProjectStatus.REFUNDED);
  private static final int[] STATUS_WEIGHTS = {6, 6, 10, 38, 20, 8, 7, 5};

  private final PartnershipYear year;
  private final FinancialYear financialYear;
  private final LocalDate asOf;
  private final String grantId;
  private final List<Plan> plans = new ArrayList<>();
  private final Grant grant;
  private final List<ExternalAward> awards;

  /** A project being planned. */
  private static final class Plan {
    final String title;
    final String id;
    String activity;
    Pot pot = Pot.UPFRONT;
    ProjectStatus status;
    Money amount;
    ProjectScope scope = ProjectScope.COUNTYWIDE;
    List<String> priorities = new ArrayList<>();
    LocalDate businessCase;
    OutcomeReport outcomeReport;
    String reason;

    Plan(String title) {
      this.title = title;
      this.id = Vocabulary.slug(title);
    }

    boolean live() {
      return status.isLive();
    }

    boolean committed() {
      return status.isCommitted();
    }

    Project build() {
      Project.Builder project = Project.builder().id(id).title(title).pot(pot).status(status).priorities(priorities);
      if (activity != null) {
        project.activity(activity);
      }
      if (amount != null) {
        project.amount(amount);
      }
      if (reason != null) {
        project.statusReason(reason);
      }
      if (scope != ProjectScope.COUNTYWIDE) {
        project.scope(scope);
      }
      if (businessCase != null) {
        project.businessCaseSubmittedOn(businessCase);
      }
      if (outcomeReport != null) {
        project.outcomeReport(outcomeReport);
      }
      return project.build();
    }
  }

  FundingYear(PartnershipYear year) {
    this.year = year;
    this.financialYear = year.financialYear;
    this.asOf = year.asOf;
    this.grantId = String.format(Locale.ROOT, "CRG-%d-%02d", financialYear.startYear(), (financialYear.startYear() + 1) % 100);
    this.grant = draftGrant(year.fundingDraw());
    this.awards = draftAwards(year.awardsDraw());
  }

  String grantId() {
    return grantId;
  }

  Grant grant() {
    return grant;
  }

  List<ExternalAward> awards() {
    return awards;
  }

  private boolean has(Defect defect) {
    return year.has(defect);
  }

  private boolean inFinalMonth() {
    return !asOf.isBefore(financialYear.lastDay().minusDays(29));
  }

  // ---- the grant ---------------------------------------------------------------------------

  private Grant draftGrant(Draw draw) {
    long base = year.profile.allocationPounds();
    Money allocation = draw.roughPounds(base * 9 / 10, base * 11 / 10);
    Fraction cap = draw.chance(0.85) ? Fraction.ONE_THIRD : draw.pick(List.of(Fraction.of(1, 4), Fraction.of(2, 5)));
    long capPence = cap.of(allocation).pence();
    long tactical;
    if (has(Defect.TACTICAL_POT_OVER_CAP)) {
      tactical = capPence + (draw.chance(0.3) ? 1 : draw.between(100L, allocation.pence() * 15 / 100));
      year.plant("GRANT_TACTICAL_POT_OVER_CAP", grantId);
    } else if (draw.chance(0.05)) {
      tactical = 0;
    } else if (draw.chance(0.15)) {
      tactical = capPence;
    } else {
      tactical = draw.between(capPence * 3 / 10, capPence) / 100 * 100;
    }
    Grant.Builder grant = Grant.builder().id(grantId).programme("Crime Reduction Grant").funder(year.pcc())
        .financialYear(financialYear).allocation(allocation).tacticalPot(Money.ofPence(tactical))
        .tacticalPotCap(cap); // stated, one third included, as the Kent PCC's grant letters state it
    long upfrontPot = allocation.pence() - tactical;
    if (has(Defect.SPLIT_MISMATCH) || draw.chance(0.8)) {
      long upfront = upfrontPot;
      if (has(Defect.SPLIT_MISMATCH)) {
        long difference = draw.chance(0.3) ? 1 : draw.between(1L, 500L) * 100;
        upfront = draw.chance(0.5) || upfront < difference ? upfront + difference : upfront - difference;
        year.plant("GRANT_SPLIT_MISMATCH", grantId);
      }
      grant.upfront(Money.ofPence(upfront));
      upfrontPot = upfront;
    }

    long[] budget = {upfrontPot, tactical};
    if (draw.chance(0.3)) {
      Money amount = draw.pounds(1_000, 10_000);
      Pot into = draw.chance(0.6) ? Pot.TACTICAL : Pot.UPFRONT;
      double p = draw.fraction();
      RolloverPermission permission = p < 0.55 ? RolloverPermission.GRANTED
          : p < 0.8 ? RolloverPermission.REQUESTED : RolloverPermission.REFUSED;
      grant.addRollovers(Rollover.builder().amount(amount).intoPot(into).permission(permission)
          .requestedOn(draw.date(LocalDate.of(year.year, 3, 1), LocalDate.of(year.year, 5, 31))).build());
      if (permission == RolloverPermission.GRANTED) {
        budget[into.ordinal()] += amount.pence();
      } else if (permission == RolloverPermission.REQUESTED) {
        year.plant("GRANT_ROLLOVER_PENDING", grantId);
      }
    }

    projects(draw, budget);
    if (has(Defect.UNDERSPEND) && inFinalMonth()) {
      year.plant("GRANT_UNDERSPEND_RISK", grantId);
    }
    LocalDate deadline = draw.chance(0.85) ? draw.date(LocalDate.of(year.year, 4, 15), LocalDate.of(year.year, 6, 30)) : null;
    if (deadline != null) {
      grant.businessCaseDeadline(deadline);
    }
    businessCases(draw, deadline);
    outcomeReports(draw);
    scopesAndPriorities(draw);
    if (draw.chance(0.08)) {
      grant.returnedToFunder(draw.roughPounds(200, 3_000));
    }
    grant.reportedTotals(reportedTotals(draw));
    plans.forEach(plan -> grant.addProjects(plan.build()));
    return grant.build();
  }

  private void projects(Draw draw, long[] budget) {
    int count = 5 + (int) Math.floor(25 * Math.pow(draw.fraction(), 1.6));
    boolean outstanding = has(Defect.FUNDER_APPROVAL_OUTSTANDING);
    for (String title : draw.sample(Vocabulary.PROJECT_TITLES, count)) {
      Plan plan = new Plan(title);
      plan.status = status(draw);
      if (plan.status == ProjectStatus.CHAIR_APPROVED && !outstanding) {
        plan.status = ProjectStatus.APPROVED;
      }
      if (budget[Pot.TACTICAL.ordinal()] > 0 && draw.chance(0.25)) {
        plan.pot = Pot.TACTICAL;
      }
      if (draw.chance(0.6)) {
        plan.activity = plan.id;
      }
      plan.reason = switch (plan.status) {
        case REJECTED -> draw.pick(Vocabulary.STATUS_REASONS_REJECTED);
        case WITHDRAWN -> draw.pick(Vocabulary.STATUS_REASONS_WITHDRAWN);
        case REFUNDED -> draw.pick(Vocabulary.STATUS_REASONS_REFUNDED);
        default -> null;
      };
      plans.add(plan);
    }
    // every pot with money gets a committed project; they fill it exactly, or, for an underspend, in part
    for (Pot pot : Pot.values()) {
      if (budget[pot.ordinal()] <= 0 || plans.stream().anyMatch(p -> p.pot == pot && p.committed())) {
        continue;
      }
      Plan plan = plans.stream().filter(p -> p.pot == pot && !p.committed()).findFirst()
          .or(() -> plans.stream().filter(p -> !p.committed()).findFirst())
          .orElseGet(() -> plans.stream().filter(p -> p.pot != pot).skip(1).findFirst().orElseThrow());
      plan.pot = pot;
      plan.status = ProjectStatus.APPROVED;
      plan.reason = null;
    }
    boolean full = !has(Defect.UNDERSPEND);
    for (Pot pot : Pot.values()) {
      long target = budget[pot.ordinal()];
      if (target > 0) {
        share(draw, plans.stream().filter(p -> p.pot == pot && p.committed()).toList(),
            full ? target : target * draw.between(55, 97) / 100);
      }
    }
    for (Plan plan : plans) {
      if (plan.amount == null) {
        plan.amount = draw.roughPounds(300, 8_000);
        if (!plan.live() && draw.chance(0.2)) {
          plan.amount = null;
        }
      }
      if (plan.status == ProjectStatus.CHAIR_APPROVED && inFinalMonth()) {
        year.plant("PROJECT_AWAITING_FUNDER_APPROVAL", plan.id);
      }
    }
    if (has(Defect.POT_OVERCOMMITTED)) {
      List<Plan> committed = plans.stream().filter(Plan::committed).toList();
      Plan plan = draw.pick(committed);
      long spent = committed.stream().filter(p -> p.pot == plan.pot).mapToLong(p -> p.amount.pence()).sum();
      long over = draw.chance(0.3) ? 1 : draw.between(50L, 3_000L) * 100;
      plan.amount = plan.amount.plus(Money.ofPence(Math.max(0, budget[plan.pot.ordinal()] - spent) + over));
      year.plant("GRANT_POT_OVERCOMMITTED", grantId);
    }
    if (has(Defect.AMOUNT_UNKNOWN)) {
      draw.pick(plans.stream().filter(Plan::live).toList()).amount = null;
      year.plant("GRANT_AMOUNTS_UNKNOWN", grantId);
    }
  }

  private static ProjectStatus status(Draw draw) {
    int roll = draw.between(1, 100);
    for (int i = 0; i < STATUSES.size(); i++) {
      roll -= STATUS_WEIGHTS[i];
      if (roll <= 0) {
        return STATUSES.get(i);
      }
    }
    return ProjectStatus.APPROVED;
  }

  /** Shares {@code target} pence among the projects: whole pounds, the last taking the rest. */
  private static void share(Draw draw, List<Plan> projects, long target) {
    double[] weights = new double[projects.size()];
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 0.4 + draw.fraction();
      total += weights[i];
    }
    long left = target;
    for (int i = 0; i < projects.size() - 1; i++) {
      long pounds = (long) (target * (weights[i] / total)) / 100;
      long pence = Math.min(pounds * 100, left);
      projects.get(i).amount = Money.ofPence(pence);
      left -= pence;
    }
    projects.get(projects.size() - 1).amount = Money.ofPence(left);
  }

  private void businessCases(Draw draw, LocalDate deadline) {
    for (Plan plan : plans) {
      if (plan.committed() && draw.chance(0.15)) {
        continue;
      }
      if (!plan.live()) {
        plan.businessCase = draw.date(LocalDate.of(year.year, 3, 1), LocalDate.of(year.year, 9, 30));
      } else if (deadline != null) {
        plan.businessCase = draw.date(deadline.minusDays(60), deadline);
      } else {
        plan.businessCase = draw.date(LocalDate.of(year.year, 3, 1), LocalDate.of(year.year, 7, 31));
      }
    }
    if (deadline == null) {
      return;
    }
    if (has(Defect.BUSINESS_CASE_LATE)) {
      Plan late = draw.pick(plans.stream().filter(Plan::live).toList());
      late.businessCase = deadline.plusDays(draw.chance(0.3) ? 1 : draw.between(2, 40));
      year.plant("PROJECT_BUSINESS_CASE_LATE", late.id);
    }
    if (has(Defect.BUSINESS_CASE_MISSING)) {
      List<Plan> waiting = plans.stream()
          .filter(p -> p.status == ProjectStatus.PROPOSED || p.status == ProjectStatus.RECOMMENDED).toList();
      if (!waiting.isEmpty()) {
        Plan missing = draw.pick(waiting);
        missing.businessCase = null;
        year.plant("PROJECT_BUSINESS_CASE_LATE", missing.id);
      }
    }
  }

  private void outcomeReports(Draw draw) {
    for (Plan plan : plans) {
      if (!(plan.status == ProjectStatus.APPROVED || plan.status == ProjectStatus.COMPLETED) || !draw.chance(0.6)) {
        continue;
      }
      OutcomeReport.Builder report = OutcomeReport.builder();
      if (plan.status == ProjectStatus.COMPLETED) {
        LocalDate due = draw.date(LocalDate.of(year.year, 10, 1), financialYear.lastDay());
        report.due(due);
        if (!due.isAfter(asOf)) {
          report.submittedOn(due.minusDays(draw.between(0, 20)));
        } else if (draw.chance(0.5)) {
          report.submittedOn(draw.date(due.minusDays(40), asOf));
        }
      } else {
        report.due(draw.date(LocalDate.of(year.year + 1, 4, 30), LocalDate.of(year.year + 1, 6, 30)));
      }
      plan.outcomeReport = report.build();
    }
    if (has(Defect.OUTCOME_REPORT_OVERDUE)) {
      Plan overdue = draw.pick(plans.stream().filter(Plan::committed).toList());
      overdue.outcomeReport = OutcomeReport.builder().due(draw.date(asOf.minusDays(90), asOf.minusDays(1))).build();
      year.plant("PROJECT_OUTCOME_REPORT_OVERDUE", overdue.id);
    }
  }

  private void scopesAndPriorities(Draw draw) {
    boolean county = year.profile.tier() == Tier.COUNTY;
    for (Plan plan : plans) {
      if (county ? !plan.live() && draw.chance(0.15) : draw.chance(0.25)) {
        plan.scope = ProjectScope.LOCAL;
      }
    }
    if (county && has(Defect.LOCAL_PROJECT_IN_COUNTY)) {
      Plan local = draw.pick(plans.stream().filter(Plan::live).toList());
      local.scope = ProjectScope.LOCAL;
      year.plant("PROJECT_LOCAL_SCOPE", local.id);
    }
    List<Priority> priorities = year.priorities();
    List<String> inForce = priorities.stream()
        .filter(p -> p.kind() == PriorityKind.PRIORITY && p.since().map(s -> !s.isAfter(asOf)).orElse(true))
        .map(Priority::id).toList();
    List<String> themes = priorities.stream().filter(Priority::isCrossCutting).map(Priority::id).toList();
    if (inForce.isEmpty()) {
      return;
    }
    for (Plan plan : plans) {
      if (!plan.live() && draw.chance(0.3)) {
        continue;
      }
      plan.priorities.add(draw.pick(inForce));
      if (!themes.isEmpty() && draw.chance(0.3)) {
        plan.priorities.add(draw.pick(themes));
      }
    }
    if (has(Defect.PROJECT_WITHOUT_PRIORITY)) {
      Plan unlinked = draw.pick(plans.stream().filter(Plan::live).toList());
      unlinked.priorities.clear();
      if (draw.chance(0.5) && priorities.stream().anyMatch(p -> p.id().equals(Vocabulary.RETAIL_CRIME.id()))) {
        unlinked.priorities.add(Vocabulary.RETAIL_CRIME.id());
      }
      year.plant("PROJECT_NOT_LINKED_TO_PRIORITY", unlinked.id);
    }
  }

  private List<ReportedTotal> reportedTotals(Draw draw) {
    List<ReportedTotal> totals = new ArrayList<>();
    int count = draw.chance(0.6) ? (draw.chance(0.3) ? 2 : 1) : 0;
    boolean wrong = has(Defect.REPORTED_TOTAL_WRONG) && count > 0;
    List<TotalBasis> bases = draw.sample(List.of(TotalBasis.APPROVED, TotalBasis.COMMITTED,
        draw.chance(0.5) ? TotalBasis.REFUNDED : TotalBasis.WITHDRAWN), count);
    for (TotalBasis basis : bases) {
      long sum = plans.stream().filter(p -> counts(basis, p.status) && p.amount != null)
          .mapToLong(p -> p.amount.pence()).sum();
      if (sum == 0) {
        continue;
      }
      if (wrong) {
        long difference = draw.chance(0.3) ? 1 : draw.between(1L, 2_000L) * 100;
        sum = draw.chance(0.5) || sum < difference ? sum + difference : sum - difference;
        wrong = false;
        year.plant("GRANT_REPORTED_TOTAL_MISMATCH", grantId);
      }
      LocalDate stated = year.lastPartnershipMeeting();
      totals.add(ReportedTotal.builder().basis(basis).amount(Money.ofPence(sum))
          .statedIn(year.profile.shortName() + " minutes " + PartnershipYear.date(stated) + ", grant update").build());
    }
    return totals;
  }

  private static boolean counts(TotalBasis basis, ProjectStatus status) {
    return switch (basis) {
      case APPROVED -> status == ProjectStatus.APPROVED || status == ProjectStatus.COMPLETED;
      case COMMITTED -> status.isCommitted();
      case REFUNDED -> status == ProjectStatus.REFUNDED;
      case WITHDRAWN -> status == ProjectStatus.WITHDRAWN;
    };
  }

  // ---- other funders' awards ---------------------------------------------------------------

  private List<ExternalAward> draftAwards(Draw draw) {
    List<String> funders = List.of(year.vru(), PartnershipYear.HOME_OFFICE, PartnershipYear.LOTTERY,
        year.communityFoundation(), year.pcc());
    List<ExternalAward> awards = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (String title : draw.sample(Vocabulary.AWARD_TITLES, draw.between(3, 7))) {
      ExternalAward.Builder award = award(draw.pick(funders), title, ids);
      double period = draw.fraction();
      if (period < 0.6) {
        award.financialYear(financialYear);
      } else if (period < 0.8) {
        LocalDate from = draw.date(financialYear.firstDay().minusMonths(6), financialYear.firstDay().plusMonths(6));
        award.from(from).to(from.plusMonths(draw.between(6, 24)).minusDays(1));
      } else if (period < 0.85) {
        award.from(draw.date(financialYear.firstDay().minusMonths(18), financialYear.firstDay()));
      } else {
        award.financialYear(FinancialYear.startingIn(financialYear.startYear() - 1));
      }
      if (draw.chance(0.5)) {
        award.activity(Vocabulary.slug(title));
      }
      if (draw.chance(0.75)) {
        award.amount(draw.pounds(5_000, 150_000));
      }
      awards.add(award.build());
    }

    Set<Plan> used = new HashSet<>();
    List<Plan> live = plans.stream().filter(Plan::live).toList();
    if (has(Defect.DUPLICATE_BY_ACTIVITY)) {
      Plan project = unused(draw, live.stream().filter(p -> p.activity != null).toList(), used);
      if (project != null) {
        awards.add(award(year.vru(), project.title + " (VRU)", ids).activity(project.activity)
            .financialYear(financialYear).amount(draw.pounds(2_000, 40_000)).build());
        year.plant("PROJECT_DUPLICATE_FUNDING", project.id);
      }
    }
    if (has(Defect.DUPLICATE_BY_TITLE)) {
      Plan project = unused(draw, live, used);
      if (project != null) {
        String title = draw.chance(0.5) ? project.title.toUpperCase(Locale.ROOT) : project.title.toLowerCase(Locale.ROOT) + ".";
        awards.add(award(draw.pick(funders), title, ids).financialYear(financialYear).build());
        year.plant("PROJECT_DUPLICATE_FUNDING", project.id);
      }
    }
    if (has(Defect.ALIKE_TITLE)) {
      Plan project = unused(draw, live, used);
      if (project != null) {
        awards.add(award(draw.pick(funders), project.title + " " + draw.pick(Vocabulary.ALIKE_SUFFIXES), ids)
            .from(financialYear.firstDay().plusMonths(draw.between(0, 6))).build());
        year.plant("PROJECT_POSSIBLE_DUPLICATE_FUNDING", project.id);
      }
    }
    // near misses, which must stay silent: other activity keys, a project no longer live, an earlier year
    if (draw.chance(0.15)) {
      Plan project = unused(draw, live.stream().filter(p -> p.activity != null).toList(), used);
      if (project != null) {
        awards.add(award(draw.pick(funders), project.title, ids).activity(project.activity + "-schools")
            .financialYear(financialYear).build());
      }
    }
    if (draw.chance(0.15)) {
      Plan project = unused(draw, plans.stream().filter(p -> !p.live()).toList(), used);
      if (project != null) {
        awards.add(award(draw.pick(funders), project.title, ids).financialYear(financialYear).build());
      }
    }
    if (draw.chance(0.15)) {
      Plan project = unused(draw, live, used);
      if (project != null) {
        awards.add(award(draw.pick(funders), project.title, ids)
            .financialYear(FinancialYear.startingIn(financialYear.startYear() - 1)).build());
      }
    }
    return awards;
  }

  private static Plan unused(Draw draw, List<Plan> candidates, Set<Plan> used) {
    List<Plan> free = candidates.stream().filter(p -> !used.contains(p)).toList();
    if (free.isEmpty()) {
      return null;
    }
    Plan chosen = draw.pick(free);
    used.add(chosen);
    return chosen;
  }

  private ExternalAward.Builder award(String funder, String title, Set<String> ids) {
    String code = funder.equals(PartnershipYear.HOME_OFFICE) ? "HO" : funder.substring(funder.lastIndexOf('-') + 1);
    String base = code + "-" + Vocabulary.key(title, 2) + "-" + financialYear.startYear();
    String id = base;
    for (int n = 2; !ids.add(id); n++) {
      id = base + "-" + n;
    }
    return ExternalAward.builder().id(id).funder(funder).title(title);
  }
}

package org.kcsp.examples.reference;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kcsp.model.Fraction;
import org.kcsp.model.Grant;
import org.kcsp.model.GrantConditions;
import org.kcsp.model.Money;
import org.kcsp.model.Pot;
import org.kcsp.model.Project;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.ReportedTotal;
import org.kcsp.model.Rollover;
import org.kcsp.model.RolloverPermission;
import org.kcsp.model.TotalBasis;

/**
 * Grants (rules.md, *Grants*), three valued: money in pence; a sum with unknown amounts has the
 * known ones as its lower bound and no upper bound, an unknown allocation is any amount, granted
 * rollovers not recorded only raise a pot, and a verdict is a finding or clear only when every
 * value the unknowns could take gives it.
 */
final class GrantRules {

  static final int FINAL_MONTH_DAYS = 30;
  /** The largest amount: a bound no unknown sum reaches. */
  private static final long UNBOUNDED = Long.MAX_VALUE / 4;

  private final ReferenceChecker c;

  private GrantRules(ReferenceChecker checker) {
    this.c = checker;
  }

  static void check(ReferenceChecker checker) {
    GrantRules rules = new GrantRules(checker);
    if (!checker.recorded("grants")) {
      rules.grantsNotRecorded();
      return;
    }
    for (Grant grant : checker.record.grants()) {
      rules.tacticalPotOverCap(grant);
      rules.splitMismatch(grant);
      rules.potOvercommitted(grant);
      rules.rolloverPending(grant);
      rules.underspendRisk(grant);
      rules.reportedTotalMismatch(grant);
      rules.amountsUnknown(grant);
    }
  }

  // Any grant may exist: every rule reading them is open, except a G rule under a policy that puts
  // no grant under conditions by default (reading 13) and GRANT_AMOUNTS_UNKNOWN, which speaks only
  // of recorded projects (reading 28): to it, grants not recorded are none.
  private void grantsNotRecorded() {
    for (String rule : List.of("GRANT_TACTICAL_POT_OVER_CAP", "GRANT_SPLIT_MISMATCH", "GRANT_POT_OVERCOMMITTED",
        "GRANT_ROLLOVER_PENDING", "GRANT_UNDERSPEND_RISK", "GRANT_REPORTED_TOTAL_MISMATCH", "GRANT_AMOUNTS_UNKNOWN")) {
      if (!c.holds(rule) || Catalogue.rule(rule).kind() == 'G' && !c.conditionsByDefault()
          || rule.equals("GRANT_AMOUNTS_UNKNOWN")) {
        continue;
      }
      c.applies(rule);
      c.gap(rule, c.partnership, "$.grants");
    }
  }

  static String money(long pence) {
    return BigDecimal.valueOf(pence, 2).toPlainString();
  }

  private static boolean allocationUnknown(Grant grant) {
    return grant.knownAllocation().isEmpty() || ReferenceChecker.unknown(grant, "allocation");
  }

  private static boolean tacticalPotUnknown(Grant grant) {
    return ReferenceChecker.unknown(grant, "tacticalPot");
  }

  private String path(Grant grant) {
    return c.path("grants", grant);
  }

  private String path(Grant grant, Project project) {
    return path(grant) + ".projects[" + indexOf(grant.projects(), project) + "]";
  }

  private static int indexOf(List<?> list, Object element) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == element) {
        return i;
      }
    }
    throw new IllegalArgumentException("not in the list: " + element);
  }

  // GRANT_TACTICAL_POT_OVER_CAP (G): tacticalPot > allocation x cap, rounded down to the penny.
  private void tacticalPotOverCap(Grant grant) {
    String rule = "GRANT_TACTICAL_POT_OVER_CAP";
    if (!c.holds(rule) || !c.underConditions(grant)) {
      return;
    }
    c.applies(rule);
    Fraction cap = grant.statedTacticalPotCap().orElse(Fraction.ONE_THIRD);
    long tactical = grant.tacticalPot().pence();
    if (tacticalPotUnknown(grant)) {
      // between 0 and the allocation: over the cap unless the cap is the whole allocation
      if (cap.numerator() != cap.denominator()) {
        c.gap(rule, grant.id(), path(grant) + ".tacticalPot");
      }
      return;
    }
    if (allocationUnknown(grant)) {
      if (tactical > 0) {
        c.gap(rule, grant.id(), path(grant) + ".allocation");
      }
      return;
    }
    long limit = BigInteger.valueOf(grant.knownAllocation().get().pence()).multiply(BigInteger.valueOf(cap.numerator()))
        .divide(BigInteger.valueOf(cap.denominator())).longValueExact();
    if (tactical > limit) {
      c.find(rule, grant.id(), "cap", money(limit));
    }
  }

  // GRANT_SPLIT_MISMATCH: upfront given, and upfront + tacticalPot differs from the allocation.
  private void splitMismatch(Grant grant) {
    String rule = "GRANT_SPLIT_MISMATCH";
    if (!c.holds(rule) || grant.upfront().isEmpty()) {
      return;
    }
    c.applies(rule);
    if (allocationUnknown(grant) || tacticalPotUnknown(grant)) {
      c.gap(rule, grant.id(), path(grant) + (allocationUnknown(grant) ? ".allocation" : ".tacticalPot"));
      return;
    }
    long split = grant.upfront().get().pence() + grant.tacticalPot().pence();
    long allocation = grant.knownAllocation().get().pence();
    if (split != allocation) {
      c.find(rule, grant.id(), "difference", money(Math.abs(split - allocation)));
    }
  }

  /** The GRANTED rollovers into a pot (both pots: null) on or before D. */
  private long granted(Grant grant, Pot pot) {
    long sum = 0;
    for (Rollover rollover : grant.rollovers()) {
      if (rollover.permission() == RolloverPermission.GRANTED && (pot == null || rollover.intoPot() == pot)
          && rollover.requestedOn().map(c::byDate).orElse(true)) {
        sum += rollover.amount().pence();
      }
    }
    return sum;
  }

  private static boolean committed(ProjectStatus status) {
    return status == ProjectStatus.CHAIR_APPROVED || status == ProjectStatus.APPROVED || status == ProjectStatus.COMPLETED;
  }

  private static boolean live(ProjectStatus status) {
    return status != ProjectStatus.REJECTED && status != ProjectStatus.WITHDRAWN && status != ProjectStatus.REFUNDED;
  }

  private static boolean amountUnknown(Project project) {
    return project.amount().isEmpty() || ReferenceChecker.unknown(project, "amount");
  }

  /** The projects of a sum: their known total, and those whose amount is not known. */
  private record Sum(long known, List<Project> unknown) {}

  private static Sum sum(Grant grant, Set<ProjectStatus> statuses, Pot pot) {
    long known = 0;
    List<Project> unknown = new ArrayList<>();
    for (Project project : grant.projects()) {
      if (!statuses.contains(project.status()) || (pot != null && project.pot() != pot)) {
        continue;
      }
      if (amountUnknown(project)) {
        unknown.add(project);
      } else {
        known += project.amount().get().pence();
      }
    }
    return new Sum(known, unknown);
  }

  private static final Set<ProjectStatus> COMMITTED =
      EnumSet.of(ProjectStatus.CHAIR_APPROVED, ProjectStatus.APPROVED, ProjectStatus.COMPLETED);

  // GRANT_POT_OVERCOMMITTED, pot by pot: the committed projects of the pot cost more than the pot
  // plus the GRANTED rollovers into it (upfront pot: upfront if given, else allocation - tacticalPot).
  private void potOvercommitted(Grant grant) {
    String rule = "GRANT_POT_OVERCOMMITTED";
    if (!c.holds(rule)) {
      return;
    }
    c.applies(rule);
    boolean rolloversRecorded = ReferenceChecker.recorded(grant, "rollovers");
    for (Pot pot : Pot.values()) {
      String potUnknownAt = null;
      long potAmount = 0;
      if (pot == Pot.TACTICAL) {
        if (tacticalPotUnknown(grant)) {
          potUnknownAt = ".tacticalPot";
        } else {
          potAmount = grant.tacticalPot().pence();
        }
      } else if (grant.upfront().isPresent()) {
        potAmount = grant.upfront().get().pence();
      } else if (allocationUnknown(grant) || tacticalPotUnknown(grant)) {
        potUnknownAt = allocationUnknown(grant) ? ".allocation" : ".tacticalPot";
      } else {
        // a pot is never less than nothing
        potAmount = Math.max(0, grant.knownAllocation().get().pence() - grant.tacticalPot().pence());
      }
      if (!ReferenceChecker.recorded(grant, "projects")) {
        c.gap(rule, grant.id(), path(grant) + ".projects");
        if (potUnknownAt != null) {
          c.gap(rule, grant.id(), path(grant) + potUnknownAt);
        }
        continue;
      }
      Sum committed = sum(grant, COMMITTED, pot);
      if (potUnknownAt != null) {
        if (committed.known() > 0 || !committed.unknown().isEmpty()) {
          c.gap(rule, grant.id(), path(grant) + potUnknownAt);
          committed.unknown().forEach(p -> c.gap(rule, grant.id(), path(grant, p) + ".amount"));
        }
        continue;
      }
      long rolledIn = rolloversRecorded ? granted(grant, pot) : 0;
      if (rolloversRecorded && committed.known() > potAmount + rolledIn) {
        c.find(rule, grant.id(), "pot", pot.name(), "committed", money(committed.known()));
        continue;
      }
      if (committed.unknown().isEmpty() && committed.known() <= potAmount + rolledIn) {
        continue;
      }
      committed.unknown().forEach(p -> c.gap(rule, grant.id(), path(grant, p) + ".amount"));
      if (!rolloversRecorded && committed.known() > potAmount) {
        c.gap(rule, grant.id(), path(grant) + ".rollovers");
      }
    }
  }

  // GRANT_ROLLOVER_PENDING: a rollover REQUESTED, not yet GRANTED, on or after the first day of the
  // grant's financial year.
  private void rolloverPending(Grant grant) {
    String rule = "GRANT_ROLLOVER_PENDING";
    if (!c.holds(rule)) {
      return;
    }
    boolean yearBegun = !c.date.isBefore(grant.financialYear().firstDay());
    if (!ReferenceChecker.recorded(grant, "rollovers")) {
      c.applies(rule);
      if (yearBegun) {
        c.gap(rule, grant.id(), path(grant) + ".rollovers");
      }
      return;
    }
    for (Rollover rollover : grant.rollovers()) {
      if (!rollover.requestedOn().map(c::byDate).orElse(true)) {
        continue;
      }
      c.applies(rule);
      if (rollover.permission() == RolloverPermission.REQUESTED && yearBegun) {
        c.find(rule, grant.id(), "amount", money(rollover.amount().pence()), "intoPot", rollover.intoPot().name(),
            "fromGrant", rollover.fromGrant().orElse(null), "requestedOn",
            rollover.requestedOn().map(LocalDate::toString).orElse(null));
      }
    }
  }

  // GRANT_UNDERSPEND_RISK: in the final month or after year end, the committed projects plus what
  // was returned cost less than the allocation plus granted rollovers.
  private void underspendRisk(Grant grant) {
    String rule = "GRANT_UNDERSPEND_RISK";
    if (!c.holds(rule)) {
      return;
    }
    c.applies(rule);
    LocalDate yearEnd = grant.financialYear().lastDay();
    if (c.date.isBefore(yearEnd.minusDays(FINAL_MONTH_DAYS - 1))) {
      return;
    }
    boolean projectsRecorded = ReferenceChecker.recorded(grant, "projects");
    boolean rolloversRecorded = ReferenceChecker.recorded(grant, "rollovers");
    boolean allocationKnown = !allocationUnknown(grant);
    Sum committed = projectsRecorded ? sum(grant, COMMITTED, null) : new Sum(0, List.of());
    long returned = grant.returnedToFunder().map(Money::pence).orElse(0L);
    long leastSpent = committed.known() + returned;
    long mostSpent = projectsRecorded && committed.unknown().isEmpty() ? leastSpent : UNBOUNDED;
    long leastDue = (allocationKnown ? grant.knownAllocation().get().pence() : 0) + (rolloversRecorded ? granted(grant, null) : 0);
    long mostDue = allocationKnown && rolloversRecorded ? leastDue : UNBOUNDED;
    if (mostSpent < leastDue) {
      c.find(rule, grant.id(), "uncommitted", money(leastDue - mostSpent));
    } else if (leastSpent < mostDue) {
      if (!allocationKnown) {
        c.gap(rule, grant.id(), path(grant) + ".allocation");
      }
      if (!projectsRecorded) {
        c.gap(rule, grant.id(), path(grant) + ".projects");
      }
      committed.unknown().forEach(p -> c.gap(rule, grant.id(), path(grant, p) + ".amount"));
      if (!rolloversRecorded) {
        c.gap(rule, grant.id(), path(grant) + ".rollovers");
      }
    }
  }

  private static Set<ProjectStatus> basis(TotalBasis basis) {
    return switch (basis) {
      case APPROVED -> EnumSet.of(ProjectStatus.APPROVED, ProjectStatus.COMPLETED);
      case COMMITTED -> COMMITTED;
      case REFUNDED -> EnumSet.of(ProjectStatus.REFUNDED);
      case WITHDRAWN -> EnumSet.of(ProjectStatus.WITHDRAWN);
    };
  }

  // GRANT_REPORTED_TOTAL_MISMATCH: a reported total differs from the sum of the projects of its basis.
  private void reportedTotalMismatch(Grant grant) {
    String rule = "GRANT_REPORTED_TOTAL_MISMATCH";
    if (!c.holds(rule)) {
      return;
    }
    for (ReportedTotal total : grant.reportedTotals()) {
      c.applies(rule);
      if (!ReferenceChecker.recorded(grant, "projects")) {
        c.gap(rule, grant.id(), path(grant) + ".projects");
        continue;
      }
      Sum sum = sum(grant, basis(total.basis()), null);
      long reported = total.amount().pence();
      if (sum.unknown().isEmpty() ? sum.known() != reported : sum.known() > reported) {
        c.find(rule, grant.id(), "basis", total.basis().name(), "statedIn", total.statedIn(), "computed", money(sum.known()));
      } else if (!sum.unknown().isEmpty()) {
        sum.unknown().forEach(p -> c.gap(rule, grant.id(), path(grant, p) + ".amount"));
      }
    }
  }

  // GRANT_AMOUNTS_UNKNOWN: a live project of the grant has no amount (recorded projects only).
  private void amountsUnknown(Grant grant) {
    String rule = "GRANT_AMOUNTS_UNKNOWN";
    if (!c.holds(rule)) {
      return;
    }
    // it speaks only of recorded projects (reading 28): projects not recorded are none to it
    if (grant.projects().isEmpty()) {
      return;
    }
    c.applies(rule);
    long unknown = grant.projects().stream().filter(p -> live(p.status()) && amountUnknown(p)).count();
    if (unknown > 0) {
      c.find(rule, grant.id(), "count", Long.toString(unknown));
    }
  }

  static boolean isUnderConditions(List<GrantConditions> conditions) {
    return conditions.contains(GrantConditions.KENT_PCC_CRIME_REDUCTION_GRANT);
  }
}

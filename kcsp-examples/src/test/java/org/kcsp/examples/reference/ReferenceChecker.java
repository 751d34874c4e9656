package org.kcsp.examples.reference;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.kcsp.model.ExternalAward;
import org.kcsp.model.FinancialYear;
import org.kcsp.model.Grant;
import org.kcsp.model.Membership;
import org.kcsp.model.Organisation;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Pot;
import org.kcsp.model.Project;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.Rollover;
import org.kcsp.model.RolloverPermission;
import org.kcsp.model.ScrutinySession;
import org.kcsp.model.TermsOfReference;
import org.kcsp.rules.Severity;

/**
 * An independent, plain-Java check of eight rules of the catalogue, written from the rule
 * specification ({@code rules.md}) and the record format, not from the DRL or the engine's
 * internals: it reads the model directly and takes the as-of view with {@link
 * PartnershipRecord#viewAsOf}. It serves two purposes: the differential test holds the Drools
 * rules to it, and the benchmarks use it as the floor, what a hand-written check costs.
 *
 * <p>It is deliberately straightforward: duplicate funding is an all-pairs loop (one finding per
 * project, counting its counterparts), money is pence in {@code long}s, and waivers are ignored (a
 * waived finding is still a finding; only its openness changes).
 */
public final class ReferenceChecker {

  /** The rules it checks. */
  public static final Set<String> RULES = Set.of(
      "TOR_REVIEW_OVERDUE",
      "TOR_LISTS_DEFUNCT_MEMBER",
      "SCRUTINY_NOT_ANNUAL",
      "GRANT_TACTICAL_POT_OVER_CAP",
      "GRANT_SPLIT_MISMATCH",
      "GRANT_POT_OVERCOMMITTED",
      "GRANT_UNDERSPEND_RISK",
      "PROJECT_DUPLICATE_FUNDING");

  private final PartnershipRecord view;
  private final LocalDate date;
  private final Set<ReferenceFinding> findings = new TreeSet<>();

  private ReferenceChecker(PartnershipRecord record, LocalDate date) {
    this.view = record.viewAsOf(date);
    this.date = date;
  }

  /** The findings of the eight {@link #RULES} on {@code record} as it stood on {@code date}. */
  public static Set<ReferenceFinding> check(PartnershipRecord record, LocalDate date) {
    ReferenceChecker checker = new ReferenceChecker(record, date);
    checker.termsOfReference();
    checker.scrutiny();
    for (Grant grant : checker.view.grants()) {
      checker.grant(grant);
    }
    checker.duplicateFunding();
    return checker.findings;
  }

  private void find(String rule, String subject, Severity severity) {
    findings.add(new ReferenceFinding(rule, subject, severity));
  }

  // Terms of reference: the latest approval of each body is the one with the latest date on or
  // before D (the view holds no later ones); on equal dates the one listed last.
  private void termsOfReference() {
    Map<String, TermsOfReference> latest = new HashMap<>();
    for (TermsOfReference tor : view.termsOfReference()) {
      TermsOfReference current = latest.get(tor.body());
      if (current == null || !tor.approvedOn().isBefore(current.approvedOn())) {
        latest.put(tor.body(), tor);
      }
    }
    for (TermsOfReference tor : latest.values()) {
      LocalDate due = tor.approvedOn().plusMonths(tor.reviewIntervalMonths());
      if (date.isAfter(due)) {
        find("TOR_REVIEW_OVERDUE", tor.body(), Severity.ERROR);
      }
      for (Membership member : tor.membership()) {
        Optional<LocalDate> until = organisation(member.organisation()).existsUntil();
        if (until.isPresent() && until.get().isBefore(date)) {
          find("TOR_LISTS_DEFUNCT_MEMBER", tor.id(), Severity.ERROR);
        }
      }
    }
  }

  private Organisation organisation(String id) {
    for (Organisation organisation : view.organisations()) {
      if (organisation.id().equals(id)) {
        return organisation;
      }
    }
    throw new IllegalStateException("a valid record lists every member: " + id);
  }

  // Scrutiny: sessions listed (as of D) and none on or after D minus 12 months.
  private void scrutiny() {
    if (view.scrutinySessions().isEmpty()) {
      return;
    }
    LocalDate yearAgo = date.minusMonths(12);
    for (ScrutinySession session : view.scrutinySessions()) {
      if (!session.date().isBefore(yearAgo) && !session.date().isAfter(date)) {
        return;
      }
    }
    find("SCRUTINY_NOT_ANNUAL", view.partnership().id(), Severity.ERROR);
  }

  private void grant(Grant grant) {
    long allocation = grant.allocation().pence();
    long tactical = grant.tacticalPot().pence();
    long cap = BigInteger.valueOf(allocation)
        .multiply(BigInteger.valueOf(grant.tacticalPotCap().numerator()))
        .divide(BigInteger.valueOf(grant.tacticalPotCap().denominator()))
        .longValueExact();
    if (tactical > cap) {
      find("GRANT_TACTICAL_POT_OVER_CAP", grant.id(), Severity.ERROR);
    }
    if (grant.upfront().isPresent() && grant.upfront().get().pence() + tactical != allocation) {
      find("GRANT_SPLIT_MISMATCH", grant.id(), Severity.ERROR);
    }
    // Amounts are never negative: what the committed projects with an amount cost is a lower bound
    // of what all of them cost.
    long upfrontPot = grant.upfront().map(money -> money.pence()).orElse(Math.max(0, allocation - tactical));
    long[] committed = new long[Pot.values().length];
    int[] withoutAmount = new int[Pot.values().length];
    long[] rolledIn = new long[Pot.values().length];
    for (Project project : grant.projects()) {
      if (committed(project.status())) {
        if (project.amount().isPresent()) {
          committed[project.pot().ordinal()] += project.amount().orElseThrow().pence();
        } else {
          withoutAmount[project.pot().ordinal()]++;
        }
      }
    }
    for (Rollover rollover : grant.rollovers()) {
      if (rollover.permission() == RolloverPermission.GRANTED) {
        rolledIn[rollover.intoPot().ordinal()] += rollover.amount().pence();
      }
    }
    // overcommitted when the known commitments alone exceed the pot
    if (committed[Pot.UPFRONT.ordinal()] > upfrontPot + rolledIn[Pot.UPFRONT.ordinal()]
        || committed[Pot.TACTICAL.ordinal()] > tactical + rolledIn[Pot.TACTICAL.ordinal()]) {
      find("GRANT_POT_OVERCOMMITTED", grant.id(), Severity.ERROR);
    }
    // an underspend only when every committed amount is known: an unknown one could fill the gap
    LocalDate yearEnd = grant.financialYear().lastDay();
    boolean finalMonthOrLater = !date.isBefore(yearEnd.minusDays(29));
    long spent = committed[0] + committed[1] + grant.returnedToFunder().map(money -> money.pence()).orElse(0L);
    if (finalMonthOrLater && withoutAmount[0] + withoutAmount[1] == 0 && spent < allocation + rolledIn[0] + rolledIn[1]) {
      find("GRANT_UNDERSPEND_RISK", grant.id(), Severity.WARNING);
    }
  }

  private static boolean live(ProjectStatus status) {
    return status != ProjectStatus.REJECTED && status != ProjectStatus.WITHDRAWN && status != ProjectStatus.REFUNDED;
  }

  private static boolean committed(ProjectStatus status) {
    return status == ProjectStatus.CHAIR_APPROVED || status == ProjectStatus.APPROVED || status == ProjectStatus.COMPLETED;
  }

  /** A project or an award, as the duplicate rules see it: a period, a key, a title. */
  private record Funded(String grant, String projectId, LocalDate from, LocalDate to, String activity, String title) {

    boolean overlaps(Funded other) {
      return (to == null || !other.from.isAfter(to)) && (other.to == null || !from.isAfter(other.to));
    }

    boolean sameActivity(Funded other) {
      if (activity != null && other.activity != null) {
        return activity.equals(other.activity);
      }
      return !title.isEmpty() && title.equals(other.title);
    }
  }

  // Duplicate funding: every live project against every award and every live project of another
  // grant, all pairs; one finding per project, counting its counterparts.
  private void duplicateFunding() {
    List<Funded> projects = new ArrayList<>();
    for (Grant grant : view.grants()) {
      FinancialYear year = grant.financialYear();
      for (Project project : grant.projects()) {
        if (live(project.status())) {
          projects.add(new Funded(grant.id(), project.id(), year.firstDay(), year.lastDay(),
              project.activity().orElse(null), normalised(project.title())));
        }
      }
    }
    List<Funded> awards = new ArrayList<>();
    for (ExternalAward award : view.externalAwards()) {
      LocalDate from;
      LocalDate to;
      if (award.from().isPresent()) {
        from = award.from().get();
        to = award.to().orElse(null);
      } else {
        from = award.financialYear().orElseThrow().firstDay();
        to = award.financialYear().orElseThrow().lastDay();
      }
      awards.add(new Funded(null, null, from, to, award.activity().orElse(null), normalised(award.title())));
    }
    for (Funded project : projects) {
      int counterparts = 0;
      for (Funded award : awards) {
        if (project.overlaps(award) && project.sameActivity(award)) {
          counterparts++;
        }
      }
      for (Funded other : projects) {
        if (!other.grant().equals(project.grant()) && project.overlaps(other) && project.sameActivity(other)) {
          counterparts++;
        }
      }
      if (counterparts > 0) {
        findings.add(ReferenceFinding.duplicateFunding(project.projectId(), counterparts));
      }
    }
  }

  /**
   * Lower case; every character that is not a letter or a digit replaced by a space; white space
   * collapsed and trimmed.
   */
  static String normalised(String title) {
    String lower = title.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean space = false;
    for (int i = 0; i < lower.length(); ) {
      int c = lower.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.appendCodePoint(c);
      } else {
        space = true;
      }
    }
    return out.toString();
  }
}

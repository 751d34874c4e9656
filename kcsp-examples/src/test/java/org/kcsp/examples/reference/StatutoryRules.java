package org.kcsp.examples.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kcsp.model.Agreement;
import org.kcsp.model.Membership;
import org.kcsp.model.MemberRole;
import org.kcsp.model.Nation;
import org.kcsp.model.Organisation;
import org.kcsp.model.Priority;
import org.kcsp.model.SeriousViolence;
import org.kcsp.model.SeriousViolenceRole;
import org.kcsp.model.StrategicAssessment;
import org.kcsp.model.Strand;
import org.kcsp.model.TermsOfReference;
import org.kcsp.model.Tier;

/**
 * The five statutory rules this release adds (rules.md, *New rules*), three valued. In version 1
 * their data cannot be listed (strands, strategic assessments and the Serious Violence Duty are
 * version 2 keys), so only MEMBERSHIP_NOT_RESPONSIBLE_AUTHORITY applies there; the two Serious
 * Violence Duty rules are not in force before 31 January 2023 (reading 8).
 */
final class StatutoryRules {

  static final int MONTHS = 12;

  private final ReferenceChecker c;

  private StatutoryRules(ReferenceChecker checker) {
    this.c = checker;
  }

  static void check(ReferenceChecker checker) {
    StatutoryRules rules = new StatutoryRules(checker);
    rules.notResponsibleAuthority();
    rules.strategicAssessmentOverdue();
    rules.strandMissing();
    rules.seriousViolenceStrategyMissing();
    rules.seriousViolenceReviewOverdue();
  }

  private boolean responsibleKind(Organisation organisation) {
    return TermsOfReferenceRules.RESPONSIBLE_KINDS.contains(organisation.kind());
  }

  // MEMBERSHIP_NOT_RESPONSIBLE_AUTHORITY: the partnership's latest ToR lists as a responsible
  // authority an existing organisation of a kind the Act does not name. A membership not recorded
  // can only list the record's organisations: open only when one of them could be such a member.
  private void notResponsibleAuthority() {
    String rule = "MEMBERSHIP_NOT_RESPONSIBLE_AUTHORITY";
    if (!c.holds(rule)) {
      return;
    }
    boolean couldBeListed = c.record.organisations().stream().anyMatch(o -> c.exists(o) && !responsibleKind(o));
    if (!c.recorded("termsOfReference")) {
      c.applies(rule);
      if (couldBeListed) {
        c.gap(rule, c.partnership, "$.termsOfReference");
      }
      return;
    }
    Optional<TermsOfReference> latest = c.latestApproval(c.partnership);
    if (latest.isEmpty()) {
      return;
    }
    TermsOfReference tor = latest.get();
    if (!ReferenceChecker.recorded(tor, "membership")) {
      c.applies(rule);
      if (couldBeListed) {
        c.gap(rule, c.partnership, c.path("termsOfReference", tor) + ".membership");
      }
      return;
    }
    if (tor.membership().isEmpty()) {
      return;
    }
    c.applies(rule);
    for (Membership member : tor.membership()) {
      Organisation organisation = c.organisation(member.organisation());
      if (member.role() == MemberRole.RESPONSIBLE_AUTHORITY && c.exists(organisation) && !responsibleKind(organisation)) {
        c.find(rule, tor.id(), "organisation", organisation.id(), "kind", organisation.kind().name());
      }
    }
  }

  // STRATEGIC_ASSESSMENT_OVERDUE: a DISTRICT or UNITARY partnership in England whose latest
  // assessment on or before D, plus 12 months, is before D; or, its assessments recorded, none on
  // or before D once it has existed 12 months.
  private void strategicAssessmentOverdue() {
    String rule = "STRATEGIC_ASSESSMENT_OVERDUE";
    if (!c.holds(rule) || c.record.partnership().nation() != Nation.ENGLAND
        || c.record.partnership().tier() == Tier.COUNTY) {
      return;
    }
    // a partnership's assessments are its own, made from its formation: one not yet a year old
    // cannot be overdue, whatever is not recorded
    Optional<LocalDate> formed = c.record.partnership().existsFrom();
    boolean existedAYear = formed.map(from -> !from.plusMonths(MONTHS).isAfter(c.date)).orElse(true);
    if (!c.recorded("strategicAssessments")) {
      c.applies(rule);
      if (existedAYear) {
        c.gap(rule, c.partnership, "$.strategicAssessments");
      }
      return;
    }
    StrategicAssessment latest = null;
    for (StrategicAssessment assessment : c.record.strategicAssessments()) {
      if (c.byDate(assessment.completedOn()) && (latest == null || !assessment.completedOn().isBefore(latest.completedOn()))) {
        latest = assessment;
      }
    }
    if (!c.version2 && latest == null) {
      return;
    }
    c.applies(rule);
    if (latest != null) {
      LocalDate due = latest.completedOn().plusMonths(MONTHS);
      if (c.date.isAfter(due)) {
        c.find(rule, c.partnership, "dueDate", due.toString());
      }
      return;
    }
    if (existedAYear) {
      c.find(rule, c.partnership, "dueDate", formed.map(from -> from.plusMonths(MONTHS).toString()).orElse(null));
    }
  }

  // STRATEGY_STRAND_MISSING: the priorities present on D serve none of a statutory strand (serious
  // violence from 31 January 2023), one finding per strand; cross-cutting themes count (reading 12).
  private void strandMissing() {
    String rule = "STRATEGY_STRAND_MISSING";
    if (!c.holds(rule)) {
      return;
    }
    if (!c.recorded("agreement")) {
      c.applies(rule);
      c.gap(rule, c.partnership, "$.agreement");
      return;
    }
    if (c.record.agreement().isEmpty()) {
      return;
    }
    Agreement agreement = c.record.agreement().get();
    List<Priority> present = agreement.priorities().stream().filter(p -> p.since().map(c::byDate).orElse(true)).toList();
    // version 1 holds no strands: the rule applies only where some priority lists them
    if (present.isEmpty() || !c.version2 && present.stream().allMatch(p -> p.strands().isEmpty())) {
      return;
    }
    c.applies(rule);
    Set<Strand> required = EnumSet.of(Strand.CRIME_AND_DISORDER, Strand.SUBSTANCE_MISUSE, Strand.REOFFENDING);
    if (!c.date.isBefore(ReferenceChecker.SERIOUS_VIOLENCE_IN_FORCE)) {
      required.add(Strand.SERIOUS_VIOLENCE);
    }
    List<Priority> strandsNotRecorded = present.stream().filter(p -> !ReferenceChecker.recorded(p, "strands")).toList();
    for (Strand strand : required) {
      if (present.stream().anyMatch(p -> p.strands().contains(strand))) {
        continue;
      }
      if (strandsNotRecorded.isEmpty()) {
        c.find(rule, c.partnership, "strand", strand.name());
      } else {
        for (Priority priority : strandsNotRecorded) {
          c.gap(rule, c.partnership, "$.agreement.priorities[" + indexOf(agreement.priorities(), priority) + "].strands");
        }
      }
    }
  }

  private static int indexOf(List<?> list, Object element) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == element) {
        return i;
      }
    }
    throw new IllegalArgumentException("not in the list: " + element);
  }

  // SERIOUS_VIOLENCE_STRATEGY_MISSING: the partnership leads, D is after 31 January 2024, and no
  // strategy is published on or before D.
  private void seriousViolenceStrategyMissing() {
    String rule = "SERIOUS_VIOLENCE_STRATEGY_MISSING";
    if (!c.holds(rule) || !c.date.isAfter(ReferenceChecker.SERIOUS_VIOLENCE_STRATEGY_DUE)) {
      return;
    }
    if (!c.recorded("seriousViolence")) {
      c.applies(rule);
      c.gap(rule, c.partnership, "$.seriousViolence");
      return;
    }
    Optional<SeriousViolence> duty = c.record.seriousViolence();
    if (duty.isEmpty() || duty.get().role() != SeriousViolenceRole.LEAD) {
      return;
    }
    c.applies(rule);
    if (ReferenceChecker.unknown(duty.get(), "strategyPublishedOn")) {
      c.gap(rule, c.partnership, "$.seriousViolence.strategyPublishedOn");
    } else if (duty.get().strategyPublishedOn().map(c::byDate).orElse(false)) {
      return;
    } else {
      c.find(rule, c.partnership);
    }
  }

  // SERIOUS_VIOLENCE_STRATEGY_REVIEW_OVERDUE: the partnership leads, a strategy is published on or
  // before D, and the latest of its publication and its reviews, plus 12 months, is before D.
  private void seriousViolenceReviewOverdue() {
    String rule = "SERIOUS_VIOLENCE_STRATEGY_REVIEW_OVERDUE";
    if (!c.holds(rule) || c.date.isBefore(ReferenceChecker.SERIOUS_VIOLENCE_IN_FORCE)) {
      return;
    }
    if (!c.recorded("seriousViolence")) {
      c.applies(rule);
      c.gap(rule, c.partnership, "$.seriousViolence");
      return;
    }
    Optional<SeriousViolence> duty = c.record.seriousViolence();
    if (duty.isEmpty() || duty.get().role() != SeriousViolenceRole.LEAD) {
      return;
    }
    List<LocalDate> reviews = new ArrayList<>(duty.get().strategyReviewedOn().stream().filter(c::byDate).toList());
    Optional<LocalDate> lastReview = reviews.stream().max(LocalDate::compareTo);
    if (ReferenceChecker.unknown(duty.get(), "strategyPublishedOn")) {
      // published on an unknown day: perhaps after D; the reviews on or before D bound it
      c.applies(rule);
      if (lastReview.map(r -> c.date.isAfter(r.plusMonths(MONTHS))).orElse(true)) {
        c.gap(rule, c.partnership, "$.seriousViolence.strategyPublishedOn");
      }
      return;
    }
    Optional<LocalDate> published = duty.get().strategyPublishedOn().filter(c::byDate);
    if (published.isEmpty()) {
      return;
    }
    c.applies(rule);
    LocalDate latest = lastReview.filter(r -> r.isAfter(published.get())).orElse(published.get());
    LocalDate due = latest.plusMonths(MONTHS);
    if (c.date.isAfter(due)) {
      c.find(rule, c.partnership, "dueDate", due.toString());
    }
  }
}

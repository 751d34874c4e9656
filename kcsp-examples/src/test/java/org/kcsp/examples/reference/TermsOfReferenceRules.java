package org.kcsp.examples.reference;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kcsp.model.AgendaItem;
import org.kcsp.model.AgendaItemKind;
import org.kcsp.model.InformationSharing;
import org.kcsp.model.IsaSignature;
import org.kcsp.model.IsaVersion;
import org.kcsp.model.Meeting;
import org.kcsp.model.MeetingStatus;
import org.kcsp.model.MemberRole;
import org.kcsp.model.Membership;
import org.kcsp.model.OrganisationKind;
import org.kcsp.model.Subgroup;
import org.kcsp.model.TermsOfReference;

/**
 * Terms of reference, membership and information sharing (rules.md, the first two tables), three
 * valued as the second part says.
 */
final class TermsOfReferenceRules {

  /** The kinds of responsible authority, Crime and Disorder Act 1998 s5. */
  static final Set<OrganisationKind> RESPONSIBLE_KINDS = EnumSet.of(OrganisationKind.LOCAL_AUTHORITY,
      OrganisationKind.POLICE, OrganisationKind.FIRE_AND_RESCUE, OrganisationKind.HEALTH, OrganisationKind.PROBATION);

  static final int MAX_DAYS_APART = 92;
  static final int AGENDA_MONTHS = 12;
  private static final int SHORTEST_INTERVAL = 1;
  private static final int LONGEST_INTERVAL = 60;

  private final ReferenceChecker c;
  private final boolean approvalsRecorded;
  private final boolean subgroupsRecorded;

  private TermsOfReferenceRules(ReferenceChecker checker) {
    this.c = checker;
    this.approvalsRecorded = checker.recorded("termsOfReference");
    this.subgroupsRecorded = checker.recorded("subgroups");
  }

  static void check(ReferenceChecker checker) {
    TermsOfReferenceRules rules = new TermsOfReferenceRules(checker);
    rules.missing();
    rules.reviewOverdue();
    rules.subgroupRules();
    rules.notOnAgenda();
    rules.defunctMembers();
    rules.responsibleAuthorities();
    rules.informationSharing();
  }

  // TOR_MISSING: every body has a ToR approved on or before D. Subgroups not recorded may exist,
  // and the complete list of approvals holds none for them: the partnership reports the gap.
  private void missing() {
    String rule = "TOR_MISSING";
    if (!c.holds(rule)) {
      return;
    }
    c.applies(rule);
    for (String body : c.bodies()) {
      if (!approvalsRecorded) {
        c.gap(rule, body, "$.termsOfReference");
      } else if (c.latestApproval(body).isEmpty()) {
        c.find(rule, body);
      }
    }
    if (!subgroupsRecorded) {
      c.gapAboutOthers(rule, c.partnership, "$.subgroups");
    }
  }

  // TOR_REVIEW_OVERDUE: latest approval + its interval before D. A subgroup that is not recorded
  // has no approval in a recorded list (references resolve to the record's ids), so it cannot be
  // overdue: the subgroups leave the rule open only when the approvals are not recorded either.
  private void reviewOverdue() {
    String rule = "TOR_REVIEW_OVERDUE";
    if (!c.holds(rule)) {
      return;
    }
    if (!approvalsRecorded) {
      c.applies(rule);
      c.bodies().forEach(body -> c.gap(rule, body, "$.termsOfReference"));
      if (!subgroupsRecorded) {
        c.gapAboutOthers(rule, c.partnership, "$.subgroups");
      }
      return;
    }
    for (String body : c.bodies()) {
      Optional<TermsOfReference> latest = c.latestApproval(body);
      if (latest.isEmpty()) {
        continue;
      }
      c.applies(rule);
      TermsOfReference tor = latest.get();
      if (ReferenceChecker.unknown(tor, "reviewIntervalMonths")) {
        // an interval of 1 to 60 months: overdue whatever it is, or not whatever it is, or open
        if (c.date.isAfter(tor.approvedOn().plusMonths(LONGEST_INTERVAL))) {
          c.find(rule, body);
        } else if (c.date.isAfter(tor.approvedOn().plusMonths(SHORTEST_INTERVAL))) {
          c.gap(rule, body, c.path("termsOfReference", tor) + ".reviewIntervalMonths");
        }
        continue;
      }
      LocalDate due = tor.approvedOn().plusMonths(tor.reviewIntervalMonths());
      if (c.date.isAfter(due)) {
        c.find(rule, body, "dueDate", due.toString());
      }
    }
  }

  // TOR_REVIEW_NOT_ALIGNED and TOR_SUBGROUP_NOT_APPROVED_BY_PARENT, on each subgroup whose latest
  // approval (and its parent's) is there.
  private void subgroupRules() {
    String aligned = "TOR_REVIEW_NOT_ALIGNED";
    String approved = "TOR_SUBGROUP_NOT_APPROVED_BY_PARENT";
    for (String rule : List.of(aligned, approved)) {
      if (!c.holds(rule)) {
        continue;
      }
      if (!approvalsRecorded) {
        // with no subgroup listed, and the list of them recorded, no subgroup can be judged
        if (!subgroupsRecorded || !c.record.subgroups().isEmpty()) {
          c.applies(rule);
          c.gap(rule, c.partnership, "$.termsOfReference");
        }
        if (!subgroupsRecorded) {
          c.gap(rule, c.partnership, "$.subgroups");
        }
        continue;
      }
      for (Subgroup subgroup : c.record.subgroups()) {
        Optional<TermsOfReference> own = c.latestApproval(subgroup.id());
        if (own.isEmpty()) {
          continue;
        }
        if (rule.equals(approved)) {
          c.applies(rule);
          if (!own.get().approvedBy().equals(subgroup.parent())) {
            c.find(rule, subgroup.id(), "approvedBy", own.get().approvedBy());
          }
          continue;
        }
        Optional<TermsOfReference> parents = c.latestApproval(subgroup.parent());
        if (parents.isEmpty()) {
          continue;
        }
        c.applies(rule);
        long apart = Math.abs(ChronoUnit.DAYS.between(own.get().approvedOn(), parents.get().approvedOn()));
        if (apart > MAX_DAYS_APART) {
          c.find(rule, subgroup.id(), "daysApart", Long.toString(apart));
        }
      }
    }
  }

  // TOR_NOT_ON_AGENDA: a HELD meeting of the partnership in the 12 months up to D with a ToR item;
  // not applicable when the partnership has no meeting on or before D.
  private void notOnAgenda() {
    String rule = "TOR_NOT_ON_AGENDA";
    if (!c.holds(rule)) {
      return;
    }
    if (!c.recorded("meetings")) {
      c.applies(rule);
      c.gap(rule, c.partnership, "$.meetings");
      return;
    }
    List<Meeting> unknownAgendas = new ArrayList<>();
    for (Meeting meeting : c.record.meetings()) {
      if (!meeting.body().equals(c.partnership) || !c.byDate(meeting.date())) {
        continue;
      }
      c.applies(rule);
      if (meeting.status() != MeetingStatus.HELD || !c.within(meeting.date(), AGENDA_MONTHS)) {
        continue;
      }
      if (!ReferenceChecker.recorded(meeting, "items")) {
        unknownAgendas.add(meeting);
        continue;
      }
      for (AgendaItem item : meeting.items()) {
        if (item.kind() == AgendaItemKind.TERMS_OF_REFERENCE) {
          return;
        }
      }
    }
    if (!unknownAgendas.isEmpty()) {
      unknownAgendas.forEach(meeting -> c.gap(rule, c.partnership, c.path("meetings", meeting) + ".items"));
    } else if (c.record.meetings().stream().anyMatch(m -> m.body().equals(c.partnership) && c.byDate(m.date()))) {
      c.find(rule, c.partnership);
    }
  }

  // TOR_LISTS_DEFUNCT_MEMBER: the latest ToR of a body lists an organisation whose last day is
  // before D. A membership that is not recorded can only list the record's organisations: it is
  // open only when one of them is defunct on D.
  private void defunctMembers() {
    String rule = "TOR_LISTS_DEFUNCT_MEMBER";
    if (!c.holds(rule)) {
      return;
    }
    boolean anyDefunct = c.record.organisations().stream().anyMatch(c::defunct);
    if (!approvalsRecorded) {
      c.applies(rule);
      if (anyDefunct) {
        c.gap(rule, c.partnership, "$.termsOfReference");
      }
      return;
    }
    for (String body : c.bodies()) {
      Optional<TermsOfReference> latest = c.latestApproval(body);
      if (latest.isEmpty()) {
        continue;
      }
      TermsOfReference tor = latest.get();
      if (!ReferenceChecker.recorded(tor, "membership")) {
        c.applies(rule);
        if (anyDefunct) {
          c.gap(rule, tor.id(), c.path("termsOfReference", tor) + ".membership");
        }
        continue;
      }
      if (!tor.membership().isEmpty()) {
        c.applies(rule);
      }
      for (Membership member : tor.membership()) {
        if (c.defunct(c.organisation(member.organisation()))) {
          c.find(rule, tor.id(), "organisation", member.organisation());
        }
      }
    }
  }

  // MEMBERSHIP_RESPONSIBLE_AUTHORITY_MISSING: the partnership's latest ToR has an existing
  // RESPONSIBLE_AUTHORITY member of each kind; with councils recorded, each existing council (and
  // the county council) instead of any local authority.
  private void responsibleAuthorities() {
    String rule = "MEMBERSHIP_RESPONSIBLE_AUTHORITY_MISSING";
    if (!c.holds(rule)) {
      return;
    }
    if (!approvalsRecorded) {
      c.applies(rule);
      c.gap(rule, c.partnership, "$.termsOfReference");
      return;
    }
    Optional<TermsOfReference> latest = c.latestApproval(c.partnership);
    if (latest.isEmpty()) {
      return;
    }
    TermsOfReference tor = latest.get();
    boolean membershipRecorded = ReferenceChecker.recorded(tor, "membership");
    if (membershipRecorded && tor.membership().isEmpty()) {
      return;
    }
    c.applies(rule);
    Set<OrganisationKind> kinds = EnumSet.copyOf(RESPONSIBLE_KINDS);
    Set<String> councils = new LinkedHashSet<>();
    if (!c.record.partnership().councils().isEmpty()) {
      kinds.remove(OrganisationKind.LOCAL_AUTHORITY);
      councils.addAll(c.record.partnership().councils());
      c.record.partnership().countyCouncil().ifPresent(councils::add);
      councils.removeIf(council -> !c.exists(c.organisation(council)));
    }
    boolean open = false;
    for (OrganisationKind kind : RESPONSIBLE_KINDS) {
      if (!kinds.contains(kind)) {
        continue;
      }
      if (membershipRecorded) {
        boolean present = tor.membership().stream().anyMatch(m -> m.role() == MemberRole.RESPONSIBLE_AUTHORITY
            && c.exists(c.organisation(m.organisation())) && c.organisation(m.organisation()).kind() == kind);
        if (!present) {
          c.find(rule, c.partnership, "missingKind", kind.name());
        }
      } else if (c.record.organisations().stream().noneMatch(o -> o.kind() == kind && c.exists(o))) {
        c.find(rule, c.partnership, "missingKind", kind.name());
      } else {
        open = true;
      }
    }
    for (String council : councils) {
      if (membershipRecorded) {
        boolean present = tor.membership().stream()
            .anyMatch(m -> m.role() == MemberRole.RESPONSIBLE_AUTHORITY && m.organisation().equals(council));
        if (!present) {
          c.find(rule, c.partnership, "missingKind", OrganisationKind.LOCAL_AUTHORITY.name(), "council", council);
        }
      } else {
        open = true;
      }
    }
    if (open) {
      c.gap(rule, c.partnership, c.path("termsOfReference", tor) + ".membership");
    }
  }

  // ISA_NOT_SIGNED: each existing organisation of the partnership's latest membership has signed
  // the latest version in effect on D. What is not recorded (the agreement, its versions or
  // signatures, the membership) leaves each organisation that might be unsigned open.
  private void informationSharing() {
    String rule = "ISA_NOT_SIGNED";
    if (!c.holds(rule)) {
      return;
    }
    List<String> unknownPaths = new ArrayList<>();
    // the members: known, or any organisation of the record that exists on D
    List<String> candidates = new ArrayList<>();
    boolean membersKnown;
    if (!approvalsRecorded) {
      unknownPaths.add("$.termsOfReference");
      membersKnown = false;
    } else {
      Optional<TermsOfReference> latest = c.latestApproval(c.partnership);
      if (latest.isEmpty()) {
        return;
      }
      membersKnown = ReferenceChecker.recorded(latest.get(), "membership");
      if (membersKnown) {
        for (Membership member : latest.get().membership()) {
          if (c.exists(c.organisation(member.organisation())) && !candidates.contains(member.organisation())) {
            candidates.add(member.organisation());
          }
        }
      } else {
        unknownPaths.add(c.path("termsOfReference", latest.get()) + ".membership");
      }
    }
    if (!membersKnown) {
      c.record.organisations().stream().filter(c::exists).forEach(o -> candidates.add(o.id()));
    }
    if (candidates.isEmpty()) {
      return;
    }
    // the version in effect: known, none, or not known
    Optional<InformationSharing> isa = c.record.informationSharing();
    String version = null;
    boolean versionKnown;
    if (!c.recorded("informationSharing")) {
      unknownPaths.add("$.informationSharing");
      versionKnown = false;
    } else if (isa.isEmpty()) {
      return;
    } else if (!ReferenceChecker.recorded(isa.get(), "versions")) {
      unknownPaths.add("$.informationSharing.versions");
      versionKnown = false;
    } else {
      IsaVersion inEffect = null;
      for (IsaVersion candidate : isa.get().versions()) {
        if (c.byDate(candidate.effectiveFrom())
            && (inEffect == null || !candidate.effectiveFrom().isBefore(inEffect.effectiveFrom()))) {
          inEffect = candidate;
        }
      }
      if (inEffect == null) {
        return;
      }
      version = inEffect.version();
      versionKnown = true;
    }
    boolean signaturesKnown = isa.isPresent() && ReferenceChecker.recorded(isa.get(), "signatures");
    if (isa.isPresent() && !signaturesKnown) {
      unknownPaths.add("$.informationSharing.signatures");
    }
    c.applies(rule);
    boolean open = false;
    for (String organisation : candidates) {
      boolean signed = false;
      if (versionKnown && signaturesKnown) {
        for (IsaSignature signature : isa.get().signatures()) {
          if (signature.organisation().equals(organisation) && signature.version().equals(version)
              && c.byDate(signature.signedOn())) {
            signed = true;
          }
        }
      }
      if (signed) {
        continue;
      }
      if (membersKnown && versionKnown && signaturesKnown) {
        c.find(rule, organisation, "version", version);
      } else {
        open = true;
      }
    }
    if (open) {
      unknownPaths.forEach(path -> c.gap(rule, c.partnership, path));
    }
  }

}

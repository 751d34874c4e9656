package org.kcsp.examples.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kcsp.model.AgendaItem;
import org.kcsp.model.AgendaItemKind;
import org.kcsp.model.Meeting;
import org.kcsp.model.MeetingStatus;
import org.kcsp.model.ScrutinySession;
import org.kcsp.model.TermsOfReference;

/** Meetings and scrutiny (rules.md, *Meetings and scrutiny*), three valued. */
final class MeetingRules {

  static final int WINDOW_MONTHS = 12;
  private static final int MOST_MEETINGS_PER_YEAR = 52;

  private final ReferenceChecker c;

  private MeetingRules(ReferenceChecker checker) {
    this.c = checker;
  }

  static void check(ReferenceChecker checker) {
    MeetingRules rules = new MeetingRules(checker);
    rules.minutesNotApproved();
    rules.frequencyBelowTermsOfReference();
    rules.scrutinyNotAnnual();
  }

  private boolean held(Meeting meeting) {
    return meeting.status() == MeetingStatus.HELD && c.byDate(meeting.date());
  }

  // MEETING_MINUTES_NOT_APPROVED: a HELD meeting whose minutes no MINUTES item of a later HELD
  // meeting of the same body approves, when such a later meeting exists. A later meeting whose
  // agenda is not recorded may have approved them.
  private void minutesNotApproved() {
    String rule = "MEETING_MINUTES_NOT_APPROVED";
    if (!c.holds(rule)) {
      return;
    }
    if (!c.recorded("meetings")) {
      c.applies(rule);
      c.gap(rule, c.partnership, "$.meetings");
      return;
    }
    for (Meeting meeting : c.record.meetings()) {
      if (c.byDate(meeting.date())) {
        c.applies(rule);
      }
      if (!held(meeting)) {
        continue;
      }
      List<Meeting> later = new ArrayList<>();
      for (Meeting other : c.record.meetings()) {
        if (other.body().equals(meeting.body()) && held(other) && other.date().isAfter(meeting.date())) {
          later.add(other);
        }
      }
      if (later.isEmpty() || later.stream().anyMatch(other -> approves(other, meeting))) {
        continue;
      }
      List<Meeting> unknownAgendas = later.stream().filter(other -> !ReferenceChecker.recorded(other, "items")).toList();
      if (unknownAgendas.isEmpty()) {
        c.find(rule, meeting.id());
      } else {
        unknownAgendas.forEach(other -> c.gap(rule, meeting.id(), c.path("meetings", other) + ".items"));
      }
    }
  }

  private static boolean approves(Meeting later, Meeting meeting) {
    for (AgendaItem item : later.items()) {
      if (item.kind() == AgendaItemKind.MINUTES && item.approvesMinutesOf().equals(Optional.of(meeting.id()))) {
        return true;
      }
    }
    return false;
  }

  // MEETING_FREQUENCY_BELOW_TOR: fewer HELD meetings of a body in the 12 months up to D than its
  // latest ToR's meetingsPerYear, once its first ToR is 12 months old; only when there is a meeting.
  private void frequencyBelowTermsOfReference() {
    String rule = "MEETING_FREQUENCY_BELOW_TOR";
    if (!c.holds(rule)) {
      return;
    }
    boolean meetingsRecorded = c.recorded("meetings");
    boolean anyMeeting = !meetingsRecorded || c.record.meetings().stream().anyMatch(m -> c.byDate(m.date()));
    if (!anyMeeting) {
      return;
    }
    if (!c.recorded("termsOfReference")) {
      c.applies(rule);
      c.gap(rule, c.partnership, "$.termsOfReference");
      return;
    }
    for (String body : c.bodies()) {
      Optional<TermsOfReference> latest = c.latestApproval(body);
      Optional<TermsOfReference> first = c.firstApproval(body);
      if (latest.isEmpty() || first.get().approvedOn().plusMonths(WINDOW_MONTHS).isAfter(c.date)) {
        continue;
      }
      TermsOfReference tor = latest.get();
      boolean perYearUnknown = ReferenceChecker.unknown(tor, "meetingsPerYear");
      if (tor.meetingsPerYear().isEmpty() && !perYearUnknown) {
        continue;
      }
      c.applies(rule);
      if (!meetingsRecorded) {
        c.gap(rule, body, "$.meetings");
        continue;
      }
      long heldInWindow = c.record.meetings().stream()
          .filter(m -> m.body().equals(body) && held(m) && c.within(m.date(), WINDOW_MONTHS))
          .count();
      if (perYearUnknown) {
        if (heldInWindow < MOST_MEETINGS_PER_YEAR) {
          c.gap(rule, body, c.path("termsOfReference", tor) + ".meetingsPerYear");
        }
      } else if (heldInWindow < tor.meetingsPerYear().getAsInt()) {
        c.find(rule, body, "meetingsHeld", Long.toString(heldInWindow),
            "meetingsPerYear", Integer.toString(tor.meetingsPerYear().getAsInt()));
      }
    }
  }

  // SCRUTINY_NOT_ANNUAL: a session in the 12 months up to D. Version 1: only when sessions are
  // listed. Version 2: a recorded empty list is a finding too, never before the partnership has
  // existed 12 months; with two or more councils, each existing one needs a session naming it.
  private void scrutinyNotAnnual() {
    String rule = "SCRUTINY_NOT_ANNUAL";
    if (!c.holds(rule)) {
      return;
    }
    boolean existedAYear = c.record.partnership().existsFrom()
        .map(from -> !from.plusMonths(WINDOW_MONTHS).isAfter(c.date)).orElse(true);
    if (!c.recorded("scrutinySessions")) {
      c.applies(rule);
      if (existedAYear) {
        c.gap(rule, c.partnership, "$.scrutinySessions");
      }
      return;
    }
    List<ScrutinySession> sessions = c.record.scrutinySessions().stream().filter(s -> c.byDate(s.date())).toList();
    if (!sessions.isEmpty() || (c.version2 && existedAYear)) {
      c.applies(rule);
    }
    if (sessions.isEmpty() && !c.version2) {
      return;
    }
    if (c.version2 && !existedAYear) {
      return;
    }
    List<ScrutinySession> inWindow = sessions.stream().filter(s -> c.within(s.date(), WINDOW_MONTHS)).toList();
    List<String> councils = c.record.partnership().councils();
    if (councils.size() < 2) {
      if (inWindow.isEmpty()) {
        c.find(rule, c.partnership);
      }
      return;
    }
    for (String council : councils) {
      if (!c.exists(c.organisation(council))) {
        continue;
      }
      if (inWindow.stream().anyMatch(s -> s.council().equals(Optional.of(council)))) {
        continue;
      }
      List<ScrutinySession> unnamed = inWindow.stream().filter(s -> ReferenceChecker.unknown(s, "council")).toList();
      if (unnamed.isEmpty()) {
        c.find(rule, c.partnership, "council", council);
      } else {
        unnamed.forEach(s -> c.gap(rule, c.partnership, c.path("scrutinySessions", s) + ".council"));
      }
    }
  }
}

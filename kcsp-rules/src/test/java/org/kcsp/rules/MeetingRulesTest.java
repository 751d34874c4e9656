package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kcsp.model.Meeting;
import org.kcsp.model.MeetingStatus;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.ScrutinySession;
import org.kcsp.model.TermsOfReference;

/**
 * MEETING_MINUTES_NOT_APPROVED, MEETING_FREQUENCY_BELOW_TOR and SCRUTINY_NOT_ANNUAL, from the KCSP of
 * 14 July 2022 (seed 001): the notes of 24 March 2022 were approved on 14 July 2022 (item 1), the
 * next meetings are 17 November 2022, 16 March 2023 and 6 July 2023, the ToR were last approved in
 * July 2021 (the fixture assumes 15 July) and the Crime and Disorder Scrutiny Committee met on 8 June
 * 2022 (CSA item para 2).
 */
class MeetingRulesTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();

  private static final String MINUTES = "MEETING_MINUTES_NOT_APPROVED";
  private static final String FREQUENCY = "MEETING_FREQUENCY_BELOW_TOR";
  private static final String SCRUTINY = "SCRUTINY_NOT_ANNUAL";

  /** 24 March 2022: the meeting whose notes were approved on 14 July 2022 (seed 001, item 1). */
  private static final LocalDate MARCH_MEETING = LocalDate.of(2022, 3, 24);
  /** 17 November 2022: the next meeting (seed 001, dates of future meetings). */
  private static final LocalDate NOVEMBER_MEETING = LocalDate.of(2022, 11, 17);
  /** 8 June 2022: the annual meeting of the Crime and Disorder Scrutiny Committee (seed 001, CSA item para 2). */
  private static final LocalDate SCRUTINY_SESSION = LocalDate.of(2022, 6, 8);

  /** The fixture with one meeting replaced. */
  static PartnershipRecord.Builder withMeeting(String id, UnaryOperator<Meeting.Builder> change) {
    List<Meeting> meetings = Kcsp2022.record().build().meetings().stream()
        .map(m -> m.id().equals(id) ? change.apply(Meeting.builder().from(m)).build() : m)
        .toList();
    return Kcsp2022.record().meetings(meetings);
  }

  /** The fixture with one ToR approval changed. */
  static PartnershipRecord.Builder withTor(PartnershipRecord.Builder builder, String id,
      UnaryOperator<TermsOfReference.Builder> change) {
    PartnershipRecord record = builder.build();
    List<TermsOfReference> tors = record.termsOfReference().stream()
        .map(t -> t.id().equals(id) ? change.apply(TermsOfReference.builder().from(t)).build() : t)
        .toList();
    return PartnershipRecord.builder().from(record).termsOfReference(tors);
  }

  @Nested
  class MinutesNotApproved {

    @Test
    void passes_when_the_notes_of_24_march_2022_were_approved_on_14_july_2022() {
      // GIVEN the KCSP of 14 July 2022, whose item 1 approved the notes of 24 March 2022 (seed 001)
      PartnershipRecord record = Kcsp2022.record().build();
      // WHEN it is checked on that day
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN the March minutes are approved, and the July meeting has no later meeting yet
      assertThat(report).hasNoFinding(MINUTES).outcomeOf(MINUTES).isPass();
    }

    @Test
    void reports_minutes_not_approved_at_the_later_meeting_held() {
      // GIVEN the meeting of 14 July 2022 without the item approving the notes of 24 March 2022
      PartnershipRecord record = withMeeting("KCSP-2022-07-14", m -> m.items(
          Kcsp2022.record().build().meetings().get(1).items().subList(1, 2))).build();
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN the March minutes are reported
      Finding finding = assertThat(report).hasFinding(MINUTES).on("KCSP-2022-03-24").withSeverity(Severity.WARNING)
          .single();
      assertThat(finding.subject().kind()).isEqualTo(SubjectKind.MEETING);
      assertThat(finding.evidence()).containsExactly(
          Map.entry("meetingDate", "2022-03-24"),
          Map.entry("laterMeetingsHeld", "1"));
      assertThat(finding.message()).isEqualTo("The minutes of Kent Community Safety Partnership's meeting of "
          + "24 March 2022 (KCSP-2022-03-24) have not been approved, though 1 later meeting was held by 14 July 2022; "
          + "approve them at the next meeting.");
      assertThat(report).hasFinding(MINUTES).times(1).and().outcomeOf(MINUTES).isFail();
    }

    @Test
    void stays_silent_while_no_later_meeting_has_been_held() {
      // GIVEN the meeting of 17 November 2022 is still recorded as SCHEDULED (seed 001)
      PartnershipRecord record = Kcsp2022.record().build();
      // WHEN the KCSP is checked on 17 November 2022
      ComplianceReport report = ENGINE.check(record, NOVEMBER_MEETING);
      // THEN the minutes of 14 July 2022 are not yet due for approval
      assertThat(report).hasNoFinding(MINUTES).outcomeOf(MINUTES).isPass();
    }

    @Test
    void reports_the_july_minutes_once_the_november_meeting_is_held_without_approving_them() {
      // GIVEN the meeting of 17 November 2022 was held, with no item approving the minutes of 14 July 2022
      PartnershipRecord record = withMeeting("KCSP-2022-11-17", m -> m.status(MeetingStatus.HELD)).build();
      // WHEN the KCSP is checked on the day before and on the day of that meeting
      ComplianceReport dayBefore = ENGINE.check(record, NOVEMBER_MEETING.minusDays(1));
      ComplianceReport onTheDay = ENGINE.check(record, NOVEMBER_MEETING);
      // THEN the July minutes are reported from the day the later meeting is held
      assertThat(dayBefore).hasNoFinding(MINUTES);
      assertThat(onTheDay).hasFinding(MINUTES).on("KCSP-2022-07-14")
          .withEvidence("meetingDate", "2022-07-14").withEvidence("laterMeetingsHeld", "1").single();
      assertThat(onTheDay).hasFinding(MINUTES).times(1);
    }

    @Test
    void does_not_count_an_approval_at_a_meeting_that_was_not_held() {
      // GIVEN the meeting of 14 July 2022 that would have approved the March notes was cancelled,
      // and the meeting of 17 November 2022 was held without approving them
      PartnershipRecord record = withMeeting("KCSP-2022-07-14", m -> m.status(MeetingStatus.CANCELLED)).build();
      record = PartnershipRecord.builder().from(record).meetings(record.meetings().stream()
          .map(m -> m.id().equals("KCSP-2022-11-17") ? Meeting.builder().from(m).status(MeetingStatus.HELD).build() : m)
          .toList()).build();
      // WHEN the KCSP is checked on 17 November 2022
      ComplianceReport report = ENGINE.check(record, NOVEMBER_MEETING);
      // THEN the March minutes are still unapproved; the cancelled meeting has no minutes to approve
      assertThat(report).hasFinding(MINUTES).on("KCSP-2022-03-24").single();
      assertThat(report).hasNoFinding(MINUTES, "KCSP-2022-07-14");
    }

    @Test
    void is_not_applicable_without_meetings() {
      // GIVEN the KCSP without any meeting
      PartnershipRecord record = Kcsp2022.record().meetings(List.of()).build();
      // WHEN it is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN the rule has nothing to read
      assertThat(report).hasNoFinding(MINUTES).outcomeOf(MINUTES).isNotApplicable();
    }
  }

  @Nested
  class FrequencyBelowTor {

    /** The fixture whose 2022 ToR say the KCSP meets {@code times} a year. */
    PartnershipRecord meetingsPerYear(int times) {
      return withTor(Kcsp2022.record(), "KCSP-TOR-2022", t -> t.meetingsPerYear(times)).build();
    }

    @Test
    void is_not_applicable_on_14_july_2022_while_the_first_tor_is_not_yet_12_months_old() {
      // GIVEN 2022 ToR asking for 3 meetings a year; the first KCSP ToR date from 15 July 2021 (seed 001
      // says July 2021; the day is assumed)
      PartnershipRecord record = meetingsPerYear(3);
      // WHEN the KCSP is checked on 14 July 2022, the day before the first ToR are 12 months old
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN the frequency is not judged yet
      assertThat(report).hasNoFinding(FREQUENCY).outcomeOf(FREQUENCY).isNotApplicable();
    }

    @Test
    void reports_too_few_meetings_once_the_first_tor_is_12_months_old() {
      // GIVEN 2022 ToR asking for 3 meetings a year; the KCSP held 2 in the year up to 15 July 2022
      // (24 March and 14 July 2022, seed 001)
      PartnershipRecord record = meetingsPerYear(3);
      // WHEN it is checked on 15 July 2022, when the first ToR (15 July 2021) are 12 months old
      ComplianceReport report = ENGINE.check(record, Kcsp2022.JULY_2021_APPROVAL.plusMonths(12));
      // THEN the partnership met less often than its ToR say
      Finding finding = assertThat(report).hasFinding(FREQUENCY).on("KCSP").withSeverity(Severity.WARNING).single();
      assertThat(finding.subject().kind()).isEqualTo(SubjectKind.PARTNERSHIP);
      assertThat(finding.evidence()).containsExactly(
          Map.entry("meetingsPerYear", "3"),
          Map.entry("meetingsHeld", "2"),
          Map.entry("from", "2021-07-15"),
          Map.entry("to", "2022-07-15"));
      assertThat(finding.message()).isEqualTo("Kent Community Safety Partnership held 2 meetings between 15 July 2021 "
          + "and 15 July 2022, fewer than the 3 a year its terms of reference (KCSP-TOR-2022) set.");
      assertThat(report).outcomeOf(FREQUENCY).isFail();
    }

    @Test
    void stays_silent_when_the_meetings_held_equal_the_meetings_per_year() {
      // GIVEN 2022 ToR asking for 2 meetings a year, and the 2 held on 24 March and 14 July 2022 (seed 001)
      PartnershipRecord record = meetingsPerYear(2);
      // WHEN the KCSP is checked on 15 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.JULY_2021_APPROVAL.plusMonths(12));
      // THEN it met as often as it should
      assertThat(report).hasNoFinding(FREQUENCY).outcomeOf(FREQUENCY).isPass();
    }

    @Test
    void counts_a_meeting_on_the_first_day_of_the_12_months_but_not_the_day_before() {
      // GIVEN 2022 ToR asking for 2 meetings a year; held: 24 March and 14 July 2022 (seed 001); the
      // meetings of 17 November 2022 and 16 March 2023 are still recorded as SCHEDULED, not held
      PartnershipRecord record = meetingsPerYear(2);
      // WHEN the KCSP is checked on 24 March 2023 and on 25 March 2023
      ComplianceReport lastDayIn = ENGINE.check(record, MARCH_MEETING.plusMonths(12));
      ComplianceReport firstDayOut = ENGINE.check(record, MARCH_MEETING.plusMonths(12).plusDays(1));
      // THEN 24 March 2022 counts up to 24 March 2023 (D.minusMonths(12)) and not after
      assertThat(lastDayIn).hasNoFinding(FREQUENCY);
      assertThat(firstDayOut).hasFinding(FREQUENCY).on("KCSP").withEvidence("meetingsHeld", "1")
          .withEvidence("from", "2022-03-25").withEvidence("to", "2023-03-25").single();
    }

    @Test
    void counts_only_held_meetings() {
      // GIVEN 2022 ToR asking for 3 meetings a year, and the meeting of 17 November 2022 (seed 001) scheduled or held
      PartnershipRecord scheduled = meetingsPerYear(3);
      PartnershipRecord held = withTor(withMeeting("KCSP-2022-11-17", m -> m.status(MeetingStatus.HELD)),
          "KCSP-TOR-2022", t -> t.meetingsPerYear(3)).build();
      // WHEN both are checked on 17 November 2022
      ComplianceReport notHeld = ENGINE.check(scheduled, NOVEMBER_MEETING);
      ComplianceReport wasHeld = ENGINE.check(held, NOVEMBER_MEETING);
      // THEN a meeting still SCHEDULED on its date was not held and does not count
      assertThat(notHeld).hasFinding(FREQUENCY).on("KCSP").withEvidence("meetingsHeld", "2").single();
      assertThat(wasHeld).hasNoFinding(FREQUENCY).outcomeOf(FREQUENCY).isPass();
    }

    @Test
    void uses_the_meetings_per_year_of_the_latest_tor() {
      // GIVEN the 2021 ToR asked for 4 meetings a year and the 2022 ToR ask for 2
      PartnershipRecord record = withTor(withTor(Kcsp2022.record(), "KCSP-TOR-2021", t -> t.meetingsPerYear(4)),
          "KCSP-TOR-2022", t -> t.meetingsPerYear(2)).build();
      // WHEN the KCSP is checked on 15 July 2022, with 2 meetings held (seed 001)
      ComplianceReport report = ENGINE.check(record, Kcsp2022.JULY_2021_APPROVAL.plusMonths(12));
      // THEN the latest ToR set the frequency
      assertThat(report).hasNoFinding(FREQUENCY).outcomeOf(FREQUENCY).isPass();
    }

    @Test
    void reports_a_subgroup_that_never_met_once_its_first_tor_is_12_months_old() {
      // GIVEN the Working Group's first ToR, approved on 14 July 2022 (seed 001, resolution (a)), ask
      // for 4 meetings a year, and no meeting of the Working Group is recorded
      PartnershipRecord record = withTor(Kcsp2022.record(), "WG-TOR-2022", t -> t.meetingsPerYear(4)).build();
      // WHEN the KCSP is checked on 13 July 2023 and on 14 July 2023
      ComplianceReport young = ENGINE.check(record, Kcsp2022.MINUTES.plusMonths(12).minusDays(1));
      ComplianceReport old = ENGINE.check(record, Kcsp2022.MINUTES.plusMonths(12));
      // THEN the Working Group is reported once its ToR are 12 months old
      assertThat(young).hasNoFinding(FREQUENCY);
      Finding finding = assertThat(old).hasFinding(FREQUENCY).on("KCSP-WG").withEvidence("meetingsHeld", "0")
          .withEvidence("meetingsPerYear", "4").single();
      assertThat(finding.subject().kind()).isEqualTo(SubjectKind.SUBGROUP);
      assertThat(finding.message()).startsWith("KCSP Working Group held 0 meetings between 14 July 2022 and 14 July 2023");
    }

    @Test
    void is_not_applicable_when_no_tor_sets_meetings_per_year() {
      // GIVEN the fixture's ToR, which do not say how often the bodies meet
      PartnershipRecord record = Kcsp2022.record().build();
      // WHEN the KCSP is checked on 15 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.JULY_2021_APPROVAL.plusMonths(12));
      // THEN there is no frequency to compare with
      assertThat(report).hasNoFinding(FREQUENCY).outcomeOf(FREQUENCY).isNotApplicable();
    }

    @Test
    void is_not_applicable_without_meetings() {
      // GIVEN 2022 ToR asking for 3 meetings a year, and a record without any meeting
      PartnershipRecord record = withTor(Kcsp2022.record().meetings(List.of()), "KCSP-TOR-2022",
          t -> t.meetingsPerYear(3)).build();
      // WHEN the KCSP is checked on 15 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.JULY_2021_APPROVAL.plusMonths(12));
      // THEN the record holds no meetings to count: not applicable, and no finding
      assertThat(report).hasNoFinding(FREQUENCY).outcomeOf(FREQUENCY).isNotApplicable();
    }
  }

  @Nested
  class ScrutinyNotAnnual {

    @Test
    void passes_with_the_scrutiny_session_of_8_june_2022() {
      // GIVEN the KCSP of 14 July 2022, scrutinised on 8 June 2022 (seed 001, CSA item para 2)
      PartnershipRecord record = Kcsp2022.record().build();
      // WHEN it is checked on that day
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN the partnership was scrutinised in the last 12 months
      assertThat(report).hasNoFinding(SCRUTINY).outcomeOf(SCRUTINY).isPass();
    }

    @Test
    void stays_silent_12_months_after_the_last_session() {
      // GIVEN the session of 8 June 2022 (seed 001)
      PartnershipRecord record = Kcsp2022.record().build();
      // WHEN the KCSP is checked on 8 June 2023
      ComplianceReport report = ENGINE.check(record, SCRUTINY_SESSION.plusMonths(12));
      // THEN 8 June 2022 is the first day of the 12 months up to it
      assertThat(report).hasNoFinding(SCRUTINY).outcomeOf(SCRUTINY).isPass();
    }

    @Test
    void reports_no_session_the_day_after_12_months_since_the_last() {
      // GIVEN the session of 8 June 2022 (seed 001), and an earlier one of 10 June 2021 (assumed)
      List<ScrutinySession> sessions = new ArrayList<>(Kcsp2022.record().build().scrutinySessions());
      sessions.add(0, ScrutinySession.builder().id("SCRUTINY-2021-06-10").date(LocalDate.of(2021, 6, 10))
          .committee("Crime and Disorder Scrutiny Committee").build());
      PartnershipRecord record = Kcsp2022.record().scrutinySessions(sessions).build();
      // WHEN the KCSP is checked on 9 June 2023
      ComplianceReport report = ENGINE.check(record, SCRUTINY_SESSION.plusMonths(12).plusDays(1));
      // THEN no session falls in the 12 months up to it; the last was on 8 June 2022
      Finding finding = assertThat(report).hasFinding(SCRUTINY).on("KCSP").withSeverity(Severity.ERROR).single();
      assertThat(finding.subject().kind()).isEqualTo(SubjectKind.PARTNERSHIP);
      assertThat(finding.evidence()).containsExactly(
          Map.entry("lastSession", "2022-06-08"),
          Map.entry("from", "2022-06-09"),
          Map.entry("to", "2023-06-09"));
      assertThat(finding.message()).isEqualTo("No crime and disorder scrutiny session about Kent Community Safety "
          + "Partnership took place between 9 June 2022 and 9 June 2023; the last was on 8 June 2022.");
      assertThat(report).outcomeOf(SCRUTINY).isFail();
    }

    @Test
    void is_not_applicable_without_scrutiny_sessions() {
      // GIVEN the KCSP without any scrutiny session
      PartnershipRecord record = Kcsp2022.record().scrutinySessions(List.of()).build();
      // WHEN it is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN the rule has nothing to read
      assertThat(report).hasNoFinding(SCRUTINY).outcomeOf(SCRUTINY).isNotApplicable();
    }

    @Test
    void is_not_applicable_before_the_first_session() {
      // GIVEN the only session is that of 8 June 2022 (seed 001)
      PartnershipRecord record = Kcsp2022.record().build();
      // WHEN the KCSP is checked on 7 June 2022
      ComplianceReport report = ENGINE.check(record, SCRUTINY_SESSION.minusDays(1));
      // THEN the session is not there yet
      assertThat(report).hasNoFinding(SCRUTINY).outcomeOf(SCRUTINY).isNotApplicable();
    }
  }
}

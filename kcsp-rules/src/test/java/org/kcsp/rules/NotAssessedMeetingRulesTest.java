package org.kcsp.rules;

import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kcsp.model.AgendaItem;
import org.kcsp.model.AgendaItemKind;
import org.kcsp.model.Meeting;
import org.kcsp.model.MeetingStatus;
import org.kcsp.model.Organisation;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.ScrutinySession;

/**
 * The meeting and scrutiny rules on version 2 records: meetings, agendas and scrutiny sessions not
 * recorded leave their subjects not assessed; a recorded empty list of sessions is a finding once
 * the partnership has existed 12 months; each council of a joint partnership is scrutinised apart.
 */
class NotAssessedMeetingRulesTest {

  private static final LocalDate MINUTES = Kcsp2022.MINUTES;
  private static final LocalDate MARCH = LocalDate.of(2022, 3, 24);

  private static ComplianceReport check(PartnershipRecord record) {
    return Version2Records.check(record);
  }

  private static Meeting held(String id, LocalDate date, AgendaItem... items) {
    return Meeting.builder().id(id).body("KCSP").date(date).status(MeetingStatus.HELD).addItems(items).build();
  }

  private static Meeting heldWithoutItems(String id, LocalDate date) {
    return Meeting.builder().id(id).body("KCSP").date(date).status(MeetingStatus.HELD).addNotRecorded("items").build();
  }

  private static AgendaItem approves(String meeting) {
    return AgendaItem.builder().title("Notes of the last meeting").kind(AgendaItemKind.MINUTES).approvesMinutesOf(meeting).build();
  }

  // ---------------------------------------------------------------- MEETING_MINUTES_NOT_APPROVED

  @Test
  void reports_a_gap_on_the_meeting_at_the_later_agenda_not_recorded() {
    // GIVEN the meeting of 24 March 2022, and a later held meeting whose agenda is not recorded
    PartnershipRecord record = Version2Records.record()
        .meetings(List.of(held("M1", MARCH), heldWithoutItems("M2", MINUTES))).build();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN the March minutes are not assessed: the later agenda may approve them
    assertThat(report).hasNoFinding("MEETING_MINUTES_NOT_APPROVED").outcomeOf("MEETING_MINUTES_NOT_APPROVED").isNotAssessed();
    assertThat(report).hasGap("MEETING_MINUTES_NOT_APPROVED").on("M1").at("$.meetings[1].items")
        .withMessageContaining("meeting of 14 July 2022").times(1);
  }

  @Test
  void stays_clear_when_a_recorded_later_agenda_approves_the_minutes() {
    // GIVEN the March minutes approved in July, and a meeting between with its agenda not recorded
    PartnershipRecord record = Version2Records.record().meetings(List.of(
        held("M1", MARCH), heldWithoutItems("M2", LocalDate.of(2022, 5, 5)), held("M3", MINUTES, approves("M1")))).build();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN the recorded approval decides March's; May's own minutes are not assessed (July's agenda is recorded: a finding)
    assertThat(report).hasNoFinding("MEETING_MINUTES_NOT_APPROVED", "M1").hasNoGap("MEETING_MINUTES_NOT_APPROVED", "M1");
    assertThat(report).hasFinding("MEETING_MINUTES_NOT_APPROVED").on("M2").times(1);
  }

  @Test
  void reports_the_finding_when_every_later_agenda_is_recorded() {
    // GIVEN an earlier meeting whose agenda is not recorded, a later one recorded without the approval
    PartnershipRecord record = Version2Records.record()
        .meetings(List.of(heldWithoutItems("M0", LocalDate.of(2021, 11, 18)), held("M1", MARCH), held("M2", MINUTES))).build();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN both are found: the later agendas are all recorded, and none approves them (that November's
    // own agenda is not recorded does not matter)
    assertThat(report).hasFinding("MEETING_MINUTES_NOT_APPROVED").on("M1").times(1);
    assertThat(report).hasFinding("MEETING_MINUTES_NOT_APPROVED").on("M0").times(1);
    assertThat(report).hasNoGap("MEETING_MINUTES_NOT_APPROVED");
  }

  @Test
  void reports_a_gap_on_the_partnership_when_meetings_are_not_recorded() {
    // GIVEN meetings not recorded
    PartnershipRecord record = Version2Records.record().meetings(List.of()).addNotRecorded("meetings").build();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN the minutes rule is not assessed, a gap on the partnership at the meetings
    assertThat(report).hasGap("MEETING_MINUTES_NOT_APPROVED").on("KCSP").at("$.meetings").times(1);
    assertThat(report).outcomeOf("MEETING_MINUTES_NOT_APPROVED").isNotAssessed();
  }

  // ---------------------------------------------------------------- MEETING_FREQUENCY_BELOW_TOR

  /** The partnership's ToR of July 2021 setting 3 meetings a year: at least 12 months old on 14 July 2022. */
  private static PartnershipRecord.Builder meetsThreeTimes() {
    return Version2Records.record().termsOfReference(List.of(
        Kcsp2022.tor("KCSP-TOR-2021", "KCSP", "2021", Kcsp2022.JULY_2021_APPROVAL).meetingsPerYear(3)
            .membership(Kcsp2022.members()).build(),
        Kcsp2022.tor("WG-TOR-2022", "KCSP-WG", "2022", MINUTES).build(),
        Kcsp2022.tor("DHR-TOR-2022", "DHR-SG", "2022", MINUTES).build()));
  }

  @Test
  void reports_a_gap_on_each_body_that_meets_by_its_tor_when_meetings_are_not_recorded() {
    // GIVEN meetings not recorded, the partnership's ToR of 15 July 2021 setting 3 meetings a year
    PartnershipRecord record = meetsThreeTimes().meetings(List.of()).addNotRecorded("meetings").build();
    // WHEN it is checked on 15 July 2022, and on 14 July 2022, the day before the ToR is 12 months old
    ComplianceReport old = Version2Records.check(record, MINUTES.plusDays(1));
    ComplianceReport young = Version2Records.check(record, MINUTES);
    // THEN a gap on the partnership at the meetings once the rule can apply to it; none before
    assertThat(old).hasNoFinding("MEETING_FREQUENCY_BELOW_TOR").hasGap("MEETING_FREQUENCY_BELOW_TOR").on("KCSP")
        .at("$.meetings").times(1);
    assertThat(old).outcomeOf("MEETING_FREQUENCY_BELOW_TOR").isNotAssessed();
    assertThat(young).hasNoGap("MEETING_FREQUENCY_BELOW_TOR");
  }

  @Test
  void reports_the_frequency_finding_when_meetings_are_recorded() {
    // GIVEN meetings recorded: two held in the 12 months up to 15 July 2022
    PartnershipRecord record = meetsThreeTimes().build();
    // WHEN it is checked
    ComplianceReport report = Version2Records.check(record, MINUTES.plusDays(1));
    // THEN fewer than 3: a finding, no gap
    assertThat(report).hasFinding("MEETING_FREQUENCY_BELOW_TOR").on("KCSP").times(1);
    assertThat(report).hasNoGap("MEETING_FREQUENCY_BELOW_TOR");
  }

  // ---------------------------------------------------------------- SCRUTINY_NOT_ANNUAL

  private static ScrutinySession session(String id, LocalDate date) {
    return ScrutinySession.builder().id(id).date(date).committee("Crime and Disorder Scrutiny Committee").build();
  }

  @Test
  void reports_a_gap_when_scrutiny_sessions_are_not_recorded() {
    // GIVEN scrutiny sessions not recorded
    PartnershipRecord record = Version2Records.record().scrutinySessions(List.of()).addNotRecorded("scrutinySessions").build();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN not assessed, a gap on the partnership at the sessions
    assertThat(report).hasNoFinding("SCRUTINY_NOT_ANNUAL").hasGap("SCRUTINY_NOT_ANNUAL").on("KCSP").at("$.scrutinySessions")
        .withMessageContaining("Record the crime and disorder scrutiny sessions about Kent Community Safety Partnership").times(1);
    assertThat(report).outcomeOf("SCRUTINY_NOT_ANNUAL").isNotAssessed();
  }

  @Test
  void reports_an_empty_recorded_list_of_sessions_as_a_finding() {
    // GIVEN scrutiny sessions recorded as none
    PartnershipRecord record = Version2Records.record().scrutinySessions(List.of()).build();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN a finding (version 1 would call the rule not applicable)
    assertThat(report).hasFinding("SCRUTINY_NOT_ANNUAL").on("KCSP").withEvidence("from", "2021-07-14").times(1);
    assertThat(report).hasNoGap("SCRUTINY_NOT_ANNUAL");
  }

  @Test
  void reports_the_empty_list_once_the_partnership_has_existed_twelve_months() {
    // GIVEN a partnership formed on 14 July 2021, with no scrutiny sessions recorded as none
    PartnershipRecord record = Version2Records.record()
        .partnership(Version2Records.partnership().addNotRecorded("councils").existsFrom(LocalDate.of(2021, 7, 14)).build())
        .scrutinySessions(List.of()).build();
    // WHEN it is checked the day before its first anniversary, and on it
    ComplianceReport before = Version2Records.check(record, LocalDate.of(2022, 7, 13));
    ComplianceReport on = Version2Records.check(record, LocalDate.of(2022, 7, 14));
    // THEN nothing before 12 months, a finding from then on
    assertThat(before).hasNoFinding("SCRUTINY_NOT_ANNUAL").hasNoGap("SCRUTINY_NOT_ANNUAL");
    assertThat(on).hasFinding("SCRUTINY_NOT_ANNUAL").on("KCSP").times(1);
  }

  @Test
  void reports_no_gap_before_the_partnership_has_existed_twelve_months() {
    // GIVEN a partnership formed on 14 July 2021, its sessions not recorded
    PartnershipRecord record = Version2Records.record()
        .partnership(Version2Records.partnership().addNotRecorded("councils").existsFrom(LocalDate.of(2021, 7, 14)).build())
        .scrutinySessions(List.of()).addNotRecorded("scrutinySessions").build();
    // WHEN it is checked the day before its first anniversary, and on it
    // THEN no gap before: the rule cannot fire whatever the sessions; a gap from then on
    assertThat(Version2Records.check(record, LocalDate.of(2022, 7, 13))).hasNoGap("SCRUTINY_NOT_ANNUAL");
    assertThat(Version2Records.check(record, LocalDate.of(2022, 7, 14))).hasGap("SCRUTINY_NOT_ANNUAL").on("KCSP").times(1);
  }

  // ---------------------------------------------------------------- per council

  /** A joint partnership of two councils, each with its sessions as given. */
  private static PartnershipRecord joint(ScrutinySession... sessions) {
    return Version2Records.record()
        .partnership(Version2Records.partnership().addCouncils("DARTFORD", "GRAVESHAM").build())
        .addOrganisations(Version2Records.council("DARTFORD", "Dartford Borough Council"),
            Version2Records.council("GRAVESHAM", "Gravesham Borough Council"))
        .scrutinySessions(List.of(sessions))
        .build();
  }

  private static ScrutinySession of(String council, String id, LocalDate date) {
    return ScrutinySession.builder().from(session(id, date)).council(council).build();
  }

  @Test
  void reports_each_council_without_a_session_in_the_window() {
    // GIVEN Dartford scrutinised the partnership in June 2022, Gravesham last in June 2021
    PartnershipRecord record = joint(of("DARTFORD", "S1", LocalDate.of(2022, 6, 8)), of("GRAVESHAM", "S2", LocalDate.of(2021, 6, 8)));
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN one finding, Gravesham's, naming the council
    assertThat(report).hasFinding("SCRUTINY_NOT_ANNUAL").on("KCSP").withEvidence("council", "GRAVESHAM")
        .withEvidence("lastSession", "2021-06-08").withMessageContaining("Gravesham Borough Council").times(1);
    assertThat(report).hasFinding("SCRUTINY_NOT_ANNUAL").times(1);
  }

  @Test
  void reports_one_finding_per_council_when_neither_has_a_session() {
    // GIVEN no session recorded, as none
    PartnershipRecord record = joint();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN one finding for each council, told apart by the council
    assertThat(report).hasFinding("SCRUTINY_NOT_ANNUAL").withEvidence("council", "DARTFORD").times(1);
    assertThat(report).hasFinding("SCRUTINY_NOT_ANNUAL").withEvidence("council", "GRAVESHAM").times(1);
    assertThat(report).hasFinding("SCRUTINY_NOT_ANNUAL").times(2);
  }

  @Test
  void passes_when_each_council_has_a_session_on_the_first_day_of_the_window() {
    // GIVEN each council's session on 14 July 2021, the first day of the 12 months up to D
    PartnershipRecord record = joint(of("DARTFORD", "S1", MINUTES.minusMonths(12)), of("GRAVESHAM", "S2", MINUTES.minusMonths(12)));
    // WHEN it is checked on D and the day after
    // THEN clear on D; the day after, both are found
    assertThat(check(record)).hasNoFinding("SCRUTINY_NOT_ANNUAL").outcomeOf("SCRUTINY_NOT_ANNUAL").isPass();
    assertThat(Version2Records.check(record, MINUTES.plusDays(1))).hasFinding("SCRUTINY_NOT_ANNUAL").times(2);
  }

  @Test
  void reports_a_gap_for_each_council_without_a_session_when_a_sessions_council_is_unknown() {
    // GIVEN Dartford's session, and a session in the window whose council is unknown
    ScrutinySession unknown = ScrutinySession.builder().from(session("S2", LocalDate.of(2022, 2, 1))).addUnknown("council").build();
    PartnershipRecord record = joint(of("DARTFORD", "S1", LocalDate.of(2022, 6, 8)), unknown);
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN Gravesham is not assessed, at that session's council; Dartford is clear
    assertThat(report).hasNoFinding("SCRUTINY_NOT_ANNUAL").outcomeOf("SCRUTINY_NOT_ANNUAL").isNotAssessed();
    assertThat(report).hasGap("SCRUTINY_NOT_ANNUAL").on("KCSP").at("$.scrutinySessions[1].council")
        .withMessageContaining("1 February 2022").times(1);
  }

  @Test
  void reports_a_council_and_the_gap_of_another_when_a_sessions_council_is_unknown_outside_the_window() {
    // GIVEN no session of either council in the window; the session of unknown council is before it
    ScrutinySession unknown = ScrutinySession.builder().from(session("S2", LocalDate.of(2021, 2, 1))).addUnknown("council").build();
    PartnershipRecord record = joint(unknown);
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN the recorded sessions decide: both councils are found, no gap
    assertThat(report).hasFinding("SCRUTINY_NOT_ANNUAL").times(2);
    assertThat(report).hasNoGap("SCRUTINY_NOT_ANNUAL");
  }

  @Test
  void requires_no_session_of_a_council_that_does_not_exist_on_d() {
    // GIVEN Gravesham's council ceased on 31 March 2022; only Dartford's session in the window
    PartnershipRecord record = Version2Records.record()
        .partnership(Version2Records.partnership().addCouncils("DARTFORD", "GRAVESHAM").build())
        .addOrganisations(Version2Records.council("DARTFORD", "Dartford Borough Council"),
            Organisation.builder().from(Version2Records.council("GRAVESHAM", "Gravesham Borough Council"))
                .existsUntil(LocalDate.of(2022, 3, 31)).build())
        .scrutinySessions(List.of(of("DARTFORD", "S1", LocalDate.of(2022, 6, 8))))
        .build();
    // WHEN it is checked
    // THEN clear
    assertThat(check(record)).hasNoFinding("SCRUTINY_NOT_ANNUAL").outcomeOf("SCRUTINY_NOT_ANNUAL").isPass();
  }
}

package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kcsp.model.Grant;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Project;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.Waiver;
import org.kcsp.rules.ReportDiff.Change;
import org.kcsp.rules.ReportDiff.Status;

/**
 * {@link ComplianceEngine#diff}: findings of two reports matched by fingerprint, NEW, RESOLVED,
 * UNCHANGED or CHANGED (severity, waiver, evidence); and {@link ComplianceEngine#whatIf}, the diff a
 * proposed project would make.
 */
class ReportDiffTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();
  private static final LocalDate DUE = LocalDate.of(2023, 7, 14);

  private static List<String> fingerprints(ReportDiff diff, Status status) {
    return diff.changes(status).stream().map(Change::fingerprint).toList();
  }

  /** The KCSP's 2022/23 grant without Bystander Approach Training, and the VRU's award for it. */
  private static PartnershipRecord beforeBystander() {
    Grant grant = KentGrants.crg2022().build();
    Grant without = Grant.builder().from(grant)
        .projects(grant.projects().stream().filter(p -> !p.id().equals("bystander-approach-training")).toList()).build();
    return DuplicateFundingTest.record(without, DuplicateFundingTest.vruBystander());
  }

  /** Bystander Approach Training as the partnership proposed it. */
  private static Project proposedBystander() {
    return Project.builder().from(KentGrants.bystander()).status(ProjectStatus.PROPOSED).statusReason("proposed").build();
  }

  @Test
  void tells_new_from_resolved_and_unchanged_between_two_dates() {
    // GIVEN the KCSP checked the day its reviews fall due and two days later
    PartnershipRecord record = Kcsp2022.record().build();
    ReportDiff diff = ComplianceEngine.diff(ENGINE.check(record, DUE), ENGINE.check(record, DUE.plusDays(2)));
    // THEN the reviews are new; nothing is resolved
    assertThat(fingerprints(diff, Status.NEW)).contains("TOR_REVIEW_OVERDUE/KCSP", "TOR_REVIEW_OVERDUE/KCSP-WG");
    assertThat(diff.changes(Status.NEW)).allSatisfy(change -> assertThat(change.before()).isEmpty());
    assertThat(diff.count(Status.RESOLVED)).isZero();
    // AND the other way round, they are resolved, with the finding as it stood
    ReportDiff back = ComplianceEngine.diff(ENGINE.check(record, DUE.plusDays(2)), ENGINE.check(record, DUE));
    assertThat(fingerprints(back, Status.RESOLVED)).contains("TOR_REVIEW_OVERDUE/KCSP");
    assertThat(back.changes(Status.RESOLVED)).allSatisfy(change -> assertThat(change.after()).isEmpty());
    // AND a report against itself is unchanged throughout
    ReportDiff same = ComplianceEngine.diff(ENGINE.check(record, DUE.plusDays(2)), ENGINE.check(record, DUE.plusDays(2)));
    assertThat(same.changes()).extracting(Change::status).containsOnly(Status.UNCHANGED).isNotEmpty();
  }

  @Test
  void calls_a_finding_changed_when_its_evidence_moves_on_and_names_what() {
    // GIVEN the KCSP one and two days after its reviews fell due
    PartnershipRecord record = Kcsp2022.record().build();
    ReportDiff diff = ComplianceEngine.diff(ENGINE.check(record, DUE.plusDays(1)), ENGINE.check(record, DUE.plusDays(2)));
    // THEN each review is CHANGED, in its days overdue only
    Change review = diff.changes(Status.CHANGED).stream()
        .filter(change -> change.fingerprint().equals("TOR_REVIEW_OVERDUE/KCSP")).findFirst().orElseThrow();
    assertThat(review.evidenceChanged()).containsExactly("daysOverdue");
    assertThat(review.severityChanged()).isFalse();
    assertThat(review.waiverChanged()).isFalse();
    assertThat(review.finding()).isEqualTo(review.after().orElseThrow());
  }

  @Test
  void calls_a_finding_changed_when_its_waiver_ends_and_does_not_count_it_as_new() {
    // GIVEN the KCSP's review waived until 30 November 2023, checked on its last day and the day after
    PartnershipRecord record = Kcsp2022.record()
        .addWaivers(Waiver.builder().rule("TOR_REVIEW_OVERDUE").subject("KCSP").reason("Moved").approvedBy("KCSP")
            .until(LocalDate.of(2023, 11, 30)).build())
        .build();
    ReportDiff diff = ComplianceEngine.diff(ENGINE.check(record, LocalDate.of(2023, 11, 30)),
        ENGINE.check(record, LocalDate.of(2023, 12, 1)));
    // THEN the review is CHANGED in its waiver, and open; the waiver's expiry is NEW, an INFO
    Change review = diff.changes(Status.CHANGED).stream()
        .filter(change -> change.fingerprint().equals("TOR_REVIEW_OVERDUE/KCSP")).findFirst().orElseThrow();
    assertThat(review.waiverChanged()).isTrue();
    assertThat(review.finding().isOpen()).isTrue();
    assertThat(fingerprints(diff, Status.NEW)).containsExactly("WAIVER_EXPIRED/KCSP/waivedRule=TOR_REVIEW_OVERDUE/until=2023-11-30");
    // AND only what is new counts for failing: an INFO, below WARNING
    assertThat(diff.hasNewOpenFindingAtLeast(Severity.WARNING)).isFalse();
    assertThat(diff.hasNewOpenFindingAtLeast(Severity.INFO)).isTrue();
  }

  @Test
  void calls_a_finding_changed_when_its_severity_differs() {
    // GIVEN the same record and date checked by an engine that makes the agenda rule an ERROR
    PartnershipRecord record = Kcsp2022.record().build();
    ComplianceEngine stricter = ComplianceEngine.builder().severity("TOR_NOT_ON_AGENDA", Severity.ERROR).build();
    ReportDiff diff = ComplianceEngine.diff(ENGINE.check(record, DUE.plusDays(2)), stricter.check(record, DUE.plusDays(2)));
    // THEN that finding alone is CHANGED, in its severity
    assertThat(diff.changes(Status.CHANGED)).singleElement().satisfies(change -> {
      assertThat(change.fingerprint()).isEqualTo("TOR_NOT_ON_AGENDA/KCSP");
      assertThat(change.severityChanged()).isTrue();
      assertThat(change.evidenceChanged()).isEmpty();
    });
  }

  @Test
  void orders_new_then_changed_then_resolved_then_unchanged() {
    // GIVEN a diff with findings of every status
    PartnershipRecord record = Kcsp2022.record().build();
    ReportDiff diff = ComplianceEngine.diff(ENGINE.check(record, DUE.plusDays(1)), ENGINE.check(record, LocalDate.of(2024, 8, 1)));
    // THEN they come in the order of their status, each status in report order
    assertThat(diff.changes()).isSortedAccordingTo(Change.ORDER);
    assertThat(diff.changes()).extracting(Change::status).isSorted();
  }

  @Test
  void reports_the_duplicate_funding_that_proposing_bystander_approach_training_would_bring() {
    // GIVEN the KCSP's 2022/23 record before Bystander Approach Training was proposed, with the VRU's award for it
    PartnershipRecord record = beforeBystander();
    // WHEN the partnership asks what proposing it to the 2022/23 grant would change, the day before its meeting
    ReportDiff diff = ENGINE.whatIf(record, "CRG-2022-23", proposedBystander(), LocalDate.of(2022, 7, 13));
    // THEN the duplicate funding with the VRU's award is NEW, an open ERROR (and, as the proposal
    // names no priority of the agreement, that it serves none), and nothing is resolved
    assertThat(fingerprints(diff, Status.NEW)).containsExactly("PROJECT_DUPLICATE_FUNDING/bystander-approach-training",
        "PROJECT_NOT_LINKED_TO_PRIORITY/bystander-approach-training");
    assertThat(diff.changes(Status.NEW).get(0).finding().evidence()).containsEntry("award", "VRU-BYSTANDER-2022");
    assertThat(diff.hasNewOpenFindingAtLeast(Severity.ERROR)).isTrue();
    assertThat(diff.count(Status.RESOLVED)).isZero();
    // AND the record itself is not changed
    assertThat(record).isEqualTo(beforeBystander());
  }

  @Test
  void refuses_a_grant_the_record_does_not_hold_naming_the_nearest() {
    assertThatThrownBy(() -> ENGINE.whatIf(beforeBystander(), "CRG-2022-24", proposedBystander(), DUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the record has no grant \"CRG-2022-24\"; did you mean CRG-2022-23?");
  }

  @Test
  void refuses_a_project_whose_id_another_project_has_at_its_own_path() {
    // GIVEN a proposal with the id of a project of the grant
    Project clash = Project.builder().from(proposedBystander()).id("best-bar-none").build();
    // THEN the problem is said at the proposal's id
    assertThatThrownBy(() -> ENGINE.whatIf(beforeBystander(), "CRG-2022-23", clash, DUE))
        .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
            .singleElement().satisfies(problem -> {
              assertThat(problem.path()).isEqualTo("$.id");
              assertThat(problem.message()).contains("best-bar-none").contains("used twice");
            }));
  }

  @Test
  void refuses_a_grant_whose_projects_are_not_recorded() {
    // GIVEN a version 2 record whose grant leaves its projects not recorded
    Grant grant = Grant.builder().from(KentGrants.crg2022().build()).projects(List.of()).addNotRecorded("projects")
        .reportedTotals(List.of()).build();
    PartnershipRecord record = Version2Records.record().grants(List.of(grant)).build();
    // THEN a proposal is refused: there is nothing to weigh it against
    assertThatThrownBy(() -> ENGINE.whatIf(record, "CRG-2022-23", proposedBystander(), DUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the projects of grant \"CRG-2022-23\" are not recorded");
  }
}

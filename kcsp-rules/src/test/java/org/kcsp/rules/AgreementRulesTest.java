package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kcsp.model.Action;
import org.kcsp.model.Agreement;
import org.kcsp.model.Cadence;
import org.kcsp.model.Outcome;
import org.kcsp.model.OutcomeKind;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Priority;
import org.kcsp.model.PriorityKind;

/**
 * AGREEMENT_PRIORITY_WITHOUT_ACTION, AGREEMENT_ACTION_WITHOUT_OUTCOME, AGREEMENT_NO_QUALITATIVE_OUTCOMES
 * and AGREEMENT_REFRESH_OVERDUE, from the Kent Community Safety Agreement refreshed on 14 July 2022
 * (seed 001, CSA item): priorities Road Safety, Serious Violence and Organised Crime, Preventing
 * Neighbourhood Crime and ASB, the new Violence Against Women and Girls (para 1), and the
 * cross-cutting theme Response and Recovery from Significant Events; the members asked for
 * qualitative outcomes beside the quantitative ones (para 7). The actions and their outcome measures
 * are assumed in the fixture: one action per priority, each with a quantitative and a qualitative
 * measure.
 */
class AgreementRulesTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();

  private static final String WITHOUT_ACTION = "AGREEMENT_PRIORITY_WITHOUT_ACTION";
  private static final String WITHOUT_OUTCOME = "AGREEMENT_ACTION_WITHOUT_OUTCOME";
  private static final String NO_QUALITATIVE = "AGREEMENT_NO_QUALITATIVE_OUTCOMES";
  private static final String REFRESH = "AGREEMENT_REFRESH_OVERDUE";

  /** The fixture with its agreement changed. */
  static PartnershipRecord withAgreement(UnaryOperator<Agreement.Builder> change) {
    Agreement agreement = Kcsp2022.record().build().agreement().orElseThrow();
    return Kcsp2022.record().agreement(change.apply(Agreement.builder().from(agreement)).build()).build();
  }

  static Agreement agreement() {
    return Kcsp2022.record().build().agreement().orElseThrow();
  }

  static List<Action> actionsWithout(String id) {
    return agreement().actions().stream().filter(a -> !a.id().equals(id)).toList();
  }

  static Outcome quantitative() {
    return Outcome.of(OutcomeKind.QUANTITATIVE, "measured in the performance report");
  }

  @Nested
  class PriorityWithoutAction {

    @Test
    void passes_on_the_agreement_of_14_july_2022_whose_cross_cutting_theme_has_no_action() {
      // GIVEN the agreement of 14 July 2022: every priority has an action; the cross-cutting theme
      // Response and Recovery from Significant Events (seed 001, CSA item para 1) has none
      PartnershipRecord record = Kcsp2022.record().build();
      // WHEN it is checked on that day
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN nothing is reported: a cross-cutting theme needs no action of its own
      assertThat(report).hasNoFinding(WITHOUT_ACTION).outcomeOf(WITHOUT_ACTION).isPass();
    }

    @Test
    void reports_a_priority_that_no_action_serves() {
      // GIVEN the action plan without its Road Safety action (seed 001, CSA item para 2 names the priority)
      PartnershipRecord record = withAgreement(a -> a.actions(actionsWithout("road-safety-action")));
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN Road Safety is reported
      Finding finding = assertThat(report).hasFinding(WITHOUT_ACTION).on("road-safety").withSeverity(Severity.WARNING)
          .single();
      assertThat(finding.subject().kind()).isEqualTo(SubjectKind.PRIORITY);
      assertThat(finding.evidence()).containsExactly(Map.entry("actionsInPlan", "3"));
      assertThat(finding.message()).isEqualTo("The priority Road Safety of the Kent Community Safety Agreement has no "
          + "action in its action plan (3 actions); add one that serves it.");
      assertThat(report).hasFinding(WITHOUT_ACTION).times(1).and().outcomeOf(WITHOUT_ACTION).isFail();
    }

    @Test
    void reports_the_theme_when_it_is_recorded_as_a_priority() {
      // GIVEN Response and Recovery from Significant Events recorded as a PRIORITY, not as cross-cutting
      List<Priority> priorities = agreement().priorities().stream()
          .map(p -> p.id().equals("significant-events") ? Priority.builder().from(p).kind(PriorityKind.PRIORITY).build() : p)
          .toList();
      PartnershipRecord record = withAgreement(a -> a.priorities(priorities));
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN it needs an action like any priority
      assertThat(report).hasFinding(WITHOUT_ACTION).on("significant-events").withEvidence("actionsInPlan", "4").single();
    }

    @Test
    void counts_an_action_for_every_priority_it_serves() {
      // GIVEN no Road Safety action of its own, but the Serious Violence action also serves Road Safety
      List<Action> actions = actionsWithout("road-safety-action").stream()
          .map(a -> a.id().equals("serious-violence-action") ? Action.builder().from(a).addPriorities("road-safety").build() : a)
          .toList();
      PartnershipRecord record = withAgreement(a -> a.actions(actions));
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN Road Safety is served
      assertThat(report).hasNoFinding(WITHOUT_ACTION).outcomeOf(WITHOUT_ACTION).isPass();
    }

    @Test
    void reports_the_vawg_priority_from_the_day_it_was_added_but_not_before() {
      // GIVEN VAWG, a priority since 14 July 2022 (seed 001, CSA item para 1), without an action
      PartnershipRecord record = withAgreement(a -> a.actions(actionsWithout("vawg-action")));
      // WHEN the KCSP is checked on 13 and on 14 July 2022
      ComplianceReport before = ENGINE.check(record, Kcsp2022.MINUTES.minusDays(1));
      ComplianceReport on = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN an absent priority needs no action; from the day it is added it does
      assertThat(before).hasNoFinding(WITHOUT_ACTION).outcomeOf(WITHOUT_ACTION).isPass();
      assertThat(on).hasFinding(WITHOUT_ACTION).on("vawg").single();
    }

    @Test
    void is_not_applicable_when_the_only_priority_is_absent() {
      // GIVEN an agreement whose only priority is VAWG, added on 14 July 2022 (seed 001, CSA item para 1)
      PartnershipRecord record = withAgreement(a -> a
          .priorities(agreement().priorities().stream().filter(p -> p.id().equals("vawg")).toList())
          .actions(List.of()));
      // WHEN the KCSP is checked on 13 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES.minusDays(1));
      // THEN the agreement has no priority yet
      assertThat(report).hasNoFinding(WITHOUT_ACTION).outcomeOf(WITHOUT_ACTION).isNotApplicable();
    }

    @Test
    void is_not_applicable_without_an_agreement() {
      // GIVEN the KCSP without an agreement
      PartnershipRecord record = Kcsp2022.record().agreement(Optional.empty()).build();
      // WHEN it is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN the rule has nothing to read
      assertThat(report).hasNoFinding(WITHOUT_ACTION).outcomeOf(WITHOUT_ACTION).isNotApplicable();
    }
  }

  @Nested
  class ActionWithoutOutcome {

    @Test
    void passes_when_every_action_has_a_measure() {
      // GIVEN the fixture's actions, each with two outcome measures (assumed)
      PartnershipRecord record = Kcsp2022.record().build();
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN nothing is reported
      assertThat(report).hasNoFinding(WITHOUT_OUTCOME).outcomeOf(WITHOUT_OUTCOME).isPass();
    }

    @Test
    void reports_an_action_without_an_outcome_measure() {
      // GIVEN a Road Safety action, "Safer Roads for Kent campaigns" (the partnership named in seed 001,
      // CSA item para 3), with no outcome measure
      List<Action> actions = agreement().actions().stream()
          .map(a -> a.id().equals("road-safety-action")
              ? Action.builder().from(a).title("Safer Roads for Kent campaigns").outcomes(List.of()).build()
              : a)
          .toList();
      PartnershipRecord record = withAgreement(a -> a.actions(actions));
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN the action is reported
      Finding finding = assertThat(report).hasFinding(WITHOUT_OUTCOME).on("road-safety-action")
          .withSeverity(Severity.INFO).single();
      assertThat(finding.subject().kind()).isEqualTo(SubjectKind.ACTION);
      assertThat(finding.evidence()).containsExactly(Map.entry("outcomes", "0"));
      assertThat(finding.message()).isEqualTo("The action Safer Roads for Kent campaigns of the Kent Community Safety "
          + "Agreement action plan has no outcome measure; say how its results are measured.");
      assertThat(report).hasFinding(WITHOUT_OUTCOME).times(1).and().outcomeOf(WITHOUT_OUTCOME).isFail();
    }

    @Test
    void stays_silent_on_an_action_with_one_measure() {
      // GIVEN every action with a single quantitative measure
      PartnershipRecord record = withAgreement(a -> a.actions(agreement().actions().stream()
          .map(x -> Action.builder().from(x).outcomes(List.of(quantitative())).build())
          .toList()));
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN one measure is enough for this rule
      assertThat(report).hasNoFinding(WITHOUT_OUTCOME).outcomeOf(WITHOUT_OUTCOME).isPass();
    }

    @Test
    void is_not_applicable_without_actions() {
      // GIVEN an agreement with priorities but no action plan yet
      PartnershipRecord record = withAgreement(a -> a.actions(List.of()));
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN there is no action to check
      assertThat(report).hasNoFinding(WITHOUT_OUTCOME).outcomeOf(WITHOUT_OUTCOME).isNotApplicable();
    }
  }

  @Nested
  class NoQualitativeOutcomes {

    @Test
    void passes_when_actions_have_qualitative_measures() {
      // GIVEN the fixture's actions, each with a qualitative measure (assumed)
      PartnershipRecord record = Kcsp2022.record().build();
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN nothing is reported
      assertThat(report).hasNoFinding(NO_QUALITATIVE).outcomeOf(NO_QUALITATIVE).isPass();
    }

    @Test
    void reports_an_action_plan_measured_only_in_numbers() {
      // GIVEN the four actions measured only quantitatively, as the members feared (seed 001, CSA item para 7)
      PartnershipRecord record = withAgreement(a -> a.actions(agreement().actions().stream()
          .map(x -> Action.builder().from(x).outcomes(List.of(quantitative())).build())
          .toList()));
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN the partnership is reported
      Finding finding = assertThat(report).hasFinding(NO_QUALITATIVE).on("KCSP").withSeverity(Severity.INFO).single();
      assertThat(finding.subject().kind()).isEqualTo(SubjectKind.PARTNERSHIP);
      assertThat(finding.evidence()).containsExactly(Map.entry("actions", "4"), Map.entry("outcomeMeasures", "4"));
      assertThat(finding.message()).isEqualTo("None of the 4 actions of the Kent Community Safety Agreement action plan "
          + "has a qualitative outcome measure; add qualitative outcomes beside the quantitative ones.");
      assertThat(report).outcomeOf(NO_QUALITATIVE).isFail();
    }

    @Test
    void stays_silent_when_one_action_has_a_qualitative_measure() {
      // GIVEN every action measured quantitatively except VAWG, which keeps its qualitative measure
      PartnershipRecord record = withAgreement(a -> a.actions(agreement().actions().stream()
          .map(x -> x.id().equals("vawg-action") ? x : Action.builder().from(x).outcomes(List.of(quantitative())).build())
          .toList()));
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN one qualitative measure is enough
      assertThat(report).hasNoFinding(NO_QUALITATIVE).outcomeOf(NO_QUALITATIVE).isPass();
    }

    @Test
    void reports_actions_that_have_no_measures_at_all() {
      // GIVEN one action (assumed) with no outcome measure
      PartnershipRecord record = withAgreement(a -> a.actions(List.of(Action.builder().id("vawg-action")
          .title("Tackling VAWG strategy action plan").addPriorities("vawg").cadence(Cadence.ONGOING).build())));
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN none has a qualitative measure either
      assertThat(report).hasFinding(NO_QUALITATIVE).on("KCSP").withEvidence("actions", "1")
          .withEvidence("outcomeMeasures", "0").withMessageContaining("The only action of the Kent Community Safety Agreement action plan has no qualitative").single();
    }

    @Test
    void is_not_applicable_without_actions() {
      // GIVEN an agreement with priorities but no action plan yet
      PartnershipRecord record = withAgreement(a -> a.actions(List.of()));
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN no action plan, nothing to report
      assertThat(report).hasNoFinding(NO_QUALITATIVE).outcomeOf(NO_QUALITATIVE).isNotApplicable();
    }
  }

  @Nested
  class RefreshOverdue {

    /** 14 July 2023: the agreement refreshed on 14 July 2022 (seed 001, CSA item para 1) plus 12 months. */
    final LocalDate refreshDue = Kcsp2022.MINUTES.plusMonths(12);

    @Test
    void stays_silent_on_the_due_date() {
      // GIVEN the agreement refreshed on 14 July 2022 (seed 001)
      PartnershipRecord record = Kcsp2022.record().build();
      // WHEN the KCSP is checked on 14 July 2023
      ComplianceReport report = ENGINE.check(record, refreshDue);
      // THEN the refresh is due, not overdue
      assertThat(report).hasNoFinding(REFRESH).outcomeOf(REFRESH).isPass();
    }

    @Test
    void reports_the_refresh_overdue_the_day_after_it_falls_due() {
      // GIVEN the agreement refreshed on 14 July 2022 (seed 001)
      PartnershipRecord record = Kcsp2022.record().build();
      // WHEN the KCSP is checked on 15 July 2023
      ComplianceReport report = ENGINE.check(record, refreshDue.plusDays(1));
      // THEN the refresh is 1 day overdue
      Finding finding = assertThat(report).hasFinding(REFRESH).on("KCSP").withSeverity(Severity.WARNING).single();
      assertThat(finding.subject().kind()).isEqualTo(SubjectKind.PARTNERSHIP);
      assertThat(finding.evidence()).containsExactly(
          Map.entry("lastRefreshed", "2022-07-14"),
          Map.entry("dueDate", "2023-07-14"),
          Map.entry("daysOverdue", "1"));
      assertThat(finding.message()).isEqualTo("The Kent Community Safety Agreement was last refreshed on 14 July 2022; "
          + "its annual refresh was due on 14 July 2023, 1 day ago.");
      assertThat(report).outcomeOf(REFRESH).isFail();
    }

    @Test
    void is_not_applicable_without_an_agreement() {
      // GIVEN the KCSP without an agreement
      PartnershipRecord record = Kcsp2022.record().agreement(Optional.empty()).build();
      // WHEN it is checked a year after the minutes
      ComplianceReport report = ENGINE.check(record, refreshDue.plusDays(1));
      // THEN there is nothing to refresh
      assertThat(report).hasNoFinding(REFRESH).outcomeOf(REFRESH).isNotApplicable();
    }
  }
}

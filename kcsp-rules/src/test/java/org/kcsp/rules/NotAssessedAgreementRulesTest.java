package org.kcsp.rules;

import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kcsp.model.Action;
import org.kcsp.model.Agreement;
import org.kcsp.model.AgreementKind;
import org.kcsp.model.Cadence;
import org.kcsp.model.Outcome;
import org.kcsp.model.OutcomeKind;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Tier;

/**
 * The agreement rules on version 2 records: an agreement, action plan, or an action's priorities
 * or outcomes not recorded leave their subjects not assessed unless the recorded actions decide;
 * findings name the agreement by its kind.
 */
class NotAssessedAgreementRulesTest {

  private static final String WITHOUT_ACTION = "AGREEMENT_PRIORITY_WITHOUT_ACTION";
  private static final String WITHOUT_OUTCOME = "AGREEMENT_ACTION_WITHOUT_OUTCOME";
  private static final String NO_QUALITATIVE = "AGREEMENT_NO_QUALITATIVE_OUTCOMES";
  private static final String REFRESH = "AGREEMENT_REFRESH_OVERDUE";

  private static ComplianceReport check(PartnershipRecord record) {
    return Version2Records.check(record);
  }

  private static Agreement agreement() {
    return Version2Records.record().build().agreement().orElseThrow();
  }

  private static PartnershipRecord withActions(Action... actions) {
    return Version2Records.record().agreement(Agreement.builder().from(agreement()).actions(List.of(actions)).build()).build();
  }

  private static Action action(String id, String priority, OutcomeKind... kinds) {
    Action.Builder action = Action.builder().id(id).title("Action " + id).addPriorities(priority).cadence(Cadence.ONGOING);
    for (OutcomeKind kind : kinds) {
      action.addOutcomes(Outcome.of(kind, "measured"));
    }
    return action.build();
  }

  @Test
  void reports_a_gap_on_the_partnership_for_every_agreement_rule_when_the_agreement_is_not_recorded() {
    // GIVEN the agreement not recorded
    PartnershipRecord record = Version2Records.record().agreement(Optional.empty()).addNotRecorded("agreement").build();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN each agreement rule is not assessed, at the agreement
    for (String rule : List.of(WITHOUT_ACTION, WITHOUT_OUTCOME, NO_QUALITATIVE, REFRESH)) {
      assertThat(report).hasNoFinding(rule).hasGap(rule).on("KCSP").at("$.agreement").times(1);
      assertThat(report).outcomeOf(rule).isNotAssessed();
    }
  }

  @Test
  void reports_gaps_at_the_actions_when_the_action_plan_is_not_recorded() {
    // GIVEN the action plan not recorded
    PartnershipRecord record = Version2Records.record()
        .agreement(Agreement.builder().from(agreement()).actions(List.of()).addNotRecorded("actions").build()).build();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN a gap on each priority that is not cross-cutting (the VAWG priority starts on D), and on the partnership for the outcome rules
    for (String priority : List.of("road-safety", "serious-violence", "neighbourhood-crime-asb", "vawg")) {
      assertThat(report).hasGap(WITHOUT_ACTION).on(priority).at("$.agreement.actions").times(1);
    }
    assertThat(report).hasNoGap(WITHOUT_ACTION, "significant-events").hasNoFinding(WITHOUT_ACTION);
    assertThat(report).hasGap(WITHOUT_OUTCOME).on("KCSP").at("$.agreement.actions").times(1);
    assertThat(report).hasGap(NO_QUALITATIVE).on("KCSP").at("$.agreement.actions").times(1);
    assertThat(report).outcomeOf(WITHOUT_OUTCOME).isNotAssessed();
    assertThat(report).outcomeOf(NO_QUALITATIVE).isNotAssessed();
  }

  @Test
  void reports_a_gap_on_a_priority_no_recorded_action_serves_when_an_actions_priorities_are_not_recorded() {
    // GIVEN actions for three priorities, and one whose priorities are not recorded
    Action unknown = Action.builder().id("x").title("Action x").cadence(Cadence.ONGOING).addNotRecorded("priorities")
        .addOutcomes(Outcome.of(OutcomeKind.QUALITATIVE, "told")).build();
    PartnershipRecord record = withActions(action("a", "road-safety", OutcomeKind.QUALITATIVE),
        action("b", "serious-violence", OutcomeKind.QUALITATIVE), action("c", "vawg", OutcomeKind.QUALITATIVE), unknown);
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN only the priority no recorded action serves is not assessed, at that action's priorities
    assertThat(report).hasNoFinding(WITHOUT_ACTION).outcomeOf(WITHOUT_ACTION).isNotAssessed();
    assertThat(report).hasGap(WITHOUT_ACTION).on("neighbourhood-crime-asb").at("$.agreement.actions[3].priorities").times(1);
    assertThat(report).hasGap(WITHOUT_ACTION).times(1);
  }

  @Test
  void reports_a_priority_without_action_when_every_actions_priorities_are_recorded() {
    // GIVEN actions for three priorities only, all recorded
    PartnershipRecord record = withActions(action("a", "road-safety", OutcomeKind.QUALITATIVE),
        action("b", "serious-violence", OutcomeKind.QUALITATIVE), action("c", "vawg", OutcomeKind.QUALITATIVE));
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN a finding on the fourth, naming the agreement by its kind
    assertThat(report).hasFinding(WITHOUT_ACTION).on("neighbourhood-crime-asb")
        .withMessageContaining("of the agreement has no action").times(1);
    assertThat(report).hasNoGap(WITHOUT_ACTION);
  }

  @Test
  void reports_a_gap_on_an_action_whose_outcomes_are_not_recorded() {
    // GIVEN an action whose outcomes are not recorded, and one recorded with a qualitative outcome
    Action unknown = Action.builder().id("x").title("Action x").addPriorities("road-safety").cadence(Cadence.ONGOING)
        .addNotRecorded("outcomes").build();
    PartnershipRecord record = withActions(unknown, action("a", "serious-violence", OutcomeKind.QUALITATIVE));
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN the action is not assessed; the qualitative outcome recorded already decides the plan
    assertThat(report).hasNoFinding(WITHOUT_OUTCOME).hasGap(WITHOUT_OUTCOME).on("x").at("$.agreement.actions[0].outcomes").times(1);
    assertThat(report).hasNoFinding(NO_QUALITATIVE).hasNoGap(NO_QUALITATIVE).outcomeOf(NO_QUALITATIVE).isPass();
  }

  @Test
  void reports_a_gap_on_the_partnership_when_no_recorded_outcome_is_qualitative_and_an_actions_outcomes_are_not_recorded() {
    // GIVEN an action whose outcomes are not recorded, another with a quantitative outcome only
    Action unknown = Action.builder().id("x").title("Action x").addPriorities("road-safety").cadence(Cadence.ONGOING)
        .addNotRecorded("outcomes").build();
    PartnershipRecord record = withActions(action("a", "serious-violence", OutcomeKind.QUANTITATIVE), unknown);
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN the plan is not assessed, at that action's outcomes
    assertThat(report).hasNoFinding(NO_QUALITATIVE).hasGap(NO_QUALITATIVE).on("KCSP").at("$.agreement.actions[1].outcomes").times(1);
    assertThat(report).outcomeOf(NO_QUALITATIVE).isNotAssessed();
  }

  @Test
  void reports_no_qualitative_outcomes_when_every_actions_outcomes_are_recorded() {
    // GIVEN two actions with quantitative outcomes only, and one recorded with none
    PartnershipRecord record = withActions(action("a", "road-safety", OutcomeKind.QUANTITATIVE),
        action("b", "serious-violence", OutcomeKind.QUANTITATIVE), action("c", "vawg"));
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN findings, naming the agreement by its kind, no gaps
    assertThat(report).hasFinding(NO_QUALITATIVE).on("KCSP").withMessageContaining("of the agreement's action plan").times(1);
    assertThat(report).hasFinding(WITHOUT_OUTCOME).on("c").withMessageContaining("of the agreement's action plan").times(1);
    assertThat(report).hasNoGap(NO_QUALITATIVE).hasNoGap(WITHOUT_OUTCOME);
  }

  @Test
  void names_a_districts_agreement_a_partnership_plan() {
    // GIVEN a district partnership whose plan was last refreshed on 14 July 2021
    PartnershipRecord record = Version2Records.record()
        .partnership(Version2Records.partnership().tier(Tier.DISTRICT).addNotRecorded("councils").build())
        .agreement(Agreement.builder().from(agreement()).lastRefreshedOn(Kcsp2022.MINUTES.minusYears(1).minusDays(1)).build())
        .build();
    // WHEN it is checked
    // THEN the finding names the partnership plan
    assertThat(check(record)).hasFinding(REFRESH).on("KCSP").withMessageContaining("The partnership plan was last refreshed on")
        .times(1);
  }

  @Test
  void names_the_agreement_by_the_kind_the_record_gives() {
    // GIVEN the county partnership calling its document a strategy, one priority without action
    PartnershipRecord record = Version2Records.record()
        .agreement(Agreement.builder().from(agreement()).kind(AgreementKind.STRATEGY)
            .actions(List.of(action("a", "road-safety", OutcomeKind.QUALITATIVE))).build())
        .build();
    // WHEN it is checked
    // THEN the findings name the strategy
    assertThat(check(record)).hasFinding(WITHOUT_ACTION).on("vawg").withMessageContaining("of the strategy has no action").times(1);
  }
}

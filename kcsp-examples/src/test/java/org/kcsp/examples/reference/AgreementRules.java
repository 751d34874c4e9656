package org.kcsp.examples.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kcsp.model.Action;
import org.kcsp.model.Agreement;
import org.kcsp.model.Outcome;
import org.kcsp.model.OutcomeKind;
import org.kcsp.model.Priority;
import org.kcsp.model.PriorityKind;

/**
 * The agreement and its action plan (rules.md, *Agreement and action plan*), three valued. In
 * version 2 an agreement that is not recorded leaves every rule that reads it open, on the
 * partnership at {@code $.agreement}; its actions not recorded, at {@code $.agreement.actions}
 * (readings 9 and 24).
 */
final class AgreementRules {

  static final int REFRESH_MONTHS = 12;

  private final ReferenceChecker c;

  private AgreementRules(ReferenceChecker checker) {
    this.c = checker;
  }

  static void check(ReferenceChecker checker) {
    AgreementRules rules = new AgreementRules(checker);
    List<String> rulesReadingIt = List.of("AGREEMENT_PRIORITY_WITHOUT_ACTION", "AGREEMENT_ACTION_WITHOUT_OUTCOME",
        "AGREEMENT_NO_QUALITATIVE_OUTCOMES", "AGREEMENT_REFRESH_OVERDUE");
    if (!checker.recorded("agreement")) {
      for (String rule : rulesReadingIt) {
        if (checker.holds(rule)) {
          checker.applies(rule);
          checker.gap(rule, checker.partnership, "$.agreement");
        }
      }
      return;
    }
    if (checker.record.agreement().isEmpty()) {
      return;
    }
    Agreement agreement = checker.record.agreement().get();
    rules.priorityWithoutAction(agreement);
    rules.actionWithoutOutcome(agreement);
    rules.noQualitativeOutcomes(agreement);
    rules.refreshOverdue(agreement);
  }

  /** A priority whose {@code since} is on or before D, or that has none. */
  boolean present(Priority priority) {
    return priority.since().map(c::byDate).orElse(true);
  }

  private String actionPath(Agreement agreement, Action action) {
    for (int i = 0; i < agreement.actions().size(); i++) {
      if (agreement.actions().get(i) == action) {
        return "$.agreement.actions[" + i + "]";
      }
    }
    throw new IllegalArgumentException("not an action of the agreement: " + action.id());
  }

  // AGREEMENT_PRIORITY_WITHOUT_ACTION: a present priority, not a cross-cutting theme, that no action
  // serves; open while the actions, or the priorities of an action, are not recorded.
  private void priorityWithoutAction(Agreement agreement) {
    String rule = "AGREEMENT_PRIORITY_WITHOUT_ACTION";
    if (!c.holds(rule)) {
      return;
    }
    boolean actionsRecorded = ReferenceChecker.recorded(agreement, "actions");
    for (Priority priority : agreement.priorities()) {
      if (!present(priority)) {
        continue;
      }
      c.applies(rule);
      if (priority.kind() == PriorityKind.CROSS_CUTTING) {
        continue;
      }
      if (!actionsRecorded) {
        c.gap(rule, priority.id(), "$.agreement.actions");
        continue;
      }
      List<Action> unknownPriorities = new ArrayList<>();
      boolean served = false;
      for (Action action : agreement.actions()) {
        if (!ReferenceChecker.recorded(action, "priorities")) {
          unknownPriorities.add(action);
        } else if (action.priorities().contains(priority.id())) {
          served = true;
        }
      }
      if (served) {
        continue;
      }
      if (unknownPriorities.isEmpty()) {
        c.find(rule, priority.id());
      } else {
        unknownPriorities.forEach(action -> c.gap(rule, priority.id(), actionPath(agreement, action) + ".priorities"));
      }
    }
  }

  // AGREEMENT_ACTION_WITHOUT_OUTCOME: an action with no outcome measure.
  private void actionWithoutOutcome(Agreement agreement) {
    String rule = "AGREEMENT_ACTION_WITHOUT_OUTCOME";
    if (!c.holds(rule)) {
      return;
    }
    if (!ReferenceChecker.recorded(agreement, "actions")) {
      c.applies(rule);
      c.gap(rule, c.partnership, "$.agreement.actions");
      return;
    }
    for (Action action : agreement.actions()) {
      c.applies(rule);
      if (!ReferenceChecker.recorded(action, "outcomes")) {
        c.gap(rule, action.id(), actionPath(agreement, action) + ".outcomes");
      } else if (action.outcomes().isEmpty()) {
        c.find(rule, action.id());
      }
    }
  }

  // AGREEMENT_NO_QUALITATIVE_OUTCOMES: the plan has actions and none has a QUALITATIVE outcome.
  private void noQualitativeOutcomes(Agreement agreement) {
    String rule = "AGREEMENT_NO_QUALITATIVE_OUTCOMES";
    if (!c.holds(rule)) {
      return;
    }
    if (!ReferenceChecker.recorded(agreement, "actions")) {
      c.applies(rule);
      c.gap(rule, c.partnership, "$.agreement.actions");
      return;
    }
    if (agreement.actions().isEmpty()) {
      return;
    }
    c.applies(rule);
    List<Action> unknownOutcomes = new ArrayList<>();
    for (Action action : agreement.actions()) {
      if (!ReferenceChecker.recorded(action, "outcomes")) {
        unknownOutcomes.add(action);
        continue;
      }
      for (Outcome outcome : action.outcomes()) {
        if (outcome.kind() == OutcomeKind.QUALITATIVE) {
          return;
        }
      }
    }
    if (unknownOutcomes.isEmpty()) {
      c.find(rule, c.partnership);
    } else {
      unknownOutcomes.forEach(action -> c.gap(rule, c.partnership, actionPath(agreement, action) + ".outcomes"));
    }
  }

  // AGREEMENT_REFRESH_OVERDUE: lastRefreshedOn plus 12 months before D.
  private void refreshOverdue(Agreement agreement) {
    String rule = "AGREEMENT_REFRESH_OVERDUE";
    if (!c.holds(rule)) {
      return;
    }
    c.applies(rule);
    LocalDate due = agreement.lastRefreshedOn().plusMonths(REFRESH_MONTHS);
    if (c.date.isAfter(due)) {
      c.find(rule, c.partnership, "dueDate", due.toString());
    }
  }
}

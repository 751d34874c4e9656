package org.kcsp.examples.reference;

import java.time.LocalDate;
import java.util.Optional;
import org.kcsp.model.DhrDecision;
import org.kcsp.model.DomesticHomicideReview;
import org.kcsp.model.Subgroup;

/**
 * Domestic homicide reviews (rules.md, *Domestic homicide reviews*), three valued: a decision or
 * submission on an unknown date lies between the dates the record does know (the notification,
 * the Home Office told of the decision, the submission, the publication), and a verdict is a
 * finding or clear only when every date in between gives it. A review led by another body is not
 * checked; one led by the partnership's own subgroup is the partnership's (reading 6).
 */
final class ReviewRules {

  static final int DECISION_MONTHS = 1;
  static final int SUBMISSION_MONTHS = 6;

  private final ReferenceChecker c;

  private ReviewRules(ReferenceChecker checker) {
    this.c = checker;
  }

  static void check(ReferenceChecker checker) {
    ReviewRules rules = new ReviewRules(checker);
    for (String rule : new String[] {"DHR_DECISION_LATE", "DHR_SUBMISSION_LATE"}) {
      if (!checker.holds(rule)) {
        continue;
      }
      if (!checker.recorded("domesticHomicideReviews")) {
        checker.applies(rule);
        checker.gap(rule, checker.partnership, "$.domesticHomicideReviews");
        continue;
      }
      for (DomesticHomicideReview review : checker.record.domesticHomicideReviews()) {
        if (!checker.byDate(review.notifiedOn()) || !rules.ledHere(review)) {
          continue;
        }
        checker.applies(rule);
        if (rule.equals("DHR_DECISION_LATE")) {
          rules.decisionLate(review);
        } else {
          rules.submissionLate(review);
        }
      }
    }
  }

  private boolean ledHere(DomesticHomicideReview review) {
    if (review.ledBy().isEmpty() || review.ledBy().get().equals(c.partnership)) {
      return true;
    }
    for (Subgroup subgroup : c.record.subgroups()) {
      if (subgroup.id().equals(review.ledBy().get())) {
        return true;
      }
    }
    return false;
  }

  private String path(DomesticHomicideReview review) {
    return c.path("domesticHomicideReviews", review);
  }

  /** A step's date on or before D, or none: a step after D is not taken. */
  private Optional<LocalDate> taken(Optional<LocalDate> step) {
    return step.filter(c::byDate);
  }

  // DHR_DECISION_LATE: decided more than a month after notification, or still undecided more than
  // a month after it.
  private void decisionLate(DomesticHomicideReview review) {
    String rule = "DHR_DECISION_LATE";
    LocalDate due = review.notifiedOn().plusMonths(DECISION_MONTHS);
    if (ReferenceChecker.unknown(review, "decidedOn")) {
      // decided on some day from the notification; before the Home Office was told, when it was
      boolean toldInTime = taken(review.homeOfficeNotifiedOn()).map(told -> !told.isAfter(due)).orElse(false);
      if (c.date.isAfter(due) && !toldInTime) {
        c.gap(rule, review.id(), path(review) + ".decidedOn");
      }
      return;
    }
    Optional<LocalDate> decided = taken(review.decidedOn());
    if (decided.isPresent() ? decided.get().isAfter(due) : c.date.isAfter(due)) {
      c.find(rule, review.id(), "decisionDue", due.toString());
    }
  }

  // DHR_SUBMISSION_LATE: a COMMISSIONED review not submitted to the Home Office within six months
  // of the decision.
  private void submissionLate(DomesticHomicideReview review) {
    String rule = "DHR_SUBMISSION_LATE";
    if (!review.decision().equals(Optional.of(DhrDecision.COMMISSIONED))) {
      return;
    }
    boolean decidedUnknown = ReferenceChecker.unknown(review, "decidedOn");
    boolean submittedUnknown = ReferenceChecker.unknown(review, "submittedToHomeOfficeOn");
    // the decision: known, or between the notification and the first later step known to follow it
    LocalDate earliestDecision;
    Optional<LocalDate> latestDecision;
    if (decidedUnknown) {
      earliestDecision = review.notifiedOn();
      latestDecision = earliest(taken(review.homeOfficeNotifiedOn()), submittedUnknown ? Optional.empty()
          : taken(review.submittedToHomeOfficeOn()));
    } else {
      Optional<LocalDate> decided = taken(review.decidedOn());
      if (decided.isEmpty()) {
        return;
      }
      earliestDecision = decided.get();
      latestDecision = decided;
    }
    // the submission: known (on or before D), not made by D, or on some day after the decision,
    // before the publication when that is known
    Optional<LocalDate> submitted = submittedUnknown ? Optional.empty() : taken(review.submittedToHomeOfficeOn());
    Optional<LocalDate> latestSubmission = submittedUnknown ? taken(review.publishedOn()) : submitted;
    // late for sure: even the latest decision gives a due date the (earliest) submission missed
    boolean late;
    boolean clear;
    LocalDate earliestDue = earliestDecision.plusMonths(SUBMISSION_MONTHS);
    if (submittedUnknown) {
      // submitted on an unknown day: it may have been in time unless even its latest possible day misses the earliest due date
      clear = !c.date.isAfter(earliestDue) || latestSubmission.map(s -> !s.isAfter(earliestDue)).orElse(false);
      late = false;
    } else if (submitted.isPresent()) {
      clear = !submitted.get().isAfter(earliestDue);
      late = latestDecision.map(d -> submitted.get().isAfter(d.plusMonths(SUBMISSION_MONTHS))).orElse(false);
    } else {
      clear = !c.date.isAfter(earliestDue);
      late = latestDecision.map(d -> c.date.isAfter(d.plusMonths(SUBMISSION_MONTHS))).orElse(false);
    }
    if (late && !decidedUnknown) {
      c.find(rule, review.id(), "submissionDue", earliestDue.toString());
    } else if (late) {
      c.find(rule, review.id());
    } else if (!clear) {
      if (decidedUnknown) {
        c.gap(rule, review.id(), path(review) + ".decidedOn");
      }
      if (submittedUnknown) {
        c.gap(rule, review.id(), path(review) + ".submittedToHomeOfficeOn");
      }
    }
  }

  private static Optional<LocalDate> earliest(Optional<LocalDate> a, Optional<LocalDate> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get());
  }
}

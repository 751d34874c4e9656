package org.kcsp.rules.spi;

import java.time.LocalDate;

/**
 * A domestic homicide review notified on or before D, with the steps taken by D. A step dated
 * after D is not taken yet: its date is null.
 *
 * @param id the review's id
 * @param name its name
 * @param notifiedOn the date the partnership was notified
 * @param decisionDue {@code notifiedOn} plus {@code DHR_DECISION_LATE}'s {@code months} (1 unless the
 *     policy sets it)
 * @param decidedOn the date of the decision whether to hold a review; null while not taken
 * @param commissioned whether the decision was to commission a review
 * @param submissionDue {@code decidedOn} plus {@code DHR_SUBMISSION_LATE}'s {@code months} (6 unless
 *     the policy sets it) for a commissioned review; else null
 * @param submittedOn the date it was submitted to the Home Office; null while not submitted
 */
public record ReviewFact(
    String id, String name, LocalDate notifiedOn, LocalDate decisionDue, LocalDate decidedOn,
    boolean commissioned, LocalDate submissionDue, LocalDate submittedOn) {}

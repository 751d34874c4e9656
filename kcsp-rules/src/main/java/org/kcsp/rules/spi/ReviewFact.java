package org.kcsp.rules.spi;

import java.time.LocalDate;

/**
 * A domestic homicide review notified on or before D, with the steps taken by D. A step dated
 * after D is not taken yet: its date is null. A step taken on a date the record does not know
 * (version 2, {@code unknown}) has a null date too, and its flag says so.
 *
 * @param id the review's id
 * @param name its name
 * @param notifiedOn the date the partnership was notified
 * @param decisionDue {@code notifiedOn} plus {@code DHR_DECISION_LATE}'s {@code months} (1 unless the
 *     policy sets it)
 * @param decidedOn the date of the decision whether to hold a review; null while not taken, or when
 *     its date is unknown ({@code decidedOnUnknown})
 * @param commissioned whether the decision was to commission a review
 * @param submissionDue {@code decidedOn} plus {@code DHR_SUBMISSION_LATE}'s {@code months} (6 unless
 *     the policy sets it) for a review commissioned, or whose decision is unknown; else null, also
 *     while {@code decidedOn} is unknown
 * @param submittedOn the date it was submitted to the Home Office; null while not submitted, or
 *     when its date is unknown ({@code submittedOnUnknown})
 * @param path where the review is in the record, as a JSON path: {@code $.domesticHomicideReviews[1]};
 *     a rule's evidence gap names a key under it ({@code $r.path() + ".decidedOn"})
 * @param decidedOnUnknown whether the decision was taken on a date the record does not know
 * @param submittedOnUnknown whether it was submitted to the Home Office on a date the record does
 *     not know
 * @param decisionUnknown whether a decision was taken whose outcome the record does not know (it
 *     may have been to commission a review); {@code commissioned} is then false
 * @param homeOfficeNotifiedOn when the Home Office was told of the decision, on or before D; null
 *     when not told by D or not recorded. The decision came on or before it
 * @param publishedOn when the review was published, on or before D; null when not by D. A
 *     published review was submitted on or before it
 * @param submissionDueEarliest {@code notifiedOn} plus {@code DHR_SUBMISSION_LATE}'s {@code months}:
 *     the earliest the submission can be due, since the decision comes on or after notification
 * @param ledBy the name of the body or organisation that leads the review when it is not this
 *     partnership (nor one of its subgroups); null when this partnership leads it. The timeliness
 *     rules check only the reviews this partnership leads
 */
public record ReviewFact(
    String id, String name, LocalDate notifiedOn, LocalDate decisionDue, LocalDate decidedOn,
    boolean commissioned, LocalDate submissionDue, LocalDate submittedOn, String path,
    boolean decidedOnUnknown, boolean submittedOnUnknown, boolean decisionUnknown,
    LocalDate homeOfficeNotifiedOn, LocalDate publishedOn, LocalDate submissionDueEarliest, String ledBy) {}

package org.kcsp.rules.internal;

import java.time.LocalDate;

/**
 * A domestic homicide review notified on or before D, with its steps taken by D.
 *
 * @param decisionDue {@code notifiedOn.plusMonths(1)}
 * @param submissionDue {@code decidedOn.plusMonths(6)} for a commissioned review, else null
 */
public record ReviewFact(
    String id, String name, LocalDate notifiedOn, LocalDate decisionDue, LocalDate decidedOn,
    boolean commissioned, LocalDate submissionDue, LocalDate submittedOn) {}

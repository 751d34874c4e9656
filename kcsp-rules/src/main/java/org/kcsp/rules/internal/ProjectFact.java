package org.kcsp.rules.internal;

import java.time.LocalDate;
import org.kcsp.model.Pot;
import org.kcsp.model.ProjectScope;
import org.kcsp.model.ProjectStatus;

/**
 * A project with what the rules read of it and its grant.
 *
 * @param amount in pence, or -1 when unknown
 * @param servesPriority whether it names a priority present on D
 */
public record ProjectFact(
    String id, String title, String grant, String year, LocalDate yearEnd,
    LocalDate finalMonthStart, ProjectStatus status, boolean live, boolean committed, Pot pot,
    long amount, ProjectScope scope, boolean servesPriority, LocalDate businessCaseSubmittedOn,
    LocalDate businessCaseDeadline, boolean hasOutcomeReport, LocalDate outcomeDue,
    LocalDate outcomeSubmittedOn) {}

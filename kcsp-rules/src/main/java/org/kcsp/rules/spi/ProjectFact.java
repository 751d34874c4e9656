package org.kcsp.rules.spi;

import java.time.LocalDate;
import java.util.Set;
import org.kcsp.model.GrantConditions;
import org.kcsp.model.Pot;
import org.kcsp.model.ProjectScope;
import org.kcsp.model.ProjectStatus;

/**
 * A project of a grant, with what the rules read of it and of its grant. Money is in pence.
 *
 * <pre>
 * ProjectFact( live == true, amount &gt; 500000 )   // over £5,000; an unknown amount never matches
 * </pre>
 *
 * @param id the project's id
 * @param path where the project is in the record, as a JSON path: {@code $.grants[0].projects[4]};
 *     a rule's evidence gap names a place under it ({@code $p.path() + ".amount"}, {@link Missing})
 * @param title its title
 * @param grant the id of its grant
 * @param year its grant's financial year, such as {@code "2022/23"}
 * @param yearEnd the last day of that year
 * @param finalMonthStart the first day of the final month: of the days up to and including year end
 *     that {@code PROJECT_AWAITING_FUNDER_APPROVAL}'s {@code finalMonthDays} counts (30 unless the
 *     policy sets it)
 * @param status where it stands: proposed, recommended, chair approved, approved, completed...
 * @param live whether it is live: not rejected, withdrawn or refunded
 * @param committed whether it is committed: chair approved, approved or completed
 * @param pot the pot that pays for it
 * @param amount its amount, in pence; null when the record does not give it
 * @param scope whether it works countywide or in one locality
 * @param servesPriority whether it names a priority of the agreement present on D
 * @param businessCaseSubmittedOn when its business case was submitted; null when not by D
 * @param businessCaseDeadline its grant's business case deadline; null when the grant sets none
 * @param hasOutcomeReport whether an outcome report is expected of it
 * @param outcomeDue when the outcome report is due; null when none is expected
 * @param outcomeSubmittedOn when the outcome report was submitted; null when not by D
 * @param conditions the grant conditions its grant is under ({@link GrantFact#conditions()})
 * @param prioritiesRecorded whether the record lists the priorities it serves: false when its
 *     {@code priorities} is not recorded (version 2), and then {@code servesPriority} is false for
 *     want of a recorded one, not because it serves none
 * @param businessCaseSubmittedUnknown whether its business case was submitted on a date the record
 *     does not know ({@code businessCaseSubmittedOn} unknown, version 2); {@code
 *     businessCaseSubmittedOn} is then null
 * @param outcomeSubmittedUnknown whether its outcome report was submitted on a date the record does
 *     not know ({@code submittedOn} unknown, version 2); {@code outcomeSubmittedOn} is then null
 */
public record ProjectFact(
    String id, String path, String title, String grant, String year, LocalDate yearEnd,
    LocalDate finalMonthStart, ProjectStatus status, boolean live, boolean committed, Pot pot,
    Long amount, ProjectScope scope, boolean servesPriority, LocalDate businessCaseSubmittedOn,
    LocalDate businessCaseDeadline, boolean hasOutcomeReport, LocalDate outcomeDue,
    LocalDate outcomeSubmittedOn, Set<GrantConditions> conditions, boolean prioritiesRecorded,
    boolean businessCaseSubmittedUnknown, boolean outcomeSubmittedUnknown) {}

package org.kcsp.rules.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.kcsp.model.GrantConditions;

/**
 * A grant, with its sums worked out. Money is in pence ({@code long}: {@code 3966100} is £39,661);
 * compare it exactly, never through a {@code double}.
 *
 * <pre>
 * GrantFact( tacticalPot &gt; capAmount )
 * GrantFact( upfront != null, (upfront + tacticalPot) != allocation )
 * GrantFact( tacticalPot &gt; capAmount, conditions contains GrantConditions.KENT_PCC_CRIME_REDUCTION_GRANT )   // a grant condition
 * </pre>
 *
 * @param id the grant's id
 * @param programme its programme, such as {@code "Crime Reduction Grant"}
 * @param funder the funder's id
 * @param funderName the funder's name
 * @param year its financial year, such as {@code "2022/23"}
 * @param firstDay the first day of its financial year (1 April)
 * @param yearEnd the last day of its financial year (31 March)
 * @param finalMonthStart the first day of the final month: of the days up to and including year end
 *     that {@code GRANT_UNDERSPEND_RISK}'s {@code finalMonthDays} counts (30 unless the policy sets it)
 * @param allocation the allocation, in pence
 * @param tacticalPot the tactical pot, in pence
 * @param cap the tactical pot cap as a fraction of the allocation, such as {@code "1/3"}: the grant's
 *     own, else {@code GRANT_TACTICAL_POT_OVER_CAP}'s {@code defaultCap} under the policy
 * @param capAmount the allocation times the cap, rounded down to the penny, in pence
 * @param upfront the upfront part as the record states it, in pence; null when not stated
 * @param upfrontPot {@code upfront} when stated, else the allocation minus the tactical pot (not
 *     below 0), in pence
 * @param grantedIntoUpfront the granted rollovers into the upfront pot, in pence
 * @param grantedIntoTactical the granted rollovers into the tactical pot, in pence
 * @param returned the money returned to the funder, in pence; 0 when none is recorded
 * @param hasProjects whether the grant has projects
 * @param sumsKnown whether every live project has an amount, so that the sums can be computed
 * @param committedUpfront the committed projects of the upfront pot, in pence; null when the sums
 *     are not known
 * @param committedTactical the committed projects of the tactical pot, in pence; null when the
 *     sums are not known
 * @param projectsWithoutAmount the ids of the live projects with no amount, in the record's order
 * @param businessCaseDeadline the date business cases are due; null when the grant sets none
 * @param conditions the grant conditions it is under: those it names itself ({@code conditions} in
 *     a version 2 record; none for {@code []}), else its policy's default ({@link
 *     PolicyFact#grantConditions()}). A rule of those conditions (kind G) checks it, no other G rule
 *     does
 */
public record GrantFact(
    String id, String programme, String funder, String funderName, String year,
    LocalDate firstDay, LocalDate yearEnd, LocalDate finalMonthStart, long allocation,
    long tacticalPot, String cap, long capAmount, Long upfront, long upfrontPot,
    long grantedIntoUpfront, long grantedIntoTactical, long returned, boolean hasProjects,
    boolean sumsKnown, Long committedUpfront, Long committedTactical,
    List<String> projectsWithoutAmount, LocalDate businessCaseDeadline, Set<GrantConditions> conditions) {}

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
 * GrantFact( capAmount != null, tacticalPot &gt; capAmount )   // an unknown allocation decides nothing
 * GrantFact( upfront != null, allocation != null, (upfront + tacticalPot) != allocation )
 * GrantFact( tacticalPot &gt; capAmount, conditions contains GrantConditions.KENT_PCC_CRIME_REDUCTION_GRANT )   // a grant condition
 * </pre>
 *
 * <p>A sum over projects one of which has no amount is known only as a lower bound (amounts are
 * never negative): {@code committedUpfrontAtLeast} and {@code committedUpfrontWithoutAmount} say
 * what is known, so that a rule can decide when the known amounts already decide, and report an
 * evidence gap ({@link Missing}) when they do not.
 *
 * @param id the grant's id
 * @param path where the grant is in the record, as a JSON path: {@code $.grants[0]}; a rule's
 *     evidence gap names a place under it ({@code $g.path() + ".projects"}, {@link Missing})
 * @param programme its programme, such as {@code "Crime Reduction Grant"}
 * @param funder the funder's id
 * @param funderName the funder's name
 * @param year its financial year, such as {@code "2022/23"}
 * @param firstDay the first day of its financial year (1 April)
 * @param yearEnd the last day of its financial year (31 March)
 * @param finalMonthStart the first day of the final month: of the days up to and including year end
 *     that {@code GRANT_UNDERSPEND_RISK}'s {@code finalMonthDays} counts (30 unless the policy sets it)
 * @param allocation the allocation, in pence; null when it is unknown (a version 2 grant that does
 *     not give it): then nothing worked out from it is known either
 * @param tacticalPot the tactical pot, in pence
 * @param cap the tactical pot cap as a fraction of the allocation, such as {@code "1/3"}: the grant's
 *     own, else {@code GRANT_TACTICAL_POT_OVER_CAP}'s {@code defaultCap} under the policy
 * @param capAmount the allocation times the cap, rounded down to the penny, in pence; null when
 *     the allocation is unknown
 * @param upfront the upfront part as the record states it, in pence; null when not stated
 * @param upfrontPot {@code upfront} when stated, else the allocation minus the tactical pot (not
 *     below 0), in pence; null when neither {@code upfront} nor the allocation is known
 * @param grantedIntoUpfront the granted rollovers into the upfront pot, in pence
 * @param grantedIntoTactical the granted rollovers into the tactical pot, in pence
 * @param returned the money returned to the funder, in pence; 0 when none is recorded
 * @param hasProjects whether the grant has projects (recorded ones)
 * @param sumsKnown whether every live project has an amount
 * @param committedUpfront what the committed projects of the upfront pot cost, in pence; null when
 *     one of them has no amount (then {@code committedUpfrontAtLeast} is what is known)
 * @param committedTactical what the committed projects of the tactical pot cost, in pence; null
 *     when one of them has no amount
 * @param projectsWithoutAmount the ids of the live projects with no amount, in the record's order
 * @param businessCaseDeadline the date business cases are due; null when the grant sets none
 * @param conditions the grant conditions it is under: those it names itself ({@code conditions} in
 *     a version 2 record; none for {@code []}), else its policy's default ({@link
 *     PolicyFact#grantConditions()}). A rule of those conditions (kind G) checks it, no other G rule
 *     does
 * @param committedUpfrontAtLeast what the committed projects of the upfront pot that have an
 *     amount cost, in pence: what the pot's commitments cost at least, whatever the amounts not
 *     recorded are; {@code committedUpfront} when every one has an amount
 * @param committedTacticalAtLeast the same for the tactical pot
 * @param committedUpfrontWithoutAmount how many committed projects of the upfront pot have no amount
 * @param committedTacticalWithoutAmount how many committed projects of the tactical pot have no amount
 * @param projectsRecorded whether the record lists the grant's projects: always in version 1; in
 *     version 2 false when {@code projects} is not recorded, and then no {@link ProjectFact} is of
 *     this grant, the sums above are of no project, and a rule reports a gap at {@code $g.path() +
 *     ".projects"} where a project could decide it
 * @param rolloversRecorded whether the record lists the grant's rollovers: false when {@code
 *     rollovers} is not recorded (version 2), and then no {@link RolloverFact} is of this grant and
 *     the granted rollovers above are 0, what is known of them at least
 * @param awardsInYear how many of the record's external awards overlap the grant's financial year:
 *     awards its projects could duplicate
 */
public record GrantFact(
    String id, String path, String programme, String funder, String funderName, String year,
    LocalDate firstDay, LocalDate yearEnd, LocalDate finalMonthStart, Long allocation,
    long tacticalPot, String cap, Long capAmount, Long upfront, Long upfrontPot,
    long grantedIntoUpfront, long grantedIntoTactical, long returned, boolean hasProjects,
    boolean sumsKnown, Long committedUpfront, Long committedTactical,
    List<String> projectsWithoutAmount, LocalDate businessCaseDeadline, Set<GrantConditions> conditions,
    long committedUpfrontAtLeast, long committedTacticalAtLeast, int committedUpfrontWithoutAmount,
    int committedTacticalWithoutAmount, boolean projectsRecorded, boolean rolloversRecorded,
    int awardsInYear) {}

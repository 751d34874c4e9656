package org.kcsp.rules.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * A grant, in pence.
 *
 * @param finalMonthStart the first of the 30 days up to and including year end
 * @param capAmount the allocation times the cap, rounded down to the penny
 * @param upfront as stated, or -1 when not stated
 * @param upfrontPot {@code upfront} if stated, else allocation minus tactical pot (not below 0)
 * @param sumsKnown whether every live project has an amount
 * @param committedUpfront the committed projects of the upfront pot (when sums are known)
 * @param projectsWithoutAmount the live projects with no amount, in record order
 */
public record GrantFact(
    String id, String programme, String funder, String funderName, String year,
    LocalDate firstDay, LocalDate yearEnd, LocalDate finalMonthStart, long allocation,
    long tacticalPot, String cap, long capAmount, long upfront, long upfrontPot,
    long grantedIntoUpfront, long grantedIntoTactical, long returned, boolean hasProjects,
    boolean sumsKnown, long committedUpfront, long committedTactical,
    List<String> projectsWithoutAmount, LocalDate businessCaseDeadline) {}

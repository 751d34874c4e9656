package org.kcsp.rules.spi;

/**
 * A live project and what else funds its activity in an overlapping period (another funder's
 * award, or a live project of another grant), found by the engine's index of activities, titles
 * and title words: one fact for the exact duplicates of a project and one for its alike titles,
 * each only when there is one.
 *
 * @param project the live project's id
 * @param projectTitle its title
 * @param activity its activity key, or null when it has none
 * @param exact true for the exact duplicates (equal activity keys, or, when either side has no
 *     key, equal normalised titles), false for the alike titles (either side without a key, the
 *     titles not equal, at least 3/5 of their words shared)
 * @param counterparts the counterparts of that kind; never empty
 */
public record FundingMatchFact(
    String project, String projectTitle, String activity, boolean exact, Counterparts counterparts) {}

package org.kcsp.rules.spi;

import java.time.LocalDate;
import org.kcsp.rules.SubjectKind;

/**
 * A live project and a counterpart (another funder's award, or a live project of another grant)
 * whose periods overlap, found through an index of activities, titles and title words: the pairs
 * the duplicate-funding rules judge. Two titles' words are compared without case, punctuation or
 * stop words ("the", "of"...).
 *
 * @param project the project's id
 * @param projectTitle the project's title
 * @param counterpartId the id of the award or the other project
 * @param counterpartTitle its title
 * @param funder the id of the counterpart's funder
 * @param funderName the name of the counterpart's funder
 * @param overlapFrom the first shared day
 * @param counterpartKind {@code AWARD} or {@code PROJECT}
 * @param overlapTo the last shared day, or null when both are open-ended
 * @param bothKeyed whether both sides carry an activity key
 * @param sameActivity whether both keys are present and equal
 * @param sameTitle whether the normalised titles are equal and not empty
 * @param commonTokens the title words (without stop words) the two share
 * @param allTokens the title words of either
 * @param counterpartGrant the counterpart project's grant, or null for an award
 * @param activity the project's activity key, or null when it has none
 */
public record FundingMatchFact(
    String project, String projectTitle, SubjectKind counterpartKind, String counterpartId,
    String counterpartTitle, String funder, String funderName, LocalDate overlapFrom,
    LocalDate overlapTo, boolean bothKeyed, boolean sameActivity, boolean sameTitle,
    int commonTokens, int allTokens, String counterpartGrant, String activity) {}

package org.kcsp.rules.internal;

import java.time.LocalDate;

/**
 * A body's latest ToR approval on or before D (on equal dates, the one listed last), with its
 * first approval.
 *
 * @param meetingsPerYear as the ToR says, or -1 when it does not say
 * @param firstAnniversary the first approval plus 12 months: from then the ToR is "at least 12
 *     months old"
 */
public record LatestTor(
    String body, String torId, String version, LocalDate approvedOn, String approvedBy,
    int reviewIntervalMonths, LocalDate reviewDue, int meetingsPerYear, LocalDate firstApprovedOn,
    LocalDate firstAnniversary, boolean listsMembers) {}

package org.kcsp.rules.spi;

import java.time.LocalDate;

/**
 * A body's latest terms of reference approval on or before D (on equal dates, the one listed
 * last), with its first approval. A body without an approval on or before D has none.
 *
 * @param body the body's id
 * @param torId the approval's id
 * @param version the version the approval names
 * @param approvedOn the date of the approval
 * @param approvedBy the id of the body that approved it
 * @param reviewIntervalMonths how many months the ToR runs before its review is due
 * @param reviewDue {@code approvedOn} plus {@code reviewIntervalMonths}
 * @param meetingsPerYear how many meetings a year the ToR sets; null when it does not say
 * @param firstApprovedOn the date of the body's first approval
 * @param firstAnniversary the first approval plus 12 months: from then on the ToR is "at least
 *     12 months old"
 * @param listsMembers whether the approval lists members ({@link TorMemberFact}); false when its
 *     {@code membership} is not recorded (a {@link NotRecordedFact} at its path)
 * @param path where the approval is in the record: {@code $.termsOfReference[1]}
 */
public record LatestTorFact(
    String body, String torId, String version, LocalDate approvedOn, String approvedBy,
    int reviewIntervalMonths, LocalDate reviewDue, Integer meetingsPerYear, LocalDate firstApprovedOn,
    LocalDate firstAnniversary, boolean listsMembers, String path) {}

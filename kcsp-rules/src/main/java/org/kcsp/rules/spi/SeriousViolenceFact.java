package org.kcsp.rules.spi;

import java.time.LocalDate;
import org.kcsp.model.SeriousViolenceRole;

/**
 * The partnership's part in the Serious Violence Duty (Police, Crime, Sentencing and Courts Act 2022
 * Part 2) as of D: a publication or review after D is not done. There is one when the record holds
 * its {@code seriousViolence} (in version 2, when it is recorded).
 *
 * <pre>
 * SeriousViolenceFact( role == SeriousViolenceRole.LEAD, reviewDue != null, reviewDue &lt; $d )
 * </pre>
 *
 * @param role whether the partnership leads the strategy or contributes to another's
 * @param strategyPublishedOn when its strategy was published, on or before D; null when it was not,
 *     or the date is unknown
 * @param publicationUnknown whether the strategy was published on a date the record does not know
 *     ({@code strategyPublishedOn} in its {@code unknown})
 * @param lastReviewedOn the latest review of the strategy on or before D; null when none
 * @param lastOn the latest of its publication and its reviews on or before D; null when neither is
 *     known
 * @param reviewDue {@code lastOn} plus {@code SERIOUS_VIOLENCE_STRATEGY_REVIEW_OVERDUE}'s {@code
 *     months} (12 unless the policy sets it); null when {@code lastOn} is
 * @param strategyDue the day by which the strategy was to be published, as {@code
 *     SERIOUS_VIOLENCE_STRATEGY_MISSING} declares it in its {@code @lawDates}
 */
public record SeriousViolenceFact(
    SeriousViolenceRole role, LocalDate strategyPublishedOn, boolean publicationUnknown, LocalDate lastReviewedOn,
    LocalDate lastOn, LocalDate reviewDue, LocalDate strategyDue) {}

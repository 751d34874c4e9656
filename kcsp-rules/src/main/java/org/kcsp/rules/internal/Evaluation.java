package org.kcsp.rules.internal;

import java.time.LocalDate;
import org.kcsp.model.Tier;

/**
 * The evaluation date D and what holds for the whole record.
 *
 * @param yearAgo {@code D.minusMonths(12)}: the first day of "the 12 months up to D"
 */
public record Evaluation(
    LocalDate date, LocalDate yearAgo, String partnershipId, String partnershipName, Tier tier,
    boolean hasAgreement) {}

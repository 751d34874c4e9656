package org.kcsp.rules.spi;

import java.time.LocalDate;
import org.kcsp.model.Tier;

/**
 * The evaluation date, called D in the rule catalogue, and what holds for the whole record. There
 * is exactly one in every check.
 *
 * <pre>
 * EvaluationFact( $d : date, $from : yearAgo )
 * </pre>
 *
 * @param date D, the date the record is checked as of
 * @param yearAgo {@code D.minusMonths(12)}: the first day of "the 12 months up to D"
 * @param partnershipId the partnership's id
 * @param partnershipName the partnership's name
 * @param tier whether the partnership is a county, district or unitary partnership
 * @param hasAgreement whether the record has a community safety agreement
 */
public record EvaluationFact(
    LocalDate date, LocalDate yearAgo, String partnershipId, String partnershipName, Tier tier,
    boolean hasAgreement) {}

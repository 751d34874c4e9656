package org.kcsp.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One grant published in the 360Giving Data Standard, with the fields kcsp uses.
 *
 * @param id its 360Giving identifier ({@code Identifier}), such as {@code 360G-KMVRU-2019-007}
 * @param title its title
 * @param amount the amount awarded, in pounds, at most two decimals
 * @param awardDate when it was awarded
 * @param plannedStart the planned start date, when given
 * @param plannedEnd the planned end date, when given
 * @param recipientId the recipient's identifier (an organisation's, or an individual's)
 * @param recipientName the recipient's name
 * @param funderId the funding organisation's identifier, such as {@code GB-GOR-PC000123}
 * @param funderName the funding organisation's name
 */
public record GivingGrant(String id, String title, BigDecimal amount, LocalDate awardDate, Optional<LocalDate> plannedStart,
    Optional<LocalDate> plannedEnd, String recipientId, String recipientName, String funderId, String funderName) {}

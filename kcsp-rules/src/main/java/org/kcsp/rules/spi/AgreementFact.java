package org.kcsp.rules.spi;

import java.time.LocalDate;

/**
 * The community safety agreement, when the record has one.
 *
 * @param name its name
 * @param lastRefreshedOn the date it was last refreshed
 * @param refreshDue {@code lastRefreshedOn} plus {@code AGREEMENT_REFRESH_OVERDUE}'s {@code months}
 *     (12 unless the policy sets it)
 */
public record AgreementFact(String name, LocalDate lastRefreshedOn, LocalDate refreshDue) {}

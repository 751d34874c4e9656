package org.kcsp.rules.spi;

import java.time.LocalDate;

/**
 * The community safety agreement, when the record has one.
 *
 * @param name its name
 * @param lastRefreshedOn the date it was last refreshed
 * @param refreshDue {@code lastRefreshedOn} plus {@code AGREEMENT_REFRESH_OVERDUE}'s {@code months}
 *     (12 unless the policy sets it)
 * @param called how findings name it: its name in a version 1 record ({@code Kent Community Safety
 *     Agreement}); in version 2, its kind ({@code partnership plan}, {@code agreement}, {@code
 *     strategy}: what the record's {@code kind} says, else the default for the partnership's tier)
 */
public record AgreementFact(String name, LocalDate lastRefreshedOn, LocalDate refreshDue, String called) {}

package org.kcsp.rules.internal;

import java.time.LocalDate;

/** The agreement. {@code refreshDue} is {@code lastRefreshedOn.plusMonths(12)}. */
public record AgreementFact(String name, LocalDate lastRefreshedOn, LocalDate refreshDue) {}

package org.kcsp.rules.spi;

import java.time.LocalDate;

/**
 * The latest version of the information sharing agreement in effect on D. There is none when the
 * record has no agreement or no version in effect yet.
 *
 * @param name the agreement's name
 * @param version the version, as the record writes it (text: {@code "2.10"} is not a number)
 * @param effectiveFrom the first day the version is in effect
 */
public record IsaInEffectFact(String name, String version, LocalDate effectiveFrom) {}

package org.kcsp.rules.spi;

import java.time.LocalDate;

/**
 * An organisation's signature of a version of the information sharing agreement, on or before D.
 *
 * @param organisation the id of the organisation that signed
 * @param version the version it signed
 * @param signedOn the date it signed
 */
public record IsaSignatureFact(String organisation, String version, LocalDate signedOn) {}

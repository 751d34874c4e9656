package org.kcsp.rules.spi;

import java.time.LocalDate;

/**
 * A crime and disorder scrutiny session on or before D.
 *
 * @param id the session's id
 * @param date its date
 * @param committee the committee that held it
 */
public record ScrutinyFact(String id, LocalDate date, String committee) {}

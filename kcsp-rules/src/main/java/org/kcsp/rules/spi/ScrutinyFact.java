package org.kcsp.rules.spi;

import java.time.LocalDate;

/**
 * A crime and disorder scrutiny session on or before D.
 *
 * @param id the session's id
 * @param date its date
 * @param committee the committee that held it
 * @param council the id of the council whose committee sat (version 2); with one council, a
 *     session that names none is that council's; null when the record does not say (or lists no
 *     councils)
 * @param councilUnknown whether the record says a council's committee sat, without saying which
 *     ({@code council} is unknown)
 * @param path where it is in the record: {@code $.scrutinySessions[0]}
 */
public record ScrutinyFact(String id, LocalDate date, String committee, String council, boolean councilUnknown, String path) {}

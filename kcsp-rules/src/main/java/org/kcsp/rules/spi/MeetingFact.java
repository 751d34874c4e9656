package org.kcsp.rules.spi;

import java.time.LocalDate;
import org.kcsp.model.MeetingStatus;

/**
 * A meeting on or before D, of any status.
 *
 * @param id the meeting's id
 * @param body the id of the body that meets
 * @param date its date
 * @param status held, scheduled or cancelled
 * @param held whether it was held
 * @param hasTorItem whether its recorded agenda has a terms of reference item (false when its
 *     {@code items} are not recorded: a {@link NotRecordedFact} at its path)
 * @param path where it is in the record: {@code $.meetings[3]}
 */
public record MeetingFact(
    String id, String body, LocalDate date, MeetingStatus status, boolean held,
    boolean hasTorItem, String path) {}

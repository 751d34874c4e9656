package org.kcsp.rules.internal;

import java.time.LocalDate;
import org.kcsp.model.MeetingStatus;

/** A meeting on or before D. */
public record MeetingFact(
    String id, String body, LocalDate date, MeetingStatus status, boolean held,
    boolean hasTorItem) {}

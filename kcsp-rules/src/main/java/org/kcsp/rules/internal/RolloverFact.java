package org.kcsp.rules.internal;

import java.time.LocalDate;
import org.kcsp.model.Pot;
import org.kcsp.model.RolloverPermission;

/** A rollover into a grant, requested on or before D (or undated). */
public record RolloverFact(
    String grant, int index, long amount, Pot intoPot, RolloverPermission permission,
    LocalDate requestedOn, String fromGrant) {}

package org.kcsp.rules.spi;

import java.time.LocalDate;
import org.kcsp.model.Pot;
import org.kcsp.model.RolloverPermission;

/**
 * A rollover of money into a grant, requested on or before D or undated.
 *
 * @param grant the id of the grant it rolls into
 * @param index its place among the grant's rollovers, from 0
 * @param amount the amount, in pence
 * @param intoPot the pot it rolls into
 * @param permission requested, granted or refused
 * @param requestedOn the date it was requested; null when the record does not say
 * @param fromGrant the id of the grant it comes from; null when the record does not say
 */
public record RolloverFact(
    String grant, int index, long amount, Pot intoPot, RolloverPermission permission,
    LocalDate requestedOn, String fromGrant) {}

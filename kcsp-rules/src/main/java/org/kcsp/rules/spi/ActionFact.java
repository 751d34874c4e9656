package org.kcsp.rules.spi;

import java.util.List;

/**
 * An action of the agreement's action plan.
 *
 * @param id the action's id
 * @param title its title
 * @param priorities the ids of the priorities present on D that it serves, in the record's order
 * @param outcomes how many outcome measures it has
 * @param qualitativeOutcomes how many of them are qualitative
 * @param path where it is in the record: {@code $.agreement.actions[2]}; its {@code priorities} or
 *     {@code outcomes} not recorded are each a {@link NotRecordedFact} there (and count as none here)
 */
public record ActionFact(
    String id, String title, List<String> priorities, int outcomes, int qualitativeOutcomes, String path) {}

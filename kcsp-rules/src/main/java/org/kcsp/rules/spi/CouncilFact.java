package org.kcsp.rules.spi;

/**
 * A council of the partnership (version 2), when its {@code councils} are recorded: each council
 * it lists and its county council. Each is a LOCAL_AUTHORITY organisation and a responsible
 * authority of the partnership.
 *
 * @param id the organisation's id
 * @param name its name
 * @param listed whether it is one of the partnership's {@code councils}; false for the county
 *     council
 * @param exists whether it exists on D: a council that does not is not required
 */
public record CouncilFact(String id, String name, boolean listed, boolean exists) {}

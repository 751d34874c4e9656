package org.kcsp.rules.spi;

/**
 * The partnership or one of its subgroups: a body that has terms of reference and meetings.
 *
 * @param id the body's id
 * @param name the body's name
 * @param parent the id of the body that oversees a subgroup; null for the partnership
 * @param partnership whether it is the partnership itself
 */
public record BodyFact(String id, String name, String parent, boolean partnership) {}

package org.kcsp.rules.spi;

/**
 * A priority of the agreement present on D.
 *
 * @param id the priority's id
 * @param name its name
 * @param crossCutting whether it is a cross-cutting theme rather than a priority of its own
 */
public record PriorityFact(String id, String name, boolean crossCutting) {}

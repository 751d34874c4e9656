package org.kcsp.rules.internal;

/** A priority present on D. */
public record PriorityFact(String id, String name, boolean crossCutting) {}

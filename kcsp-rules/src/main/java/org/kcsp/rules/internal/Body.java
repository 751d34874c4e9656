package org.kcsp.rules.internal;

/** The partnership or a subgroup. {@code parent} is null for the partnership. */
public record Body(String id, String name, String parent, boolean partnership) {}

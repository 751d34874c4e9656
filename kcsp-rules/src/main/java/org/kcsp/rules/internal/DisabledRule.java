package org.kcsp.rules.internal;

/**
 * A rule of the rule base that the engine was configured not to run ({@code skip} or {@code
 * only}): a waiver of it cannot be judged unused, since the rule never had the chance to fire.
 */
public record DisabledRule(String id) {}

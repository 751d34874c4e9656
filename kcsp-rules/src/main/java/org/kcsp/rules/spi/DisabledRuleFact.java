package org.kcsp.rules.spi;

/**
 * A rule of the rule base that the engine was configured not to run ({@code skip} or {@code
 * only}). A waiver of it cannot be judged unused: the rule never had the chance to fire.
 *
 * @param id the rule's id
 */
public record DisabledRuleFact(String id) {}

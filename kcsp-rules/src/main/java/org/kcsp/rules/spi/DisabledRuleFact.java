package org.kcsp.rules.spi;

/**
 * A rule of the rule base that the engine does not run in this check: configured not to ({@code
 * skip} or {@code only}, or outside its policy), or whose duty is not in force on the evaluation
 * date ({@code @inForceFrom}). A waiver of it cannot be judged unused: the rule never had the
 * chance to fire.
 *
 * @param id the rule's id
 */
public record DisabledRuleFact(String id) {}

package org.kcsp.rules.internal;

import org.kcsp.rules.Severity;
import org.kcsp.rules.spi.Needs;

/**
 * A rule's metadata as declared beside it in its DRL, read and checked once per rule base.
 *
 * @param id the rule's name, which is its id
 * @param severity its {@code @severity}
 * @param description its {@code @description}, else its title
 * @param needs its {@code @needs}
 */
public record RuleMetadata(
    String id, Severity severity, String title, String subject, String source, String description,
    Needs needs) {}

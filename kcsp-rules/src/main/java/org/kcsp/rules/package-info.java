/**
 * Checks a {@link org.kcsp.model.PartnershipRecord} against the partnership's rules.
 *
 * <p>{@link org.kcsp.rules.ComplianceEngine} runs the rules (Drools, hidden inside) and returns a
 * {@link org.kcsp.rules.ComplianceReport}: every {@link org.kcsp.rules.Finding} with its rule,
 * severity, subject, message, typed {@link org.kcsp.rules.Evidence} and source, and every rule's
 * {@link org.kcsp.rules.Outcome}. {@link org.kcsp.rules.RuleCatalog} lists the rules with the
 * metadata declared beside each of them. An application's own rules are written against {@link
 * org.kcsp.rules.spi}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false),
    typeImmutable = "Immutable*",
    // No annotation from the class path on generated classes: Immutables would add its own
    // @Generated, kept in the class files, and every application compiling against them without
    // the provided-scope processor jar would get a warning for each ("Cannot find annotation
    // method 'generator()'").
    allowedClasspathAnnotations = Override.class)
package org.kcsp.rules;

import org.immutables.value.Value;

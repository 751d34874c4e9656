/**
 * The immutable governance model of a Community Safety Partnership: its bodies, terms of
 * reference, meetings, agreement, information sharing, grants and the funding other bodies give.
 *
 * <p>{@link org.kcsp.model.PartnershipRecord} is the root. Every value is immutable and built
 * with a builder ({@code Grant.builder()...build()}); structural invariants (unique ids,
 * references that resolve, dates in order, money never negative) are enforced when a value is
 * built and reported as an {@link org.kcsp.model.InvalidRecordException} that lists every
 * problem with its JSON path. Business rules, such as a tactical pot over its cap, are not
 * invariants: such a record is valid and the rules report it.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false),
    typeImmutable = "Immutable*")
package org.kcsp.model;

import org.immutables.value.Value;

/**
 * The immutable governance model of a Community Safety Partnership: its bodies, terms of
 * reference, meetings, agreement, information sharing, grants and the funding other bodies give.
 *
 * <p>{@link org.kcsp.model.PartnershipRecord} is the root. Every value is immutable and built
 * with a builder ({@code Grant.builder()...build()}); structural invariants (unique ids,
 * references that resolve, dates in order, money never negative) are enforced when a value is
 * built and reported as an {@link org.kcsp.model.InvalidRecordException} that lists every
 * problem with its JSON path ({@link org.kcsp.model.RecordPath}). Business rules, such as a
 * tactical pot over its cap, are not invariants: such a record is valid and the rules report it.
 *
 * <p><b>Not recorded and unknown ({@code kcsp-record/2}).</b> A record says which version of the
 * format it is in ({@link org.kcsp.model.PartnershipRecord#format()}). In version 2 an absent
 * evidence list is <em>not recorded</em>, which is not <em>none</em> ({@code []}), and a value may
 * be <em>unknown</em>: it exists, its value is not known. Every value that can hold either is a
 * {@link org.kcsp.model.PartlyKnown}, which carries both as values of their own ({@code
 * notRecorded()}, {@code unknown()}) and answers the two questions a check asks:
 *
 * <pre>{@code
 * meeting.isRecorded("items")        // false: the agenda was never published; a gap, not "no items"
 * review.isUnknown("decidedOn")      // true: decided, on a date nobody published
 * grant.knownAllocation()            // empty when the allocation is unknown
 * }</pre>
 *
 * <p>An empty list or an empty {@code Optional} is never the only trace of either. A version 1
 * record holds neither, and building one that does, or that uses anything else version 2
 * introduced, is refused.
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
package org.kcsp.model;

import org.immutables.value.Value;

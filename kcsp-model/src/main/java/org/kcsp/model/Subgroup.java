package org.kcsp.model;

import org.immutables.value.Value;

/**
 * A group the partnership oversees, such as the KCSP Working Group or the DHR Steering Group.
 *
 * <p>Subgroups and the partnership share one id space: they are the <em>bodies</em> of the record.
 */
@Value.Immutable
public interface Subgroup {

  /** The body id, such as {@code "KCSP-WG"}. */
  String id();

  String name();

  /** The body (the partnership or another subgroup) that oversees it. */
  String parent();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Subgroup}. */
  final class Builder extends ImmutableSubgroup.Builder {}

  @Value.Check
  default void check() {
    new Invariants().described(this)
        .require(!parent().equals(id()), "parent", "a subgroup cannot be its own parent")
        .throwIfAny();
  }
}

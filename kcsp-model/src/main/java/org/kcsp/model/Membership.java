package org.kcsp.model;

import org.immutables.value.Value;

/** An organisation's seat on a body under one version of its terms of reference. */
@Value.Immutable
public interface Membership {

  /** The organisation's id. */
  String organisation();

  MemberRole role();

  static Builder builder() {
    return new Builder();
  }

  /** A membership of {@code organisation} in {@code role}. */
  static Membership of(String organisation, MemberRole role) {
    return builder().organisation(organisation).role(role).build();
  }

  /** Builds a {@link Membership}. */
  final class Builder extends ImmutableMembership.Builder {}
}

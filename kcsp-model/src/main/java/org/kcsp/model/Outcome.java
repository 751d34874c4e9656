package org.kcsp.model;

import org.immutables.value.Value;

/** How an action of the action plan measures what it achieves. */
@Value.Immutable
public interface Outcome {

  OutcomeKind kind();

  String description();

  /** An outcome of this kind and description. */
  static Outcome of(OutcomeKind kind, String description) {
    return builder().kind(kind).description(description).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Outcome}. */
  final class Builder extends ImmutableOutcome.Builder {}
}

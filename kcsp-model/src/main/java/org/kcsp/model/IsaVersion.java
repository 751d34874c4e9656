package org.kcsp.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/** One version of the information sharing agreement and the day it takes effect. */
@Value.Immutable
public interface IsaVersion {

  String version();

  LocalDate effectiveFrom();

  /** Version {@code version}, in effect from {@code effectiveFrom}. */
  static IsaVersion of(String version, LocalDate effectiveFrom) {
    return builder().version(version).effectiveFrom(effectiveFrom).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IsaVersion}. */
  final class Builder extends ImmutableIsaVersion.Builder {}

  @Value.Check
  default void check() {
    new Invariants().described(this).throwIfAny();
  }
}

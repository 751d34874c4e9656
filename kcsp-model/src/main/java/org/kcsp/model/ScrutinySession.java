package org.kcsp.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A session of the crime and disorder scrutiny committee about the partnership, which the law
 * requires at least once in every twelve months.
 */
@Value.Immutable
public interface ScrutinySession extends PartlyKnown {

  String id();

  LocalDate date();

  /** {@code "Kent County Council Crime and Disorder Scrutiny Committee"}. */
  String committee();

  /**
   * The council whose crime and disorder committee sat, one of the partnership's {@code councils}
   * (version 2): needed when it has two or more, unless {@code isUnknown("council")}.
   */
  Optional<String> council();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScrutinySession}. */
  final class Builder extends ImmutableScrutinySession.Builder {}

  @Value.Check
  default void check() {
    new Invariants().described(this).throwIfAny();
  }
}

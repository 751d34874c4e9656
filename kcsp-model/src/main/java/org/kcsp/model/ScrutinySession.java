package org.kcsp.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A session of the crime and disorder scrutiny committee about the partnership, which the law
 * requires at least once in every twelve months.
 */
@Value.Immutable
public interface ScrutinySession {

  String id();

  LocalDate date();

  /** {@code "Kent County Council Crime and Disorder Scrutiny Committee"}. */
  String committee();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScrutinySession}. */
  final class Builder extends ImmutableScrutinySession.Builder {}

  @Value.Check
  default void check() {
    new Invariants().notBlank("id", id()).throwIfAny();
  }
}

package org.kcsp.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The partnership itself, such as the Kent Community Safety Partnership.
 *
 * <p>Its id shares one id space with its subgroups: both are <em>bodies</em>, which hold terms of
 * reference and meetings.
 *
 * <p>Version 2 says more of partnerships of other shapes: the nation whose law applies, when the
 * partnership was formed and its last day, who took on its duties, the councils whose areas it
 * covers ({@code councils}, an evidence list: {@code isRecorded("councils")}) and, for a district
 * partnership, its county council. A version 1 record gives none of them.
 */
@Value.Immutable
public interface Partnership extends PartlyKnown {

  /** The body id, such as {@code "KCSP"}. */
  String id();

  /** {@code "Kent Community Safety Partnership"}. */
  String name();

  /** {@code "Kent"}. */
  String area();

  /** A county partnership manages a community safety agreement for a two-tier area. */
  Tier tier();

  /** The nation whose law applies: England unless stated (version 2). */
  @Value.Default
  default Nation nation() {
    return Nation.ENGLAND;
  }

  /** The day it was formed, if the record says (version 2). */
  Optional<LocalDate> existsFrom();

  /** Its last day, when it was merged, split or dissolved (version 2). */
  Optional<LocalDate> existsUntil();

  /** The names of the partnerships that took on its duties (version 2). */
  List<String> succeededBy();

  /**
   * The ids of the councils whose areas it covers, each a LOCAL_AUTHORITY organisation: one for
   * most partnerships, two or more for a joint one (version 2; an evidence list, at least one
   * council when recorded).
   */
  List<String> councils();

  /** For a DISTRICT partnership in a two-tier county: the county council's id, a responsible authority too (version 2). */
  Optional<String> countyCouncil();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Partnership}. */
  final class Builder extends ImmutablePartnership.Builder {}

  @Value.Check
  default void check() {
    new Invariants().described(this)
        .notAfter("existsFrom", existsFrom().orElse(null), "existsUntil", existsUntil().orElse(null))
        .throwIfAny();
  }
}

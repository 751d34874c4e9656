package org.kcsp.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The information sharing agreement, its versions, and who signed which version.
 *
 * <p>The partnership's members must sign the latest version in effect.
 */
@Value.Immutable
public interface InformationSharing extends PartlyKnown {

  /** {@code "Kent and Medway Information Sharing Agreement"}. */
  String name();

  List<IsaVersion> versions();

  List<IsaSignature> signatures();

  /**
   * The latest version in effect on {@code date}: the one with the latest {@code effectiveFrom}
   * on or before it; on equal dates, the one listed last.
   */
  default Optional<IsaVersion> versionInEffectOn(LocalDate date) {
    return versions().stream()
        .filter(version -> !version.effectiveFrom().isAfter(date))
        .reduce((a, b) -> b.effectiveFrom().isBefore(a.effectiveFrom()) ? a : b);
  }

  /** Whether {@code organisation} signed {@code version} on or before {@code date}. */
  default boolean signed(String organisation, String version, LocalDate date) {
    return signatures().stream()
        .anyMatch(
            signature ->
                signature.organisation().equals(organisation)
                    && signature.version().equals(version)
                    && !signature.signedOn().isAfter(date));
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InformationSharing}. */
  final class Builder extends ImmutableInformationSharing.Builder {}

  @Value.Check
  default void check() {
    new Invariants().described(this).throwIfAny();
  }
}

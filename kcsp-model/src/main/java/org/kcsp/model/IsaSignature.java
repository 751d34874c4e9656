package org.kcsp.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/** An organisation's signature of one version of the information sharing agreement. */
@Value.Immutable
public interface IsaSignature {

  /** The organisation's id. */
  String organisation();

  /** The version signed. */
  String version();

  LocalDate signedOn();

  /** {@code organisation} signed {@code version} on {@code signedOn}. */
  static IsaSignature of(String organisation, String version, LocalDate signedOn) {
    return builder().organisation(organisation).version(version).signedOn(signedOn).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IsaSignature}. */
  final class Builder extends ImmutableIsaSignature.Builder {}
}

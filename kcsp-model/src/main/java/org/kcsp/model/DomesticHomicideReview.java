package org.kcsp.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A domestic homicide review the partnership commissioned or considered, with the dates of its
 * steps: notification, decision, submission to the Home Office, publication.
 */
@Value.Immutable
public interface DomesticHomicideReview extends PartlyKnown {

  String id();

  /** The name the review is published under, such as {@code "Simran 2019"}. */
  String name();

  LocalDate notifiedOn();

  Optional<DhrDecision> decision();

  Optional<LocalDate> decidedOn();

  Optional<LocalDate> submittedToHomeOfficeOn();

  Optional<LocalDate> publishedOn();

  /** When the Home Office was told of the decision (version 2). */
  Optional<LocalDate> homeOfficeNotifiedOn();

  /**
   * The body or organisation that runs the review when it is not this partnership, such as the
   * county partnership for a district (version 2).
   */
  Optional<String> ledBy();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DomesticHomicideReview}. */
  final class Builder extends ImmutableDomesticHomicideReview.Builder {}

  @Value.Check
  default void check() {
    new Invariants().described(this)
        .require(
            hasDecision() == (decidedOn().isPresent() || unknown().contains("decidedOn")),
            hasDecision() ? "decidedOn" : "decision",
            "decision and decidedOn go together: give both or neither")
        .require(
            submittedToHomeOfficeOn().isEmpty() || decision().equals(Optional.of(DhrDecision.COMMISSIONED))
                || unknown().contains("decision"),
            "submittedToHomeOfficeOn",
            "only a COMMISSIONED review can be submitted to the Home Office")
        .notAfter("notifiedOn", notifiedOn(), "decidedOn", decidedOn().orElse(null))
        .notAfter(
            "decidedOn",
            decidedOn().orElse(null),
            "submittedToHomeOfficeOn",
            submittedToHomeOfficeOn().orElse(null))
        .notAfter("notifiedOn", notifiedOn(), "publishedOn", publishedOn().orElse(null))
        .notAfter(
            "submittedToHomeOfficeOn",
            submittedToHomeOfficeOn().orElse(null),
            "publishedOn",
            publishedOn().orElse(null))
        .notAfter("notifiedOn", notifiedOn(), "homeOfficeNotifiedOn", homeOfficeNotifiedOn().orElse(null))
        .throwIfAny();
  }

  /** Whether a decision was taken: recorded, or known to be taken with its outcome unknown. */
  private boolean hasDecision() {
    return decision().isPresent() || unknown().contains("decision");
  }
}

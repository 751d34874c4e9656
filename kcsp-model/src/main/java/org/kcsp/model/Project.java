package org.kcsp.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A use of a grant: a funded project, its pot, amount, status and what it owes the funder. */
@Value.Immutable
public interface Project extends PartlyKnown {

  /** Unique across the record. */
  String id();

  String title();

  /**
   * A key naming the funded activity, shared with other funders' awards for the same activity,
   * such as {@code "bystander-approach-training"}.
   */
  Optional<String> activity();

  Pot pot();

  /** What the grant pays for it; unknown amounts are allowed and never guessed. */
  Optional<Money> amount();

  ProjectStatus status();

  /** Why it has its status: {@code "VRU already funds the programme"}. */
  Optional<String> statusReason();

  /** Countywide unless stated. */
  @Value.Default
  default ProjectScope scope() {
    return ProjectScope.COUNTYWIDE;
  }

  /** The ids of the agreement priorities it serves. */
  List<String> priorities();

  Optional<LocalDate> businessCaseSubmittedOn();

  Optional<OutcomeReport> outcomeReport();

  /** Live: not rejected, withdrawn or refunded. */
  default boolean isLive() {
    return status().isLive();
  }

  /** Committed: approved by the chair or the funder, or delivered. */
  default boolean isCommitted() {
    return status().isCommitted();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Project}. */
  final class Builder extends ImmutableProject.Builder {}

  @Value.Check
  default void check() {
    new Invariants().described(this).throwIfAny();
  }
}

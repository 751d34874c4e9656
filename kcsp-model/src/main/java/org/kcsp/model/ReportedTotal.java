package org.kcsp.model;

import org.immutables.value.Value;

/**
 * A total stated in a report or minutes, such as "In total, the PCC approved £21,440", to be
 * checked against the projects it adds up.
 */
@Value.Immutable
public interface ReportedTotal {

  TotalBasis basis();

  Money amount();

  /** Where it was stated: {@code "KCSP minutes 14 July 2022, para 6"}. */
  String statedIn();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportedTotal}. */
  final class Builder extends ImmutableReportedTotal.Builder {}
}

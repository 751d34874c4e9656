package org.kcsp.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Why a finding is waived: the waiver of the record that covers it.
 *
 * @param reason the waiver's reason
 * @param approvedBy the body whose decision accepted it
 * @param until the last day the waiver applies
 */
public record Waived(String reason, String approvedBy, LocalDate until) {

  public Waived {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(approvedBy, "approvedBy");
    Objects.requireNonNull(until, "until");
  }
}

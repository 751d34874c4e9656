package org.kcsp.rules;

import java.util.Objects;
import java.util.Optional;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.PartnershipRecord;

/**
 * What became of one record of a batch ({@link ComplianceEngine#checkAll}): its position in the
 * input and either its report or the exception that stopped it. One bad record does not stop the
 * batch; its result carries the exception instead.
 *
 * <pre>{@code
 * engine.checkAll(records, null, 4, result -> {
 *   if (result.report().isPresent()) {
 *     System.out.println(result.index() + ": " + result.report().get().openFindings().size() + " open findings");
 *   } else {
 *     System.err.println(result.index() + ": " + result.failure().get().getMessage());
 *   }
 * });
 * }</pre>
 */
public final class BatchResult {

  private final int index;
  private final PartnershipRecord record;
  private final ComplianceReport report;
  private final RuntimeException failure;

  private BatchResult(int index, PartnershipRecord record, ComplianceReport report, RuntimeException failure) {
    this.index = index;
    this.record = record;
    this.report = report;
    this.failure = failure;
  }

  static BatchResult checked(int index, PartnershipRecord record, ComplianceReport report) {
    return new BatchResult(index, Objects.requireNonNull(record), Objects.requireNonNull(report), null);
  }

  static BatchResult failed(int index, PartnershipRecord record, RuntimeException failure) {
    return new BatchResult(index, record, null, Objects.requireNonNull(failure));
  }

  /** The record's position in the input, counting from 0. */
  public int index() {
    return index;
  }

  /** The record, when it could be obtained (its supplier did not throw). */
  public Optional<PartnershipRecord> record() {
    return Optional.ofNullable(record);
  }

  /** The report, when the record was checked. */
  public Optional<ComplianceReport> report() {
    return Optional.ofNullable(report);
  }

  /**
   * Why there is no report: the {@link InvalidRecordException} its supplier threw while reading
   * it, the {@link RuleExecutionException} of a rule that misbehaved, the {@link
   * IllegalArgumentException} of a record without an {@code asOf} date checked without one, or
   * whatever else its supplier threw.
   */
  public Optional<RuntimeException> failure() {
    return Optional.ofNullable(failure);
  }

  /** Whether the record was checked: {@link #report()} is present. */
  public boolean isChecked() {
    return report != null;
  }

  @Override
  public String toString() {
    return "BatchResult[" + index + ", "
        + (report != null ? report.partnershipId() + " as of " + report.asOf() : "failed: " + failure) + "]";
  }
}

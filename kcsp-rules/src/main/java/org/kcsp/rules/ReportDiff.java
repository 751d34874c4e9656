package org.kcsp.rules;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What changed between two reports: each finding NEW, RESOLVED, UNCHANGED or CHANGED, matched by
 * {@linkplain Finding#fingerprint() fingerprint}. Reports of one record on two dates (what a meeting
 * resolved), of two versions of a record (what an edit introduced), or of a record and a proposal
 * ({@link ComplianceEngine#whatIf}).
 *
 * <pre>{@code
 * ReportDiff diff = ComplianceEngine.diff(engine.check(record, LocalDate.of(2022, 7, 13)),
 *     engine.check(record, LocalDate.of(2022, 7, 14)));
 * diff.count(ReportDiff.Status.RESOLVED);            // what the meeting of 14 July put right
 * diff.hasNewOpenFindingAtLeast(Severity.ERROR);     // what CI fails on: only what is new
 * }</pre>
 */
@Value.Immutable
public interface ReportDiff {

  /** What happened to a finding between the two reports. */
  enum Status {
    /** Only in the later report. */
    NEW,
    /** In both, with another severity, waiver or evidence. */
    CHANGED,
    /** Only in the earlier report. */
    RESOLVED,
    /** In both, the same but for its message. */
    UNCHANGED
  }

  /** The earlier report. */
  ComplianceReport before();

  /** The later report. */
  ComplianceReport after();

  /** Every finding of either report, once: by status (NEW, CHANGED, RESOLVED, UNCHANGED), then in {@link Finding#ORDER}. */
  List<Change> changes();

  /** The changes of one status. */
  default List<Change> changes(Status status) {
    return changes().stream().filter(change -> change.status() == status).toList();
  }

  /** How many findings have this status. */
  default long count(Status status) {
    return changes().stream().filter(change -> change.status() == status).count();
  }

  /**
   * Whether a NEW finding is open and at least as severe as {@code severity}: what a change
   * introduced, not what was there before it.
   */
  default boolean hasNewOpenFindingAtLeast(Severity severity) {
    return changes(Status.NEW).stream().anyMatch(change -> change.finding().isOpen() && change.finding().severity().isAtLeast(severity));
  }

  /**
   * One finding, as the two reports hold it.
   *
   * @param status what happened to it
   * @param before the finding in the earlier report, unless it is NEW
   * @param after the finding in the later report, unless it is RESOLVED
   */
  record Change(Status status, Optional<Finding> before, Optional<Finding> after) {

    /** By status, then as reports order findings (the later report's finding, else the earlier's). */
    public static final Comparator<Change> ORDER =
        Comparator.comparing(Change::status).thenComparing(Change::finding, Finding.ORDER);

    public Change {
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      if (before.isEmpty() && after.isEmpty()) {
        throw new IllegalArgumentException("a change has a finding before it, after it, or both");
      }
    }

    /** The finding as it now stands: in the later report, or for a RESOLVED one, as it stood. */
    public Finding finding() {
      return after.orElseGet(before::orElseThrow);
    }

    /** Its fingerprint, the same in both reports. */
    public String fingerprint() {
      return finding().fingerprint();
    }

    /** Whether its severity differs between the reports. */
    public boolean severityChanged() {
      return before.isPresent() && after.isPresent() && before.get().severity() != after.get().severity();
    }

    /** Whether the waiver that covers it differs: it was waived and is open, or the other way, or another waiver covers it. */
    public boolean waiverChanged() {
      return before.isPresent() && after.isPresent() && !before.get().waived().equals(after.get().waived());
    }

    /** The names of the evidence that differs: given another value, added or taken away; in the order given. */
    public List<String> evidenceChanged() {
      if (before.isEmpty() || after.isEmpty()) {
        return List.of();
      }
      Set<String> names = new LinkedHashSet<>(before.get().evidence().typed().keySet());
      names.addAll(after.get().evidence().typed().keySet());
      return names.stream()
          .filter(name -> !before.get().evidence().value(name).equals(after.get().evidence().value(name)))
          .toList();
    }
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportDiff}. */
  final class Builder extends ImmutableReportDiff.Builder {}
}

package org.kcsp.examples.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kcsp.examples.generate.RecordGenerator;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.rules.ComplianceEngine;

/**
 * The Drools rules and the independent {@link ReferenceChecker} must find the same things: for
 * 1,000 generated partnership-years, each on its own date, four months before and five months
 * after, the (rule, subject, severity) sets of the eight rules the reference checks are equal, with
 * one duplicate-funding finding per project and the same count of counterparts.
 * The dates around the record's own move facts in and out of the as-of view and across year ends.
 */
class DifferentialTest {

  private static final long SEED = 20220714L;
  private static final int PARTNERSHIPS = 100;
  private static final int YEARS = 10;
  private static final int SHOWN = 10;

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();

  /** The findings of the engine for the reference's rules. */
  static Set<ReferenceFinding> engineFindings(PartnershipRecord record, LocalDate date) {
    return ReferenceFinding.of(ENGINE.check(record, date));
  }

  /** The record's own date, four months before and five months after. */
  static List<LocalDate> dates(PartnershipRecord record) {
    LocalDate asOf = record.asOf().orElseThrow(() -> new IllegalStateException(
        "generated record " + record.partnership().id() + " has no asOf date"));
    return List.of(asOf, asOf.minusMonths(4), asOf.plusMonths(5));
  }

  /** What differs, for a failure message; empty when both agree. */
  static String difference(Set<ReferenceFinding> engine, Set<ReferenceFinding> reference) {
    Set<ReferenceFinding> onlyEngine = new TreeSet<>(engine);
    onlyEngine.removeAll(reference);
    Set<ReferenceFinding> onlyReference = new TreeSet<>(reference);
    onlyReference.removeAll(engine);
    if (onlyEngine.isEmpty() && onlyReference.isEmpty()) {
      return "";
    }
    return "only Drools: " + onlyEngine + "; only the reference: " + onlyReference;
  }

  @Test
  void drools_agrees_with_the_reference_checker_on_1000_generated_records_on_three_dates_each() {
    RecordGenerator generator = new RecordGenerator(SEED, FormatVersion.V1);
    List<String> differences = new ArrayList<>();
    Map<String, Integer> fired = new TreeMap<>();
    int checks = 0;
    for (int partnership = 0; partnership < PARTNERSHIPS; partnership++) {
      for (int year = 0; year < YEARS; year++) {
        PartnershipRecord record = generator.record(partnership, year);
        for (LocalDate date : dates(record)) {
          Set<ReferenceFinding> reference = ReferenceChecker.check(record, date);
          String difference = difference(engineFindings(record, date), reference);
          if (!difference.isEmpty()) {
            differences.add("record (seed " + SEED + ", partnership " + partnership + ", year " + year + ") "
                + record.partnership().id() + " as of " + date + ": " + difference);
          }
          reference.forEach(finding -> fired.merge(finding.rule(), 1, Integer::sum));
          checks++;
        }
      }
    }

    assertThat(checks).isEqualTo(PARTNERSHIPS * YEARS * 3);
    assertThat(differences.size())
        .as("checks that differ, of %d; the first %d:%n%s", checks, SHOWN,
            String.join(System.lineSeparator(), differences.subList(0, Math.min(SHOWN, differences.size()))))
        .isZero();
    assertThat(fired.keySet())
        .as("every rule compared fires somewhere in the generated records (fired: %s)", fired)
        .containsExactlyInAnyOrderElementsOf(ReferenceChecker.RULES);
  }
}

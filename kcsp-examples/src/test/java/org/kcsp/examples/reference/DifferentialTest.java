package org.kcsp.examples.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kcsp.examples.generate.RecordGenerator;
import org.kcsp.examples.reference.Catalogue.Family;
import org.kcsp.model.BuiltInPolicy;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.ScrutinySession;
import org.kcsp.model.TermsOfReference;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.Outcome;
import org.kcsp.rules.Policy;

/**
 * The Drools rules and the independent {@link ReferenceChecker} must report the same: on generated
 * records of both versions, on several dates each, under both built-in policies, the findings
 * (rule, subject, severity, key evidence, waived or open), the evidence gaps (rule, subject, path)
 * and every rule's outcome are equal, for the rule families the comparison covers. The dates move
 * facts in and out of the as-of view and across the boundaries the rules turn on: the record's own
 * date, four months before and five after, the day before the final month, its first day, the year
 * end, the day a review or refresh falls due and the day after, the last day a scrutiny session
 * counts and the day after, and the days the Serious Violence Duty's parts came into force ({@link
 * #dates}). Each rule family's reference was mutated once (a boundary moved by a day, a comparison
 * made inclusive) to see this test fail; docs/performance.md has the table.
 *
 * <p>Where the engine and the specification disagree ({@link Disagreement#KNOWN}, each with the
 * place in rules.md), the rules concerned are left out of the comparison on the checks where the
 * disagreement can arise, and the test fails once it no longer arises.
 */
class DifferentialTest {

  private static final long SEED = 20220714L;
  private static final int YEARS = 10;
  private static final int SHOWN = 12;

  /** The rule families compared. */
  static final Set<Family> COVERED = EnumSet.allOf(Family.class);

  private static final Map<BuiltInPolicy, ComplianceEngine> ENGINES = Map.of(
      BuiltInPolicy.KCSP, ComplianceEngine.builder().policy(Policy.builtIn("kcsp")).build(),
      BuiltInPolicy.ENGLAND, ComplianceEngine.builder().policy(Policy.builtIn("england")).build());

  /** How many partnerships, ten years each: 150 records of version 1, 200 of version 2 (which has more to compare). */
  static int partnerships(FormatVersion version) {
    return version == FormatVersion.V1 ? 15 : 20;
  }

  /**
   * The dates a record is checked on: its own, four months before and five after, the day before
   * the final month of its financial year, the first day of that month and the year end; the day
   * its agreement's refresh falls due and the day after, the day its partnership's latest terms of
   * reference fall due for review and the day after, and the last day its latest scrutiny session
   * is within the 12 months up to D and the day after; and, for records within a year or so of
   * them, the day before and the day the Serious Violence Duty came into force and the day its
   * first strategy was due and the day after.
   */
  static List<LocalDate> dates(PartnershipRecord record) {
    LocalDate asOf = record.asOf().orElseThrow(() -> new IllegalStateException(
        "generated record " + record.partnership().id() + " has no asOf date"));
    // generated records are dated in the last quarter of their financial year
    LocalDate yearEnd = LocalDate.of(asOf.getMonthValue() >= 4 ? asOf.getYear() + 1 : asOf.getYear(), 3, 31);
    Set<LocalDate> dates = new TreeSet<>(List.of(asOf, asOf.minusMonths(4), asOf.plusMonths(5),
        yearEnd.minusDays(30), yearEnd.minusDays(29), yearEnd));
    record.agreement().ifPresent(agreement -> {
      dates.add(agreement.lastRefreshedOn().plusMonths(12));
      dates.add(agreement.lastRefreshedOn().plusMonths(12).plusDays(1));
    });
    record.termsOfReference().stream()
        .filter(tor -> tor.body().equals(record.partnership().id()) && !tor.approvedOn().isAfter(asOf))
        .max(Comparator.comparing(TermsOfReference::approvedOn))
        .ifPresent(tor -> {
          LocalDate due = tor.approvedOn().plusMonths(tor.reviewIntervalMonths());
          dates.add(due);
          dates.add(due.plusDays(1));
        });
    record.scrutinySessions().stream()
        .map(ScrutinySession::date)
        .filter(date -> !date.isAfter(asOf))
        .max(Comparator.naturalOrder())
        .ifPresent(latest -> {
          dates.add(latest.plusMonths(12));
          dates.add(latest.plusMonths(12).plusDays(1));
        });
    for (LocalDate law : List.of(LocalDate.of(2023, 1, 30), LocalDate.of(2023, 1, 31), LocalDate.of(2024, 1, 31),
        LocalDate.of(2024, 2, 1))) {
      if (Math.abs(law.toEpochDay() - asOf.toEpochDay()) < 500) {
        dates.add(law);
      }
    }
    return List.copyOf(dates);
  }

  @ParameterizedTest
  @EnumSource(FormatVersion.class)
  void drools_agrees_with_the_reference_on_generated_records_on_several_dates_each_under_both_policies(FormatVersion version) {
    RecordGenerator generator = new RecordGenerator(SEED, version);
    Set<String> rules = Catalogue.rulesOf(COVERED);
    List<String> differences = new ArrayList<>();
    Map<String, Set<Outcome>> seen = new TreeMap<>();
    Map<Disagreement, Integer> arose = new HashMap<>();
    int[] checks = {0};
    Set<String> notInTheCatalogue = new TreeSet<>();
    List<int[]> partnershipYears = new ArrayList<>();
    for (int partnership = 0; partnership < partnerships(version); partnership++) {
      for (int year = 0; year < YEARS; year++) {
        partnershipYears.add(new int[] {partnership, year});
      }
    }
    // records are checked on every core; what each finds is gathered under a lock
    partnershipYears.parallelStream().forEach(partnershipYear -> {
      int partnership = partnershipYear[0];
      int year = partnershipYear[1];
      PartnershipRecord record = generator.record(partnership, year);
      for (LocalDate date : dates(record)) {
        // the rules of a known disagreement that can arise here are compared apart
        List<Disagreement> known = Disagreement.KNOWN.stream()
            .filter(d -> !Collections.disjoint(d.rules(), rules) && d.arises().test(record, date)).toList();
        Set<String> compared = new TreeSet<>(rules);
        known.forEach(d -> compared.removeAll(d.rules()));
        for (BuiltInPolicy policy : BuiltInPolicy.values()) {
          ReferenceReport reference = ReferenceChecker.check(record, date, policy);
          ReferenceReport engine = ReferenceReport.of(ENGINES.get(policy).check(record, date));
          String difference = engine.restrictedTo(compared).difference(reference.restrictedTo(compared));
          synchronized (differences) {
            engine.outcomes().keySet().stream().filter(rule -> !Catalogue.exists(rule)).forEach(notInTheCatalogue::add);
            if (!difference.isEmpty()) {
              differences.add(version + " record (seed " + SEED + ", partnership " + partnership + ", year " + year + ") "
                  + record.partnership().id() + " as of " + date + " under " + policy.id() + ": " + difference);
            }
            for (Disagreement disagreement : known) {
              boolean differs = !engine.restrictedTo(disagreement.rules())
                  .difference(reference.restrictedTo(disagreement.rules())).isEmpty();
              arose.merge(disagreement, differs ? 1 : 0, Integer::sum);
            }
            reference.restrictedTo(rules).outcomes()
                .forEach((rule, outcome) -> seen.computeIfAbsent(rule, r -> new TreeSet<>()).add(outcome));
            checks[0]++;
          }
        }
      }
    });
    Collections.sort(differences);

    assertThat(differences.size())
        .as("checks that differ, of %d; the first %d:%n%s", checks[0], SHOWN,
            String.join(System.lineSeparator(), differences.subList(0, Math.min(SHOWN, differences.size()))))
        .isZero();
    assertThat(notInTheCatalogue).as("rules the engine lists that the catalogue does not have").isEmpty();
    assertThat(seen.keySet()).as("every rule compared is listed").isEqualTo(rules);
    // version 1 cannot hold the data of the five statutory rules version 2 adds, and the generator
    // gives its version 1 records no responsible authority of another kind
    seen.forEach((rule, outcomes) -> {
      if (version == FormatVersion.V2 || Catalogue.rule(rule).family() != Family.STATUTORY) {
        assertThat(outcomes).as("%s both fails and passes somewhere in the generated records", rule)
            .contains(Outcome.FAIL, Outcome.PASS);
      }
    });
    arose.forEach((disagreement, differing) -> assertThat(differing)
        .as("the known disagreement on %s can arise on some checks and still does (remove it once the engine agrees): %s",
            disagreement.rules(), disagreement.engine())
        .isPositive());
  }
}

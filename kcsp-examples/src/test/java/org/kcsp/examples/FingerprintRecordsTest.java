package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kcsp.examples.generate.RecordGenerator;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.RecordReader;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Finding;

/**
 * Fingerprints on every bundled record and on generated records of both versions: no two findings
 * of a report share one, each rule's declared evidence tells them apart without numbering, and a
 * finding keeps its fingerprint on every date it is found.
 */
class FingerprintRecordsTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();

  /** The bundled examples and the district record, by name. */
  private static Map<String, PartnershipRecord> bundled() {
    Map<String, PartnershipRecord> records = new HashMap<>();
    BundledExamples.all().forEach(example -> records.put(example.name(), example.read()));
    records.put("eastmarsh-2024-03-31.json",
        RecordReader.read(java.nio.file.Path.of("src/main/resources/district/eastmarsh-2024-03-31.json")));
    return records;
  }

  /** A record's own date, and dates before and after it that move facts in and out and reviews past due. */
  private static List<LocalDate> dates(PartnershipRecord record) {
    LocalDate asOf = record.asOf().orElseThrow();
    return List.of(asOf.minusMonths(4), asOf, asOf.plusMonths(5), asOf.plusYears(1).plusDays(1), asOf.plusYears(2));
  }

  /** Checks that no fingerprint of the report is shared or numbered; returns its findings. */
  private static List<Finding> distinct(String name, PartnershipRecord record, LocalDate date) {
    ComplianceReport report = ENGINE.check(record, date);
    assertThat(report.findings()).extracting(Finding::fingerprint).as("%s on %s", name, date)
        .doesNotHaveDuplicates()
        .noneMatch(fingerprint -> fingerprint.contains("/#"));
    return report.findings();
  }

  /** Checks that each fingerprint names one rule and subject on every date it is found. */
  private static void stable(String name, Map<String, Finding> seen, List<Finding> findings) {
    for (Finding finding : findings) {
      Finding before = seen.putIfAbsent(finding.fingerprint(), finding);
      if (before != null) {
        assertThat(List.of(finding.rule(), finding.subject())).as("%s: %s", name, finding.fingerprint())
            .isEqualTo(List.of(before.rule(), before.subject()));
      }
    }
  }

  @Test
  void tells_apart_every_finding_of_every_bundled_record_on_five_dates() {
    // GIVEN every bundled record, each on five dates around its own
    int findings = 0;
    for (Map.Entry<String, PartnershipRecord> entry : bundled().entrySet()) {
      Map<String, Finding> seen = new HashMap<>();
      for (LocalDate date : dates(entry.getValue())) {
        // WHEN it is checked THEN its findings' fingerprints differ, with no numbering, and stay on their rule and subject
        List<Finding> found = distinct(entry.getKey(), entry.getValue(), date);
        stable(entry.getKey(), seen, found);
        findings += found.size();
      }
    }
    assertThat(findings).isGreaterThan(50);
  }

  @Test
  void tells_apart_every_finding_of_generated_records_of_both_versions() {
    // GIVEN 100 generated partnership-years of each version (with planted defects, so that every rule fires somewhere)
    List<String> rules = new ArrayList<>();
    for (FormatVersion version : List.of(FormatVersion.V1, FormatVersion.V2)) {
      RecordGenerator generator = new RecordGenerator(20230715L, version);
      try (Stream<PartnershipRecord> records = generator.records(20, 5)) {
        records.forEach(record -> {
          Map<String, Finding> seen = new HashMap<>();
          String name = version + " " + record.partnership().id() + " " + record.asOf().orElseThrow();
          for (LocalDate date : dates(record)) {
            // WHEN each is checked THEN no two findings share a fingerprint, none needs numbering
            List<Finding> found = distinct(name, record, date);
            stable(name, seen, found);
            found.forEach(finding -> rules.add(finding.rule()));
          }
        });
      }
    }
    // AND the records exercise the rules that find several things on one subject
    assertThat(rules).contains("GRANT_POT_OVERCOMMITTED", "GRANT_ROLLOVER_PENDING", "MEMBERSHIP_RESPONSIBLE_AUTHORITY_MISSING",
        "STRATEGY_STRAND_MISSING", "TOR_LISTS_DEFUNCT_MEMBER");
  }
}

package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.examples.KcspCommandTest.kcsp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.examples.KcspCommandTest.Run;
import org.kcsp.examples.generate.RecordGenerator;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.RecordReader;
import org.kcsp.model.io.RecordWriter;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.Finding;

/**
 * {@code kcsp upgrade} keeps a record's meaning (rules.md, readings 22 and 25): every bundled
 * version 1 record and 300 generated ones, upgraded, read back as version 2 and give the same
 * findings on their own date; on other dates, version 2 may find more, never less.
 */
class UpgradeRoundTripTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();

  @TempDir Path dir;

  /** Dates before and after a record's own, the {@code n}th pair of them. */
  private static List<LocalDate> dates(PartnershipRecord record, int n) {
    LocalDate asOf = record.asOf().orElseThrow();
    List<LocalDate> before = List.of(asOf.minusMonths(13), asOf.minusMonths(3), asOf.minusDays(1));
    List<LocalDate> after = List.of(asOf.plusDays(1), asOf.plusMonths(4), asOf.plusMonths(13));
    return List.of(before.get(n % 3), after.get(n / 3 % 3));
  }

  /**
   * Asserts that the upgraded record gives the findings of the version 1 record on its date, and no
   * fewer on the {@code n}th pair of other dates. Findings are compared in all but the words an
   * agreement rule's message names the agreement by: version 2 names it by its kind ("the
   * partnership plan"), as rules.md's version 2 changes say, version 1 by its name.
   */
  private static int assertSameMeaning(PartnershipRecord version1, PartnershipRecord version2, String name, int n) {
    assertThat(version2.format()).as(name).isEqualTo(FormatVersion.V2);
    LocalDate asOf = version1.asOf().orElseThrow();
    List<Finding> before = meanings(ENGINE.check(version1, asOf).findings());
    assertThat(meanings(ENGINE.check(version2, asOf).findings())).as("%s on %s", name, asOf).isEqualTo(before);
    for (LocalDate date : dates(version1, n)) {
      assertThat(meanings(ENGINE.check(version2, date).findings())).as("%s on %s", name, date)
          .containsAll(meanings(ENGINE.check(version1, date).findings()));
    }
    return before.size();
  }

  /** The findings with an agreement rule's message set aside (every other part of them kept). */
  private static List<Finding> meanings(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.rule().startsWith("AGREEMENT_")
            ? Finding.builder().from(f).message("the agreement, named by the record's version").build()
            : f)
        .toList();
  }

  @Test
  void upgrades_each_bundled_version_1_record_with_its_findings_and_refuses_a_version_2_one() throws Exception {
    for (BundledExamples.Example example : BundledExamples.all()) {
      // GIVEN a bundled record, as a file
      Path file = dir.resolve(example.name());
      try (var in = example.open()) {
        Files.write(file, in.readAllBytes());
      }
      PartnershipRecord record = RecordReader.read(file);
      Path upgraded = dir.resolve("upgraded-" + example.name());

      // WHEN it is upgraded
      Run run = kcsp("upgrade", file.toString(), "--output", upgraded.toString());

      // THEN a version 1 record reads back as version 2 with the same findings; a version 2 one is refused
      if (record.format() == FormatVersion.V1) {
        assertThat(run.status()).as(example.name()).isZero();
        for (int n = 0; n < 9; n++) {
          assertSameMeaning(record, RecordReader.read(upgraded), example.name(), n);
        }
      } else {
        assertThat(run.status()).as(example.name()).isEqualTo(2);
        assertThat(upgraded).doesNotExist();
      }
    }
  }

  @Test
  void upgrades_300_generated_version_1_records_with_their_findings() {
    RecordGenerator generator = new RecordGenerator(22, FormatVersion.V1);
    int findings = 0;
    for (int partnership = 0; partnership < 50; partnership++) {
      for (int year = 0; year < 6; year++) {
        PartnershipRecord record = generator.record(partnership, year);
        assertThat(record.format()).isEqualTo(FormatVersion.V1);
        PartnershipRecord upgraded = RecordUpgrade.of(record).record();
        String name = RecordGenerator.fileName(partnership, year);
        // written and read back in JSON, and every seventh in YAML too (YAML is read slowly)
        PartnershipRecord json = RecordReader.readJson(RecordWriter.toJson(upgraded), name);
        assertThat(json).as(name).isEqualTo(upgraded);
        int n = partnership * 6 + year;
        if (n % 7 == 0) {
          assertThat(RecordReader.readYaml(RecordWriter.toYaml(upgraded), name)).as(name).isEqualTo(upgraded);
        }
        findings += assertSameMeaning(record, json, name, n);
      }
    }
    assertThat(findings).as("findings compared on the records' own dates").isGreaterThan(1000);
  }
}

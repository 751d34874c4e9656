package org.kcsp.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kcsp.model.FinancialYear;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.Tier;
import org.kcsp.model.io.RecordReader;
import org.kcsp.model.io.RecordWriter;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Outcome;
import org.kcsp.rules.RuleDescriptor;
import org.kcsp.rules.RuleResult;

class RecordGeneratorTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();
  private static List<PartnershipRecord> records;

  @BeforeAll
  static void generate() {
    // 300 records: 50 partnerships over the six years 2019/20 to 2024/25
    records = new RecordGenerator(1).records(50, 6).toList();
  }

  /** How many values a record holds: the sense of "facts" in which a record is large or small. */
  static int values(PartnershipRecord r) {
    int count = 1 + r.organisations().size() + r.subgroups().size() + r.scrutinySessions().size()
        + r.domesticHomicideReviews().size() + r.waivers().size() + r.externalAwards().size();
    count += r.termsOfReference().stream().mapToInt(t -> 1 + t.membership().size()).sum();
    count += r.meetings().stream().mapToInt(m -> 1 + m.items().size()).sum();
    count += r.informationSharing().map(i -> 1 + i.versions().size() + i.signatures().size()).orElse(0);
    count += r.agreement().map(a -> 1 + a.priorities().size()
        + a.actions().stream().mapToInt(x -> 1 + x.outcomes().size()).sum()).orElse(0);
    count += r.grants().stream().mapToInt(g -> 1 + g.rollovers().size() + g.reportedTotals().size()
        + g.projects().size()).sum();
    return count;
  }

  @Test
  void makes_every_rule_fail_somewhere_and_pass_somewhere_in_300_records() {
    // WHEN each record is checked as of its own date
    Map<String, Set<Outcome>> outcomes = new TreeMap<>();
    for (PartnershipRecord record : records) {
      ComplianceReport report = ENGINE.check(record);
      for (RuleResult result : report.rules()) {
        outcomes.computeIfAbsent(result.rule(), r -> EnumSet.noneOf(Outcome.class)).add(result.outcome());
      }
    }
    // THEN every rule of the catalogue has failed and passed at least once
    Map<String, Set<Outcome>> lacking = new LinkedHashMap<>();
    for (RuleDescriptor rule : ENGINE.catalog().rules()) {
      Set<Outcome> seen = outcomes.getOrDefault(rule.id(), Set.of());
      if (!seen.contains(Outcome.FAIL) || !seen.contains(Outcome.PASS)) {
        lacking.put(rule.id(), seen);
      }
    }
    assertThat(lacking).as("rules that never failed or never passed").isEmpty();
    assertThat(ENGINE.catalog().rules()).hasSize(38);
  }

  @Test
  void gives_equal_records_and_identical_files_for_the_same_seed_in_any_order() {
    RecordGenerator again = new RecordGenerator(1);
    // a record asked for alone equals the one the stream made after 100 others
    assertThat(again.record(16, 4)).isEqualTo(records.get(16 * 6 + 4));
    List<PartnershipRecord> second = again.records(50, 6).toList();
    assertThat(second).isEqualTo(records);
    for (int i = 0; i < records.size(); i += 7) {
      assertThat(RecordWriter.toJson(second.get(i))).isEqualTo(RecordWriter.toJson(records.get(i)));
    }
  }

  @Test
  void gives_different_records_for_different_seeds() {
    RecordGenerator other = new RecordGenerator(2);
    for (int i = 0; i < 20; i++) {
      assertThat(other.record(i, 0)).isNotEqualTo(records.get(i * 6));
      assertThat(RecordWriter.toJson(other.record(i, 0))).isNotEqualTo(RecordWriter.toJson(records.get(i * 6)));
    }
  }

  @Test
  void writes_records_that_read_back_equal() {
    for (int i = 0; i < records.size(); i += 5) {
      PartnershipRecord record = records.get(i);
      assertThat(RecordReader.readJson(RecordWriter.toJson(record), "generated.json")).isEqualTo(record);
    }
  }

  @Test
  void makes_partnership_years_of_a_realistic_shape() {
    Set<Tier> tiers = EnumSet.noneOf(Tier.class);
    Set<ProjectStatus> statuses = EnumSet.noneOf(ProjectStatus.class);
    for (int i = 0; i < records.size(); i++) {
      PartnershipRecord record = records.get(i);
      int partnership = i / 6;
      FinancialYear year = FinancialYear.startingIn(RecordGenerator.FIRST_YEAR + i % 6);
      assertThat(record.partnership().id()).isEqualTo(String.format("CSP-%03d", partnership + 1));
      // as of a day in the last quarter of its financial year
      LocalDate asOf = record.asOf().orElseThrow();
      assertThat(asOf).isBetween(LocalDate.of(year.startYear() + 1, Month.JANUARY, 1), year.lastDay());
      assertThat(record.subgroups()).hasSizeBetween(1, 3);
      assertThat(record.grants()).singleElement().satisfies(grant -> {
        assertThat(grant.financialYear()).isEqualTo(year);
        assertThat(grant.projects()).hasSizeBetween(5, 30);
        grant.projects().forEach(project -> statuses.add(project.status()));
      });
      assertThat(values(record)).as("values in %s", record.partnership().id()).isBetween(50, 320);
      tiers.add(record.partnership().tier());
    }
    assertThat(tiers).containsExactlyInAnyOrder(Tier.values());
    assertThat(statuses).containsExactlyInAnyOrder(ProjectStatus.values());
    // a partnership keeps its name and tier from year to year
    assertThat(records.get(6).partnership()).isEqualTo(records.get(11).partnership());
  }

  @Test
  void refuses_negative_coordinates() {
    RecordGenerator generator = new RecordGenerator(1);
    assertThatThrownBy(() -> generator.record(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> generator.record(0, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> generator.records(-1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(generator.records(0, 5)).isEmpty();
    assertThat(RecordGenerator.fileName(16, 2)).isEqualTo("csp-017-2021-22.json");
  }
}

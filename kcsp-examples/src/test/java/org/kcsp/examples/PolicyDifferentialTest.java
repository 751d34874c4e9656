package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kcsp.examples.generate.RecordGenerator;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.GrantConditions;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Policy;
import org.kcsp.rules.RuleDescriptor;
import org.kcsp.rules.RuleKind;

/**
 * The built-in policies on every bundled record and on generated version 1 records: {@code kcsp}
 * gives exactly the reports of an engine without a policy (today's), and {@code england} differs
 * from them only by what the specification takes out (the K rules; the G rules, for grants under
 * no conditions) and by the sources it changes.
 */
class PolicyDifferentialTest {

  private static final ComplianceEngine TODAY = ComplianceEngine.standard();
  private static final ComplianceEngine KCSP = ComplianceEngine.builder().policy(Policy.builtIn("kcsp")).build();
  private static final ComplianceEngine ENGLAND = ComplianceEngine.builder().policy(Policy.builtIn("england")).build();

  /** The bundled records and 300 generated partnership-years (30 partnerships, 10 years), with their dates. */
  private static List<Map.Entry<PartnershipRecord, LocalDate>> records() {
    List<Map.Entry<PartnershipRecord, LocalDate>> records = new ArrayList<>();
    for (BundledExamples.Example example : BundledExamples.all()) {
      PartnershipRecord record = example.read();
      records.add(Map.entry(record, record.asOf().orElseThrow()));
    }
    RecordGenerator generator = new RecordGenerator(14, FormatVersion.V1);
    for (int partnership = 0; partnership < 30; partnership++) {
      for (int year = 0; year < 10; year++) {
        PartnershipRecord record = generator.record(partnership, year);
        records.add(Map.entry(record, record.asOf().orElseThrow()));
      }
    }
    return records;
  }

  @Test
  void kcsp_gives_exactly_todays_reports() {
    int findings = 0;
    for (Map.Entry<PartnershipRecord, LocalDate> entry : records()) {
      ComplianceReport today = TODAY.check(entry.getKey(), entry.getValue());
      ComplianceReport kcsp = KCSP.check(entry.getKey(), entry.getValue());
      assertThat(kcsp).as(entry.getKey().partnership().id() + " " + entry.getValue()).isEqualTo(today);
      assertThat(kcsp.skippedRules()).isEqualTo(today.skippedRules()).isEmpty();
      findings += today.findings().size();
    }
    assertThat(findings).as("findings compared").isGreaterThan(1000);
  }

  @Test
  void england_differs_only_by_the_rules_it_takes_out_and_the_sources_it_changes() {
    Set<String> grantRules = TODAY.catalog().rules().stream()
        .filter(rule -> rule.grantConditions().equals(Optional.of(GrantConditions.KENT_PCC_CRIME_REDUCTION_GRANT)))
        .map(RuleDescriptor::id)
        .collect(java.util.stream.Collectors.toSet());
    Map<String, RuleDescriptor> rules = new java.util.HashMap<>();
    TODAY.catalog().rules().forEach(rule -> rules.put(rule.id(), rule));
    int moved = 0;
    int waivers = 0;
    for (Map.Entry<PartnershipRecord, LocalDate> entry : records()) {
      ComplianceReport today = TODAY.check(entry.getKey(), entry.getValue());
      ComplianceReport england = ENGLAND.check(entry.getKey(), entry.getValue());
      String as = entry.getKey().partnership().id() + " " + entry.getValue();
      // the findings: today's, less those of K and G rules, each citing its England source
      List<Finding> expected = today.findings().stream()
          .filter(f -> rules.get(f.rule()).kind() != RuleKind.RESOLUTION && !grantRules.contains(f.rule()))
          .map(f -> Finding.builder().from(f).source(rules.get(f.rule()).sources().get("england")).build())
          .toList();
      // (a live waiver of a G rule's finding then covers none, and says so: the rule does not apply to its grant)
      List<Finding> unusedGrantWaivers = england.findings().stream()
          .filter(f -> f.rule().equals("WAIVER_UNUSED") && grantRules.contains(f.evidence().get("waivedRule"))
              && today.findings().stream().noneMatch(t -> t.equals(f)))
          .toList();
      List<Finding> rest = new ArrayList<>(england.findings());
      rest.removeAll(unusedGrantWaivers);
      assertThat(rest).as(as).isEqualTo(expected);
      // the outcomes: today's, less the K rules, with the G rules not applicable (outside the grant's
      // conditions wherever today's checked a grant), and the reasons and counts of the others alike
      List<String> outcomes = today.rules().stream()
          .filter(r -> rules.get(r.rule()).kind() != RuleKind.RESOLUTION)
          .map(r -> grantRules.contains(r.rule())
              ? r.rule() + " NOT_APPLICABLE" + (r.checked() > 0 ? " not in the grant's conditions" : "") + " 0"
              : r.rule().equals("WAIVER_UNUSED") && !unusedGrantWaivers.isEmpty()
                  ? r.rule() + " FAIL"
                  : r.rule() + " " + r.outcome() + " " + r.reason() + " " + r.checked())
          .toList();
      assertThat(england.rules().stream()
          .map(r -> grantRules.contains(r.rule())
              ? r.rule() + " " + r.outcome() + (r.reason().equals("not in the grant's conditions") ? " " + r.reason() : "")
                  + " " + r.checked()
              : r.rule().equals("WAIVER_UNUSED") && !unusedGrantWaivers.isEmpty()
                  ? r.rule() + " " + r.outcome()
                  : r.rule() + " " + r.outcome() + " " + r.reason() + " " + r.checked())
          .toList()).as(as).isEqualTo(outcomes);
      waivers += unusedGrantWaivers.size();
      moved += today.findings().size() - england.findings().size();
    }
    assertThat(moved).as("findings england takes out").isPositive();
    assertThat(waivers).as("waivers of G rules' findings england leaves unused").isPositive();
  }
}

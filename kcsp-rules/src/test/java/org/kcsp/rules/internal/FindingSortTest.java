package org.kcsp.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kcsp.rules.Evidence;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Severity;
import org.kcsp.rules.Subject;
import org.kcsp.rules.SubjectKind;

class FindingSortTest {

  @Test
  void puts_findings_in_the_order_and_keeps_alike_ones_as_they_came_as_sorting_by_finding_order_does() {
    for (long seed = 1; seed <= 40; seed++) {
      Random random = new Random(seed);
      // GIVEN findings few and many, alike in severity, rule, subject, message, kind or evidence
      // by turns (copies of one string too, so that equal strings are not always the same string)
      int size = seed % 4 == 0 ? random.nextInt(FindingSort.DIRECT) : FindingSort.DIRECT + random.nextInt(3_000);
      List<Finding> findings = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        findings.add(finding(random));
      }
      List<Finding> expected = new ArrayList<>(findings);
      expected.sort(Finding.ORDER);
      // WHEN they are sorted
      FindingSort.sort(findings);
      // THEN they are in the same order, finding for finding, as the list sorted by Finding.ORDER
      for (int i = 0; i < size; i++) {
        assertThat(findings.get(i)).as("seed %d, position %d of %d", seed, i, size).isSameAs(expected.get(i));
      }
    }
  }

  @Test
  void sorts_by_severity_then_rule_then_subject_then_message() {
    // GIVEN more findings than are sorted directly, in reverse order
    List<Finding> findings = new ArrayList<>();
    for (int i = FindingSort.DIRECT * 2; i >= 0; i--) {
      findings.add(Finding.builder().rule(i % 2 == 0 ? "B_RULE" : "A_RULE")
          .severity(i % 3 == 0 ? Severity.ERROR : Severity.WARNING)
          .subject(new Subject(SubjectKind.PROJECT, "p-%03d".formatted(i / 4)))
          .message("m" + i % 4).source("s").build());
    }
    // WHEN they are sorted
    FindingSort.sort(findings);
    // THEN each is after the one before it in every key, most significant first
    for (int i = 1; i < findings.size(); i++) {
      Finding before = findings.get(i - 1);
      Finding after = findings.get(i);
      assertThat(Finding.ORDER.compare(before, after)).as("position %d", i).isNegative();
    }
    assertThat(findings.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(findings.get(0).rule()).isEqualTo("A_RULE");
    assertThat(findings.get(0).subject().id()).isEqualTo("p-000");
  }

  private static Finding finding(Random random) {
    String[] rules = {"PROJECT_DUPLICATE_FUNDING", "PROJECT_POSSIBLE_DUPLICATE_FUNDING", "GRANT_TACTICAL_POT_OVER_CAP"};
    Evidence evidence = random.nextBoolean() ? Evidence.none()
        : Evidence.builder().count("counterparts", random.nextInt(3)).build();
    return Finding.builder()
        .rule(new String(rules[random.nextInt(rules.length)]))
        .severity(Severity.values()[random.nextInt(Severity.values().length)])
        .subject(new Subject(random.nextBoolean() ? SubjectKind.PROJECT : SubjectKind.GRANT,
            random.nextBoolean() ? new String("s-" + random.nextInt(40)) : IdPrefixTest.id(random)))
        .message("message " + random.nextInt(3))
        .evidence(evidence)
        .source("source")
        .build();
  }
}

package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kcsp.model.Money;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Pot;
import org.kcsp.model.Rollover;
import org.kcsp.model.RolloverPermission;
import org.kcsp.rules.report.JsonReport;

/**
 * Findings alike but for their evidence come in one order, whatever order the rules raised them in
 * (found by {@link CheckFuzzTest}: two pending rollovers of the same amount into one grant, from two
 * grants, swapped places from one check of a record to the next, so its JSON was not byte-identical).
 */
class FindingOrderTest {

  private static Finding pendingRolloverFrom(String grant) {
    return Finding.builder().rule("GRANT_ROLLOVER_PENDING").severity(Severity.WARNING)
        .subject(new Subject(SubjectKind.GRANT, "G-1"))
        .message("Permission to roll £0.00 over into the upfront pot of G-1 has still not been granted.")
        .evidence(Evidence.builder().text("fromGrant", grant).build()).source("s").build();
  }

  @Test
  void orders_findings_that_differ_only_in_their_evidence_by_their_evidence() {
    // GIVEN two findings alike but for the grant their rollover comes from
    Finding fromG0 = pendingRolloverFrom("G-0");
    Finding fromG2 = pendingRolloverFrom("G-2");

    // THEN the report order tells them apart, the same way whichever comes first
    assertThat(Finding.ORDER.compare(fromG2, fromG0)).isPositive();
    assertThat(Finding.ORDER.compare(fromG0, fromG2)).isNegative();
  }

  @Test
  void gives_byte_identical_json_for_a_grant_with_two_alike_pending_rollovers() {
    // GIVEN a grant into which two rollovers of nothing are requested, from two other grants
    Rollover.Builder rollover = Rollover.builder().amount(Money.ZERO).intoPot(Pot.UPFRONT)
        .permission(RolloverPermission.REQUESTED);
    PartnershipRecord record = Kcsp2022.record()
        .addGrants(
            KentGrants.grant("G-0", "2019/20").allocation(Money.of("1000")).build(),
            KentGrants.grant("G-1", "2021/22").allocation(Money.of("61000"))
                .addRollovers(rollover.fromGrant("G-0").build(), rollover.fromGrant("G-2").build()).build(),
            KentGrants.grant("G-2", "2022/23").allocation(Money.of("1000")).build())
        .build();
    ComplianceEngine engine = ComplianceEngine.standard();

    // WHEN it is checked 30 times in the grant's year
    Set<String> json = new HashSet<>();
    List<Finding> pending = List.of();
    for (int i = 0; i < 30; i++) {
      ComplianceReport report = engine.check(record, LocalDate.of(2021, 4, 10));
      json.add(JsonReport.render(report));
      pending = report.findings("GRANT_ROLLOVER_PENDING");
    }

    // THEN the JSON is the same every time, the rollover from G-0 first
    assertThat(json).hasSize(1);
    assertThat(pending).extracting(finding -> finding.evidence().get("fromGrant")).containsExactly("G-0", "G-2");
  }
}

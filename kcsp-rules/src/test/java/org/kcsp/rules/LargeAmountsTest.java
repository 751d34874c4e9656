package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kcsp.model.Money;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Pot;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.RolloverPermission;
import org.kcsp.rules.report.ReportFormat;

/**
 * Records of the largest amounts a record may hold: sums and differences of them are more than one
 * amount may be, and must still be checked and written out in full (found by {@link CheckFuzzTest}:
 * GRANT_SPLIT_MISMATCH failed formatting a split of more than {@link Money#MAX}).
 */
class LargeAmountsTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();

  @Test
  void reports_a_split_adding_up_to_more_than_the_largest_amount_in_full() {
    // GIVEN a grant whose upfront part and tactical pot are each the largest amount a record may hold
    PartnershipRecord record = Kcsp2022.record()
        .addGrants(KentGrants.grant("CRG-2022-23", "2022/23").allocation(Money.MAX).upfront(Money.MAX).tacticalPot(Money.MAX)
            .build())
        .build();

    // WHEN it is checked
    ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);

    // THEN the split is reported with its sum and difference written out in full
    Finding finding = assertThat(report).hasFinding("GRANT_SPLIT_MISMATCH").on("CRG-2022-23")
        .withEvidence("difference", "9999999999.99").single();
    assertThat(finding.message()).contains("£19,999,999,999.98 in all, £9,999,999,999.99 more than its £9,999,999,999.99 allocation");
  }

  @Test
  void checks_and_renders_a_record_of_the_largest_amounts_everywhere() {
    // GIVEN a grant, its projects and a rollover all of the largest amount
    PartnershipRecord record = Kcsp2022.record()
        .addGrants(KentGrants.grant("CRG-2022-23", "2022/23").allocation(Money.MAX).tacticalPot(Money.MAX)
            .returnedToFunder(Money.MAX)
            .addRollovers(KentGrants.knifeCrimeRefundRollover().fromGrant("CRG-2021-22").amount(Money.MAX)
                .permission(RolloverPermission.GRANTED).build())
            .addProjects(
                KentGrants.project("one", "One", Pot.UPFRONT, "9999999999.99", ProjectStatus.APPROVED),
                KentGrants.project("two", "Two", Pot.TACTICAL, "9999999999.99", ProjectStatus.COMPLETED),
                KentGrants.project("three", "Three", Pot.TACTICAL, "9999999999.99", ProjectStatus.CHAIR_APPROVED))
            .build(),
            KentGrants.grant("CRG-2021-22", "2021/22").allocation(Money.MAX).build())
        .build();

    // WHEN it is checked, THEN it gets a report, which renders in every format
    ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
    assertThat(report).hasFinding("GRANT_POT_OVERCOMMITTED").on("CRG-2022-23");
    for (ReportFormat format : ReportFormat.values()) {
      assertThat(format.render(report)).isNotBlank();
    }
    assertThat(ReportFormat.TEXT.render(report)).contains("cost £19,999,999,999.98, £9,999,999,999.99 more than");
  }
}

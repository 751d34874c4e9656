package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kcsp.model.Money;
import org.kcsp.model.Pot;
import org.kcsp.model.ProjectStatus;

/** The standard rules give each evidence value its kind: money, dates, days, counts, text, ids. */
class TypedEvidenceTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();

  @Test
  void gives_dates_and_days_for_an_overdue_review() {
    // GIVEN the KCSP of 14 July 2022, WHEN it is checked a year and a day later
    ComplianceReport report = ENGINE.check(Kcsp2022.record().build(), LocalDate.of(2023, 7, 15));
    // THEN its overdue review gives two dates and a number of days
    Finding finding = assertThat(report).hasFinding("TOR_REVIEW_OVERDUE").on("KCSP").single();
    assertThat(finding.evidence().typed()).containsExactly(
        entry("lastApproved", new EvidenceValue.Date(LocalDate.of(2022, 7, 14))),
        entry("dueDate", new EvidenceValue.Date(LocalDate.of(2023, 7, 14))),
        entry("daysOverdue", new EvidenceValue.Days(1)));
  }

  @Test
  void gives_money_in_pence_and_the_cap_as_text_for_a_tactical_pot_over_its_cap() {
    // GIVEN a grant of £30,000 with a tactical pot of £10,000.01, a penny over its cap of one third
    ComplianceReport report = ENGINE.check(Kcsp2022.record()
        .addGrants(KentGrants.grant("CRG-2020-21", "2020/21").allocation(Money.of("30000"))
            .tacticalPot(Money.of("10000.01")).build())
        .build(), KentGrants.REPORT_2020);
    // THEN the finding gives the money in pence, and the fraction as text
    Finding finding = assertThat(report).hasFinding("GRANT_TACTICAL_POT_OVER_CAP").on("CRG-2020-21").single();
    assertThat(finding.evidence().typed()).containsExactly(
        entry("allocation", new EvidenceValue.Money(3_000_000)),
        entry("tacticalPot", new EvidenceValue.Money(1_000_001)),
        entry("cap", new EvidenceValue.Money(1_000_000)),
        entry("capFraction", new EvidenceValue.Text("1/3")));
  }

  @Test
  void gives_the_projects_without_an_amount_as_ids_and_their_count() {
    // GIVEN the 2019/20 grant with two live projects of unknown amount
    ComplianceReport report = ENGINE.check(Kcsp2022.record()
        .addGrants(KentGrants.crg2019()
            .addProjects(
                KentGrants.unknownAmount("ets", "Emergency Trauma Packs", Pot.UPFRONT, ProjectStatus.PROPOSED),
                KentGrants.unknownAmount("osara", "OSARA training", Pot.TACTICAL, ProjectStatus.APPROVED))
            .build())
        .build(), KentGrants.REPORT_2020);
    // THEN the finding names them as ids, in the record's order, and counts them
    Finding finding = assertThat(report).hasFinding("GRANT_AMOUNTS_UNKNOWN").on("CRG-2019-20").single();
    assertThat(finding.evidence().typed()).containsExactly(
        entry("projects", new EvidenceValue.Ids(List.of("ets", "osara"))),
        entry("count", new EvidenceValue.Count(2)));
  }
}

package org.kcsp.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kcsp.model.FinancialYear;
import org.kcsp.model.Grant;
import org.kcsp.model.GrantConditions;
import org.kcsp.model.Money;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Pot;
import org.kcsp.model.Project;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.ReportedTotal;
import org.kcsp.model.TotalBasis;
import org.kcsp.rules.Kcsp2022Records;
import org.kcsp.rules.spi.GrantFact;
import org.kcsp.rules.spi.LatestTorFact;
import org.kcsp.rules.spi.Needs;
import org.kcsp.rules.spi.ProjectFact;
import org.kcsp.rules.spi.ReportedTotalFact;

/** What the record does not give is null in the facts, never a number that could be read as one. */
class FactPreparationTest {

  private static final LocalDate DATE = Kcsp2022Records.MINUTES;

  private static Grant.Builder grant(String id) {
    return Grant.builder().id(id).programme("Crime Reduction Grant").funder("KENT-PCC")
        .financialYear(FinancialYear.parse("2022/23")).allocation(Money.of("39661")).tacticalPot(Money.of("13220"));
  }

  private static Project project(String id, String amount) {
    Project.Builder project = Project.builder().id(id).title(id).pot(Pot.UPFRONT).status(ProjectStatus.APPROVED);
    return (amount == null ? project : project.amount(Money.of(amount))).build();
  }

  private static PreparedFacts prepare(PartnershipRecord record) {
    return FactPreparation.prepare(record, record.viewAsOf(DATE), DATE,
        RuleBase.shared().policyFact("kcsp", List.of(GrantConditions.KENT_PCC_CRIME_REDUCTION_GRANT), Map.of()));
  }

  @Test
  void gives_an_unknown_amount_an_unstated_upfront_part_and_sums_that_cannot_be_known_as_null() {
    // GIVEN a grant that states no upfront part, with two approved upfront projects, one of unknown
    // amount, and a reported total of the approved projects
    PartnershipRecord record = Kcsp2022Records.record()
        .addGrants(grant("G-UNKNOWN").addProjects(project("known", "100"), project("unknown", null))
            .addReportedTotals(ReportedTotal.builder().basis(TotalBasis.APPROVED).amount(Money.of("100"))
                .statedIn("minutes").build())
            .build())
        .build();
    // WHEN its facts are prepared
    PreparedFacts facts = prepare(record);
    // THEN what is not known is null, what is known is in pence, and a sum with an unknown amount
    // is known as at least the known ones, with how many are not
    GrantFact grant = facts.all(GrantFact.class).get(0);
    assertThat(grant.upfront()).isNull();
    assertThat(grant.sumsKnown()).isFalse();
    assertThat(grant.committedUpfront()).isNull();
    assertThat(grant.committedUpfrontAtLeast()).isEqualTo(10_000L);
    assertThat(grant.committedUpfrontWithoutAmount()).isEqualTo(1);
    assertThat(grant.committedTactical()).as("no committed project of the tactical pot lacks an amount").isZero();
    assertThat(grant.committedTacticalWithoutAmount()).isZero();
    assertThat(grant.projectsWithoutAmount()).containsExactly("unknown");
    assertThat(facts.all(ProjectFact.class)).extracting(ProjectFact::id, ProjectFact::amount, ProjectFact::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("known", 10_000L, "$.grants[0].projects[0]"),
            org.assertj.core.groups.Tuple.tuple("unknown", null, "$.grants[0].projects[1]"));
    assertThat(grant.path()).isEqualTo("$.grants[0]");
    ReportedTotalFact total = facts.all(ReportedTotalFact.class).get(0);
    assertThat(total.computable()).isFalse();
    assertThat(total.computed()).isNull();
    assertThat(total.computedAtLeast()).isEqualTo(10_000L);
    assertThat(total.withoutAmount()).containsExactly("unknown");
    assertThat(facts.meets(Needs.GRANT_UPFRONT)).isFalse();
    assertThat(facts.meets(Needs.GRANT_SUMS_KNOWN)).isFalse();
  }

  @Test
  void gives_a_stated_upfront_part_and_known_sums_in_pence_even_when_they_are_zero() {
    // GIVEN a grant that states an upfront part of nothing, with no committed project in its tactical pot
    PartnershipRecord record = Kcsp2022Records.record()
        .addGrants(grant("G-KNOWN").upfront(Money.ZERO).addProjects(project("known", "100.01")).build())
        .build();
    // WHEN its facts are prepared
    GrantFact grant = prepare(record).all(GrantFact.class).get(0);
    // THEN zero is zero, not unknown
    assertThat(grant.upfront()).isZero();
    assertThat(grant.committedUpfront()).isEqualTo(10_001L);
    assertThat(grant.committedTactical()).isZero();
    assertThat(prepare(record).meets(Needs.GRANT_UPFRONT)).isTrue();
  }

  @Test
  void gives_meetings_per_year_as_null_when_the_terms_of_reference_do_not_say() {
    // GIVEN the KCSP of 14 July 2022, whose terms of reference do not say how often its bodies meet
    List<LatestTorFact> tors = prepare(Kcsp2022Records.record().build()).all(LatestTorFact.class);
    // THEN no latest ToR sets a number, and the frequency rule does not apply
    assertThat(tors).isNotEmpty().allSatisfy(tor -> assertThat(tor.meetingsPerYear()).isNull());
    assertThat(prepare(Kcsp2022Records.record().build()).meets(Needs.MEETING_FREQUENCY)).isFalse();
  }
}

package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.rules.KentGrants.ALLOCATION;
import static org.kcsp.rules.KentGrants.grant;
import static org.kcsp.rules.KentGrants.project;
import static org.kcsp.rules.KentGrants.unknownAmount;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kcsp.model.Fraction;
import org.kcsp.model.Grant;
import org.kcsp.model.Money;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Pot;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.RolloverPermission;
import org.kcsp.model.Waiver;
import org.kcsp.rules.RuleCheck.State;

/**
 * What a report carries for its pictures ({@link ComplianceReport#grants()} and {@link
 * ComplianceReport#termsOfReference()}): figures computed once by the engine, exact in pence, and
 * marks that are the report's own findings, so that skips and waivers change them as they change
 * the findings.
 */
class ReportPicturesTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();

  /** The KCSP's 14 July 2022 approvals fall due a year later. */
  private static final LocalDate DUE = LocalDate.of(2023, 7, 14);

  private static final LocalDate WAIVED_UNTIL = LocalDate.of(2023, 11, 30);

  private static Waiver waiver(String rule, String subject) {
    return Waiver.builder().rule(rule).subject(subject).reason("Accepted at the meeting of 16 November 2023")
        .approvedBy("KCSP").until(WAIVED_UNTIL).build();
  }

  private static TermsOfReferenceStatus body(ComplianceReport report, String id) {
    return report.termsOfReference().stream().filter(body -> body.body().equals(id)).findFirst().orElseThrow();
  }

  private static GrantPosition grantOf(ComplianceReport report, String id) {
    return report.grants().stream().filter(grant -> grant.id().equals(id)).findFirst().orElseThrow();
  }

  @Nested
  class Grants {

    @Test
    void carries_each_grants_pots_cap_and_commitments_in_pence() {
      // GIVEN the 2022/23 grant: £39,661 with £13,220 tactical, four approved upfront projects of
      // £2,000 + £8,000 + £7,440 + £4,000 and a rejected one (seed 001, para 6)
      ComplianceReport report = ENGINE.check(Kcsp2022.record().addGrants(KentGrants.crg2022().build()).build(),
          Kcsp2022.MINUTES);
      // THEN the report carries its figures exactly
      GrantPosition grant = grantOf(report, "CRG-2022-23");
      assertThat(grant.programme()).isEqualTo("Crime Reduction Grant");
      assertThat(grant.financialYear()).hasToString("2022/23");
      assertThat(grant.funderName()).isEqualTo("Kent Police and Crime Commissioner");
      assertThat(grant.allocation()).hasValue(3_966_100L);
      assertThat(grant.tacticalPotCap()).isEqualTo(Fraction.ONE_THIRD);
      assertThat(grant.tacticalPotLimit()).hasValue(1_322_033L);
      assertThat(grant.tactical().amount()).hasValue(1_322_000L);
      assertThat(grant.upfront().amount()).hasValue(2_644_100L);
      assertThat(grant.upfront().committed()).isEqualTo(OptionalLong.of(2_144_000L));
      assertThat(grant.tactical().committed()).isEqualTo(OptionalLong.of(0L));
      assertThat(grant.committed()).isEqualTo(OptionalLong.of(2_144_000L));
      assertThat(grant.committedProjects()).isEqualTo(4);
      assertThat(grant.projectsWithoutAmount()).isEmpty();
      // AND the grant rules ran and found nothing on it
      assertThat(grant.tacticalPotOverCap().state()).isEqualTo(State.NO_FINDING);
      assertThat(grant.upfront().overcommitted().state()).isEqualTo(State.NO_FINDING);
      assertThat(grant.tactical().overcommitted().state()).isEqualTo(State.NO_FINDING);
    }

    @Test
    void says_committed_is_unknown_while_a_live_project_has_no_amount() {
      // GIVEN the 2022/23 grant with a proposed project of no amount
      Grant grant = KentGrants.crg2022()
          .addProjects(unknownAmount("da-website-publicity", "Domestic Abuse Website", Pot.TACTICAL,
              ProjectStatus.PROPOSED))
          .build();
      GrantPosition position = grantOf(ENGINE.check(Kcsp2022.record().addGrants(grant).build(), Kcsp2022.MINUTES),
          "CRG-2022-23");
      // THEN what is committed is unknown, in both pots, rather than guessed
      assertThat(position.committedKnown()).isFalse();
      assertThat(position.committed()).isEmpty();
      assertThat(position.upfront().committed()).isEmpty();
      assertThat(position.tactical().committed()).isEmpty();
      assertThat(position.projectsWithoutAmount()).containsExactly("da-website-publicity");
      assertThat(position.committedProjects()).isEqualTo(4);
    }

    @Test
    void adds_only_granted_rollovers_into_each_pot() {
      // GIVEN the 2020/21 grant, into whose upfront pot £10,000 is to be rolled
      Grant requested = KentGrants.crg2020().build();
      Grant granted = KentGrants.crg2020().rollovers(List.of(KentGrants.knifeCrimeRefundRollover()
          .permission(RolloverPermission.GRANTED).build())).build();
      // THEN a requested rollover adds nothing, a granted one adds to its pot only
      Grant from = KentGrants.crg2019().build();
      GrantPosition before = grantOf(ENGINE.check(Kcsp2022.record().addGrants(from, requested).build(),
          Kcsp2022.MINUTES), "CRG-2020-21");
      GrantPosition after = grantOf(ENGINE.check(Kcsp2022.record().addGrants(from, granted).build(),
          Kcsp2022.MINUTES), "CRG-2020-21");
      assertThat(before.upfront().grantedRollovers()).isZero();
      assertThat(after.upfront().grantedRollovers()).isEqualTo(1_000_000L);
      assertThat(after.tactical().grantedRollovers()).isZero();
    }

    @Test
    void marks_the_tactical_pot_over_its_cap_from_the_finding_only() {
      // GIVEN a tactical pot a penny over its cap of £13,220.33
      Grant grant = grant("CRG-2019-20", "2019/20").allocation(ALLOCATION).tacticalPot(Money.of("13220.34")).build();
      PartnershipRecord record = Kcsp2022.record().addGrants(grant).build();
      // THEN the standard rules mark it open, a waiver marks it waived, and skipping the rule marks nothing
      assertThat(grantOf(ENGINE.check(record, Kcsp2022.MINUTES), "CRG-2019-20").tacticalPotOverCap())
          .returns(State.OPEN, RuleCheck::state)
          .returns("GRANT_TACTICAL_POT_OVER_CAP", RuleCheck::rule);
      PartnershipRecord waived = PartnershipRecord.builder().from(record)
          .addWaivers(waiver("GRANT_TACTICAL_POT_OVER_CAP", "CRG-2019-20")).build();
      RuleCheck waivedCheck = grantOf(ENGINE.check(waived, Kcsp2022.MINUTES), "CRG-2019-20").tacticalPotOverCap();
      assertThat(waivedCheck.state()).isEqualTo(State.WAIVED);
      assertThat(waivedCheck.finding().orElseThrow().waived().orElseThrow().until()).isEqualTo(WAIVED_UNTIL);
      ComplianceEngine skipping = ComplianceEngine.builder().skip("GRANT_TACTICAL_POT_OVER_CAP").build();
      assertThat(grantOf(skipping.check(record, Kcsp2022.MINUTES), "CRG-2019-20").tacticalPotOverCap())
          .returns(State.NOT_RUN, RuleCheck::state)
          .returns(Optional.empty(), RuleCheck::finding);
      // AND a tactical pot at its cap is not marked
      Grant atCap = grant("CRG-2019-20", "2019/20").allocation(ALLOCATION).tacticalPot(Money.of("13220.33")).build();
      assertThat(grantOf(ENGINE.check(Kcsp2022.record().addGrants(atCap).build(), Kcsp2022.MINUTES), "CRG-2019-20")
          .tacticalPotOverCap().state()).isEqualTo(State.NO_FINDING);
    }

    @Test
    void marks_each_overcommitted_pot_with_its_own_finding() {
      // GIVEN both pots of a grant overcommitted by a penny: two findings on the one grant
      Grant grant = grant("CRG-2019-20", "2019/20").allocation(Money.of("3000")).tacticalPot(Money.of("1000"))
          .addProjects(
              project("upfront-project", "Upfront project", Pot.UPFRONT, "2000.01", ProjectStatus.APPROVED),
              project("tactical-project", "Tactical project", Pot.TACTICAL, "1000.01", ProjectStatus.CHAIR_APPROVED))
          .build();
      GrantPosition position = grantOf(ENGINE.check(Kcsp2022.record().addGrants(grant).build(), Kcsp2022.MINUTES),
          "CRG-2019-20");
      // THEN each pot holds the finding that names it
      assertThat(position.upfront().overcommitted().state()).isEqualTo(State.OPEN);
      assertThat(position.upfront().overcommitted().finding().orElseThrow().message()).contains("of the upfront pot");
      assertThat(position.tactical().overcommitted().state()).isEqualTo(State.OPEN);
      assertThat(position.tactical().overcommitted().finding().orElseThrow().message()).contains("of the tactical pot");
    }

    @Test
    void marks_only_the_pot_whose_commitments_pass_it() {
      // GIVEN a tactical pot of £1,000 with £1,000.01 committed, an upfront pot of £2,000 with £2,000 committed
      Grant grant = grant("CRG-2019-20", "2019/20").allocation(Money.of("3000")).tacticalPot(Money.of("1000"))
          .addProjects(
              project("upfront-project", "Upfront project", Pot.UPFRONT, "2000", ProjectStatus.APPROVED),
              project("tactical-project", "Tactical project", Pot.TACTICAL, "1000.01", ProjectStatus.APPROVED))
          .build();
      GrantPosition position = grantOf(ENGINE.check(Kcsp2022.record().addGrants(grant).build(), Kcsp2022.MINUTES),
          "CRG-2019-20");
      // THEN the tactical pot is marked, the upfront pot, committed to the penny, is not
      assertThat(position.tactical().overcommitted().state()).isEqualTo(State.OPEN);
      assertThat(position.upfront().overcommitted().state()).isEqualTo(State.NO_FINDING);
      // AND with the rule skipped neither is
      GrantPosition skipped = grantOf(ComplianceEngine.builder().skip("GRANT_POT_OVERCOMMITTED").build()
          .check(Kcsp2022.record().addGrants(grant).build(), Kcsp2022.MINUTES), "CRG-2019-20");
      assertThat(skipped.tactical().overcommitted().state()).isEqualTo(State.NOT_RUN);
      assertThat(skipped.upfront().overcommitted().state()).isEqualTo(State.NOT_RUN);
      // AND the figures do not change with the rules run
      assertThat(skipped.tactical().committed()).isEqualTo(position.tactical().committed()).hasValue(100_001L);
    }
  }

  @Nested
  class TermsOfReference {

    @Test
    void carries_every_bodys_approvals_up_to_the_date_oldest_first() {
      // GIVEN the KCSP checked the day before its meeting of 14 July 2022
      ComplianceReport report = ENGINE.check(Kcsp2022.record().build(), Kcsp2022.MINUTES.minusDays(1));
      // THEN the partnership comes first, then its subgroups, as the record lists them
      assertThat(report.termsOfReference()).extracting(TermsOfReferenceStatus::body)
          .containsExactly("KCSP", "KCSP-WG", "DHR-SG");
      assertThat(report.termsOfReference()).extracting(TermsOfReferenceStatus::bodyKind)
          .containsExactly(SubjectKind.PARTNERSHIP, SubjectKind.SUBGROUP, SubjectKind.SUBGROUP);
      // AND the approvals of the 14th do not exist yet
      TermsOfReferenceStatus kcsp = body(report, "KCSP");
      assertThat(kcsp.approvals()).extracting(TermsOfReferenceApproval::id).containsExactly("KCSP-TOR-2021");
      assertThat(kcsp.latest().orElseThrow())
          .returns("2021", TermsOfReferenceApproval::version)
          .returns(LocalDate.of(2021, 7, 15), TermsOfReferenceApproval::approvedOn)
          .returns("Kent Community Safety Partnership", TermsOfReferenceApproval::approvedByName)
          .returns(LocalDate.of(2022, 7, 15), TermsOfReferenceApproval::reviewDue);
      assertThat(body(report, "KCSP-WG").approvals()).isEmpty();
      assertThat(body(report, "KCSP-WG").latest()).isEmpty();
    }

    @Test
    void takes_the_one_listed_last_as_latest_among_approvals_of_one_date() {
      // GIVEN two approvals of the KCSP's terms on 14 July 2022, the one listed last reviewed every 6 months
      PartnershipRecord record = Kcsp2022.record()
          .addTermsOfReference(Kcsp2022.tor("KCSP-TOR-2022B", "KCSP", "2022b", Kcsp2022.MINUTES)
              .reviewIntervalMonths(6).build())
          .build();
      // WHEN checked on the day after its six-month review fell due
      ComplianceReport report = ENGINE.check(record, LocalDate.of(2023, 1, 15));
      // THEN it is the latest, and its review is the one found overdue
      TermsOfReferenceStatus kcsp = body(report, "KCSP");
      assertThat(kcsp.approvals()).extracting(TermsOfReferenceApproval::id)
          .containsExactly("KCSP-TOR-2021", "KCSP-TOR-2022", "KCSP-TOR-2022B");
      assertThat(kcsp.latest().orElseThrow().reviewDue()).isEqualTo(LocalDate.of(2023, 1, 14));
      assertThat(kcsp.reviewOverdue().state()).isEqualTo(State.OPEN);
    }

    @Test
    void marks_no_review_overdue_on_the_day_it_falls_due() {
      ComplianceReport report = ENGINE.check(Kcsp2022.record().build(), DUE);
      assertThat(report.termsOfReference()).extracting(body -> body.reviewOverdue().state())
          .containsOnly(State.NO_FINDING);
    }

    @Test
    void marks_every_review_overdue_the_day_after_it_falls_due() {
      ComplianceReport report = ENGINE.check(Kcsp2022.record().build(), DUE.plusDays(1));
      assertThat(report.termsOfReference()).extracting(body -> body.reviewOverdue().state())
          .containsOnly(State.OPEN);
      assertThat(body(report, "KCSP").reviewOverdue().finding()).isEqualTo(report.findings("TOR_REVIEW_OVERDUE")
          .stream().filter(finding -> finding.subject().id().equals("KCSP")).findFirst());
    }

    @Test
    void marks_a_waived_review_waived_and_leaves_the_others_open() {
      // GIVEN the KCSP's overdue review waived until 30 November 2023
      PartnershipRecord record = Kcsp2022.record().addWaivers(waiver("TOR_REVIEW_OVERDUE", "KCSP")).build();
      ComplianceReport report = ENGINE.check(record, DUE.plusDays(1));
      // THEN its mark is waived, with the waiver, and the subgroups' are open
      assertThat(body(report, "KCSP").reviewOverdue().state()).isEqualTo(State.WAIVED);
      assertThat(body(report, "KCSP").reviewOverdue().finding().orElseThrow().waived().orElseThrow().reason())
          .isEqualTo("Accepted at the meeting of 16 November 2023");
      assertThat(body(report, "KCSP-WG").reviewOverdue().state()).isEqualTo(State.OPEN);
      // AND the day after the waiver ends it is open again
      assertThat(body(ENGINE.check(record, WAIVED_UNTIL.plusDays(1)), "KCSP").reviewOverdue().state())
          .isEqualTo(State.OPEN);
    }

    @Test
    void marks_nothing_when_the_rule_is_skipped_or_left_out() {
      ComplianceReport skipped = ComplianceEngine.builder().skip("TOR_REVIEW_OVERDUE").build()
          .check(Kcsp2022.record().build(), DUE.plusDays(1));
      ComplianceReport leftOut = ComplianceEngine.builder().only("TOR_MISSING").build()
          .check(Kcsp2022.record().build(), DUE.plusDays(1));
      for (ComplianceReport report : List.of(skipped, leftOut)) {
        assertThat(report.termsOfReference()).extracting(body -> body.reviewOverdue().state())
            .containsOnly(State.NOT_RUN);
        // the dates are the same whatever the rules run
        assertThat(report.termsOfReference()).isNotEmpty().allSatisfy(body ->
            assertThat(body.latest().orElseThrow().reviewDue()).isEqualTo(DUE));
      }
    }
  }

  @Test
  void carries_equal_pictures_for_equal_inputs() {
    // GIVEN the same record, built twice, with grants and a waiver
    PartnershipRecord one = Kcsp2022.record()
        .addGrants(KentGrants.crg2019().build(), KentGrants.crg2020().build(), KentGrants.crg2022().build())
        .addWaivers(waiver("TOR_REVIEW_OVERDUE", "KCSP")).build();
    PartnershipRecord two = Kcsp2022.record()
        .addGrants(KentGrants.crg2019().build(), KentGrants.crg2020().build(), KentGrants.crg2022().build())
        .addWaivers(waiver("TOR_REVIEW_OVERDUE", "KCSP")).build();
    // WHEN each is checked on the same date
    ComplianceReport first = ENGINE.check(one, DUE.plusDays(1));
    ComplianceReport second = ENGINE.check(two, DUE.plusDays(1));
    // THEN the pictures' values are equal, and so are the reports
    assertThat(second.grants()).isEqualTo(first.grants()).hasSize(3);
    assertThat(second.termsOfReference()).isEqualTo(first.termsOfReference()).hasSize(3);
    assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
  }
}

package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.model.DhrDecision;
import org.kcsp.model.DomesticHomicideReview;
import org.kcsp.model.ExternalAward;
import org.kcsp.model.FinancialYear;
import org.kcsp.model.Fraction;
import org.kcsp.model.Grant;
import org.kcsp.model.Money;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Pot;
import org.kcsp.model.Project;
import org.kcsp.model.ProjectStatus;

/**
 * Every parameter of the catalogue's table is real: a policy that sets it moves the rule's boundary
 * (the day before, on and after it, or a penny under, at and over it), and the rule's words follow.
 */
class PolicyParametersTest {

  @TempDir Path folder;

  private ComplianceEngine engine(String rule, String name, String value) {
    return TestPolicies.engine(TestPolicies.parameter(folder, rule, name, value));
  }

  @Nested
  class TorReviewNotAlignedMaxDaysApart {

    private static final String RULE = "TOR_REVIEW_NOT_ALIGNED";

    /** The KCSP's approval of 14 July 2022 (seed 001), and the Working Group's on {@code date}. */
    private PartnershipRecord workingGroupApprovedOn(LocalDate date) {
      return Kcsp2022.record()
          .termsOfReference(List.of(
              Kcsp2022.tor("KCSP-TOR-2022", "KCSP", "2022", Kcsp2022.MINUTES).membership(Kcsp2022.members()).build(),
              Kcsp2022.tor("WG-TOR-2022", "KCSP-WG", "2022", date).build(),
              Kcsp2022.tor("DHR-TOR-2022", "DHR-SG", "2022", Kcsp2022.MINUTES).build()))
          .build();
    }

    @Test
    void reports_a_subgroup_62_days_from_its_parent_when_the_policy_allows_61() {
      // GIVEN a policy whose reviews are aligned within 61 days
      ComplianceEngine engine = engine(RULE, "maxDaysApart", "61");
      // WHEN the Working Group was approved 60, 61 and 62 days before the KCSP (15, 14 and 13 May 2022)
      ComplianceReport sixty = engine.check(workingGroupApprovedOn(LocalDate.of(2022, 5, 15)), Kcsp2022.MINUTES);
      ComplianceReport sixtyOne = engine.check(workingGroupApprovedOn(LocalDate.of(2022, 5, 14)), Kcsp2022.MINUTES);
      ComplianceReport sixtyTwo = engine.check(workingGroupApprovedOn(LocalDate.of(2022, 5, 13)), Kcsp2022.MINUTES);
      // THEN only 62 days apart is reported, in the policy's words
      assertThat(sixty).hasNoFinding(RULE);
      assertThat(sixtyOne).hasNoFinding(RULE);
      assertThat(sixtyTwo).hasFinding(RULE).on("KCSP-WG").withEvidence("daysApart", "62")
          .withMessageContaining("reviews should be aligned within 61 days.");
      // AND the standard policy would pass 62 days
      assertThat(ComplianceEngine.standard().check(workingGroupApprovedOn(LocalDate.of(2022, 5, 13)), Kcsp2022.MINUTES))
          .hasNoFinding(RULE);
    }
  }

  @Nested
  class TorNotOnAgendaMonths {

    private static final String RULE = "TOR_NOT_ON_AGENDA";

    @Test
    void reports_the_partnership_six_months_after_its_last_terms_of_reference_item_when_the_policy_says_six() {
      // GIVEN the ToR review on the agenda of 14 July 2022 (seed 001), and a policy of every 6 months
      ComplianceEngine engine = engine(RULE, "months", "6");
      PartnershipRecord record = Kcsp2022.record().build();
      // WHEN checked on 13, 14 and 15 January 2023
      // THEN it is reported from 15 January 2023, the day the item falls out of the 6 months
      assertThat(engine.check(record, LocalDate.of(2023, 1, 13))).hasNoFinding(RULE);
      assertThat(engine.check(record, LocalDate.of(2023, 1, 14))).hasNoFinding(RULE);
      assertThat(engine.check(record, LocalDate.of(2023, 1, 15))).hasFinding(RULE).on("KCSP")
          .withEvidence("from", "2022-07-15").withEvidence("to", "2023-01-15");
      assertThat(ComplianceEngine.standard().check(record, LocalDate.of(2023, 1, 15))).hasNoFinding(RULE);
    }
  }

  @Nested
  class AgreementRefreshOverdueMonths {

    private static final String RULE = "AGREEMENT_REFRESH_OVERDUE";

    @Test
    void reports_the_refresh_overdue_the_day_after_six_months_when_the_policy_says_six() {
      // GIVEN the agreement refreshed on 14 July 2022 (seed 001), and a policy of a refresh every 6 months
      ComplianceEngine engine = engine(RULE, "months", "6");
      PartnershipRecord record = Kcsp2022.record().build();
      // WHEN checked the day before, on and after 14 January 2023
      // THEN the refresh is overdue from 15 January 2023, and the message says how often it is due
      assertThat(engine.check(record, LocalDate.of(2023, 1, 13))).hasNoFinding(RULE);
      assertThat(engine.check(record, LocalDate.of(2023, 1, 14))).hasNoFinding(RULE);
      assertThat(engine.check(record, LocalDate.of(2023, 1, 15))).hasFinding(RULE).on("KCSP")
          .withEvidence("dueDate", "2023-01-14").withEvidence("daysOverdue", "1")
          .withMessageContaining("; its refresh, every 6 months, was due on 14 January 2023, 1 day ago.");
      assertThat(ComplianceEngine.standard().check(record, LocalDate.of(2023, 1, 15))).hasNoFinding(RULE);
    }
  }

  @Nested
  class DhrMonths {

    private DomesticHomicideReview.Builder simran() {
      return DomesticHomicideReview.builder().id("DHR-SIMRAN-2019").name("Simran 2019");
    }

    private PartnershipRecord with(DomesticHomicideReview review) {
      return Kcsp2022.record().addDomesticHomicideReviews(review).build();
    }

    @Test
    void reports_a_decision_late_the_day_after_two_months_when_the_policy_says_two() {
      // GIVEN a review notified on 31 January 2022 (assumed), and a policy of a decision within 2 months
      ComplianceEngine engine = engine("DHR_DECISION_LATE", "months", "2");
      // WHEN decided on 30 March, 31 March and 1 April 2022
      ComplianceReport before = engine.check(with(simran().notifiedOn(LocalDate.of(2022, 1, 31))
          .decision(DhrDecision.COMMISSIONED).decidedOn(LocalDate.of(2022, 3, 30)).build()), Kcsp2022.MINUTES);
      ComplianceReport on = engine.check(with(simran().notifiedOn(LocalDate.of(2022, 1, 31))
          .decision(DhrDecision.COMMISSIONED).decidedOn(LocalDate.of(2022, 3, 31)).build()), Kcsp2022.MINUTES);
      ComplianceReport after = engine.check(with(simran().notifiedOn(LocalDate.of(2022, 1, 31))
          .decision(DhrDecision.COMMISSIONED).decidedOn(LocalDate.of(2022, 4, 1)).build()), Kcsp2022.MINUTES);
      // THEN only the decision of 1 April is late, due on 31 March
      assertThat(before).hasNoFinding("DHR_DECISION_LATE");
      assertThat(on).hasNoFinding("DHR_DECISION_LATE");
      assertThat(after).hasFinding("DHR_DECISION_LATE").on("DHR-SIMRAN-2019")
          .withEvidence("decisionDue", "2022-03-31").withEvidence("daysLate", "1");
    }

    @Test
    void reports_a_submission_late_the_day_after_three_months_when_the_policy_says_three() {
      // GIVEN a review decided on 31 August 2022 (assumed), and a policy of a submission within 3 months
      ComplianceEngine engine = engine("DHR_SUBMISSION_LATE", "months", "3");
      DomesticHomicideReview.Builder decided = simran().notifiedOn(LocalDate.of(2022, 8, 1))
          .decision(DhrDecision.COMMISSIONED).decidedOn(LocalDate.of(2022, 8, 31));
      LocalDate d = LocalDate.of(2023, 1, 31);
      // WHEN submitted on 29 November, 30 November and 1 December 2022
      ComplianceReport before = engine.check(with(decided.submittedToHomeOfficeOn(LocalDate.of(2022, 11, 29)).build()), d);
      ComplianceReport on = engine.check(with(decided.submittedToHomeOfficeOn(LocalDate.of(2022, 11, 30)).build()), d);
      ComplianceReport after = engine.check(with(decided.submittedToHomeOfficeOn(LocalDate.of(2022, 12, 1)).build()), d);
      // THEN only 1 December is late, due on 30 November, 3 months after the decision
      assertThat(before).hasNoFinding("DHR_SUBMISSION_LATE");
      assertThat(on).hasNoFinding("DHR_SUBMISSION_LATE");
      assertThat(after).hasFinding("DHR_SUBMISSION_LATE").on("DHR-SIMRAN-2019")
          .withEvidence("submissionDue", "2022-11-30").withEvidence("daysLate", "1")
          .withMessageContaining("(3 months after the decision of 31 August 2022)");
    }
  }

  @Nested
  class FinalMonthDays {

    /** The 2020/21 grant (seed 002) with £1,000 uncommitted (assumed) and a project awaiting the PCC. */
    private PartnershipRecord grant2020() {
      Grant grant = KentGrants.crg2020().rollovers(List.of())
          .addProjects(
              KentGrants.project("ets", "Emergency Trauma Packs", Pot.UPFRONT, "25441", ProjectStatus.APPROVED),
              KentGrants.project("osara", "OSARA Problem Solving Training", Pot.TACTICAL, "13220",
                  ProjectStatus.CHAIR_APPROVED))
          .build();
      return Kcsp2022.record().grants(List.of(grant)).build();
    }

    @Test
    void reports_an_underspend_from_the_first_of_the_last_60_days_when_the_policy_says_60() {
      // GIVEN a policy whose final month is the 60 days up to 31 March: from 31 January 2021
      ComplianceEngine engine = engine("GRANT_UNDERSPEND_RISK", "finalMonthDays", "60");
      // WHEN checked on 30 January, 31 January and 1 February 2021
      // THEN the underspend is reported from 31 January
      assertThat(engine.check(grant2020(), LocalDate.of(2021, 1, 30))).hasNoFinding("GRANT_UNDERSPEND_RISK")
          .outcomeOf("GRANT_UNDERSPEND_RISK").isPass();
      assertThat(engine.check(grant2020(), LocalDate.of(2021, 1, 31))).hasFinding("GRANT_UNDERSPEND_RISK")
          .on("CRG-2020-21").withEvidence("daysToYearEnd", "59");
      assertThat(engine.check(grant2020(), LocalDate.of(2021, 2, 1))).hasFinding("GRANT_UNDERSPEND_RISK")
          .on("CRG-2020-21").withEvidence("daysToYearEnd", "58");
      // AND the other rule of the final month keeps its own 30 days
      assertThat(engine.check(grant2020(), LocalDate.of(2021, 1, 31))).hasNoFinding("PROJECT_AWAITING_FUNDER_APPROVAL");
    }

    @Test
    void reports_a_project_awaiting_the_funder_from_the_first_of_the_last_60_days_when_the_policy_says_60() {
      ComplianceEngine engine = engine("PROJECT_AWAITING_FUNDER_APPROVAL", "finalMonthDays", "60");
      assertThat(engine.check(grant2020(), LocalDate.of(2021, 1, 30))).hasNoFinding("PROJECT_AWAITING_FUNDER_APPROVAL");
      assertThat(engine.check(grant2020(), LocalDate.of(2021, 1, 31))).hasFinding("PROJECT_AWAITING_FUNDER_APPROVAL")
          .on("osara").withEvidence("daysToYearEnd", "59");
      assertThat(engine.check(grant2020(), LocalDate.of(2021, 2, 1))).hasFinding("PROJECT_AWAITING_FUNDER_APPROVAL")
          .on("osara");
      assertThat(engine.check(grant2020(), LocalDate.of(2021, 1, 31))).hasNoFinding("GRANT_UNDERSPEND_RISK");
    }
  }

  @Nested
  class TacticalPotDefaultCap {

    private static final String RULE = "GRANT_TACTICAL_POT_OVER_CAP";

    /** £39,661 (seed 002) with a tactical pot of {@code tactical}, and the cap {@code cap} when given. */
    private PartnershipRecord tactical(String tactical, Fraction cap) {
      Grant.Builder grant = KentGrants.grant("CRG-2020-21", "2020/21").allocation(KentGrants.ALLOCATION)
          .tacticalPot(Money.of(tactical));
      if (cap != null) {
        grant.tacticalPotCap(cap);
      }
      return Kcsp2022.record().grants(List.of(grant.build())).build();
    }

    @Test
    void reports_a_pot_a_penny_over_a_quarter_when_the_policy_caps_it_at_a_quarter() {
      // GIVEN a policy whose default cap is 1/4: £39,661 x 1/4 = £9,915.25
      ComplianceEngine engine = engine(RULE, "defaultCap", "\"1/4\"");
      // WHEN the tactical pot is a penny under, at and over it
      // THEN only a penny over is reported, with the policy's cap
      assertThat(engine.check(tactical("9915.24", null), KentGrants.REPORT_2020)).hasNoFinding(RULE);
      assertThat(engine.check(tactical("9915.25", null), KentGrants.REPORT_2020)).hasNoFinding(RULE);
      assertThat(engine.check(tactical("9915.26", null), KentGrants.REPORT_2020)).hasFinding(RULE).on("CRG-2020-21")
          .withEvidence("cap", "9915.25").withEvidence("capFraction", "1/4");
      assertThat(ComplianceEngine.standard().check(tactical("9915.26", null), KentGrants.REPORT_2020)).hasNoFinding(RULE);
    }

    @Test
    void keeps_a_grants_own_cap() {
      // GIVEN a grant whose own cap is one half (£19,830.50), under a policy whose default is 1/4
      ComplianceEngine engine = engine(RULE, "defaultCap", "\"1/4\"");
      // THEN its own cap decides, to the penny
      assertThat(engine.check(tactical("19830.50", Fraction.of("1/2")), KentGrants.REPORT_2020)).hasNoFinding(RULE);
      assertThat(engine.check(tactical("19830.51", Fraction.of("1/2")), KentGrants.REPORT_2020)).hasFinding(RULE)
          .on("CRG-2020-21").withEvidence("capFraction", "1/2");
      // AND the report's picture of the grant draws the cap the finding used
      GrantPosition position = engine.check(tactical("9915.26", null), KentGrants.REPORT_2020).grants().get(0);
      assertThat(position.tacticalPotCap()).isEqualTo(Fraction.of("1/4"));
      assertThat(position.tacticalPotLimit()).hasValue(991525L);
    }

    @Test
    void keeps_a_grants_own_cap_of_one_third_under_a_policy_whose_default_is_a_quarter() {
      // GIVEN a grant that states a cap of one third (£13,220.33), and one that states none, under a default of 1/4
      ComplianceEngine engine = engine(RULE, "defaultCap", "\"1/4\"");
      // THEN the grant's own third decides, to the penny, where the grant without one is held to a quarter
      assertThat(engine.check(tactical("13220.33", Fraction.ONE_THIRD), KentGrants.REPORT_2020)).hasNoFinding(RULE);
      assertThat(engine.check(tactical("13220.34", Fraction.ONE_THIRD), KentGrants.REPORT_2020)).hasFinding(RULE)
          .on("CRG-2020-21").withEvidence("cap", "13220.33").withEvidence("capFraction", "1/3");
      assertThat(engine.check(tactical("13220.33", null), KentGrants.REPORT_2020)).hasFinding(RULE)
          .on("CRG-2020-21").withEvidence("cap", "9915.25").withEvidence("capFraction", "1/4");
      assertThat(engine.check(tactical("13220.33", Fraction.ONE_THIRD), KentGrants.REPORT_2020).grants().get(0)
          .tacticalPotCap()).isEqualTo(Fraction.ONE_THIRD);
    }
  }

  @Nested
  class PossibleDuplicateSimilarity {

    private static final String RULE = "PROJECT_POSSIBLE_DUPLICATE_FUNDING";

    /** A 2022/23 project titled {@code title} and the VRU's award titled {@code award} in the same year. */
    private PartnershipRecord titled(String title, String award) {
      Grant grant = Grant.builder().id("CRG-2022-23").programme("Crime Reduction Grant").funder("KENT-PCC")
          .financialYear(FinancialYear.parse("2022/23")).allocation(Money.of("39661"))
          .addProjects(Project.builder().id("p").title(title).pot(Pot.UPFRONT).amount(Money.of("1000"))
              .status(ProjectStatus.APPROVED).addPriorities("serious-violence").build())
          .build();
      ExternalAward other = ExternalAward.builder().id("VRU-1").funder("KM-VRU").title(award)
          .financialYear(FinancialYear.parse("2022/23")).build();
      return Kcsp2022.record().grants(List.of(grant)).addExternalAwards(other).build();
    }

    @Test
    void reports_titles_sharing_half_their_words_when_the_policy_says_one_half() {
      // GIVEN a policy of alike titles at 1/2 of their words
      ComplianceEngine engine = engine(RULE, "similarity", "\"1/2\"");
      // WHEN the titles share 3 of 7 words (under 1/2), 2 of 4 (1/2) and 4 of 7 (over 1/2)
      ComplianceReport under = engine.check(titled("alpha beta gamma delta epsilon", "alpha beta gamma zeta eta"), Kcsp2022.MINUTES);
      ComplianceReport at = engine.check(titled("alpha beta gamma", "alpha beta delta"), Kcsp2022.MINUTES);
      ComplianceReport over = engine.check(titled("alpha beta gamma delta epsilon", "alpha beta gamma delta zeta eta"),
          Kcsp2022.MINUTES);
      // THEN titles at and over 1/2 are alike, with the words they share
      assertThat(under).hasNoFinding(RULE);
      assertThat(at).hasFinding(RULE).on("p").withEvidence("similarity", "2/4");
      assertThat(over).hasFinding(RULE).on("p").withEvidence("similarity", "4/7");
      // AND under the catalogue's 3/5, 2 of 4 is not alike
      assertThat(ComplianceEngine.standard().check(titled("alpha beta gamma", "alpha beta delta"), Kcsp2022.MINUTES))
          .hasNoFinding(RULE);
    }
  }
}

package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kcsp.model.InformationSharing;
import org.kcsp.model.Money;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Pot;
import org.kcsp.model.Project;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.ScrutinySession;
import org.kcsp.model.Waiver;
import org.kcsp.rules.spi.WaiverFact;

/**
 * Waivers end to end, and WAIVER_EXPIRED and WAIVER_UNUSED, which reports a gap rather than call a
 * waiver unused while the waived rule cannot decide its subject. The waived finding is SCRUTINY_NOT_ANNUAL
 * on the KCSP (an ERROR): the fixture's scrutiny session of 8 June 2022 (seed 001, CSA item para 2)
 * is moved a year back to 8 June 2021, so that on 14 July 2022 no session falls in the last 12
 * months. The waivers' reasons and dates are assumed.
 */
class WaiverRulesTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();

  private static final String EXPIRED = "WAIVER_EXPIRED";
  private static final String UNUSED = "WAIVER_UNUSED";
  private static final String SCRUTINY = "SCRUTINY_NOT_ANNUAL";
  private static final String REASON = "The committee's 2022 session was postponed to the autumn";

  /** The KCSP of 14 July 2022 whose last scrutiny session was on 8 June 2021, with these waivers. */
  static PartnershipRecord unscrutinised(Waiver... waivers) {
    return Kcsp2022.record()
        .scrutinySessions(List.of(ScrutinySession.builder().id("SCRUTINY-2021-06-08").date(LocalDate.of(2021, 6, 8))
            .committee("Crime and Disorder Scrutiny Committee").build()))
        .addWaivers(waivers)
        .build();
  }

  static Waiver waiver(String rule, String subject, LocalDate until) {
    return Waiver.builder().rule(rule).subject(subject).reason(REASON).approvedBy("KCSP").until(until).build();
  }

  @Nested
  class WaivedFindings {

    @Test
    void reports_the_unwaived_finding_as_an_open_error() {
      // GIVEN the KCSP not scrutinised since 8 June 2021, without a waiver
      PartnershipRecord record = unscrutinised();
      // WHEN it is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN the finding is open and counts as an error
      assertThat(report).hasFinding(SCRUTINY).on("KCSP").open().single();
      assertThat(report.hasErrors()).isTrue();
      assertThat(report).outcomeOf(SCRUTINY).isFail().outcomeOf(EXPIRED).isNotApplicable()
          .outcomeOf(UNUSED).isNotApplicable();
    }

    @Test
    void keeps_a_waived_finding_in_the_report_marked_waived_with_the_reason() {
      // GIVEN the same finding, waived until 31 July 2022
      PartnershipRecord record = unscrutinised(waiver(SCRUTINY, "KCSP", LocalDate.of(2022, 7, 31)));
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN the finding stays, waived with the waiver's reason, and is no longer an error
      Finding finding = assertThat(report).hasFinding(SCRUTINY).on("KCSP").waived().single();
      assertThat(finding.severity()).isEqualTo(Severity.ERROR);
      assertThat(finding.waived()).contains(new Waived(REASON, "KCSP", LocalDate.of(2022, 7, 31)));
      assertThat(report.findings()).contains(finding);
      assertThat(report.openFindings()).doesNotContain(finding);
      assertThat(report.hasErrors()).isFalse();
      assertThat(report).hasNoErrors().outcomeOf(SCRUTINY).isWaived();
      // AND the waiver is live and used
      assertThat(report).hasNoFinding(EXPIRED).hasNoFinding(UNUSED)
          .outcomeOf(EXPIRED).isPass().outcomeOf(UNUSED).isPass();
    }

    @Test
    void applies_the_day_before_until() {
      // GIVEN the finding waived until 15 July 2022
      PartnershipRecord record = unscrutinised(waiver(SCRUTINY, "KCSP", Kcsp2022.MINUTES.plusDays(1)));
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN the finding is waived
      assertThat(report).hasFinding(SCRUTINY).on("KCSP").waived().single();
      assertThat(report).hasNoFinding(EXPIRED).outcomeOf(SCRUTINY).isWaived();
    }

    @Test
    void applies_on_until_itself() {
      // GIVEN the finding waived until 14 July 2022
      PartnershipRecord record = unscrutinised(waiver(SCRUTINY, "KCSP", Kcsp2022.MINUTES));
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN the waiver still applies on its last day
      assertThat(report).hasFinding(SCRUTINY).on("KCSP").waived().single();
      assertThat(report).hasNoFinding(EXPIRED).hasNoErrors().outcomeOf(SCRUTINY).isWaived();
    }

    @Test
    void stops_applying_the_day_after_until_and_reports_the_waiver_expired() {
      // GIVEN the finding waived until 13 July 2022
      PartnershipRecord record = unscrutinised(waiver(SCRUTINY, "KCSP", Kcsp2022.MINUTES.minusDays(1)));
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN the finding is open again
      assertThat(report).hasFinding(SCRUTINY).on("KCSP").open().single();
      assertThat(report.hasErrors()).isTrue();
      assertThat(report).outcomeOf(SCRUTINY).isFail();
      // AND the waiver is reported expired, not unused
      Finding expired = assertThat(report).hasFinding(EXPIRED).on("KCSP").withSeverity(Severity.INFO).open().single();
      assertThat(expired.subject().kind()).isEqualTo(SubjectKind.PARTNERSHIP);
      assertThat(expired.evidence()).containsExactly(
          Map.entry("waivedRule", SCRUTINY),
          Map.entry("until", "2022-07-13"),
          Map.entry("approvedBy", "KCSP"));
      assertThat(expired.message()).isEqualTo("The waiver of SCRUTINY_NOT_ANNUAL on Kent Community Safety Partnership "
          + "(KCSP) applied until 13 July 2022 and has expired; the finding it covered, if any, is open again.");
      assertThat(report).outcomeOf(EXPIRED).isFail().hasNoFinding(UNUSED).outcomeOf(UNUSED).isPass();
    }

    @Test
    void reports_an_expired_waiver_whose_finding_has_gone_too() {
      // GIVEN the compliant KCSP of 14 July 2022 with a waiver of TOR_REVIEW_OVERDUE on the Working Group
      // that ended on 30 June 2022
      PartnershipRecord record = Kcsp2022.record()
          .addWaivers(waiver("TOR_REVIEW_OVERDUE", "KCSP-WG", LocalDate.of(2022, 6, 30))).build();
      // WHEN it is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN the waiver is reported expired, on the subgroup
      Finding expired = assertThat(report).hasFinding(EXPIRED).on("KCSP-WG").single();
      assertThat(expired.subject().kind()).isEqualTo(SubjectKind.SUBGROUP);
      assertThat(expired.message()).startsWith("The waiver of TOR_REVIEW_OVERDUE on KCSP Working Group (KCSP-WG) "
          + "applied until 30 June 2022 and has expired");
      assertThat(report).hasNoFinding(UNUSED);
    }

    @Test
    void keeps_the_outcome_failed_while_one_finding_of_the_rule_is_open() {
      // GIVEN Kent Police and KFRS have not signed the ISA, and only Kent Police's finding is waived
      InformationSharing isa = Kcsp2022.record().build().informationSharing().orElseThrow();
      PartnershipRecord record = Kcsp2022.record()
          .informationSharing(InformationSharing.builder().from(isa).signatures(isa.signatures().stream()
              .filter(s -> !s.organisation().equals("KENT-POLICE") && !s.organisation().equals("KFRS")).toList()).build())
          .addWaivers(waiver("ISA_NOT_SIGNED", "KENT-POLICE", LocalDate.of(2022, 9, 30)))
          .build();
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN one finding is waived, the other open, and the rule fails
      assertThat(report).hasFinding("ISA_NOT_SIGNED").on("KENT-POLICE").waived().single();
      assertThat(report).hasFinding("ISA_NOT_SIGNED").on("KFRS").open().single();
      assertThat(report).outcomeOf("ISA_NOT_SIGNED").isFail().hasNoFinding(UNUSED);
    }
  }

  /**
   * A waiver of GRANT_POT_OVERCOMMITTED on the 2019/20 grant (seed 002, 2.2: £26,441 upfront),
   * whose upfront pot holds Emergency Trauma Packs approved at £20,000 and OSARA chair approved
   * at the amount given, or none (seed 002, 2.4 gives none); amounts and waiver assumed.
   */
  static PartnershipRecord potWaived(String osara) {
    Project.Builder project = Project.builder().id("osara").title("OSARA Problem Solving Training").pot(Pot.UPFRONT)
        .status(ProjectStatus.CHAIR_APPROVED);
    return Kcsp2022.record()
        .addGrants(KentGrants.crg2019()
            .addProjects(KentGrants.project("ets", "Emergency Trauma Packs", Pot.UPFRONT, "20000", ProjectStatus.APPROVED),
                (osara == null ? project : project.amount(Money.of(osara))).build())
            .build())
        .addWaivers(waiver(OVERCOMMITTED, "CRG-2019-20", LocalDate.of(2020, 3, 31)))
        .build();
  }

  private static final String OVERCOMMITTED = "GRANT_POT_OVERCOMMITTED";

  @Nested
  class NotAssessed {

    @Test
    void reports_a_gap_instead_of_calling_a_waiver_unused_while_its_rule_is_not_assessed() {
      // GIVEN the waiver, OSARA's amount not recorded: £20,000 known of the £26,441 upfront pot
      // WHEN the grant is checked on 18 March 2020
      ComplianceReport report = ENGINE.check(potWaived(null), KentGrants.REPORT_2020);
      // THEN whether the waiver covers a finding depends on OSARA's amount: not unused, not used,
      // but a gap where the waived rule's own gap is
      assertThat(report).hasGap(OVERCOMMITTED).on("CRG-2019-20").at("$.grants[0].projects[5].amount").single();
      assertThat(report).hasNoFinding(UNUSED).outcomeOf(UNUSED).isNotAssessed();
      Gap gap = assertThat(report).hasGap(UNUSED).on("CRG-2019-20").at("$.grants[0].projects[5].amount").single();
      assertThat(gap.subject().kind()).isEqualTo(SubjectKind.GRANT);
      assertThat(gap.message()).isEqualTo("Record the amount of OSARA Problem Solving Training (osara), a project of"
          + " Crime Reduction Grant 2019/20. Until then the waiver of GRANT_POT_OVERCOMMITTED on Crime Reduction Grant"
          + " 2019/20 (CRG-2019-20), until 31 March 2020, can be judged neither used nor unused.");
    }

    @Test
    void calls_the_waiver_unused_once_the_amount_keeps_the_pot_exactly_full() {
      // GIVEN OSARA recorded at £6,441: the pot exactly full
      // WHEN it is checked
      ComplianceReport report = ENGINE.check(potWaived("6441"), KentGrants.REPORT_2020);
      // THEN the rule passes and the waiver covers nothing
      assertThat(report).hasNoGap(UNUSED).hasFinding(UNUSED).on("CRG-2019-20").withEvidence("waivedRule", OVERCOMMITTED)
          .single();
      assertThat(report).outcomeOf(OVERCOMMITTED).isPass();
    }

    @Test
    void uses_the_waiver_once_the_amount_overcommits_the_pot_by_a_penny() {
      // GIVEN OSARA recorded at £6,441.01: the pot overcommitted by a penny
      // WHEN it is checked
      ComplianceReport report = ENGINE.check(potWaived("6441.01"), KentGrants.REPORT_2020);
      // THEN the waiver covers the finding: used, neither unused nor a gap
      assertThat(report).hasFinding(OVERCOMMITTED).on("CRG-2019-20").waived().single();
      assertThat(report).hasNoFinding(UNUSED).hasNoGap(UNUSED).outcomeOf(UNUSED).isPass();
    }
  }

  @Nested
  class Unused {

    @Test
    void reports_a_waiver_of_a_rule_that_finds_nothing_on_its_subject() {
      // GIVEN the compliant KCSP of 14 July 2022, whose Working Group ToR were approved that day
      // (seed 001, resolution (a)), with a waiver of TOR_REVIEW_OVERDUE on the Working Group
      PartnershipRecord record = Kcsp2022.record()
          .addWaivers(waiver("TOR_REVIEW_OVERDUE", "KCSP-WG", LocalDate.of(2022, 12, 31))).build();
      // WHEN it is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN the waiver covers nothing and can be removed
      Finding unused = assertThat(report).hasFinding(UNUSED).on("KCSP-WG").withSeverity(Severity.INFO).single();
      assertThat(unused.subject().kind()).isEqualTo(SubjectKind.SUBGROUP);
      assertThat(unused.evidence()).containsExactly(
          Map.entry("waivedRule", "TOR_REVIEW_OVERDUE"),
          Map.entry("until", "2022-12-31"),
          Map.entry("approvedBy", "KCSP"));
      assertThat(unused.message()).isEqualTo("The waiver of TOR_REVIEW_OVERDUE on KCSP Working Group (KCSP-WG), until "
          + "31 December 2022, covers no finding: there is none of that rule on that subject; it can be removed.");
      assertThat(report).outcomeOf(UNUSED).isFail().hasNoFinding(EXPIRED).outcomeOf(EXPIRED).isPass();
    }

    @Test
    void reports_a_waiver_on_another_subject_than_the_finding() {
      // GIVEN SCRUTINY_NOT_ANNUAL on the KCSP, waived by mistake on the Working Group
      PartnershipRecord record = unscrutinised(waiver(SCRUTINY, "KCSP-WG", LocalDate.of(2022, 7, 31)));
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN the finding stays open and the waiver is unused
      assertThat(report).hasFinding(SCRUTINY).on("KCSP").open().single();
      assertThat(report).hasFinding(UNUSED).on("KCSP-WG").withEvidence("waivedRule", SCRUTINY).single();
    }

    @Test
    void does_not_judge_a_waiver_of_a_rule_the_engine_was_told_to_skip() {
      // GIVEN a waiver of TOR_REVIEW_OVERDUE, which this engine does not run
      PartnershipRecord record = Kcsp2022.record()
          .addWaivers(waiver("TOR_REVIEW_OVERDUE", "KCSP-WG", LocalDate.of(2022, 12, 31))).build();
      ComplianceEngine engine = ComplianceEngine.builder().skip("TOR_REVIEW_OVERDUE").build();
      // WHEN it is checked on 14 July 2022
      ComplianceReport report = engine.check(record, Kcsp2022.MINUTES);
      // THEN the waiver is not called unused: the rule never had the chance to find anything
      assertThat(report).hasNoFinding(UNUSED).outcomeOf(UNUSED).isPass();
    }

    @Test
    void reports_a_waiver_naming_no_rule_and_the_rule_it_may_mean() {
      // GIVEN a waiver whose rule id is misspelt
      PartnershipRecord record = unscrutinised(waiver("SCRUTINY_NOT_ANNUALLY", "KCSP", LocalDate.of(2022, 7, 31)));
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN it waives nothing, and is reported as naming no rule, not as one to remove
      assertThat(report).hasFinding(SCRUTINY).on("KCSP").open().single();
      Finding unused = assertThat(report).hasFinding(UNUSED).on("KCSP").single();
      assertThat(unused.message()).isEqualTo("The waiver of SCRUTINY_NOT_ANNUALLY on Kent Community Safety Partnership "
          + "(KCSP), until 31 July 2022, names no rule this engine checks; did you mean SCRUTINY_NOT_ANNUAL?");
      assertThat(unused.evidence()).containsExactly(
          Map.entry("waivedRule", "SCRUTINY_NOT_ANNUALLY"),
          Map.entry("until", "2022-07-31"),
          Map.entry("approvedBy", "KCSP"),
          Map.entry("nearestRule", SCRUTINY));
    }

    @Test
    void reports_a_transposed_rule_id_on_a_compliant_record() {
      // GIVEN the compliant KCSP of 14 July 2022 with a waiver of TOR_REVEIW_OVERDUE (letters swapped)
      PartnershipRecord record = Kcsp2022.record()
          .addWaivers(waiver("TOR_REVEIW_OVERDUE", "KCSP", LocalDate.of(2022, 12, 31))).build();
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN the rule it names does not exist, which is what the finding says
      assertThat(report).hasFinding(UNUSED).on("KCSP").withEvidence("nearestRule", "TOR_REVIEW_OVERDUE")
          .withMessageContaining("The waiver of TOR_REVEIW_OVERDUE on Kent Community Safety Partnership (KCSP), until "
              + "31 December 2022, names no rule this engine checks; did you mean TOR_REVIEW_OVERDUE?")
          .single();
      assertThat(report.findings(UNUSED).get(0).message()).doesNotContain("removed");
    }

    @Test
    void knows_the_rules_an_application_adds() {
      // GIVEN a waiver of an application's own rule, which finds nothing on the Working Group
      PartnershipRecord record = Kcsp2022.record()
          .addWaivers(waiver("EXAMPLE_SUBGROUP_REVIEWED", "KCSP-WG", LocalDate.of(2022, 12, 31))).build();
      ComplianceEngine withTheRule = ComplianceEngine.builder().addRules("example.drl", """
          package com.example.rules;
          import org.kcsp.rules.spi.BodyFact;
          rule "EXAMPLE_SUBGROUP_REVIEWED"
            @severity("WARNING") @title("Subgroup to review")
            @subject("the subgroup") @source("our own policy") @needs("ALWAYS")
          when BodyFact( id == "none" ) then end
          """).build();
      // WHEN checked by an engine that has the rule, and by the standard engine, which has not
      ComplianceReport withRule = withTheRule.check(record, Kcsp2022.MINUTES);
      ComplianceReport standard = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN the first finds the waiver covers nothing, the second that it names no rule it checks
      assertThat(withRule).hasFinding(UNUSED).on("KCSP-WG").withMessageContaining("it can be removed").single();
      assertThat(withRule.findings(UNUSED).get(0).evidence()).doesNotContainKey("nearestRule");
      assertThat(standard).hasFinding(UNUSED).on("KCSP-WG").withMessageContaining("names no rule this engine checks")
          .single();
    }

    @Test
    void cannot_waive_the_findings_of_the_waiver_rules() {
      // GIVEN an unused waiver of TOR_REVIEW_OVERDUE on the Working Group, and a second waiver meant to
      // silence the WAIVER_UNUSED finding the first one gets
      PartnershipRecord record = Kcsp2022.record()
          .addWaivers(
              waiver("TOR_REVIEW_OVERDUE", "KCSP-WG", LocalDate.of(2022, 12, 31)),
              waiver(UNUSED, "KCSP-WG", LocalDate.of(2022, 12, 31)))
          .build();
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN both waivers are unused, and both findings stay open
      assertThat(report).hasFinding(UNUSED).on("KCSP-WG").open().times(2);
      assertThat(report).hasFinding(UNUSED).withEvidence("waivedRule", UNUSED).single();
      assertThat(report).outcomeOf(UNUSED).isFail();
    }

    @Test
    void waits_for_the_findings_of_every_other_rule_whatever_their_load_order() {
      // GIVEN an application's own rules: 100 that find nothing, then one that reports every subgroup.
      // Drools fires rules of equal salience in load order, which each DRL file numbers from 0, so this
      // last rule comes after every standard rule, the waiver rules included, but for their salience.
      StringBuilder drl = new StringBuilder("""
          package com.example.rules;
          import org.kcsp.rules.SubjectKind;
          import org.kcsp.rules.spi.BodyFact;
          import org.kcsp.rules.spi.Raised;
          """);
      for (int i = 0; i < 100; i++) {
        drl.append("""
            rule "EXAMPLE_%1$d" @severity("INFO") @title("Nothing") @subject("the body")
              @source("our own policy") @needs("ALWAYS")
            when BodyFact( id == "none" ) then end
            """.formatted(i));
      }
      drl.append("""
          rule "EXAMPLE_SUBGROUP_REVIEWED"
            @severity("WARNING") @title("Subgroup to review")
            @subject("the subgroup") @source("our own policy") @needs("ALWAYS")
          when
            BodyFact( partnership == false, $id : id, $name : name )
          then
            insert(Raised.on(SubjectKind.SUBGROUP, $id, $name + " is to be reviewed."));
          end
          """);
      ComplianceEngine engine = ComplianceEngine.builder().addRules("example.drl", drl.toString()).build();
      // AND a waiver of its finding on the Working Group
      PartnershipRecord record = Kcsp2022.record()
          .addWaivers(waiver("EXAMPLE_SUBGROUP_REVIEWED", "KCSP-WG", LocalDate.of(2022, 12, 31))).build();
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = engine.check(record, Kcsp2022.MINUTES);
      // THEN the custom finding is waived, and the waiver counts as used
      assertThat(report).hasFinding("EXAMPLE_SUBGROUP_REVIEWED").on("KCSP-WG").waived().single();
      assertThat(report).hasFinding("EXAMPLE_SUBGROUP_REVIEWED").on("DHR-SG").open().single();
      assertThat(report).hasNoFinding(UNUSED).outcomeOf(UNUSED).isPass();
    }

    @Test
    void is_not_applicable_without_waivers() {
      // GIVEN the compliant KCSP of 14 July 2022, which has no waiver
      PartnershipRecord record = Kcsp2022.record().build();
      // WHEN it is checked on that day
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN neither waiver rule applies
      assertThat(report).outcomeOf(UNUSED).isNotApplicable().outcomeOf(EXPIRED).isNotApplicable();
    }

    @Test
    void is_not_applicable_when_the_waivers_subject_is_not_there_yet() {
      // GIVEN a waiver on the meeting of 17 November 2022 (seed 001, dates of future meetings)
      PartnershipRecord record = Kcsp2022.record()
          .addWaivers(waiver("MEETING_MINUTES_NOT_APPROVED", "KCSP-2022-11-17", LocalDate.of(2023, 3, 16))).build();
      // WHEN the KCSP is checked on 14 July 2022 and on 17 November 2022
      ComplianceReport before = ENGINE.check(record, Kcsp2022.MINUTES);
      ComplianceReport on = ENGINE.check(record, LocalDate.of(2022, 11, 17));
      // THEN before the meeting the waiver has no subject and is dropped; on the day it is unused
      assertThat(before).hasNoFinding(UNUSED).outcomeOf(UNUSED).isNotApplicable().outcomeOf(EXPIRED).isNotApplicable();
      assertThat(on).hasFinding(UNUSED).on("KCSP-2022-11-17")
          .withMessageContaining("on Kent Community Safety Partnership's meeting of 17 November 2022 (KCSP-2022-11-17)")
          .single();
      assertThat(on.findings(UNUSED).get(0).subject().kind()).isEqualTo(SubjectKind.MEETING);
    }
  }

  @Nested
  class OneDefinitionOfAMatch {

    @Test
    void waives_a_custom_rule_whose_id_starts_like_the_waiver_rules() {
      // GIVEN a rule of the application's own named WAIVER_REGISTER_STALE, and a live waiver of it
      ComplianceEngine engine = ComplianceEngine.builder().addRules("register.drl", """
          package com.example.rules;
          import org.kcsp.rules.SubjectKind;
          import org.kcsp.rules.spi.BodyFact;
          import org.kcsp.rules.spi.Raised;
          rule "WAIVER_REGISTER_STALE"
            @severity("WARNING") @title("Waiver register stale") @subject("the body")
            @source("our own policy") @needs("ALWAYS")
          when $b : BodyFact( id == "KCSP" )
          then insert(Raised.on(SubjectKind.PARTNERSHIP, $b.id(), "The waiver register is stale."));
          end
          """).build();
      PartnershipRecord record = Kcsp2022.record()
          .addWaivers(waiver("WAIVER_REGISTER_STALE", "KCSP", LocalDate.of(2022, 12, 31))).build();

      // WHEN checked
      ComplianceReport report = engine.check(record, Kcsp2022.MINUTES);

      // THEN its finding is waived like any other rule's, and the waiver is used
      assertThat(report.findings("WAIVER_REGISTER_STALE")).singleElement().satisfies(f -> assertThat(f.isOpen()).isFalse());
      assertThat(report).hasNoFinding(UNUSED);
    }

    @Test
    void a_waiver_covers_only_a_live_match_of_its_rule_and_subject_and_never_a_waiver_rule() {
      WaiverFact live = new WaiverFact("TOR_MISSING", "KCSP", SubjectKind.PARTNERSHIP, "r", "KCSP",
          LocalDate.of(2022, 12, 31), true, "Kent");
      assertThat(live.covers("TOR_MISSING", "KCSP")).isTrue();
      assertThat(live.covers("TOR_MISSING", "KCSP-WG")).isFalse();
      assertThat(live.covers("TOR_REVIEW_OVERDUE", "KCSP")).isFalse();
      assertThat(new WaiverFact("TOR_MISSING", "KCSP", SubjectKind.PARTNERSHIP, "r", "KCSP",
          LocalDate.of(2022, 12, 31), false, "Kent").covers("TOR_MISSING", "KCSP")).isFalse();
      assertThat(new WaiverFact("WAIVER_UNUSED", "KCSP", SubjectKind.PARTNERSHIP, "r", "KCSP",
          LocalDate.of(2022, 12, 31), true, "Kent").covers("WAIVER_UNUSED", "KCSP")).isFalse();
    }
  }
}

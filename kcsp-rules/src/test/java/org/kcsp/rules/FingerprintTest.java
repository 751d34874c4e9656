package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kcsp.rules.KentGrants.ALLOCATION;
import static org.kcsp.rules.KentGrants.TACTICAL;
import static org.kcsp.rules.KentGrants.UPFRONT;
import static org.kcsp.rules.KentGrants.grant;
import static org.kcsp.rules.KentGrants.project;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kcsp.model.Grant;
import org.kcsp.model.Money;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Pot;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.Rollover;
import org.kcsp.model.RolloverPermission;
import org.kcsp.model.Waiver;
import org.kcsp.rules.GeneratedRecords.Generated;

/**
 * Each finding's fingerprint: its rule, its subject, and the evidence its rule declares in
 * {@code @fingerprint} to tell its findings on one subject apart; the same across dates, runs and
 * edits that do not change what the finding is about, and different for different findings.
 */
class FingerprintTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();
  private static final LocalDate YEAR_LATER = LocalDate.of(2023, 7, 15);

  private static List<String> fingerprints(ComplianceReport report, String rule) {
    return report.findings(rule).stream().map(Finding::fingerprint).toList();
  }

  /** The 2019/20 grant with both pots overcommitted by the projects given. */
  private static Grant overcommitted(String upfront, String tactical) {
    return grant("CRG-2019-20", "2019/20").allocation(ALLOCATION).upfront(UPFRONT).tacticalPot(TACTICAL)
        .addProjects(project("knife-crime-first-aid", "Knife crime first aid", Pot.UPFRONT, upfront, ProjectStatus.APPROVED),
            project("bystander-approach-training", "Bystander Approach Training", Pot.TACTICAL, tactical,
                ProjectStatus.APPROVED))
        .build();
  }

  @Test
  void is_the_rule_and_the_subject_for_a_rule_with_one_finding_a_subject() {
    // GIVEN the KCSP of 14 July 2022, a year and a day later: its ToRs are overdue for review
    ComplianceReport report = ENGINE.check(Kcsp2022.record().build(), YEAR_LATER);
    // THEN each finding's fingerprint is its rule and its body
    assertThat(fingerprints(report, "TOR_REVIEW_OVERDUE"))
        .containsExactlyInAnyOrder("TOR_REVIEW_OVERDUE/KCSP", "TOR_REVIEW_OVERDUE/KCSP-WG", "TOR_REVIEW_OVERDUE/DHR-SG");
  }

  @Test
  void stays_the_same_across_dates_while_the_message_and_evidence_move_on() {
    // GIVEN the same record checked a day and a month after the ToR review fell due
    ComplianceReport dayAfter = ENGINE.check(Kcsp2022.record().build(), YEAR_LATER);
    ComplianceReport monthAfter = ENGINE.check(Kcsp2022.record().build(), YEAR_LATER.plusMonths(1));
    Finding first = dayAfter.findings("TOR_REVIEW_OVERDUE").get(0);
    Finding later = monthAfter.findings("TOR_REVIEW_OVERDUE").get(0);
    // THEN the finding says another number of days, and keeps its fingerprint
    assertThat(later.evidence()).isNotEqualTo(first.evidence());
    assertThat(later.message()).isNotEqualTo(first.message());
    assertThat(later.fingerprint()).isEqualTo(first.fingerprint()).isEqualTo("TOR_REVIEW_OVERDUE/" + first.subject().id());
  }

  @Test
  void tells_the_two_pots_of_one_grant_apart_by_the_pot_and_keeps_them_when_the_amounts_change() {
    // GIVEN the 2019/20 grant with both pots overcommitted, and the same grant with other amounts
    ComplianceReport report = ENGINE.check(Kcsp2022.record().addGrants(overcommitted("30000", "14000")).build(),
        KentGrants.REPORT_2020);
    ComplianceReport edited = ENGINE.check(Kcsp2022.record().addGrants(overcommitted("27000.50", "20000")).build(),
        KentGrants.REPORT_2020);
    // THEN one finding per pot, each with its pot in its fingerprint, the same after the edit
    assertThat(fingerprints(report, "GRANT_POT_OVERCOMMITTED")).containsExactly(
        "GRANT_POT_OVERCOMMITTED/CRG-2019-20/pot=TACTICAL", "GRANT_POT_OVERCOMMITTED/CRG-2019-20/pot=UPFRONT");
    assertThat(fingerprints(edited, "GRANT_POT_OVERCOMMITTED"))
        .containsExactlyElementsOf(fingerprints(report, "GRANT_POT_OVERCOMMITTED"));
    assertThat(edited.findings("GRANT_POT_OVERCOMMITTED")).extracting(Finding::evidence)
        .doesNotContainAnyElementsOf(report.findings("GRANT_POT_OVERCOMMITTED").stream().map(Finding::evidence).toList());
  }

  @Test
  void names_a_rollover_by_where_it_comes_from_its_pot_and_the_day_it_was_asked_for() {
    // GIVEN two pending rollovers into the 2020/21 grant: one from the 2019/20 grant asked for on
    // 18 March 2020, one from no grant of the record on no known date
    Grant into = grant("CRG-2020-21", "2020/21").allocation(ALLOCATION)
        .addRollovers(Rollover.builder().amount(Money.of("10000")).fromGrant("CRG-2019-20").intoPot(Pot.TACTICAL)
                .permission(RolloverPermission.REQUESTED).requestedOn(KentGrants.REPORT_2020).build(),
            Rollover.builder().amount(Money.of("500")).intoPot(Pot.UPFRONT).permission(RolloverPermission.REQUESTED).build())
        .build();
    Grant from = grant("CRG-2019-20", "2019/20").allocation(ALLOCATION).build();
    // WHEN it is checked once the 2020/21 year has begun
    ComplianceReport report = ENGINE.check(Kcsp2022.record().addGrants(from, into).build(), LocalDate.of(2020, 4, 1));
    // THEN each fingerprint names what the rollover gives, and nothing it does not
    assertThat(fingerprints(report, "GRANT_ROLLOVER_PENDING")).containsExactlyInAnyOrder(
        "GRANT_ROLLOVER_PENDING/CRG-2020-21/fromGrant=CRG-2019-20/intoPot=TACTICAL/requestedOn=2020-03-18",
        "GRANT_ROLLOVER_PENDING/CRG-2020-21/intoPot=UPFRONT");
  }

  @Test
  void numbers_findings_the_record_gives_no_way_to_tell_apart_in_report_order() {
    // GIVEN two pending rollovers alike in all but their amounts: into one pot, from no named
    // grant, on no known day
    Rollover.Builder alike = Rollover.builder().intoPot(Pot.UPFRONT).permission(RolloverPermission.REQUESTED);
    Grant grant = grant("CRG-2020-21", "2020/21").allocation(ALLOCATION)
        .addRollovers(alike.amount(Money.of("500")).build(), alike.amount(Money.of("700")).build())
        .build();
    // WHEN it is checked
    ComplianceReport report = ENGINE.check(Kcsp2022.record().addGrants(grant).build(), LocalDate.of(2020, 4, 1));
    // THEN the second in report order is numbered, so no two findings share a fingerprint
    assertThat(fingerprints(report, "GRANT_ROLLOVER_PENDING")).containsExactly(
        "GRANT_ROLLOVER_PENDING/CRG-2020-21/intoPot=UPFRONT", "GRANT_ROLLOVER_PENDING/CRG-2020-21/intoPot=UPFRONT/#2");
  }

  @Test
  void tells_waivers_of_one_subject_apart_by_their_rule_and_last_day() {
    // GIVEN two expired waivers on the KCSP, of two rules
    PartnershipRecord record = Kcsp2022.record()
        .addWaivers(Waiver.builder().rule("TOR_REVIEW_OVERDUE").subject("KCSP").reason("Moved").approvedBy("KCSP")
                .until(LocalDate.of(2023, 1, 31)).build(),
            Waiver.builder().rule("TOR_NOT_ON_AGENDA").subject("KCSP").reason("Moved").approvedBy("KCSP")
                .until(LocalDate.of(2023, 2, 28)).build())
        .build();
    // WHEN it is checked after both
    ComplianceReport report = ENGINE.check(record, LocalDate.of(2023, 3, 1));
    // THEN each WAIVER_EXPIRED finding names its waiver's rule and last day
    assertThat(fingerprints(report, "WAIVER_EXPIRED")).containsExactly(
        "WAIVER_EXPIRED/KCSP/waivedRule=TOR_NOT_ON_AGENDA/until=2023-02-28",
        "WAIVER_EXPIRED/KCSP/waivedRule=TOR_REVIEW_OVERDUE/until=2023-01-31");
  }

  @Test
  void writes_a_slash_or_percent_of_an_id_escaped() {
    // GIVEN a grant whose id holds a slash and a percent sign, with a pot overcommitted
    Grant grant = Grant.builder().from(overcommitted("30000", "100")).id("CRG 2019/20 100%").build();
    // WHEN it is checked
    ComplianceReport report = ENGINE.check(Kcsp2022.record().addGrants(grant).build(), KentGrants.REPORT_2020);
    // THEN the id is escaped, so that its slash does not read as a separator
    assertThat(fingerprints(report, "GRANT_POT_OVERCOMMITTED"))
        .containsExactly("GRANT_POT_OVERCOMMITTED/CRG 2019%2F20 100%25/pot=UPFRONT");
  }

  @Test
  void is_the_rule_and_subject_of_a_finding_built_in_code() {
    // GIVEN a finding built without a fingerprint
    Finding finding = Finding.builder().rule("TOR_MISSING").severity(Severity.ERROR)
        .subject(new Subject(SubjectKind.SUBGROUP, "KCSP-WG")).message("No ToR.").source("minutes").build();
    // THEN it has its rule and subject's id
    assertThat(finding.fingerprint()).isEqualTo("TOR_MISSING/KCSP-WG");
  }

  @Test
  void uses_what_a_custom_rule_declares_in_its_fingerprint_metadata() {
    // GIVEN a custom rule that finds two things on each grant, told apart by their pot
    String drl = """
        package com.example;
        import org.kcsp.rules.SubjectKind;
        import org.kcsp.rules.spi.GrantFact;
        import org.kcsp.rules.spi.Raised;
        rule "EXAMPLE_POTS"
          @severity("INFO") @title("Pots") @subject("the grant") @source("ours") @needs("GRANT")
          @fingerprint("pot")
        when
          $g : GrantFact()
        then
          insert(Raised.on(SubjectKind.GRANT, $g.id(), "The upfront pot.").text("pot", "UPFRONT").count("projects", 1));
          insert(Raised.on(SubjectKind.GRANT, $g.id(), "The tactical pot.").text("pot", "TACTICAL").count("projects", 1));
        end
        """;
    ComplianceEngine engine = ComplianceEngine.builder().addRules("pots.drl", drl).build();
    // WHEN a record with one grant is checked
    ComplianceReport report = engine.check(Kcsp2022.record().addGrants(overcommitted("1", "1")).build(), KentGrants.REPORT_2020);
    // THEN the custom rule's findings carry their pot, and not the count it did not declare
    assertThat(fingerprints(report, "EXAMPLE_POTS"))
        .containsExactly("EXAMPLE_POTS/CRG-2019-20/pot=TACTICAL", "EXAMPLE_POTS/CRG-2019-20/pot=UPFRONT");
  }

  @Test
  void refuses_a_fingerprint_declaration_that_names_no_evidence() {
    // GIVEN a custom rule whose @fingerprint lists a name twice and something that is not a name
    String drl = """
        package com.example;
        import org.kcsp.rules.spi.EvaluationFact;
        rule "EXAMPLE_BAD_FINGERPRINT"
          @severity("INFO") @title("t") @subject("s") @source("s") @needs("ALWAYS")
          @fingerprint("pot, pot, the council")
        when
          EvaluationFact()
        then
        end
        """;
    // THEN the engine is not built, and says what is wrong
    assertThatThrownBy(() -> ComplianceEngine.builder().addRules("bad.drl", drl).build())
        .isInstanceOf(RuleDefinitionException.class)
        .hasMessageContaining("rule \"EXAMPLE_BAD_FINGERPRINT\" has @fingerprint(\"pot, pot, the council\")")
        .hasMessageContaining("names pot twice")
        .hasMessageContaining("got \"the council\"");
  }

  @Test
  void differs_between_the_findings_of_every_report_of_records_made_from_random_bytes() {
    // GIVEN 200 records made from random bytes (as the fuzz test makes them), each on its date and a year later
    SplittableRandom random = new SplittableRandom(20230715L);
    for (int i = 0; i < 200; i++) {
      byte[] bytes = new byte[32 + random.nextInt(480)];
      random.nextBytes(bytes);
      Generated generated = GeneratedRecords.from(bytes);
      for (LocalDate date : List.of(generated.date(), generated.date().plusYears(1))) {
        // WHEN it is checked
        ComplianceReport report = ENGINE.check(generated.record(), date);
        // THEN no two of its findings share a fingerprint
        assertThat(report.findings()).extracting(Finding::fingerprint).as("record %d on %s", i, date)
            .doesNotHaveDuplicates();
        // AND only what has no id of its own, and is identified by what the catalogue says (a
        // rollover by where it comes from, its pot and the day it was asked for; a reported total
        // by its basis and where it was stated; a waiver by its rule and last day), needed
        // numbering when the bytes made two alike: every other rule's declared evidence told its
        // findings apart
        assertThat(report.findings()).filteredOn(finding -> finding.fingerprint().contains("/#"))
            .as("record %d on %s", i, date)
            .allSatisfy(finding -> assertThat(finding.rule()).isIn("GRANT_ROLLOVER_PENDING", "GRANT_REPORTED_TOTAL_MISMATCH",
                "WAIVER_EXPIRED", "WAIVER_UNUSED"));
      }
    }
  }
}

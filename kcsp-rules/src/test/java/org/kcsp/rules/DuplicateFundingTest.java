package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kcsp.model.ExternalAward;
import org.kcsp.model.FinancialYear;
import org.kcsp.model.Grant;
import org.kcsp.model.Money;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Pot;
import org.kcsp.model.Project;
import org.kcsp.model.ProjectStatus;
import org.kcsp.rules.spi.Counterparts;

/**
 * PROJECT_DUPLICATE_FUNDING and PROJECT_POSSIBLE_DUPLICATE_FUNDING (rules.md, Projects, with its
 * matching words), from the Bystander Approach Training the OPCC refused because the VRU already
 * funds it (seed 001, Working Group update para 6).
 */
class DuplicateFundingTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();

  private static final String DUPLICATE = "PROJECT_DUPLICATE_FUNDING";
  private static final String POSSIBLE = "PROJECT_POSSIBLE_DUPLICATE_FUNDING";

  /** Seed 001: the minutes of 14 July 2022, in the 2022/23 financial year. */
  private static final LocalDate D = Kcsp2022.MINUTES;

  static Grant.Builder grant(String id, String funder, String year) {
    return Grant.builder().id(id).programme(funder.equals("KENT-PCC") ? "Crime Reduction Grant" : "Violence Reduction Grant")
        .funder(funder).financialYear(FinancialYear.parse(year)).allocation(Money.of("39661"));
  }

  /** The KCSP's Crime Reduction Grant from the PCC for 2022/23 (seed 001, Working Group update para 5). */
  static Grant.Builder crg2022() {
    return grant("CRG-2022-23", "KENT-PCC", "2022/23");
  }

  static Project.Builder project(String id, String title, ProjectStatus status) {
    return Project.builder().id(id).title(title).pot(Pot.UPFRONT).status(status).addPriorities("serious-violence");
  }

  static Project.Builder keyed(String id, String title, ProjectStatus status) {
    return project(id, title, status).activity(id);
  }

  static ExternalAward.Builder award(String id, String funder, String title) {
    return ExternalAward.builder().id(id).funder(funder).title(title);
  }

  /** The VRU's funding of Bystander Approach Training in 2022/23 (seed 001, Working Group update para 6). */
  static ExternalAward vruBystander() {
    return award("VRU-BYSTANDER-2022", "KM-VRU", "Bystander Approach Training").activity("bystander-approach-training")
        .financialYear(FinancialYear.parse("2022/23")).build();
  }

  static PartnershipRecord record(List<Grant> grants, ExternalAward... awards) {
    return Kcsp2022.record().grants(grants).addExternalAwards(awards).build();
  }

  static PartnershipRecord record(Grant grant, ExternalAward... awards) {
    return record(List.of(grant), awards);
  }

  @Nested
  class SeedBystanderApproachTraining {

    /** Seed 001, Working Group update para 6: the five proposed projects of 2022/23. */
    private Grant crg(ProjectStatus bystander) {
      return crg2022().addProjects(
          project("best-bar-none", "'Best Bar None' promotional material", ProjectStatus.APPROVED).build(),
          project("community-safety-conference", "Community Safety Conference", ProjectStatus.APPROVED).build(),
          project("trauma-awareness", "Trauma Awareness Project", ProjectStatus.APPROVED).build(),
          project("awareness-campaigns", "Promotional materials for awareness campaigns", ProjectStatus.APPROVED).build(),
          keyed("bystander-approach-training", "Bystander Approach Training", bystander).build()).build();
    }

    @Test
    void reports_bystander_approach_training_proposed_while_the_vru_funds_it() {
      // GIVEN Bystander Approach Training first proposed for 2022/23, and the VRU's award for the same
      // activity in 2022/23 (seed 001, Working Group update para 6)
      PartnershipRecord record = record(crg(ProjectStatus.PROPOSED), vruBystander());
      // WHEN checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, D);
      // THEN the project is reported as funded twice, naming the VRU, its award and the year
      Finding finding = assertThat(report).hasFinding(DUPLICATE).on("bystander-approach-training")
          .withSeverity(Severity.ERROR)
          .single();
      assertThat(finding.evidence()).containsExactly(
          Map.entry("otherFunder", "KM-VRU"),
          Map.entry("award", "VRU-BYSTANDER-2022"),
          Map.entry("overlapFrom", "2022-04-01"),
          Map.entry("overlapTo", "2023-03-31"),
          Map.entry("activity", "bystander-approach-training"),
          Map.entry("count", "1"));
      assertThat(finding.subject().kind()).isEqualTo(SubjectKind.PROJECT);
      assertThat(finding.message()).isEqualTo("Bystander Approach Training is also funded by Kent and Medway Violence "
          + "Reduction Unit (award VRU-BYSTANDER-2022) in 2022/23.");
      assertThat(finding.source()).isEqualTo("minutes 14 July 2022, para 6: Bystander Approach Training refused as "
          + "duplicate funding, the VRU already funds it");
      // and only it: the four projects the OPCC agreed are not funded elsewhere
      assertThat(report.findings(DUPLICATE)).hasSize(1);
      assertThat(report).outcomeOf(DUPLICATE).isFail();
      assertThat(report).hasNoFinding(POSSIBLE).outcomeOf(POSSIBLE).isPass();
    }

    @Test
    void stays_silent_once_the_opcc_has_rejected_it() {
      // GIVEN the OPCC did not approve it "because the VRU are already funding the programme" (seed 001, para 6)
      PartnershipRecord record = record(crg(ProjectStatus.REJECTED), vruBystander());
      ComplianceReport report = ENGINE.check(record, D);
      // THEN nothing is funded twice
      assertThat(report).hasNoFinding(DUPLICATE).outcomeOf(DUPLICATE).isPass();
      assertThat(report).hasNoFinding(POSSIBLE).outcomeOf(POSSIBLE).isPass();
    }
  }

  @Nested
  class SameActivity {

    @Test
    void reports_equal_keys_whatever_the_titles_and_names_the_awards_title() {
      // GIVEN the same activity key under different titles
      PartnershipRecord record = record(
          crg2022().addProjects(project("bystander", "Bystander Training", ProjectStatus.APPROVED)
              .activity("bystander-approach-training").build()).build(),
          vruBystander());
      // THEN it is the same activity
      Finding finding = assertThat(ENGINE.check(record, D)).hasFinding(DUPLICATE).on("bystander")
          .withEvidence("activity", "bystander-approach-training").single();
      assertThat(finding.message()).isEqualTo("Bystander Training is also funded by Kent and Medway Violence "
          + "Reduction Unit as Bystander Approach Training (award VRU-BYSTANDER-2022) in 2022/23.");
    }

    @Test
    void stays_silent_on_different_keys_with_equal_titles() {
      // GIVEN both sides keyed, with different keys and the same title: the keys alone decide
      PartnershipRecord record = record(
          crg2022().addProjects(project("bystander", "Bystander Approach Training", ProjectStatus.APPROVED)
              .activity("bystander-approach-training-for-schools").build()).build(),
          vruBystander());
      ComplianceReport report = ENGINE.check(record, D);
      assertThat(report).hasNoFinding(DUPLICATE).outcomeOf(DUPLICATE).isPass();
      assertThat(report).hasNoFinding(POSSIBLE).outcomeOf(POSSIBLE).isPass();
    }

    @Test
    void stays_silent_on_different_keys_with_alike_titles() {
      PartnershipRecord record = record(
          crg2022().addProjects(project("bystander", "Bystander Approach Training Schools", ProjectStatus.APPROVED)
              .activity("bystander-schools").build()).build(),
          vruBystander());
      assertThat(ENGINE.check(record, D)).hasNoFinding(POSSIBLE).hasNoFinding(DUPLICATE);
    }
  }

  @Nested
  class SameTitle {

    @Test
    void reports_equal_titles_modulo_case_and_punctuation_when_one_side_has_no_key() {
      // GIVEN an unkeyed project "Modern Slavery: Train the Trainer" (seed 002, 2.4) and a keyed award
      // for 2022/23 written differently
      PartnershipRecord record = record(
          crg2022().addProjects(project("modern-slavery", "Modern Slavery: Train-the-Trainer", ProjectStatus.APPROVED)
              .build()).build(),
          award("PCC-MS-2022", "KENT-PCC", "MODERN SLAVERY - train the trainer.").activity("modern-slavery-ttt")
              .financialYear(FinancialYear.parse("2022/23")).build());
      // THEN the normalised titles are equal: a duplicate, named without repeating the title
      Finding finding = assertThat(ENGINE.check(record, D)).hasFinding(DUPLICATE).on("modern-slavery")
          .withSeverity(Severity.ERROR)
          .withEvidence("otherFunder", "KENT-PCC")
          .withEvidence("award", "PCC-MS-2022")
          .withEvidence("title", "MODERN SLAVERY - train the trainer.")
          .single();
      assertThat(finding.evidence()).doesNotContainKey("activity");
      assertThat(finding.message()).isEqualTo("Modern Slavery: Train-the-Trainer is also funded by Kent Police and "
          + "Crime Commissioner (award PCC-MS-2022) in 2022/23.");
    }

    @Test
    void separates_words_at_a_hyphen() {
      // GIVEN "Train-the-Trainer" against "Trainthe Trainer": a hyphen separates words, so the titles differ
      // ({modern, slavery, train, trainer} against {modern, slavery, trainthe, trainer}: 3 of 5 words)
      PartnershipRecord record = record(
          crg2022().addProjects(project("modern-slavery", "Modern Slavery: Train-the-Trainer", ProjectStatus.APPROVED)
              .build()).build(),
          award("PCC-MS-2022", "KENT-PCC", "Modern Slavery Trainthe Trainer").financialYear(FinancialYear.parse("2022/23"))
              .build());
      ComplianceReport report = ENGINE.check(record, D);
      // THEN not a duplicate, but alike at exactly 3/5
      assertThat(report).hasNoFinding(DUPLICATE);
      assertThat(report).hasFinding(POSSIBLE).on("modern-slavery").withEvidence("similarity", "3/5").single();
    }

    @Test
    void a_title_of_punctuation_alone_matches_nothing() {
      PartnershipRecord record = record(
          crg2022().addProjects(project("unnamed", "???", ProjectStatus.APPROVED).build()).build(),
          award("VRU-X", "KM-VRU", "?!").financialYear(FinancialYear.parse("2022/23")).build());
      ComplianceReport report = ENGINE.check(record, D);
      assertThat(report).hasNoFinding(DUPLICATE).outcomeOf(DUPLICATE).isPass();
      assertThat(report).hasNoFinding(POSSIBLE).outcomeOf(POSSIBLE).isPass();
    }
  }

  @Nested
  class SimilarTitles {

    /** Seed 002, 2.3: "Knife Crime Retail Surveillance and Enforcement", funded by the KCSP in 2019/20. */
    private PartnershipRecord knifeCrime(String awardTitle, String awardKey) {
      return record(
          grant("CRG-2019-20", "KENT-PCC", "2019/20").addProjects(project("knife-crime-retail",
              "Knife Crime Retail Surveillance and Enforcement", ProjectStatus.APPROVED).build()).build(),
          award("VRU-KNIFE-2019", "KM-VRU", awardTitle).activity(Optional.ofNullable(awardKey))
              .financialYear(FinancialYear.parse("2019/20")).build());
    }

    @Test
    void warns_of_alike_titles_with_the_exact_similarity() {
      // GIVEN an award "Knife Crime Retail Surveillance" against the project's
      // {knife, crime, retail, surveillance, enforcement}: 4 of 5 words
      ComplianceReport report = ENGINE.check(knifeCrime("Knife Crime Retail Surveillance", "knife-retail"),
          LocalDate.of(2020, 3, 18));
      Finding finding = assertThat(report).hasFinding(POSSIBLE).on("knife-crime-retail")
          .withSeverity(Severity.WARNING)
          .withEvidence("otherFunder", "KM-VRU")
          .withEvidence("award", "VRU-KNIFE-2019")
          .withEvidence("overlapFrom", "2019-04-01")
          .withEvidence("overlapTo", "2020-03-31")
          .withEvidence("title", "Knife Crime Retail Surveillance")
          .withEvidence("similarity", "4/5")
          .single();
      assertThat(finding.subject().kind()).isEqualTo(SubjectKind.PROJECT);
      assertThat(finding.message()).isEqualTo("Knife Crime Retail Surveillance and Enforcement may also be funded by "
          + "Kent and Medway Violence Reduction Unit as Knife Crime Retail Surveillance (award VRU-KNIFE-2019) in "
          + "2019/20: their titles share 4 of 5 words; check that it is not funded twice.");
      assertThat(report).hasNoFinding(DUPLICATE).outcomeOf(POSSIBLE).isFail();
    }

    @Test
    void warns_at_exactly_three_fifths() {
      // {knife, crime, retail, surveillance, enforcement} against {knife, crime, retail}: 3 of 5 is 0.6 exactly
      ComplianceReport report = ENGINE.check(knifeCrime("Knife Crime: Retail", null), LocalDate.of(2020, 3, 18));
      assertThat(report).hasFinding(POSSIBLE).on("knife-crime-retail").withEvidence("similarity", "3/5");
    }

    @Test
    void stays_silent_just_below_three_fifths() {
      // {knife, crime, retail, surveillance, enforcement} against {knife, crime, retail, surveillance,
      // test, purchases}: 4 of 7 < 0.6
      ComplianceReport report = ENGINE.check(knifeCrime("Knife Crime Retail Surveillance: Test Purchases", null),
          LocalDate.of(2020, 3, 18));
      assertThat(report).hasNoFinding(POSSIBLE).outcomeOf(POSSIBLE).isPass();
    }

    @Test
    void stays_silent_on_dissimilar_titles() {
      ComplianceReport report = ENGINE.check(knifeCrime("Knife Crime First Aid", null), LocalDate.of(2020, 3, 18));
      assertThat(report).hasNoFinding(POSSIBLE).hasNoFinding(DUPLICATE);
    }

    @Test
    void does_not_count_stop_words() {
      // "the", "and", "of" are no words for likeness: {knife, crime, retail} against the project's 5 words
      // is 3/5 (counted as words, 3 of 8 would be silent)
      ComplianceReport report = ENGINE.check(knifeCrime("The Knife and the Crime of Retail", null),
          LocalDate.of(2020, 3, 18));
      assertThat(report).hasFinding(POSSIBLE).on("knife-crime-retail").withEvidence("similarity", "3/5");
    }
  }

  @Nested
  class Periods {

    private PartnershipRecord bystanderAgainst(ExternalAward.Builder award) {
      return record(
          crg2022().addProjects(keyed("bystander-approach-training", "Bystander Approach Training",
              ProjectStatus.APPROVED).build()).build(),
          award.activity("bystander-approach-training").build());
    }

    private ExternalAward.Builder vru() {
      return award("VRU-BYSTANDER", "KM-VRU", "Bystander Approach Training");
    }

    @Test
    void stays_silent_when_the_award_is_for_another_year() {
      ComplianceReport report = ENGINE.check(bystanderAgainst(vru().financialYear(FinancialYear.parse("2021/22"))), D);
      assertThat(report).hasNoFinding(DUPLICATE).outcomeOf(DUPLICATE).isPass();
    }

    @Test
    void stays_silent_when_the_award_ends_the_day_before_the_year() {
      assertThat(ENGINE.check(bystanderAgainst(vru().from(LocalDate.of(2021, 9, 1)).to(LocalDate.of(2022, 3, 31))), D))
          .hasNoFinding(DUPLICATE);
    }

    @Test
    void reports_periods_touching_on_one_day() {
      // GIVEN an award that ends on 1 April 2022, the first day of the project's year 2022/23
      ComplianceReport report = ENGINE.check(
          bystanderAgainst(vru().from(LocalDate.of(2021, 9, 1)).to(LocalDate.of(2022, 4, 1))), D);
      // THEN they overlap on that day
      Finding finding = assertThat(report).hasFinding(DUPLICATE).on("bystander-approach-training")
          .withEvidence("overlapFrom", "2022-04-01").withEvidence("overlapTo", "2022-04-01").single();
      assertThat(finding.message()).isEqualTo("Bystander Approach Training is also funded by Kent and Medway Violence "
          + "Reduction Unit (award VRU-BYSTANDER) from 1 April 2022 to 1 April 2022.");
    }

    @Test
    void reports_an_open_ended_award_from_the_last_day_of_the_year() {
      ComplianceReport report = ENGINE.check(bystanderAgainst(vru().from(LocalDate.of(2023, 3, 31))), D);
      assertThat(report).hasFinding(DUPLICATE).on("bystander-approach-training")
          .withEvidence("overlapFrom", "2023-03-31").withEvidence("overlapTo", "2023-03-31");
      assertThat(ENGINE.check(bystanderAgainst(vru().from(LocalDate.of(2023, 4, 1))), D)).hasNoFinding(DUPLICATE);
    }

    @Test
    void names_the_overlap_of_an_open_ended_award() {
      ComplianceReport report = ENGINE.check(bystanderAgainst(vru().from(LocalDate.of(2022, 9, 1))), D);
      assertThat(report).hasFinding(DUPLICATE).on("bystander-approach-training")
          .withEvidence("overlapFrom", "2022-09-01").withEvidence("overlapTo", "2023-03-31")
          .withMessageContaining("(award VRU-BYSTANDER) from 1 September 2022 to 31 March 2023.");
    }
  }

  @Nested
  class TwoGrantsOfTheRecord {

    /** A second grant of 2022/23, from the VRU, beside the PCC's Crime Reduction Grant. */
    private Grant vruGrant(Project... projects) {
      return grant("VRG-2022-23", "KM-VRU", "2022/23").addProjects(projects).build();
    }

    @Test
    void reports_both_projects_of_one_activity_funded_by_two_grants() {
      PartnershipRecord record = record(List.of(
          crg2022().addProjects(project("youth-diversion", "Youth Diversion Scheme", ProjectStatus.APPROVED)
              .activity("youth-diversion").build()).build(),
          vruGrant(project("vru-youth-diversion", "Youth diversion", ProjectStatus.PROPOSED).activity("youth-diversion")
              .build())));
      ComplianceReport report = ENGINE.check(record, D);
      Finding onCrg = assertThat(report).hasFinding(DUPLICATE).on("youth-diversion")
          .withEvidence("otherFunder", "KM-VRU")
          .withEvidence("project", "vru-youth-diversion")
          .withEvidence("grant", "VRG-2022-23")
          .withEvidence("activity", "youth-diversion")
          .single();
      assertThat(onCrg.message()).isEqualTo("Youth Diversion Scheme is also funded by Kent and Medway Violence "
          + "Reduction Unit as Youth diversion (project vru-youth-diversion of grant VRG-2022-23) in 2022/23.");
      Finding onVrg = assertThat(report).hasFinding(DUPLICATE).on("vru-youth-diversion")
          .withEvidence("otherFunder", "KENT-PCC")
          .withEvidence("project", "youth-diversion")
          .withEvidence("grant", "CRG-2022-23")
          .single();
      assertThat(onVrg.message()).isEqualTo("Youth diversion is also funded by Kent Police and Crime Commissioner as "
          + "Youth Diversion Scheme (project youth-diversion of grant CRG-2022-23) in 2022/23.");
      assertThat(report.findings(DUPLICATE)).hasSize(2);
    }

    @Test
    void warns_on_both_projects_with_alike_titles() {
      PartnershipRecord record = record(List.of(
          crg2022().addProjects(project("youth-diversion", "Youth Diversion Scheme", ProjectStatus.APPROVED).build())
              .build(),
          vruGrant(project("vru-youth-diversion", "Youth Diversion", ProjectStatus.PROPOSED).build())));
      ComplianceReport report = ENGINE.check(record, D);
      assertThat(report).hasFinding(POSSIBLE).on("youth-diversion").withEvidence("similarity", "2/3")
          .withEvidence("project", "vru-youth-diversion");
      assertThat(report).hasFinding(POSSIBLE).on("vru-youth-diversion").withEvidence("similarity", "2/3")
          .withEvidence("project", "youth-diversion");
      assertThat(report.findings(POSSIBLE)).hasSize(2);
    }

    @Test
    void stays_silent_on_two_projects_of_one_grant() {
      // a grant may fund an activity in two parts; only another grant or funder is a second funding
      PartnershipRecord record = record(crg2022().addProjects(
          project("youth-diversion", "Youth Diversion", ProjectStatus.APPROVED).activity("youth-diversion").build(),
          project("youth-diversion-2", "Youth Diversion", ProjectStatus.APPROVED).activity("youth-diversion").build())
          .build());
      ComplianceReport report = ENGINE.check(record, D);
      assertThat(report).hasNoFinding(DUPLICATE).outcomeOf(DUPLICATE).isNotApplicable();
      assertThat(report).outcomeOf(POSSIBLE).isNotApplicable();
    }

    @Test
    void stays_silent_on_grants_of_different_years() {
      PartnershipRecord record = record(List.of(
          crg2022().addProjects(project("youth-diversion", "Youth Diversion", ProjectStatus.APPROVED).build()).build(),
          grant("CRG-2021-22", "KENT-PCC", "2021/22")
              .addProjects(project("youth-diversion-2021", "Youth Diversion", ProjectStatus.COMPLETED).build()).build()));
      ComplianceReport report = ENGINE.check(record, D);
      assertThat(report).hasNoFinding(DUPLICATE).outcomeOf(DUPLICATE).isPass();
    }
  }

  /** rules.md, One finding per project for duplicate funding (both versions). */
  @Nested
  class OneFindingPerProject {

    /** A second grant of 2022/23, from the VRU, beside the PCC's Crime Reduction Grant. */
    private Grant.Builder vrg2022() {
      return grant("VRG-2022-23", "KM-VRU", "2022/23");
    }

    private Project[] numbered(String prefix, int n, String title) {
      Project[] projects = new Project[n];
      for (int i = 0; i < n; i++) {
        projects[i] = project(prefix + "-" + i, title, ProjectStatus.APPROVED).build();
      }
      return projects;
    }

    @Test
    void reports_a_project_funded_three_times_once_naming_each_counterpart() {
      // GIVEN Bystander Approach Training proposed to the PCC for 2022/23, while the VRU funds the activity
      // by an award and by a project of its own grant, and the PCC by an award of the same title
      PartnershipRecord record = record(List.of(
          crg2022().addProjects(keyed("bystander-approach-training", "Bystander Approach Training",
              ProjectStatus.PROPOSED).build()).build(),
          vrg2022().addProjects(project("vru-bystander", "Bystander Training", ProjectStatus.APPROVED)
              .activity("bystander-approach-training").build()).build()),
          vruBystander(),
          award("PCC-BAT-2022", "KENT-PCC", "BYSTANDER APPROACH TRAINING").financialYear(FinancialYear.parse("2022/23"))
              .build());
      // WHEN checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, D);
      // THEN the project has one finding, counting and listing its three counterparts, awards first, by id
      Finding finding = assertThat(report).hasFinding(DUPLICATE).on("bystander-approach-training").single();
      assertThat(finding.evidence()).containsExactly(
          Map.entry("count", "3"),
          Map.entry("counterparts", "award PCC-BAT-2022 (KENT-PCC) 2022-04-01 to 2023-03-31, same title; "
              + "award VRU-BYSTANDER-2022 (KM-VRU) 2022-04-01 to 2023-03-31, same activity; "
              + "project vru-bystander of grant VRG-2022-23 (KM-VRU) 2022-04-01 to 2023-03-31, same activity"));
      assertThat(finding.message()).isEqualTo("Bystander Approach Training is also funded by Kent Police and Crime "
          + "Commissioner (award PCC-BAT-2022) in 2022/23, Kent and Medway Violence Reduction Unit (award "
          + "VRU-BYSTANDER-2022) in 2022/23 and Kent and Medway Violence Reduction Unit as Bystander Training "
          + "(project vru-bystander of grant VRG-2022-23) in 2022/23.");
      // AND the VRU's project one of its own, naming the VRU's award (any award counts) and the PCC's project
      Finding onVrg = assertThat(report).hasFinding(DUPLICATE).on("vru-bystander").withEvidence("count", "2").single();
      assertThat(onVrg.evidence().get("counterparts")).isEqualTo(
          "award VRU-BYSTANDER-2022 (KM-VRU) 2022-04-01 to 2023-03-31, same activity; "
              + "project bystander-approach-training of grant CRG-2022-23 (KENT-PCC) 2022-04-01 to 2023-03-31, same activity");
      assertThat(report.findings(DUPLICATE)).hasSize(2);
    }

    @Test
    void reports_720_projects_in_each_of_two_grants_sharing_a_title_once_each_within_the_firing_limit() {
      // GIVEN a valid record of 720 projects in each of two grants of 2022/23, all titled alike (issue 11:
      // one finding per pair was 1,036,800 firings, and the check stopped as a runaway)
      PartnershipRecord record = record(List.of(
          crg2022().addProjects(numbered("pcc", 720, "Youth Diversion")).build(),
          vrg2022().addProjects(numbered("vru", 720, "youth diversion")).build()));
      // WHEN checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, D);
      // THEN each project has one finding, counting the other grant's 720 and listing the first 20
      assertThat(report.findings(DUPLICATE)).hasSize(1440)
          .allMatch(f -> f.evidence().get("count").equals("720") && f.evidence().get("listed").equals("20"))
          .allMatch(f -> f.evidence().get("counterparts").split("; ").length == Counterparts.LISTED);
      Finding first = assertThat(report).hasFinding(DUPLICATE).on("pcc-0").single();
      assertThat(first.evidence().keySet()).containsExactly("count", "counterparts", "listed");
      assertThat(first.evidence().get("counterparts")).startsWith("project vru-0 of grant VRG-2022-23 (KM-VRU) "
          + "2022-04-01 to 2023-03-31, same title; project vru-1 of grant VRG-2022-23 (KM-VRU) ");
      assertThat(first.message()).isEqualTo("Youth Diversion is also funded by Kent and Medway Violence Reduction "
          + "Unit (project vru-0 of grant VRG-2022-23) in 2022/23, Kent and Medway Violence Reduction Unit (project "
          + "vru-1 of grant VRG-2022-23) in 2022/23, Kent and Medway Violence Reduction Unit (project vru-10 of grant "
          + "VRG-2022-23) in 2022/23 and 717 more.");
      assertThat(report).hasNoFinding(POSSIBLE).outcomeOf(DUPLICATE).isFail();
    }

    @Test
    void lists_every_counterpart_up_to_the_listing_without_saying_how_many_are_listed() {
      // GIVEN a project and 20 projects of its title in another grant: exactly as many as a finding lists
      PartnershipRecord record = record(List.of(
          crg2022().addProjects(project("youth", "Youth Diversion", ProjectStatus.APPROVED).build()).build(),
          vrg2022().addProjects(numbered("vru", 20, "Youth Diversion")).build()));
      Finding finding = assertThat(ENGINE.check(record, D)).hasFinding(DUPLICATE).on("youth").single();
      // THEN all 20 are listed, and the evidence says only how many there are
      assertThat(finding.evidence().keySet()).containsExactly("count", "counterparts");
      assertThat(finding.evidence().get("counterparts").split("; ")).hasSize(20);
      assertThat(finding.message()).endsWith(" and 17 more.");
    }

    @Test
    void names_only_the_counterparts_that_are_not_exact_duplicates() {
      // GIVEN an unkeyed "Youth Diversion" project, an award of the same title and one of an alike title
      PartnershipRecord record = record(
          crg2022().addProjects(project("youth", "Youth Diversion", ProjectStatus.APPROVED).build()).build(),
          award("VRU-YD", "KM-VRU", "Youth Diversion").financialYear(FinancialYear.parse("2022/23")).build(),
          award("VRU-YDS", "KM-VRU", "Youth Diversion Scheme").financialYear(FinancialYear.parse("2022/23")).build());
      ComplianceReport report = ENGINE.check(record, D);
      // THEN the exact duplicate is reported by one rule, the alike title by the other
      assertThat(report).hasFinding(DUPLICATE).on("youth").withEvidence("award", "VRU-YD").withEvidence("count", "1")
          .single();
      assertThat(report).hasFinding(POSSIBLE).on("youth").withEvidence("award", "VRU-YDS")
          .withEvidence("similarity", "2/3").withEvidence("count", "1").single();
    }

    @Test
    void gives_no_possible_duplicate_finding_when_every_match_is_exact() {
      PartnershipRecord record = record(
          crg2022().addProjects(project("youth", "Youth Diversion", ProjectStatus.APPROVED).build()).build(),
          award("VRU-YD", "KM-VRU", "Youth Diversion").financialYear(FinancialYear.parse("2022/23")).build(),
          award("PCC-YD", "KENT-PCC", "YOUTH DIVERSION").financialYear(FinancialYear.parse("2022/23")).build());
      ComplianceReport report = ENGINE.check(record, D);
      assertThat(report).hasFinding(DUPLICATE).on("youth").withEvidence("count", "2").single();
      assertThat(report).hasNoFinding(POSSIBLE).outcomeOf(POSSIBLE).isPass();
    }

    @Test
    void names_the_first_three_alike_titles_with_the_words_they_share_and_counts_the_rest() {
      // GIVEN "Knife Crime Retail Surveillance and Enforcement" (seed 002, 2.3) and five alike awards of 2019/20
      List<ExternalAward> awards = new ArrayList<>();
      for (String[] alike : List.of(new String[] {"A1", "Knife Crime Retail Surveillance"},
          new String[] {"A2", "Knife Crime: Retail"}, new String[] {"A3", "Knife Crime Retail Enforcement"},
          new String[] {"A4", "Retail Knife Crime Surveillance"}, new String[] {"A5", "Knife Crime Retail Surveillance Patrols"})) {
        awards.add(award(alike[0], "KM-VRU", alike[1]).financialYear(FinancialYear.parse("2019/20")).build());
      }
      PartnershipRecord record = record(List.of(grant("CRG-2019-20", "KENT-PCC", "2019/20").addProjects(
          project("knife-crime-retail", "Knife Crime Retail Surveillance and Enforcement", ProjectStatus.APPROVED)
              .build()).build()), awards.toArray(ExternalAward[]::new));
      ComplianceReport report = ENGINE.check(record, LocalDate.of(2020, 3, 18));
      Finding finding = assertThat(report).hasFinding(POSSIBLE).on("knife-crime-retail").withEvidence("count", "5")
          .single();
      assertThat(finding.message()).isEqualTo("Knife Crime Retail Surveillance and Enforcement may also be funded by "
          + "Kent and Medway Violence Reduction Unit as Knife Crime Retail Surveillance (award A1) in 2019/20 (4 of 5 "
          + "words shared), Kent and Medway Violence Reduction Unit as Knife Crime: Retail (award A2) in 2019/20 (3 of 5 "
          + "words shared), Kent and Medway Violence Reduction Unit as Knife Crime Retail Enforcement (award A3) in "
          + "2019/20 (4 of 5 words shared) and 2 more with alike titles; check that it is not funded twice.");
      assertThat(finding.evidence().get("counterparts")).isEqualTo(
          "award A1 (KM-VRU) 2019-04-01 to 2020-03-31, similarity 4/5; award A2 (KM-VRU) 2019-04-01 to 2020-03-31, "
              + "similarity 3/5; award A3 (KM-VRU) 2019-04-01 to 2020-03-31, similarity 4/5; award A4 (KM-VRU) "
              + "2019-04-01 to 2020-03-31, similarity 4/5; award A5 (KM-VRU) 2019-04-01 to 2020-03-31, similarity 4/6");
      assertThat(report).hasNoFinding(DUPLICATE);
    }

    @Test
    void says_in_the_catalogue_how_many_counterparts_a_finding_lists() {
      for (String rule : List.of(DUPLICATE, POSSIBLE)) {
        RuleDescriptor descriptor = ENGINE.catalog().rules().stream().filter(r -> r.id().equals(rule)).findFirst()
            .orElseThrow();
        assertThat(descriptor.description()).as(rule).contains("One finding per live project")
            .contains("the first " + Counterparts.LISTED + " (awards before projects, then by id)");
      }
    }
  }

  @Nested
  class ProjectsThatAreNotLive {

    @Test
    void stay_silent_when_withdrawn_rejected_or_refunded() {
      for (ProjectStatus status : List.of(ProjectStatus.WITHDRAWN, ProjectStatus.REJECTED, ProjectStatus.REFUNDED)) {
        // GIVEN the project, and a project of a second grant, for the VRU's activity
        PartnershipRecord record = record(List.of(
            crg2022().addProjects(project("bystander", "Bystander Approach Training", status)
                .activity("bystander-approach-training").build()).build(),
            grant("VRG-2022-23", "KM-VRU", "2022/23").addProjects(project("vru-bystander", "Bystander Approach",
                status).build()).build()),
            vruBystander());
        ComplianceReport report = ENGINE.check(record, D);
        assertThat(report).as(status.name()).hasNoFinding(DUPLICATE).hasNoFinding(POSSIBLE);
        assertThat(report).outcomeOf(DUPLICATE).isPass();
      }
    }

    @Test
    void do_not_count_as_a_counterpart() {
      // GIVEN a live project and a withdrawn one of another grant with the same title
      PartnershipRecord record = record(List.of(
          crg2022().addProjects(project("youth-diversion", "Youth Diversion", ProjectStatus.APPROVED).build()).build(),
          grant("VRG-2022-23", "KM-VRU", "2022/23").addProjects(project("vru-youth-diversion", "Youth Diversion",
              ProjectStatus.WITHDRAWN).build()).build()));
      assertThat(ENGINE.check(record, D)).hasNoFinding(DUPLICATE).outcomeOf(DUPLICATE).isPass();
    }

    @Test
    void stays_silent_on_knife_crime_first_aid_refunded_as_the_pcc_violence_reduction_funding_paid_for_it() {
      // GIVEN knife crime first aid, £10k, refunded in early 2020 because the PCC's Violence Reduction
      // funding paid for it entirely (seed 002, 2.2), and that funding recorded as an award
      PartnershipRecord record = record(
          grant("CRG-2019-20", "KENT-PCC", "2019/20").addProjects(project("knife-crime-first-aid",
              "Knife crime first aid", ProjectStatus.REFUNDED).activity("knife-crime-first-aid")
              .amount(Money.of("10000")).build()).build(),
          award("PCC-VR-2019", "KENT-PCC", "Knife crime first aid").activity("knife-crime-first-aid")
              .financialYear(FinancialYear.parse("2019/20")).build());
      ComplianceReport report = ENGINE.check(record, LocalDate.of(2020, 3, 18));
      assertThat(report).hasNoFinding(DUPLICATE).outcomeOf(DUPLICATE).isPass();
    }
  }

  @Nested
  class WhenTheRulesApply {

    @Test
    void not_applicable_without_projects() {
      ComplianceReport report = ENGINE.check(Kcsp2022.record().build(), D);
      assertThat(report).outcomeOf(DUPLICATE).isNotApplicable();
      assertThat(report).outcomeOf(POSSIBLE).isNotApplicable();
    }

    @Test
    void not_applicable_with_one_grant_and_no_award() {
      ComplianceReport report = ENGINE.check(record(crg2022().addProjects(
          project("youth-diversion", "Youth Diversion", ProjectStatus.APPROVED).build()).build()), D);
      assertThat(report).outcomeOf(DUPLICATE).isNotApplicable();
      assertThat(report).outcomeOf(POSSIBLE).isNotApplicable();
    }

    @Test
    void not_applicable_with_an_award_and_no_project() {
      ComplianceReport report = ENGINE.check(record(List.of(), vruBystander()), D);
      assertThat(report).outcomeOf(DUPLICATE).isNotApplicable();
      assertThat(report).outcomeOf(POSSIBLE).isNotApplicable();
    }

    @Test
    void applicable_with_projects_in_two_grants() {
      ComplianceReport report = ENGINE.check(record(List.of(
          crg2022().addProjects(project("youth-diversion", "Youth Diversion", ProjectStatus.APPROVED).build()).build(),
          grant("CRG-2021-22", "KENT-PCC", "2021/22").addProjects(project("road-safety", "Road Safety Week",
              ProjectStatus.COMPLETED).build()).build())), D);
      assertThat(report).outcomeOf(DUPLICATE).isPass();
      assertThat(report).outcomeOf(POSSIBLE).isPass();
    }
  }

  /**
   * One record with 10,000 live projects over ten grants of five years and 10,000 awards, with a
   * known number of planted duplicates and possible duplicates among titles no two of which are
   * otherwise alike.
   */
  @Nested
  class AtScale {

    private static final int YEARS = 5;
    private static final int PROJECTS_PER_GRANT = 1000;

    private final List<List<Project.Builder>> grants = new ArrayList<>();
    private final List<ExternalAward> awards = new ArrayList<>();
    private final Set<String> expectedDuplicates = new TreeSet<>();
    private final Set<String> expectedPossible = new TreeSet<>();
    private final List<String[]> samples = new ArrayList<>();
    private int next;

    /** Words no other title has. */
    private String words(int n) {
      int id = next++;
      StringBuilder title = new StringBuilder("Scheme");
      for (int i = 0; i < n; i++) {
        title.append(' ').append((char) ('k' + i)).append(id);
      }
      return title.toString();
    }

    private int year(int grant) {
      return 2018 + grant / 2;
    }

    private Project.Builder projectIn(int grant, String title) {
      Project.Builder project = project("p" + grant + "-" + grants.get(grant).size(), title, ProjectStatus.APPROVED)
          .amount(Money.of("1"));
      grants.get(grant).add(project);
      return project;
    }

    private String id(Project.Builder project) {
      return project.build().id();
    }

    private ExternalAward award(String title, String key, int year) {
      ExternalAward award = DuplicateFundingTest.award("a" + awards.size(), "KM-VRU", title)
          .activity(Optional.ofNullable(key)).financialYear(FinancialYear.startingIn(year)).build();
      awards.add(award);
      return award;
    }

    private PartnershipRecord build() {
      for (int g = 0; g < 2 * YEARS; g++) {
        grants.add(new ArrayList<>());
      }
      for (int i = 0; i < 200; i++) {
        // planted: the same activity key as an award of the same year, under another title
        int g = i % 10;
        Project.Builder p = projectIn(g, words(3)).activity("activity-" + i);
        ExternalAward a = award(words(3), "activity-" + i, year(g));
        expectedDuplicates.add(id(p) + " ~ " + a.id());
        // decoy: the same key in an award of another year
        award(words(3), "activity-" + i, year(g) + 1);
      }
      for (int i = 0; i < 150; i++) {
        // planted: the same title, written differently, one side unkeyed
        int g = (i * 3) % 10;
        String title = words(4);
        Project.Builder p = projectIn(g, title);
        ExternalAward a = award(title.toUpperCase().replace(' ', '-') + ".", i % 2 == 0 ? "award-key-" + i : null,
            year(g));
        expectedDuplicates.add(id(p) + " ~ " + a.id());
        // decoy: both keyed, different keys, the same title
        Project.Builder keyedTwin = projectIn(g, words(2)).activity("own-" + i);
        award(keyedTwin.build().title(), "other-" + i, year(g));
      }
      for (int i = 0; i < 100; i++) {
        // planted: two grants of the same year fund one title: both projects reported
        int y = i % YEARS;
        String title = words(3);
        Project.Builder first = projectIn(2 * y, title);
        Project.Builder second = projectIn(2 * y + 1, title.toLowerCase());
        expectedDuplicates.add(id(first) + " ~ " + id(second));
        expectedDuplicates.add(id(second) + " ~ " + id(first));
      }
      for (int i = 0; i < 150; i++) {
        // planted: 4 of 5 words shared with an unkeyed award, or 3 of 5 (the boundary)
        int g = (i * 7) % 10;
        String base = i % 2 == 0 ? words(3) : words(2);
        Project.Builder p = projectIn(g, base + (i % 2 == 0 ? "" : " x" + next++));
        ExternalAward a = award(base + " y" + next++, null, year(g));
        expectedPossible.add(id(p) + " ~ " + a.id());
        if (i < 2) {
          samples.add(new String[] {id(p), a.id(), i == 0 ? "4/5" : "3/5"});
        }
        // decoy: 4 of 7 words shared, just below 0.6
        String decoy = words(3);
        projectIn(g, decoy + " u" + next++);
        award(decoy + " v" + next++ + " w" + next++, null, year(g));
      }
      for (int i = 0; i < 50; i++) {
        // planted: two grants of the same year with alike titles: both projects warned
        int y = i % YEARS;
        String base = words(4);
        Project.Builder first = projectIn(2 * y, base);
        Project.Builder second = projectIn(2 * y + 1, base + " z" + next++);
        expectedPossible.add(id(first) + " ~ " + id(second));
        expectedPossible.add(id(second) + " ~ " + id(first));
      }
      // the rest: titles and keys of their own, with every fifth key absent
      for (int g = 0; g < grants.size(); g++) {
        while (grants.get(g).size() < PROJECTS_PER_GRANT) {
          Project.Builder p = projectIn(g, words(2 + next % 3));
          if (next % 5 != 0) {
            p.activity("own-activity-" + next);
          }
        }
      }
      while (awards.size() < 10_000) {
        award(words(2 + next % 3), next % 5 == 0 ? null : "award-activity-" + next, 2016 + next % 9);
      }
      List<Grant> built = new ArrayList<>();
      for (int g = 0; g < grants.size(); g++) {
        built.add(grant((g % 2 == 0 ? "CRG-" : "VRG-") + year(g), g % 2 == 0 ? "KENT-PCC" : "KM-VRU",
            FinancialYear.startingIn(year(g)).toString())
            .allocation(Money.of("100000")).upfront(Money.of("100000"))
            .addAllProjects(grants.get(g).stream().map(Project.Builder::build).toList()).build());
      }
      return record(built, awards.toArray(ExternalAward[]::new));
    }

    private Set<String> found(ComplianceReport report, String rule) {
      return report.findings(rule).stream()
          .map(f -> f.subject().id() + " ~ " + f.evidence().getOrDefault("award", f.evidence().get("project")))
          .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void reports_exactly_the_planted_duplicates_among_ten_thousand_projects_and_awards() {
      // GIVEN 10,000 live projects in ten grants over five years and 10,000 awards, with 200 duplicates
      // by key, 150 by title and 100 pairs of projects of two grants (200 findings), 150 alike titles
      // and 50 alike pairs of projects (100 findings), and decoys of each kind that must stay silent
      PartnershipRecord record = build();
      assertThat(record.grants().stream().mapToLong(g -> g.projects().size()).sum()).isEqualTo(10_000);
      assertThat(record.externalAwards()).hasSize(10_000);
      // WHEN checked with the engine
      long start = System.nanoTime();
      ComplianceReport report = ENGINE.check(record, D);
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf("checked 10,000 projects and 10,000 awards in %d ms%n", millis);
      // THEN exactly the planted findings are reported
      assertThat(expectedDuplicates).hasSize(550);
      assertThat(expectedPossible).hasSize(250);
      assertThat(found(report, DUPLICATE)).isEqualTo(expectedDuplicates);
      assertThat(found(report, POSSIBLE)).isEqualTo(expectedPossible);
      assertThat(report.findings(DUPLICATE)).hasSize(550);
      assertThat(report.findings(POSSIBLE)).hasSize(250);
      // a sample: the first of each kind, with its evidence
      assertThat(report).hasFinding(DUPLICATE).on("p0-0").withEvidence("award", "a0")
          .withEvidence("activity", "activity-0").withEvidence("overlapFrom", "2018-04-01")
          .withEvidence("overlapTo", "2019-03-31").single();
      for (String[] sample : samples) {
        assertThat(report).hasFinding(POSSIBLE).on(sample[0]).withEvidence("award", sample[1])
            .withEvidence("similarity", sample[2]).single();
      }
    }
  }
}

package org.kcsp.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kcsp.model.ExternalAward;
import org.kcsp.model.FinancialYear;
import org.kcsp.model.Fraction;
import org.kcsp.model.Grant;
import org.kcsp.model.Money;
import org.kcsp.model.Organisation;
import org.kcsp.model.OrganisationKind;
import org.kcsp.model.Partnership;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Pot;
import org.kcsp.model.Project;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.Tier;
import org.kcsp.rules.SubjectKind;
import org.kcsp.rules.spi.CounterpartFact;
import org.kcsp.rules.spi.Counterparts;
import org.kcsp.rules.spi.FundingMatchFact;

/**
 * The funding index against the rule catalogue's matching words (rules.md, Projects, and one
 * finding per project): each project's counterparts, counted and listed, are exactly those a
 * comparison of every pair finds, and projects that share a title share one answer.
 */
class FundingIndexTest {

  /** The catalogue's similarity of alike titles. */
  private static final Fraction THREE_FIFTHS = Fraction.of("3/5");

  @Nested
  class Normalise {

    @Test
    void lower_cases_and_turns_punctuation_into_single_spaces() {
      // seed 002, 2.4: "Modern Slavery: Train the Trainer", "Domestic Abuse Website: Publicity Material"
      assertThat(TitleWords.normalise("Modern Slavery: Train the Trainer")).isEqualTo("modern slavery train the trainer");
      assertThat(TitleWords.normalise("Domestic Abuse Website: Publicity Material"))
          .isEqualTo("domestic abuse website publicity material");
      assertThat(TitleWords.normalise("Emergency Trauma Packs (ETPs)")).isEqualTo("emergency trauma packs etps");
      assertThat(TitleWords.normalise("'Raise a Brow' Scams Campaign")).isEqualTo("raise a brow scams campaign");
    }

    @Test
    void separates_words_at_a_hyphen() {
      assertThat(TitleWords.normalise("Train-the-Trainer")).isEqualTo("train the trainer");
      // seed 002, 2.3: "Staff Awareness Training 18-24"; digits are kept
      assertThat(TitleWords.normalise("Staff Awareness Training 18-24")).isEqualTo("staff awareness training 18 24");
    }

    @Test
    void collapses_and_trims_white_space() {
      assertThat(TitleWords.normalise("  Easy   Read\tLeaflets \n")).isEqualTo("easy read leaflets");
      assertThat(TitleWords.normalise("--OSARA -- Problem  /  Solving--")).isEqualTo("osara problem solving");
    }

    @Test
    void ignores_case() {
      assertThat(TitleWords.normalise("OSARA PROBLEM SOLVING TRAINING"))
          .isEqualTo(TitleWords.normalise("osara problem-solving training"));
    }

    @Test
    void keeps_a_capital_letter_one_letter() {
      // String.toLowerCase turns U+0130 into "i" plus a combining dot, which is no letter
      assertThat(TitleWords.normalise("\u0130stanbul Exchange")).isEqualTo("istanbul exchange");
      assertThat(TitleWords.normalise("Caf\u00c9 Outreach")).isEqualTo("caf\u00e9 outreach");
    }

    @Test
    void makes_a_title_of_punctuation_alone_empty() {
      assertThat(TitleWords.normalise("?!  -- ...")).isEmpty();
      assertThat(TitleWords.normalise("")).isEmpty();
    }
  }

  @Nested
  class Tokens {

    @Test
    void are_the_words_without_stop_words() {
      assertThat(TitleWords.tokens("Modern Slavery: Train-the-Trainer"))
          .containsExactly("modern", "slavery", "train", "trainer");
      assertThat(TitleWords.tokens("a an and the of for to in on at by with or from plan")).containsExactly("plan");
    }

    @Test
    void are_a_set() {
      assertThat(TitleWords.tokens("train the trainer to train")).containsExactly("train", "trainer");
    }

    @Test
    void of_an_empty_title_are_none() {
      assertThat(TitleWords.tokens("")).isEmpty();
      assertThat(TitleWords.tokens("The (and) of")).isEmpty();
    }
  }
  @Nested
  class Matches {

    @Test
    void an_empty_title_matches_nothing() {
      // GIVEN two unkeyed projects of two grants of one year, and an award, all titled with punctuation alone
      PartnershipRecord record = record(
          List.of(grant("G1", 2022, project("p1", "???", null, ProjectStatus.APPROVED)),
              grant("G2", 2022, project("p2", "!!", null, ProjectStatus.APPROVED))),
          List.of(ExternalAward.builder().id("A1").funder("VRU").title("--").financialYear(FinancialYear.startingIn(2022))
              .build()));
      // THEN neither project has a duplicate or an alike title
      assertThat(FundingIndex.matches(record, organisations(record), THREE_FIFTHS)).isEmpty();
    }

    @Test
    void finds_two_projects_of_two_grants_from_each_side() {
      PartnershipRecord record = record(
          List.of(grant("G1", 2022, project("p1", "Youth Diversion", null, ProjectStatus.APPROVED)),
              grant("G2", 2022, project("p2", "youth-diversion", null, ProjectStatus.PROPOSED))),
          List.of());
      List<FundingMatchFact> matches = FundingIndex.matches(record, organisations(record), THREE_FIFTHS);
      assertThat(matches).extracting(FundingMatchFact::project, FundingMatchFact::exact, m -> m.counterparts().count(),
              m -> m.counterparts().listing())
          .containsExactly(
              tuple("p1", true, 1, "project p2 of grant G2 (PCC) 2022-04-01 to 2023-03-31, same title"),
              tuple("p2", true, 1, "project p1 of grant G1 (PCC) 2022-04-01 to 2023-03-31, same title"));
    }

    @Test
    void lists_awards_before_projects_then_by_id_and_counts_beyond_the_listing() {
      // GIVEN a project, 25 awards of its title in its year, and 5 projects of its title in another grant
      List<ExternalAward> awards = new ArrayList<>();
      for (int i = 25; i >= 1; i--) {
        awards.add(ExternalAward.builder().id("A" + i).funder("VRU").title("Youth Diversion")
            .financialYear(FinancialYear.startingIn(2022)).build());
      }
      List<Project> others = new ArrayList<>();
      for (int i = 5; i >= 1; i--) {
        others.add(project("q" + i, "Youth Diversion", null, ProjectStatus.APPROVED));
      }
      PartnershipRecord record = record(List.of(grant("G1", 2022, project("p1", "Youth Diversion", null,
          ProjectStatus.APPROVED)), grant("G2", 2022, others.toArray(Project[]::new))), awards);
      // WHEN the index finds p1's counterparts
      Counterparts found = FundingIndex.matches(record, organisations(record), THREE_FIFTHS).stream()
          .filter(m -> m.project().equals("p1")).findFirst().orElseThrow().counterparts();
      // THEN it counts all 30 and lists the first 20: awards only, by id as text (A1, A10, A11, ...)
      assertThat(found.count()).isEqualTo(30);
      assertThat(found.listed()).isEqualTo(Counterparts.LISTED).isEqualTo(20);
      assertThat(found.unlisted()).isEqualTo(10);
      assertThat(found.listing().split("; ")).hasSize(20).allMatch(entry -> entry.startsWith("award A"));
      assertThat(found.listing()).startsWith("award A1 (VRU) 2022-04-01 to 2023-03-31, same title; award A10 (VRU) ");
      assertThat(found.named()).extracting(CounterpartFact::id).containsExactly("A1", "A10", "A11");
      // AND q1 of G2, whose counterparts are p1 and the awards: 26, listed in the same order
      Counterparts ofQ1 = FundingIndex.matches(record, organisations(record), THREE_FIFTHS).stream()
          .filter(m -> m.project().equals("q1")).findFirst().orElseThrow().counterparts();
      assertThat(ofQ1.count()).isEqualTo(26);
      assertThat(ofQ1.listing()).doesNotContain("project");
    }

    @Test
    void lists_projects_of_other_grants_after_the_awards() {
      PartnershipRecord record = record(
          List.of(grant("G1", 2022, project("p1", "Youth Diversion", "youth", ProjectStatus.APPROVED)),
              grant("G2", 2022, project("b", "Youth Work", "youth", ProjectStatus.APPROVED),
                  project("a", "youth diversion", null, ProjectStatus.APPROVED))),
          List.of(ExternalAward.builder().id("Z").funder("VRU").title("Youth Diversion").activity("youth")
              .from(LocalDate.of(2022, 9, 1)).build()));
      Counterparts found = FundingIndex.matches(record, organisations(record), THREE_FIFTHS).get(0).counterparts();
      assertThat(found.listing()).isEqualTo("award Z (VRU) 2022-09-01 to 2023-03-31, same activity; "
          + "project a of grant G2 (PCC) 2022-04-01 to 2023-03-31, same title; "
          + "project b of grant G2 (PCC) 2022-04-01 to 2023-03-31, same activity");
      assertThat(found.named()).extracting(CounterpartFact::sameTitle).containsExactly(true, true, false);
    }

    @Test
    void never_counts_the_projects_of_the_projects_own_grant() {
      // GIVEN 2,000 projects of one grant sharing one title (the first shape, at a size a test can afford)
      Project[] alike = new Project[2000];
      for (int i = 0; i < alike.length; i++) {
        alike[i] = project("p" + i, "Youth Diversion", null, ProjectStatus.APPROVED);
      }
      PartnershipRecord record = record(List.of(grant("G1", 2022, alike)), List.of());
      // THEN none is a duplicate: a grant may fund an activity in parts
      assertThat(FundingIndex.matches(record, organisations(record), THREE_FIFTHS)).isEmpty();
    }

    @Test
    void gives_each_project_of_two_grants_sharing_a_title_one_match_naming_all_the_others() {
      // GIVEN 720 projects in each of two grants of one year, all alike (the second shape)
      PartnershipRecord record = record(List.of(grant("G1", 2022, numbered("p", 720, "Youth Diversion")),
          grant("G2", 2022, numbered("q", 720, "Youth Diversion"))), List.of());
      // WHEN the index finds the matches
      List<FundingMatchFact> matches = FundingIndex.matches(record, organisations(record), THREE_FIFTHS);
      // THEN each project has one, counting the 720 projects of the other grant and listing 20
      assertThat(matches).hasSize(1440).allMatch(FundingMatchFact::exact)
          .allMatch(m -> m.counterparts().count() == 720 && m.counterparts().listed() == 20);
      assertThat(matches.get(0).counterparts().listing()).startsWith("project q0 of grant G2 (PCC) 2022-04-01 to "
          + "2023-03-31, same title; project q1 of grant G2");
      // AND the projects of one grant share one answer, not a list each
      assertThat(matches.get(1).counterparts()).isSameAs(matches.get(0).counterparts());
      assertThat(matches.get(720).counterparts()).isNotSameAs(matches.get(0).counterparts());
    }

    @Test
    void shares_one_answer_among_keyed_projects_whose_own_keys_match_nothing() {
      // GIVEN projects with keys of their own and one title, in two grants, beside unkeyed ones of that title
      PartnershipRecord record = record(List.of(
          grant("G1", 2022, project("k1", "Youth Diversion", "k1", ProjectStatus.APPROVED),
              project("k2", "Youth Diversion", "k2", ProjectStatus.APPROVED)),
          grant("G2", 2022, project("u1", "youth diversion", null, ProjectStatus.APPROVED))), List.of());
      List<FundingMatchFact> matches = FundingIndex.matches(record, organisations(record), THREE_FIFTHS);
      // THEN each keyed project matches the unkeyed one by title, through one shared answer
      assertThat(matches).extracting(FundingMatchFact::project).containsExactly("k1", "k2", "u1");
      assertThat(matches.get(1).counterparts()).isSameAs(matches.get(0).counterparts());
      assertThat(matches.get(2).counterparts().count()).isEqualTo(2);
    }

    @Test
    void finds_alike_titles_shared_by_thousands_once_per_project() {
      // GIVEN 1,500 projects titled "Youth Diversion Scheme" in G1 and 1,500 titled "Youth Diversion" in G2
      PartnershipRecord record = record(List.of(grant("G1", 2022, numbered("p", 1500, "Youth Diversion Scheme")),
          grant("G2", 2022, numbered("q", 1500, "Youth Diversion"))), List.of());
      List<FundingMatchFact> matches = FundingIndex.matches(record, organisations(record), THREE_FIFTHS);
      // THEN each project's titles are alike to the 1,500 of the other grant (2 of 3 words), and none is exact
      assertThat(matches).hasSize(3000).noneMatch(FundingMatchFact::exact)
          .allMatch(m -> m.counterparts().count() == 1500);
      assertThat(matches.get(0).counterparts().first()).extracting(CounterpartFact::commonTokens, CounterpartFact::allTokens)
          .containsExactly(2, 3);
    }

    @Test
    void finds_titles_of_the_same_words_written_otherwise_alike_not_equal() {
      // GIVEN "The Youth Diversion" and "Youth Diversion": different titles, the same words
      PartnershipRecord record = record(
          List.of(grant("G1", 2022, project("p1", "The Youth Diversion", null, ProjectStatus.APPROVED)),
              grant("G2", 2022, project("p2", "Youth Diversion", null, ProjectStatus.APPROVED))),
          List.of());
      List<FundingMatchFact> matches = FundingIndex.matches(record, organisations(record), THREE_FIFTHS);
      assertThat(matches).extracting(FundingMatchFact::project, FundingMatchFact::exact, m -> m.counterparts().listing())
          .containsExactly(
              tuple("p1", false, "project p2 of grant G2 (PCC) 2022-04-01 to 2023-03-31, similarity 2/2"),
              tuple("p2", false, "project p1 of grant G1 (PCC) 2022-04-01 to 2023-03-31, similarity 2/2"));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void finds_exactly_the_counterparts_a_comparison_of_every_pair_finds(long seed) {
      // GIVEN thousands of projects and awards with random titles (many of them variants of others),
      // keys and periods
      PartnershipRecord record = new RandomRecord(seed).build(2500, 2000);
      // WHEN the index finds each project's counterparts
      // THEN they are exactly those that every pair compared by the catalogue's words gives
      Map<String, List<String>> everyPair = bruteForce(record);
      assertThat(differencesFromEveryPair(record, everyPair)).isEmpty();
      // and the test is not vacuous: both kinds occur often, and some projects have more counterparts than are listed
      assertThat(everyPair.keySet().stream().filter(k -> k.endsWith("DUPLICATE")).count()).isGreaterThan(200);
      assertThat(everyPair.keySet().stream().filter(k -> k.endsWith("POSSIBLE")).count()).isGreaterThan(200);
      assertThat(everyPair.values()).anyMatch(entries -> entries.size() > Counterparts.LISTED)
          .anyMatch(entries -> entries.size() == 1);
      assertThat(everyPair.values().stream().flatMap(List::stream))
          .anyMatch(e -> e.startsWith("award") && e.endsWith("same activity"))
          .anyMatch(e -> e.startsWith("project") && e.endsWith("same title"))
          .anyMatch(e -> e.startsWith("award") && e.contains("similarity"));
    }
  }

  /**
   * Titles in classes (TitleClasses): distinct titles whose words of their own are shared by no
   * other title are compared once per class, and each project's counterparts are still exactly
   * those of every pair.
   */
  @Nested
  class ClassesOfTitles {

    private static final String NUMBERED = "Community Safety Project ";

    @Test
    void counts_each_numbered_title_alike_to_the_projects_of_the_other_grants_only() {
      // GIVEN titles "Community Safety Project 0", "... 1", ..., each alike to every other (3 of 5
      // words): 5 projects in G1, 30 in G2 and 2 in G3, of one year
      PartnershipRecord record = record(List.of(
          grant("G1", 2022, numberedTitles("a", 5, 0)),
          grant("G2", 2022, numberedTitles("b", 30, 100)),
          grant("G3", 2022, numberedTitles("c", 2, 200))), List.of());
      // WHEN the index finds the matches
      Map<String, Counterparts> found = possible(record);
      // THEN each project counts the projects of the other two grants, and none of its own grant's
      assertThat(found).hasSize(37);
      assertThat(found.get("a0").count()).isEqualTo(32);
      assertThat(found.get("b00").count()).isEqualTo(7);
      assertThat(found.get("c0").count()).isEqualTo(35);
      // AND lists the first 20 of them by id, each sharing 3 of 5 words
      assertThat(ids(found.get("a0"))).containsExactly("b00", "b01", "b02", "b03", "b04", "b05", "b06", "b07", "b08",
          "b09", "b10", "b11", "b12", "b13", "b14", "b15", "b16", "b17", "b18", "b19");
      assertThat(ids(found.get("b29"))).containsExactly("a0", "a1", "a2", "a3", "a4", "c0", "c1");
      assertThat(ids(found.get("c1"))).startsWith("a0", "a1", "a2", "a3", "a4", "b00").hasSize(20).doesNotContain("c0");
      assertThat(found.get("b29").listing()).startsWith(
          "project a0 of grant G1 (PCC) 2022-04-01 to 2023-03-31, similarity 3/5; project a1 of grant G1");
      // AND the projects of one grant share one answer, though each has a title of its own
      assertThat(found.get("a4")).isSameAs(found.get("a0"));
      assertThat(found.get("b17")).isSameAs(found.get("b00"));
      assertThat(found.get("c0")).isNotSameAs(found.get("a0"));
    }

    @Test
    void counts_a_word_an_award_shares_as_shared_though_no_other_project_has_it() {
      // GIVEN "Road Safety Alpha" in G1, "Road Safety Beta" in G2, and an award "Road Safety Alpha Beta":
      // among the projects alone, alpha and beta would each be a word of one title only
      PartnershipRecord record = record(
          List.of(grant("G1", 2022, project("p1", "Road Safety Alpha", null, ProjectStatus.APPROVED)),
              grant("G2", 2022, project("p2", "Road Safety Beta", null, ProjectStatus.APPROVED))),
          List.of(ExternalAward.builder().id("A1").funder("VRU").title("Road Safety Alpha Beta")
              .financialYear(FinancialYear.startingIn(2022)).build()));
      // WHEN the index finds the matches
      Map<String, Counterparts> found = possible(record);
      // THEN each project is alike to the award (3 of 4 words), and the two projects not to each other (2 of 4)
      assertThat(found.get("p1").listing()).isEqualTo("award A1 (VRU) 2022-04-01 to 2023-03-31, similarity 3/4");
      assertThat(found.get("p2").listing()).isEqualTo("award A1 (VRU) 2022-04-01 to 2023-03-31, similarity 3/4");
      assertThat(found.get("p1").count()).isEqualTo(1);
    }

    @Test
    void leaves_out_of_alike_titles_the_projects_own_grant_and_its_exact_duplicates() {
      // GIVEN 25 numbered projects in G1 (a00 to a24, titles 0 to 24) and 5 in G2 (b0 to b4, titles 100
      // to 104), and, titled as a00, a project b5 of G2 and an award AW
      List<Project> ofG2 = new ArrayList<>(List.of(numberedTitles("b", 5, 100)));
      ofG2.add(project("b5", NUMBERED + 0, null, ProjectStatus.APPROVED));
      PartnershipRecord record = record(
          List.of(grant("G1", 2022, numberedTitles("a", 25, 0)), grant("G2", 2022, ofG2.toArray(Project[]::new))),
          List.of(ExternalAward.builder().id("AW").funder("HO").title(NUMBERED + 0)
              .financialYear(FinancialYear.startingIn(2022)).build()));
      // WHEN the index finds the matches
      Map<String, Counterparts> possible = possible(record);
      Map<String, Counterparts> exact = exact(record);
      // THEN a00 duplicates AW and b5, and is alike to the other projects of G2 only
      assertThat(ids(exact.get("a00"))).containsExactly("AW", "b5");
      assertThat(possible.get("a00").count()).isEqualTo(5);
      assertThat(ids(possible.get("a00"))).containsExactly("b0", "b1", "b2", "b3", "b4");
      // AND a01 is alike to AW and to every project of G2, b5 included
      assertThat(possible.get("a01").count()).isEqualTo(7);
      assertThat(ids(possible.get("a01"))).containsExactly("AW", "b0", "b1", "b2", "b3", "b4", "b5");
      // AND b5 is alike to the projects of G1 but a00, its exact duplicate, and not to AW, another one
      assertThat(ids(exact.get("b5"))).containsExactly("AW", "a00");
      assertThat(possible.get("b5").count()).isEqualTo(24);
      assertThat(ids(possible.get("b5"))).startsWith("a01", "a02").hasSize(20).doesNotContain("a00", "AW");
      // AND b0 is alike to AW and to all 25 of G1, a00 included, and lists the award first
      assertThat(possible.get("b0").count()).isEqualTo(26);
      assertThat(ids(possible.get("b0"))).startsWith("AW", "a00", "a01").hasSize(20).doesNotContain("b1");
      // AND the projects of G1 whose titles duplicate nothing share one answer; a00 has its own
      assertThat(possible.get("a24")).isSameAs(possible.get("a01"));
      assertThat(possible.get("a00")).isNotSameAs(possible.get("a01"));
    }

    @Test
    void walks_past_a_grants_own_projects_listed_first_leaving_out_each_title() {
      // GIVEN 60 numbered projects of G1 (a00 to a59, titles 0 to 59), listed before those of G2: b0 to b2
      // (titles 100 to 102), and z0 to z9, titled as a00 to a09
      List<Project> ofG2 = new ArrayList<>(List.of(numberedTitles("b", 3, 100)));
      ofG2.addAll(List.of(numberedTitles("z", 10, 0)));
      PartnershipRecord record = record(List.of(grant("G1", 2022, numberedTitles("a", 60, 0)),
          grant("G2", 2022, ofG2.toArray(Project[]::new))), List.of());
      // WHEN the index finds the matches
      Map<String, Counterparts> found = possible(record);
      // THEN each of a00 to a09 finds the projects of G2 but its exact duplicate, past the 60 of its own grant
      assertThat(found.get("a00").count()).isEqualTo(12);
      assertThat(ids(found.get("a00"))).containsExactly("b0", "b1", "b2", "z1", "z2", "z3", "z4", "z5", "z6", "z7",
          "z8", "z9");
      assertThat(ids(found.get("a05"))).containsExactly("b0", "b1", "b2", "z0", "z1", "z2", "z3", "z4", "z6", "z7",
          "z8", "z9");
      // AND the others of G1 find all 13
      assertThat(found.get("a59").count()).isEqualTo(13);
      assertThat(ids(found.get("a59"))).startsWith("b0", "b1", "b2", "z0").hasSize(13);
      // AND the projects of G2 find those of G1, z0 all but a00
      assertThat(found.get("z0").count()).isEqualTo(59);
      assertThat(ids(found.get("z0"))).startsWith("a01", "a02").endsWith("a20");
      assertThat(found.get("b0").count()).isEqualTo(60);
      assertThat(ids(found.get("b0"))).startsWith("a00", "a01").endsWith("a19");
    }

    @Test
    void finds_other_titles_of_the_same_words_within_a_class_alike_as_a_whole() {
      // GIVEN "Community Safety Project 7" in G1, "The Community-Safety Project 7" (its words, written
      // otherwise) and "Community Safety Project 8" in G2: 7 and 8 are words of one token set each
      PartnershipRecord record = record(
          List.of(grant("G1", 2022, project("p1", NUMBERED + 7, null, ProjectStatus.APPROVED)),
              grant("G2", 2022, project("p2", "The Community-Safety Project 7", null, ProjectStatus.APPROVED),
                  project("p3", NUMBERED + 8, null, ProjectStatus.APPROVED))),
          List.of());
      // WHEN the index finds the matches
      Map<String, Counterparts> found = possible(record);
      // THEN p1 shares all 4 words with p2, and 3 of 5 with p3
      assertThat(found.get("p1").listing()).isEqualTo("project p2 of grant G2 (PCC) 2022-04-01 to 2023-03-31, "
          + "similarity 4/4; project p3 of grant G2 (PCC) 2022-04-01 to 2023-03-31, similarity 3/5");
      assertThat(found.get("p2").listing()).isEqualTo("project p1 of grant G1 (PCC) 2022-04-01 to 2023-03-31, "
          + "similarity 4/4");
    }

    @Test
    void finds_other_titles_of_the_same_words_within_a_class_not_alike_as_a_whole() {
      // GIVEN "Youth Diversion Alpha" in G1, "The Youth Diversion: Alpha" and "Youth Diversion Beta" in G2:
      // one class, whose two token sets share 2 of 4 words
      PartnershipRecord record = record(
          List.of(grant("G1", 2022, project("p1", "Youth Diversion Alpha", null, ProjectStatus.APPROVED)),
              grant("G2", 2022, project("p2", "The Youth Diversion: Alpha", null, ProjectStatus.APPROVED),
                  project("p3", "Youth Diversion Beta", null, ProjectStatus.APPROVED))),
          List.of());
      // WHEN the index finds the matches
      Map<String, Counterparts> found = possible(record);
      // THEN p1 is alike to p2 alone (3 of 3 words), and p3 to nothing
      assertThat(found.get("p1").listing()).isEqualTo("project p2 of grant G2 (PCC) 2022-04-01 to 2023-03-31, "
          + "similarity 3/3");
      assertThat(found).doesNotContainKey("p3");
    }

    @Test
    void lists_the_awards_first_then_the_projects_each_by_id() {
      // GIVEN in G1 "Youth Diversion Scheme North", and, alike to it (3 of 5 words): awards X2 and X1, and
      // projects X1 and W1 of G2 (an award and a project may have one id)
      PartnershipRecord record = record(
          List.of(grant("G1", 2022, project("p1", "Youth Diversion Scheme North", null, ProjectStatus.APPROVED)),
              grant("G2", 2022, project("X1", "Youth Diversion Scheme East", null, ProjectStatus.APPROVED),
                  project("W1", "Youth Diversion Scheme Central", null, ProjectStatus.APPROVED))),
          List.of(ExternalAward.builder().id("X2").funder("VRU").title("Youth Diversion Scheme South")
                  .financialYear(FinancialYear.startingIn(2022)).build(),
              ExternalAward.builder().id("X1").funder("HO").title("Youth Diversion Scheme West")
                  .financialYear(FinancialYear.startingIn(2022)).build()));
      // WHEN the index finds the matches
      Counterparts found = possible(record).get("p1");
      // THEN the awards come first, then the projects, each by id
      assertThat(found.listing()).isEqualTo("award X1 (HO) 2022-04-01 to 2023-03-31, similarity 3/5; "
          + "award X2 (VRU) 2022-04-01 to 2023-03-31, similarity 3/5; "
          + "project W1 of grant G2 (PCC) 2022-04-01 to 2023-03-31, similarity 3/5; "
          + "project X1 of grant G2 (PCC) 2022-04-01 to 2023-03-31, similarity 3/5");
    }

    @Test
    void lists_by_id_as_strings_compare_beyond_ascii_and_past_eight_characters() {
      // GIVEN awards alike to p1 (3 of 5 words) whose ids begin alike for eight characters, or have
      // characters on either side of U+00FF, in no order
      List<String> scrambled = List.of("abcdefgh2", "\u20ac5", "zz", "A", "\u01002", "abcdefgh", "\u00e91", "Z9",
          "abcdefgh10", "a");
      List<ExternalAward> awards = new ArrayList<>();
      for (String id : scrambled) {
        awards.add(ExternalAward.builder().id(id).funder("VRU").title("Youth Diversion Scheme South")
            .financialYear(FinancialYear.startingIn(2022)).build());
      }
      PartnershipRecord record = record(
          List.of(grant("G1", 2022, project("p1", "Youth Diversion Scheme North", null, ProjectStatus.APPROVED))),
          awards);
      // WHEN the index finds the matches
      List<String> listed = ids(possible(record).get("p1"));
      // THEN they are listed in the order of String.compareTo
      assertThat(listed).containsExactly("A", "Z9", "a", "abcdefgh", "abcdefgh10", "abcdefgh2", "zz", "\u00e91",
          "\u01002", "\u20ac5");
      assertThat(listed).isSortedAccordingTo(String::compareTo);
    }

    @Test
    void leaves_keyed_counterparts_out_for_a_keyed_project_and_counts_them_for_an_unkeyed_one() {
      // GIVEN numbered titles: in G1 a keyed project and an unkeyed one, in G2 two keyed projects and one unkeyed
      PartnershipRecord record = record(List.of(
          grant("G1", 2022, project("k1", NUMBERED + 1, "k1", ProjectStatus.APPROVED),
              project("u1", NUMBERED + 2, null, ProjectStatus.APPROVED)),
          grant("G2", 2022, project("k2", NUMBERED + 3, "k2", ProjectStatus.APPROVED),
              project("k3", NUMBERED + 4, "k3", ProjectStatus.APPROVED),
              project("u2", NUMBERED + 5, null, ProjectStatus.APPROVED))), List.of());
      Map<String, Counterparts> found = possible(record);
      // THEN the keyed project is alike to the unkeyed one of G2 alone; the unkeyed one to all three
      assertThat(ids(found.get("k1"))).containsExactly("u2");
      assertThat(ids(found.get("u1"))).containsExactly("k2", "k3", "u2");
      assertThat(ids(found.get("k2"))).containsExactly("u1");
      assertThat(ids(found.get("u2"))).containsExactly("k1", "u1");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void finds_what_every_pair_finds_on_records_of_few_classes(int seed) {
      // GIVEN small random records of titles made of a few common words and numbers of their own (many
      // used once, some twice), repeated or written otherwise, keyed or not, over grants of two years and
      // awards of random periods; 40 records of up to 60 projects, and one of 400
      List<Map<String, List<String>>> everyPairs = new ArrayList<>();
      for (int round = 0; round <= 40; round++) {
        Random random = new Random(seed * 1_000L + round);
        PartnershipRecord record = round == 40
            ? new ClassedRecord(random).build(400, 80)
            : new ClassedRecord(random).build(5 + random.nextInt(56), random.nextInt(15));
        // WHEN the index finds each project's counterparts
        // THEN they are exactly those that every pair compared by the catalogue's words gives
        Map<String, List<String>> everyPair = bruteForce(record);
        assertThat(differencesFromEveryPair(record, everyPair)).as("round %d", round).isEmpty();
        everyPairs.add(everyPair);
      }
      // and the test is not vacuous: titles of one class alike to one another (3 of 5 words), titles of the
      // same words, exact duplicates, keys, and more counterparts than are listed all occur
      List<String> entries = everyPairs.stream().flatMap(m -> m.values().stream()).flatMap(List::stream).toList();
      assertThat(entries).anyMatch(e -> e.endsWith("similarity 3/5")).anyMatch(e -> e.endsWith("similarity 4/4"))
          .anyMatch(e -> e.endsWith("same title")).anyMatch(e -> e.endsWith("same activity"))
          .anyMatch(e -> e.startsWith("award") && e.contains("similarity"));
      assertThat(everyPairs.stream().flatMap(m -> m.values().stream()))
          .anyMatch(list -> list.size() > Counterparts.LISTED);
    }
  }

  /** {@code n} projects {@code prefix0}, {@code prefix1}, ... (numbered to the same width), titled "Community Safety Project " and {@code first}, {@code first + 1}, .... */
  static Project[] numberedTitles(String prefix, int n, int first) {
    Project[] projects = new Project[n];
    int width = String.valueOf(n - 1).length();
    for (int i = 0; i < n; i++) {
      String number = String.valueOf(i);
      projects[i] = project(prefix + "0".repeat(width - number.length()) + number,
          "Community Safety Project " + (first + i), null, ProjectStatus.APPROVED);
    }
    return projects;
  }

  /** The possible duplicates the index finds, by project. */
  private static Map<String, Counterparts> possible(PartnershipRecord record) {
    return FundingIndex.matches(record, organisations(record), THREE_FIFTHS).stream().filter(m -> !m.exact())
        .collect(Collectors.toMap(FundingMatchFact::project, FundingMatchFact::counterparts));
  }

  /** The exact duplicates the index finds, by project. */
  private static Map<String, Counterparts> exact(PartnershipRecord record) {
    return FundingIndex.matches(record, organisations(record), THREE_FIFTHS).stream().filter(FundingMatchFact::exact)
        .collect(Collectors.toMap(FundingMatchFact::project, FundingMatchFact::counterparts));
  }

  /** The ids of the counterparts listed. */
  private static List<String> ids(Counterparts counterparts) {
    List<String> ids = new ArrayList<>();
    for (String entry : counterparts.listing().split("; ")) {
      String[] words = entry.split(" ");
      ids.add(words[1]);
    }
    return ids;
  }

  /**
   * Where the index's matches differ from those of {@code everyPair} (the brute force of the same
   * record): for each project and rule, the count and the listing; each match is checked to be
   * one of its kind per project, and its named counterparts to be the first of its listing.
   */
  private static String differencesFromEveryPair(PartnershipRecord record, Map<String, List<String>> everyPair) {
    Map<String, String> indexed = new TreeMap<>();
    Set<String> seen = new HashSet<>();
    for (FundingMatchFact match : FundingIndex.matches(record, organisations(record), THREE_FIFTHS)) {
      String key = match.project() + (match.exact() ? " DUPLICATE" : " POSSIBLE");
      assertThat(seen.add(key)).as("two matches: %s", key).isTrue();
      Counterparts found = match.counterparts();
      String[] entries = found.listing().split("; ");
      assertThat(entries).hasSize(found.listed());
      for (int i = 0; i < found.named().size(); i++) {
        assertThat(found.named().get(i).entry(match.exact())).isEqualTo(entries[i]);
      }
      indexed.put(key, found.count() + ": " + found.listing());
    }
    Map<String, String> expected = new TreeMap<>();
    everyPair.forEach((key, entries) -> expected.put(key,
        entries.size() + ": " + String.join("; ", entries.subList(0, Math.min(Counterparts.LISTED, entries.size())))));
    List<String> differences = new ArrayList<>();
    for (String key : new TreeSet<>(union(indexed.keySet(), expected.keySet()))) {
      if (!Objects.equals(indexed.get(key), expected.get(key))) {
        differences.add(key + ":\n  index " + indexed.get(key) + "\n  every pair " + expected.get(key));
      }
    }
    return differences.isEmpty() ? "" : differences.size() + " differ; the first: "
        + String.join("\n", differences.subList(0, Math.min(5, differences.size())));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  static Project[] numbered(String prefix, int n, String title) {
    Project[] projects = new Project[n];
    for (int i = 0; i < n; i++) {
      projects[i] = project(prefix + i, title, null, ProjectStatus.APPROVED);
    }
    return projects;
  }

  // --- the catalogue's words, written again independently of the index, for the brute force ---

  private static final Set<String> STOP =
      Set.of("a", "an", "and", "the", "of", "for", "to", "in", "on", "at", "by", "with", "or", "from");

  private static String plainNormalise(String title) {
    return title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
  }

  private static Set<String> plainTokens(String normalised) {
    Set<String> tokens = new HashSet<>();
    for (String word : normalised.split(" ")) {
      if (!word.isEmpty() && !STOP.contains(word)) {
        tokens.add(word);
      }
    }
    return tokens;
  }

  private record Side(String kind, String id, String grant, String funder, String activity, String normalised,
      Set<String> tokens, LocalDate from, LocalDate to) {}

  /**
   * Every live project against every award and every live project of another grant: for each
   * project and rule ("p1 DUPLICATE", "p1 POSSIBLE"), its counterparts as evidence entries, awards
   * before projects, then by id.
   */
  private static Map<String, List<String>> bruteForce(PartnershipRecord record) {
    List<Side> projects = new ArrayList<>();
    List<Side> counterparts = new ArrayList<>();
    for (Grant grant : record.grants()) {
      for (Project p : grant.projects()) {
        if (p.status() != ProjectStatus.REJECTED && p.status() != ProjectStatus.WITHDRAWN
            && p.status() != ProjectStatus.REFUNDED) {
          String n = plainNormalise(p.title());
          Side side = new Side("project", p.id(), grant.id(), grant.funder(), p.activity().orElse(null), n,
              plainTokens(n), grant.financialYear().firstDay(), grant.financialYear().lastDay());
          projects.add(side);
          counterparts.add(side);
        }
      }
    }
    for (ExternalAward a : record.externalAwards()) {
      String n = plainNormalise(a.title());
      LocalDate from = a.from().orElseGet(() -> a.financialYear().orElseThrow().firstDay());
      LocalDate to = a.from().isPresent() ? a.to().orElse(null) : a.financialYear().orElseThrow().lastDay();
      counterparts.add(new Side("award", a.id(), null, a.funder(), a.activity().orElse(null), n, plainTokens(n), from, to));
    }
    counterparts.sort(Comparator.comparing((Side s) -> s.kind().equals("award") ? 0 : 1).thenComparing(Side::id));
    Map<String, List<String>> found = new TreeMap<>();
    for (Side p : projects) {
      for (Side c : counterparts) {
        if (p.grant().equals(c.grant())) {
          continue; // the same project, or one of the same grant
        }
        LocalDate from = p.from().isAfter(c.from()) ? p.from() : c.from();
        LocalDate to = c.to() == null || p.to().isBefore(c.to()) ? p.to() : c.to();
        if (from.isAfter(to)) {
          continue;
        }
        boolean bothKeyed = p.activity() != null && c.activity() != null;
        boolean sameTitle = !p.normalised().isEmpty() && p.normalised().equals(c.normalised());
        int common = 0;
        for (String token : p.tokens()) {
          if (c.tokens().contains(token)) {
            common++;
          }
        }
        int all = p.tokens().size() + c.tokens().size() - common;
        String entry = c.kind() + " " + c.id() + (c.grant() == null ? "" : " of grant " + c.grant()) + " (" + c.funder()
            + ") " + from + " to " + to + ", ";
        if (bothKeyed ? p.activity().equals(c.activity()) : sameTitle) {
          found.computeIfAbsent(p.id() + " DUPLICATE", k -> new ArrayList<>())
              .add(entry + (bothKeyed ? "same activity" : "same title"));
        } else if (!bothKeyed && all > 0 && 5 * common >= 3 * all) {
          found.computeIfAbsent(p.id() + " POSSIBLE", k -> new ArrayList<>()).add(entry + "similarity " + common + "/" + all);
        }
      }
    }
    return found;
  }

  // --- fixtures ---

  static Map<String, Organisation> organisations(PartnershipRecord record) {
    return record.organisations().stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
  }

  static Project project(String id, String title, String activity, ProjectStatus status) {
    return Project.builder().id(id).title(title).activity(java.util.Optional.ofNullable(activity)).pot(Pot.UPFRONT)
        .status(status).build();
  }

  static Grant grant(String id, int year, Project... projects) {
    return Grant.builder().id(id).programme("Crime Reduction Grant").funder("PCC")
        .financialYear(FinancialYear.startingIn(year)).allocation(Money.ofPounds(39661)).addProjects(projects).build();
  }

  static PartnershipRecord record(List<Grant> grants, List<ExternalAward> awards) {
    return PartnershipRecord.builder()
        .partnership(Partnership.builder().id("KCSP").name("Kent Community Safety Partnership").area("Kent")
            .tier(Tier.COUNTY).build())
        .addOrganisations(
            Organisation.builder().id("PCC").name("Kent Police and Crime Commissioner")
                .kind(OrganisationKind.POLICE_AND_CRIME_COMMISSIONER).build(),
            Organisation.builder().id("VRU").name("Kent and Medway Violence Reduction Unit")
                .kind(OrganisationKind.VIOLENCE_REDUCTION_UNIT).build(),
            Organisation.builder().id("HO").name("Home Office").kind(OrganisationKind.OTHER).build())
        .grants(grants)
        .externalAwards(awards)
        .build();
  }

  /**
   * Random titles from a small vocabulary, with stop words, mixed case and punctuation, many of them
   * variants of earlier titles (same words written differently, a word added, dropped or changed),
   * so that equal and alike titles are common; random keys, statuses and periods.
   */
  static final class RandomRecord {

    private static final String[] WORDS = {"youth", "diversion", "knife", "crime", "training", "awareness",
        "domestic", "abuse", "website", "publicity", "trauma", "packs", "modern", "slavery", "trainer", "train",
        "problem", "solving", "osara", "workshop", "strategic", "assessment", "community", "vulnerability",
        "webapp", "bystander", "approach", "scams", "leaflets", "road", "safety", "2020", "18", "24"};
    private static final String[] STOPS = {"a", "an", "and", "the", "of", "for", "to", "in", "on", "at", "by",
        "with", "or", "from"};
    private static final String[] SEPARATORS = {" ", " ", " ", "-", ": ", ", ", " & ", "/", "  ", " (", ") "};

    private final Random random;
    private final List<String> titles = new ArrayList<>();

    RandomRecord(long seed) {
      this.random = new Random(seed);
    }

    PartnershipRecord build(int projects, int awards) {
      int[] years = {2018, 2019, 2020, 2021, 2022};
      Map<String, List<Project>> byGrant = new HashMap<>();
      List<String> grantIds = new ArrayList<>();
      for (int year : years) {
        for (int g = 0; g < 3; g++) {
          String id = "G" + year + "-" + g;
          grantIds.add(id);
          byGrant.put(id, new ArrayList<>());
        }
      }
      ProjectStatus[] statuses = ProjectStatus.values();
      for (int i = 0; i < projects; i++) {
        byGrant.get(grantIds.get(random.nextInt(grantIds.size())))
            .add(project("p" + i, title(), key(), statuses[random.nextInt(statuses.length)]));
      }
      List<Grant> grants = new ArrayList<>();
      for (String id : grantIds) {
        int year = Integer.parseInt(id.substring(1, 5));
        grants.add(grant(id, year, byGrant.get(id).toArray(Project[]::new)));
      }
      List<ExternalAward> list = new ArrayList<>();
      String[] funders = {"VRU", "PCC", "HO"};
      for (int i = 0; i < awards; i++) {
        ExternalAward.Builder award = ExternalAward.builder().id("a" + i).funder(funders[random.nextInt(3)])
            .title(title()).activity(java.util.Optional.ofNullable(key()));
        int kind = random.nextInt(10);
        if (kind < 4) {
          award.financialYear(FinancialYear.startingIn(2017 + random.nextInt(7)));
        } else {
          LocalDate from = date();
          award.from(from);
          if (kind < 8) {
            // often short, so that periods touching on one day occur
            award.to(random.nextBoolean() ? from.plusDays(random.nextInt(3)) : from.plusDays(random.nextInt(600)));
          }
        }
        list.add(award.build());
      }
      return record(grants, list);
    }

    /** A day from 2017 to 2023, most often on or next to a financial year's first or last day. */
    private LocalDate date() {
      int year = 2017 + random.nextInt(7);
      return switch (random.nextInt(4)) {
        case 0 -> LocalDate.of(year, 3, 31).plusDays(random.nextInt(3) - 1);
        case 1 -> LocalDate.of(year, 4, 1).plusDays(random.nextInt(3) - 1);
        default -> LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
      };
    }

    private String key() {
      return random.nextInt(100) < 35 ? "key-" + random.nextInt(25) : null;
    }

    private String title() {
      String title;
      int kind = random.nextInt(100);
      if (kind < 3) {
        title = random.nextBoolean() ? "?!" : "The (of)";
      } else if (kind < 45 || titles.isEmpty()) {
        List<String> words = new ArrayList<>();
        int n = 1 + random.nextInt(5);
        for (int i = 0; i < n; i++) {
          words.add(WORDS[random.nextInt(WORDS.length)]);
          if (random.nextInt(5) == 0) {
            words.add(STOPS[random.nextInt(STOPS.length)]);
          }
        }
        title = write(words);
      } else {
        List<String> words = new ArrayList<>(List.of(plainNormalise(titles.get(random.nextInt(titles.size()))).split(" ")));
        switch (random.nextInt(5)) {
          case 0 -> { } // the same words, written differently
          case 1 -> words.add(random.nextInt(words.size() + 1), WORDS[random.nextInt(WORDS.length)]);
          case 2 -> {
            if (words.size() > 1) {
              words.remove(random.nextInt(words.size()));
            }
          }
          case 3 -> words.set(random.nextInt(words.size()), WORDS[random.nextInt(WORDS.length)]);
          default -> words.add(random.nextInt(words.size() + 1), STOPS[random.nextInt(STOPS.length)]);
        }
        words.removeIf(String::isEmpty);
        title = words.isEmpty() ? "?" : write(words);
      }
      titles.add(title);
      return title;
    }

    private String write(List<String> words) {
      StringBuilder title = new StringBuilder();
      for (int i = 0; i < words.size(); i++) {
        if (i > 0) {
          title.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
        }
        String word = words.get(i);
        title.append(switch (random.nextInt(3)) {
          case 0 -> word;
          case 1 -> word.toUpperCase(Locale.ROOT);
          default -> Character.toUpperCase(word.charAt(0)) + word.substring(1);
        });
      }
      if (random.nextInt(8) == 0) {
        title.append(random.nextBoolean() ? "." : " !");
      }
      String text = title.toString().strip();
      return text.isEmpty() ? "?" : text;
    }
  }

  /**
   * Random records whose titles fall into few classes: one to four of a few common words, and
   * numbers of their own (most used by one token set, some by two), with stop words; some titles
   * repeated (exact duplicates) or written otherwise (the same words); random keys, statuses,
   * grants of two years and awards of random periods. Project ids are in an order other than the
   * record's; an award's id may be a project's.
   */
  static final class ClassedRecord {

    private static final String[] COMMON = {"community", "safety", "project", "youth", "scheme"};

    private final Random random;
    private final List<String> titles = new ArrayList<>();
    private int numbers;

    ClassedRecord(Random random) {
      this.random = random;
    }

    PartnershipRecord build(int projects, int awards) {
      String[] grantIds = {"G2021-A", "G2021-B", "G2022-A", "G2022-B", "G2022-C"};
      List<List<Project>> byGrant = new ArrayList<>();
      for (int g = 0; g < grantIds.length; g++) {
        byGrant.add(new ArrayList<>());
      }
      List<Integer> ids = new ArrayList<>();
      for (int i = 0; i < projects; i++) {
        ids.add(i);
      }
      Collections.shuffle(ids, random);
      ProjectStatus[] statuses = ProjectStatus.values();
      for (int i = 0; i < projects; i++) {
        byGrant.get(random.nextInt(grantIds.length)).add(project("p" + ids.get(i), title(), key(),
            random.nextInt(8) == 0 ? statuses[random.nextInt(statuses.length)] : ProjectStatus.APPROVED));
      }
      List<Grant> grants = new ArrayList<>();
      for (int g = 0; g < grantIds.length; g++) {
        grants.add(grant(grantIds[g], Integer.parseInt(grantIds[g].substring(1, 5)),
            byGrant.get(g).toArray(Project[]::new)));
      }
      List<ExternalAward> list = new ArrayList<>();
      String[] funders = {"VRU", "PCC", "HO"};
      for (int i = 0; i < awards; i++) {
        String id = (random.nextInt(5) == 0 ? "p" : "a") + i;
        ExternalAward.Builder award = ExternalAward.builder().id(id).funder(funders[random.nextInt(3)]).title(title())
            .activity(Optional.ofNullable(key()));
        if (random.nextBoolean()) {
          award.financialYear(FinancialYear.startingIn(2020 + random.nextInt(4)));
        } else {
          LocalDate from = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(800));
          award.from(from);
          if (random.nextBoolean()) {
            award.to(from.plusDays(random.nextInt(400)));
          }
        }
        list.add(award.build());
      }
      return record(grants, list);
    }

    private String key() {
      return random.nextInt(5) == 0 ? "key-" + random.nextInt(4) : null;
    }

    private String title() {
      String title;
      int kind = random.nextInt(10);
      if (kind < 2 && !titles.isEmpty()) {
        title = titles.get(random.nextInt(titles.size())); // an exact duplicate
      } else if (kind < 3 && !titles.isEmpty()) {
        title = "The " + titles.get(random.nextInt(titles.size())).toUpperCase(Locale.ROOT) + "!"; // the same words
      } else {
        List<String> words = new ArrayList<>(List.of(COMMON));
        Collections.shuffle(words, random);
        words = new ArrayList<>(words.subList(0, 1 + random.nextInt(4)));
        int own = random.nextInt(4);
        for (int i = 0; i < own; i++) {
          // mostly a number of its own; now and then one already used
          words.add(String.valueOf(random.nextInt(4) == 0 && numbers > 0 ? random.nextInt(numbers) : numbers++));
        }
        if (random.nextInt(4) == 0) {
          words.add(random.nextInt(words.size() + 1), "of");
        }
        title = String.join(random.nextBoolean() ? " " : " - ", words);
      }
      titles.add(title);
      return title;
    }
  }

  @Test
  void the_random_records_hold_every_kind_of_side() {
    PartnershipRecord record = new RandomRecord(1).build(2500, 2000);
    assertThat(record.externalAwards()).anyMatch(a -> a.from().isPresent() && a.to().isEmpty());
    assertThat(record.grants().stream().flatMap(g -> g.projects().stream())).anyMatch(p -> !p.isLive())
        .anyMatch(p -> p.activity().isPresent()).anyMatch(p -> TitleWords.normalise(p.title()).isEmpty());
    assertThat(FundingIndex.matches(record, organisations(record), THREE_FIFTHS))
        .anyMatch(m -> m.exact() && m.counterparts().named().stream().anyMatch(c -> c.kind() == SubjectKind.PROJECT))
        .anyMatch(m -> !m.exact() && m.counterparts().named().stream().anyMatch(c -> c.kind() == SubjectKind.AWARD))
        .anyMatch(m -> m.counterparts().named().stream().anyMatch(c -> c.overlapFrom().equals(c.overlapTo())));
  }
}

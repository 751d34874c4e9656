package org.kcsp.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kcsp.model.ExternalAward;
import org.kcsp.model.FinancialYear;
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
import org.kcsp.rules.spi.FundingMatchFact;

/**
 * The funding index against the rule catalogue's matching words (rules.md, Projects): its pairs,
 * kept by the two duplicate rules' conditions, are exactly those a comparison of every pair finds.
 */
class FundingIndexTest {

  @Nested
  class Normalise {

    @Test
    void lower_cases_and_turns_punctuation_into_single_spaces() {
      // seed 002, 2.4: "Modern Slavery: Train the Trainer", "Domestic Abuse Website: Publicity Material"
      assertThat(FundingIndex.normalise("Modern Slavery: Train the Trainer")).isEqualTo("modern slavery train the trainer");
      assertThat(FundingIndex.normalise("Domestic Abuse Website: Publicity Material"))
          .isEqualTo("domestic abuse website publicity material");
      assertThat(FundingIndex.normalise("Emergency Trauma Packs (ETPs)")).isEqualTo("emergency trauma packs etps");
      assertThat(FundingIndex.normalise("'Raise a Brow' Scams Campaign")).isEqualTo("raise a brow scams campaign");
    }

    @Test
    void separates_words_at_a_hyphen() {
      assertThat(FundingIndex.normalise("Train-the-Trainer")).isEqualTo("train the trainer");
      // seed 002, 2.3: "Staff Awareness Training 18-24"; digits are kept
      assertThat(FundingIndex.normalise("Staff Awareness Training 18-24")).isEqualTo("staff awareness training 18 24");
    }

    @Test
    void collapses_and_trims_white_space() {
      assertThat(FundingIndex.normalise("  Easy   Read\tLeaflets \n")).isEqualTo("easy read leaflets");
      assertThat(FundingIndex.normalise("--OSARA -- Problem  /  Solving--")).isEqualTo("osara problem solving");
    }

    @Test
    void ignores_case() {
      assertThat(FundingIndex.normalise("OSARA PROBLEM SOLVING TRAINING"))
          .isEqualTo(FundingIndex.normalise("osara problem-solving training"));
    }

    @Test
    void keeps_a_capital_letter_one_letter() {
      // String.toLowerCase turns U+0130 into "i" plus a combining dot, which is no letter
      assertThat(FundingIndex.normalise("\u0130stanbul Exchange")).isEqualTo("istanbul exchange");
      assertThat(FundingIndex.normalise("Caf\u00c9 Outreach")).isEqualTo("caf\u00e9 outreach");
    }

    @Test
    void makes_a_title_of_punctuation_alone_empty() {
      assertThat(FundingIndex.normalise("?!  -- ...")).isEmpty();
      assertThat(FundingIndex.normalise("")).isEmpty();
    }
  }

  @Nested
  class Tokens {

    @Test
    void are_the_words_without_stop_words() {
      assertThat(FundingIndex.tokens(FundingIndex.normalise("Modern Slavery: Train-the-Trainer")))
          .containsExactly("modern", "slavery", "train", "trainer");
      assertThat(FundingIndex.tokens("a an and the of for to in on at by with or from plan")).containsExactly("plan");
    }

    @Test
    void are_a_set() {
      assertThat(FundingIndex.tokens("train the trainer to train")).containsExactly("train", "trainer");
    }

    @Test
    void of_an_empty_title_are_none() {
      assertThat(FundingIndex.tokens("")).isEmpty();
      assertThat(FundingIndex.tokens(FundingIndex.normalise("The (and) of"))).isEmpty();
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
      // THEN no pair is the same title or alike
      List<FundingMatchFact> matches = FundingIndex.matches(record, organisations(record));
      assertThat(matches.stream().filter(FundingIndexTest::duplicate)).isEmpty();
      assertThat(matches.stream().filter(FundingIndexTest::possibleDuplicate)).isEmpty();
    }

    @Test
    void finds_each_pair_of_projects_once_from_each_side() {
      PartnershipRecord record = record(
          List.of(grant("G1", 2022, project("p1", "Youth Diversion", null, ProjectStatus.APPROVED)),
              grant("G2", 2022, project("p2", "youth-diversion", null, ProjectStatus.PROPOSED))),
          List.of());
      List<FundingMatchFact> matches = FundingIndex.matches(record, organisations(record));
      assertThat(matches).extracting(FundingMatchFact::project, FundingMatchFact::counterpartId, FundingMatchFact::counterpartGrant)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("p1", "p2", "G2"),
              org.assertj.core.groups.Tuple.tuple("p2", "p1", "G1"));
      assertThat(matches).allMatch(FundingIndexTest::duplicate);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void keeps_exactly_the_pairs_a_comparison_of_every_pair_finds(long seed) {
      // GIVEN thousands of projects and awards with random titles (many of them variants of others),
      // keys and periods
      PartnershipRecord record = new RandomRecord(seed).build(2500, 2000);
      // WHEN the index finds its pairs, kept by the rules' conditions
      List<FundingMatchFact> matches = FundingIndex.matches(record, organisations(record));
      Map<String, String> indexed = new TreeMap<>();
      Set<String> seen = new HashSet<>();
      for (FundingMatchFact match : matches) {
        String pair = match.project() + " ~ " + match.counterpartKind() + " " + match.counterpartId();
        assertThat(seen.add(pair)).as("pair found twice: %s", pair).isTrue();
        String verdict = duplicate(match) ? "DUPLICATE" : possibleDuplicate(match) ? "POSSIBLE" : null;
        if (verdict != null) {
          indexed.put(pair, verdict + " " + match.overlapFrom() + ".." + match.overlapTo() + " "
              + match.commonTokens() + "/" + match.allTokens());
        }
      }
      // THEN they are exactly the pairs that every pair compared by the catalogue's words gives
      Map<String, String> expected = bruteForce(record);
      assertThat(indexed).isEqualTo(expected);
      // and the test is not vacuous: both kinds occur often, and the index compares far fewer pairs
      assertThat(expected.values().stream().filter(v -> v.startsWith("DUPLICATE")).count()).isGreaterThan(200);
      assertThat(expected.values().stream().filter(v -> v.startsWith("POSSIBLE")).count()).isGreaterThan(200);
      assertThat((long) matches.size()).isLessThan(liveProjects(record) * counterparts(record) / 10);
    }
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

  /** PROJECT_DUPLICATE_FUNDING's condition on a pair. */
  static boolean duplicate(FundingMatchFact m) {
    return m.sameActivity() || (!m.bothKeyed() && m.sameTitle());
  }

  /** PROJECT_POSSIBLE_DUPLICATE_FUNDING's condition on a pair. */
  static boolean possibleDuplicate(FundingMatchFact m) {
    return !m.bothKeyed() && !m.sameTitle() && m.allTokens() > 0 && 5 * m.commonTokens() >= 3 * m.allTokens();
  }

  private record Side(String kind, String id, String grant, String activity, String normalised, Set<String> tokens,
      LocalDate from, LocalDate to) {}

  /** Every live project against every award and every live project of another grant. */
  private static Map<String, String> bruteForce(PartnershipRecord record) {
    List<Side> projects = new ArrayList<>();
    List<Side> counterparts = new ArrayList<>();
    for (Grant grant : record.grants()) {
      for (Project p : grant.projects()) {
        if (p.status() != ProjectStatus.REJECTED && p.status() != ProjectStatus.WITHDRAWN
            && p.status() != ProjectStatus.REFUNDED) {
          String n = plainNormalise(p.title());
          Side side = new Side("PROJECT", p.id(), grant.id(), p.activity().orElse(null), n, plainTokens(n),
              grant.financialYear().firstDay(), grant.financialYear().lastDay());
          projects.add(side);
          counterparts.add(side);
        }
      }
    }
    for (ExternalAward a : record.externalAwards()) {
      String n = plainNormalise(a.title());
      LocalDate from = a.from().orElseGet(() -> a.financialYear().orElseThrow().firstDay());
      LocalDate to = a.from().isPresent() ? a.to().orElse(null) : a.financialYear().orElseThrow().lastDay();
      counterparts.add(new Side("AWARD", a.id(), null, a.activity().orElse(null), n, plainTokens(n), from, to));
    }
    Map<String, String> found = new TreeMap<>();
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
        String verdict = null;
        if (bothKeyed ? p.activity().equals(c.activity()) : sameTitle) {
          verdict = "DUPLICATE";
        } else if (!bothKeyed && all > 0 && 5 * common >= 3 * all) {
          verdict = "POSSIBLE";
        }
        if (verdict != null) {
          found.put(p.id() + " ~ " + c.kind() + " " + c.id(), verdict + " " + from + ".." + to + " " + common + "/" + all);
        }
      }
    }
    return found;
  }

  private static long liveProjects(PartnershipRecord record) {
    return record.grants().stream().flatMap(g -> g.projects().stream()).filter(Project::isLive).count();
  }

  private static long counterparts(PartnershipRecord record) {
    return liveProjects(record) + record.externalAwards().size();
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

  @Test
  void the_random_records_hold_every_kind_of_side() {
    PartnershipRecord record = new RandomRecord(1).build(2500, 2000);
    assertThat(record.externalAwards()).anyMatch(a -> a.from().isPresent() && a.to().isEmpty());
    assertThat(record.grants().stream().flatMap(g -> g.projects().stream())).anyMatch(p -> !p.isLive())
        .anyMatch(p -> p.activity().isPresent()).anyMatch(p -> FundingIndex.normalise(p.title()).isEmpty());
    assertThat(FundingIndex.matches(record, organisations(record)))
        .anyMatch(m -> m.counterpartKind() == SubjectKind.PROJECT && duplicate(m))
        .anyMatch(m -> m.counterpartKind() == SubjectKind.AWARD && possibleDuplicate(m))
        .anyMatch(m -> m.overlapFrom().equals(m.overlapTo()) && (duplicate(m) || possibleDuplicate(m)));
  }
}

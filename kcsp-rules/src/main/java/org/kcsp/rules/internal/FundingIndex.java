package org.kcsp.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kcsp.model.ExternalAward;
import org.kcsp.model.Fraction;
import org.kcsp.model.Grant;
import org.kcsp.model.Organisation;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Project;
import org.kcsp.rules.SubjectKind;
import org.kcsp.rules.spi.CounterpartFact;
import org.kcsp.rules.spi.Counterparts;
import org.kcsp.rules.spi.FundingMatchFact;

/**
 * Finds, for each live project, the counterparts the two duplicate rules report (other funders'
 * awards and live projects of other grants, in overlapping periods), without comparing pairs of
 * projects and without ever gathering the projects of the project's own grant.
 *
 * <p>Counterparts are kept in buckets of equal activity key or equal normalised title (apart for
 * keyed and unkeyed sides), each bucket split by financial year and, within a year, by grant. An
 * exact duplicate is a member of one or two buckets: equal keys, or, when either side has no key,
 * equal titles. Alike titles are found between <em>distinct</em> token sets (a record whose
 * thousands of projects share a title has one token set for them), through a prefix filter on
 * their rarest words: two token sets at least as alike as the similarity (3/5 unless the policy
 * sets another) share one of their rarest words, and the
 * common words of long titles stay out of the index (the indexing prefix of AllPairs and PPJoin). A
 * project's counterparts in a bucket are then counted by arithmetic (the year's projects, less its
 * own grant's) and only the first {@link Counterparts#LISTED} are gathered, in the order they are
 * listed: awards before projects, then by id.
 *
 * <p>Projects of one grant and year with the same title (and, for exact duplicates, the same
 * activity key) have the same counterparts: the answer is worked out once and shared. The work is
 * proportional to the record plus the pairs of distinct alike titles, not to the pairs of projects;
 * only distinct titles that are all alike one another (such as "Community Safety Project 1",
 * "... 2", ...) make it grow with the square of their number, as the findings themselves then do.
 */
final class FundingIndex {

  /** Words that say nothing about the activity. */
  static final Set<String> STOP_WORDS =
      Set.of("a", "an", "and", "the", "of", "for", "to", "in", "on", "at", "by", "with", "or", "from");

  /** Awards before projects, then by id: the order counterparts are listed in. */
  private static final Comparator<Side> BY_KIND_AND_ID = (a, b) -> {
    boolean award = a.kind() == SubjectKind.AWARD;
    return award != (b.kind() == SubjectKind.AWARD) ? (award ? -1 : 1) : a.id().compareTo(b.id());
  };

  /** The same order, by each side's place in it, worked out once: comparing is then comparing two numbers. */
  private static final Comparator<Side> LISTING = Comparator.comparingInt(Side::order);

  /**
   * One side of a pair: a live project or another funder's award.
   *
   * @param year a project's financial year (its first calendar year); 0 for an award
   * @param position its place in the record: live projects in record order, then awards
   * @param order its place among all sides in the order they are listed in
   */
  private record Side(
      SubjectKind kind, String id, String title, String activity, String grant, String funder,
      LocalDate from, LocalDate to, int year, Title words, int position, int order) {

    Side placed(int place) {
      return new Side(kind, id, title, activity, grant, funder, from, to, year, words, position, place);
    }
  }

  /** A distinct normalised title, its words, and the buckets of the counterparts that bear it. */
  private static final class Title {
    final String normalised;
    final String[] tokens;
    /** Unkeyed and keyed counterparts with this title; null until one is added. */
    Bucket unkeyed;
    Bucket keyed;
    /** Its distinct token set, or null when it has no words. */
    TokenSet set;

    Title(String normalised) {
      this.normalised = normalised;
      this.tokens = tokens(normalised);
    }
  }

  /** A word of the titles: how many token sets have it, and its rank among the words, rarest first. */
  private static final class Word {
    final String text;
    int frequency;
    int rank;

    Word(String text) {
      this.text = text;
    }
  }

  /** A distinct set of title words, the titles that have it, and its words as ranks, rarest first. */
  private static final class TokenSet {
    final int index;
    final String[] tokens;
    final List<Title> titles = new ArrayList<>(1);
    /** Its words, while they are ranked. */
    Word[] words;
    int[] ranks;

    TokenSet(int index, String[] tokens) {
      this.index = index;
      this.tokens = tokens;
    }
  }

  /**
   * Counterparts that share a key or a title: awards, and projects by year, each in listing order
   * (sides are added in that order).
   */
  private static final class Bucket {
    final List<Side> awards = new ArrayList<>(1);
    /** The projects of its only year, while it has one; then null, and {@code years} holds them. */
    private Year sole;
    private Map<Integer, Year> years;
    /** The awards overlapping each financial year asked about, worked out once. */
    Map<Integer, Found> awardsIn;

    void add(Side side) {
      if (side.kind() == SubjectKind.AWARD) {
        awards.add(side);
        return;
      }
      Year year = year(side.year());
      if (year == null) {
        year = new Year(side.year());
        if (sole == null && years == null) {
          sole = year;
        } else {
          if (years == null) {
            years = new HashMap<>(4);
            years.put(sole.year, sole);
            sole = null;
          }
          years.put(side.year(), year);
        }
      }
      year.projects.add(side);
    }

    /** Its projects of the financial year starting in {@code year}, or null when it has none. */
    Year year(int year) {
      if (sole != null) {
        return sole.year == year ? sole : null;
      }
      return years == null ? null : years.get(year);
    }

    /** Counts each year's projects by grant, once they are all added. */
    void settle() {
      if (sole != null) {
        sole.settle();
      } else if (years != null) {
        years.values().forEach(Year::settle);
      }
    }
  }

  /** A bucket's projects of one financial year, by id, with how many each grant has. */
  private static final class Year {
    final int year;
    final List<Side> projects = new ArrayList<>(1);
    /** The grant of every project, when they all have one; else null, and {@code perGrant} counts them. */
    private String soleGrant;
    private Map<String, Integer> perGrant;
    /** The first projects of other grants, kept for a grant whose own projects took long to skip. */
    Map<String, List<Side>> othersOf;

    Year(int year) {
      this.year = year;
    }

    void settle() {
      soleGrant = projects.get(0).grant();
      for (Side side : projects) {
        if (!side.grant().equals(soleGrant)) {
          soleGrant = null;
          perGrant = new HashMap<>();
          projects.forEach(other -> perGrant.merge(other.grant(), 1, Integer::sum));
          return;
        }
      }
    }

    /** How many of its projects belong to {@code grant}. */
    int of(String grant) {
      if (soleGrant != null) {
        return soleGrant.equals(grant) ? projects.size() : 0;
      }
      return perGrant.getOrDefault(grant, 0);
    }
  }

  /** How many sides match, and the first of them in listing order. */
  private record Found(int count, List<Side> first) {}

  private static final Found NONE = new Found(0, List.of());

  /** A counterpart found for a project, with what made it match. */
  private record Candidate(Side side, boolean sameActivity, int common, int all) {}

  /** Where a class of projects takes its counterparts from, when they all come from one bucket. */
  private record Source(Bucket bucket, int year, String grant, Title title) {}

  /** Projects with the same exact duplicates: the same key, title, year and grant. */
  private record ExactClass(String activity, Title title, int year, String grant) {}

  /** Projects with the same alike titles: the same title, year and grant, with or without a key. */
  private record AlikeClass(Title title, boolean keyed, int year, String grant) {}

  private final Map<String, Organisation> organisations;
  /** Alike titles share at least shared/outOf of their words: the similarity, 3/5 unless the policy sets it. */
  private final int shared;
  private final int outOf;
  private final List<Side> projects = new ArrayList<>();
  private final Map<String, Title> titles = new HashMap<>();
  private final Map<String, Title> byText = new HashMap<>();
  private final Map<String, Bucket> byActivity = new HashMap<>();
  private final List<TokenSet> sets = new ArrayList<>();
  /** For each word's rank, the token sets whose probing prefix holds it, in order of size. */
  private List<List<TokenSet>> byProbingPrefix;
  /** For each word's rank, the token sets whose indexing prefix holds it, in order of size. */
  private List<List<TokenSet>> byIndexingPrefix;
  /** How many token sets have been probed for alike ones: the stamp of the next probe's marks. */
  private int probes;
  /** Answers that come from one bucket alone, shared by every class they answer. */
  private final Map<Source, Counterparts> single = new HashMap<>();

  private FundingIndex(Map<String, Organisation> organisations, Fraction similarity) {
    this.organisations = organisations;
    this.shared = similarity.numerator();
    this.outOf = similarity.denominator();
  }

  /**
   * For each live project of the view, in record order: a match for its exact duplicates and one
   * for its alike titles, each only when it has one.
   */
  static List<FundingMatchFact> matches(PartnershipRecord view, Map<String, Organisation> organisations,
      Fraction similarity) {
    FundingIndex index = new FundingIndex(organisations, similarity);
    index.collect(view);
    if (index.projects.isEmpty()) {
      return List.of();
    }
    index.indexTokenSets();
    return index.match();
  }

  private void collect(PartnershipRecord view) {
    List<Side> sides = new ArrayList<>(); // live projects in record order, then awards
    for (Grant grant : view.grants()) {
      for (Project project : grant.projects()) {
        if (project.isLive()) {
          sides.add(new Side(SubjectKind.PROJECT, project.id(), project.title(), project.activity().orElse(null),
              grant.id(), grant.funder(), grant.financialYear().firstDay(), grant.financialYear().lastDay(),
              grant.financialYear().startYear(), title(project.title()), sides.size(), 0));
        }
      }
    }
    int liveProjects = sides.size();
    for (ExternalAward award : view.externalAwards()) {
      sides.add(new Side(SubjectKind.AWARD, award.id(), award.title(), award.activity().orElse(null), null,
          award.funder(), award.periodStart(), award.periodEnd().orElse(null), 0, title(award.title()), sides.size(), 0));
    }
    Side[] listing = sides.toArray(Side[]::new);
    Arrays.sort(listing, BY_KIND_AND_ID);
    for (int place = 0; place < listing.length; place++) {
      Side side = listing[place].placed(place);
      sides.set(side.position(), side);
      add(side);
    }
    projects.addAll(sides.subList(0, liveProjects));
    byActivity.values().forEach(Bucket::settle);
    for (Title title : titles.values()) {
      if (title.unkeyed != null) {
        title.unkeyed.settle();
      }
      if (title.keyed != null) {
        title.keyed.settle();
      }
    }
  }

  /** The title of a side: looked up by its text first, so that a title written alike many times is normalised once. */
  private Title title(String text) {
    Title title = byText.get(text);
    if (title == null) {
      title = titles.computeIfAbsent(normalise(text), Title::new);
      byText.put(text, title);
    }
    return title;
  }

  private void add(Side side) {
    if (side.activity() != null) {
      byActivity.computeIfAbsent(side.activity(), key -> new Bucket()).add(side);
    }
    Title title = side.words();
    if (title.normalised.isEmpty()) {
      return; // an empty title matches nothing
    }
    if (side.activity() == null) {
      if (title.unkeyed == null) {
        title.unkeyed = new Bucket();
      }
      title.unkeyed.add(side);
    } else {
      if (title.keyed == null) {
        title.keyed = new Bucket();
      }
      title.keyed.add(side);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Alike titles: a prefix filter over distinct token sets

  /**
   * Groups the titles by token set, ranks the words by how many token sets have them (rarest
   * first), and indexes each token set twice, in order of size: under the words of its probing
   * prefix and under those of its shorter indexing prefix.
   */
  private void indexTokenSets() {
    Map<String, TokenSet> byWords = new HashMap<>();
    for (Title title : titles.values()) {
      if (title.tokens.length == 0) {
        continue; // no words at all is no likeness
      }
      TokenSet set = byWords.computeIfAbsent(String.join(" ", title.tokens), k -> {
        TokenSet created = new TokenSet(sets.size(), title.tokens);
        sets.add(created);
        return created;
      });
      set.titles.add(title);
      title.set = set;
    }
    Map<String, Word> vocabulary = new HashMap<>();
    List<Word> words = new ArrayList<>();
    for (TokenSet set : sets) {
      set.words = new Word[set.tokens.length];
      for (int i = 0; i < set.tokens.length; i++) {
        Word word = vocabulary.get(set.tokens[i]);
        if (word == null) {
          word = new Word(set.tokens[i]);
          vocabulary.put(word.text, word);
          words.add(word);
        }
        word.frequency++;
        set.words[i] = word;
      }
    }
    rankRarestFirst(words);
    byProbingPrefix = new ArrayList<>(Collections.nCopies(words.size(), null));
    byIndexingPrefix = new ArrayList<>(Collections.nCopies(words.size(), null));
    List<TokenSet> bySize = new ArrayList<>(sets);
    bySize.sort(Comparator.comparingInt((TokenSet set) -> set.tokens.length).thenComparingInt(set -> set.index));
    for (TokenSet set : bySize) {
      int[] ranks = new int[set.words.length];
      for (int i = 0; i < ranks.length; i++) {
        ranks[i] = set.words[i].rank;
      }
      Arrays.sort(ranks);
      set.ranks = ranks;
      set.words = null;
      for (int i = 0; i < probingPrefix(ranks.length); i++) {
        listed(byProbingPrefix, ranks[i]).add(set);
      }
      for (int i = 0; i < indexingPrefix(ranks.length); i++) {
        listed(byIndexingPrefix, ranks[i]).add(set);
      }
    }
  }

  /**
   * Ranks the words by how many token sets have them, rarest first; words as rare as each other in
   * the order they were met. Any one order of all words serves the prefix filter; this one is a
   * counting sort, since most words of a large record are met once.
   */
  private static void rankRarestFirst(List<Word> words) {
    int most = 0;
    for (Word word : words) {
      most = Math.max(most, word.frequency);
    }
    int[] before = new int[most + 2];
    for (Word word : words) {
      before[word.frequency + 1]++;
    }
    for (int f = 1; f < before.length; f++) {
      before[f] += before[f - 1];
    }
    for (Word word : words) {
      word.rank = before[word.frequency]++;
    }
  }

  private static List<TokenSet> listed(List<List<TokenSet>> index, int rank) {
    List<TokenSet> list = index.get(rank);
    if (list == null) {
      list = new ArrayList<>(1);
      index.set(rank, list);
    }
    return list;
  }

  /**
   * How many of the rarest words of a token set of n words any token set at least a/b alike (the
   * similarity, 3/5 unless the policy sets it) shares one of: n - ceil(an/b) + 1 (an alike set
   * shares at least an/b of its words). For 3/5: n - ceil(3n/5) + 1.
   */
  private int probingPrefix(int n) {
    return n - leastAlike(n) + 1;
  }

  /** The fewest words of a token set of n words that an alike one shares, and the fewest it has: ceil(an/b). */
  private int leastAlike(int n) {
    return (int) ((shared * (long) n + outOf - 1) / outOf);
  }

  /** The most words an alike token set of a set of n words has: floor(bn/a). */
  private int mostAlike(int n) {
    return (int) (outOf * (long) n / shared);
  }

  /**
   * The same, for an alike token set at least as large: n - ceil(2an/(a+b)) + 1 (two sets a/b
   * alike share at least a/(a+b) of their words together, so at least 2a/(a+b) of the smaller
   * one's; for 3/5, 3/4 of them). Indexing the shorter prefix keeps the common words of long titles
   * out of the index: "Community Safety Scheme" and two words of its own is indexed under its own
   * two words only.
   */
  private int indexingPrefix(int n) {
    long twice = 2L * shared;
    long sum = (long) shared + outOf;
    return n - (int) ((twice * n + sum - 1) / sum) + 1;
  }

  /** Takes each title alike to a project's title, with the words the two share and the words of either. */
  private interface AlikeTitles {
    void alike(Title title, int common, int all);
  }

  /**
   * Hands {@code visitor} the titles alike to {@code title} but not equal to it: the other titles of
   * its token set (the same words, written otherwise), and those of the token sets at least 3/5
   * alike. A token set no larger shares a word of its indexing prefix with this one's probing
   * prefix; a larger one, a word of its probing prefix with this one's indexing prefix. The index
   * lists are in order of size, so only the sizes that could be alike are looked at. Nothing is
   * kept: however many titles are alike, memory holds none of the pairs.
   */
  private void alike(Title title, int[] seen, AlikeTitles visitor) {
    TokenSet set = title.set;
    int n = set.ranks.length;
    for (Title other : set.titles) {
      if (other != title) {
        visitor.alike(other, n, n);
      }
    }
    int stamp = ++probes; // titles of one token set are probed one after another: each probe has its own stamp
    seen[set.index] = stamp;
    for (int i = 0; i < probingPrefix(n); i++) {
      alike(set, byIndexingPrefix.get(set.ranks[i]), leastAlike(n), n, seen, stamp, visitor);
    }
    for (int i = 0; i < indexingPrefix(n); i++) {
      alike(set, byProbingPrefix.get(set.ranks[i]), n + 1, mostAlike(n), seen, stamp, visitor);
    }
  }

  /** The titles of the token sets of {@code list} with {@code smallest} to {@code largest} words that are alike to {@code set}. */
  private void alike(TokenSet set, List<TokenSet> list, int smallest, int largest, int[] seen, int stamp,
      AlikeTitles visitor) {
    if (list == null) {
      return;
    }
    int n = set.ranks.length;
    for (int j = firstOfSize(list, smallest); j < list.size(); j++) {
      TokenSet other = list.get(j);
      int m = other.ranks.length;
      if (m > largest) {
        break;
      }
      if (seen[other.index] == stamp) {
        continue;
      }
      seen[other.index] = stamp;
      int common = common(set.ranks, other.ranks);
      int all = n + m - common;
      if (outOf * (long) common >= shared * (long) all) {
        for (Title otherTitle : other.titles) {
          visitor.alike(otherTitle, common, all);
        }
      }
    }
  }

  /** The position of the first token set of at least {@code size} words in a list in order of size. */
  private static int firstOfSize(List<TokenSet> list, int size) {
    int low = 0;
    int high = list.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (list.get(middle).ranks.length < size) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  private static int common(int[] a, int[] b) {
    int common = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return common;
  }

  // ---------------------------------------------------------------------------------------------
  // Answers

  /** The answer of one class of projects, worked out once; null until then, and when there is none. */
  private static final class Answer {
    Counterparts counterparts;
  }

  private List<FundingMatchFact> match() {
    Map<ExactClass, Answer> exact = new HashMap<>();
    Map<AlikeClass, Answer> alike = new HashMap<>();
    Map<Title, Map<AlikeClass, Answer>> alikeByTitle = new LinkedHashMap<>();
    Answer[] exactOf = new Answer[projects.size()];
    Answer[] alikeOf = new Answer[projects.size()];
    for (int p = 0; p < projects.size(); p++) {
      Side project = projects.get(p);
      ExactClass of = new ExactClass(project.activity(), project.words(), project.year(), project.grant());
      Answer answer = exact.get(of);
      if (answer == null) {
        answer = new Answer();
        answer.counterparts = exactDuplicates(of);
        exact.put(of, answer);
      }
      exactOf[p] = answer;
      if (project.words().set != null) {
        AlikeClass alikeClass = new AlikeClass(project.words(), project.activity() != null, project.year(), project.grant());
        alikeOf[p] = alike.computeIfAbsent(alikeClass, key -> {
          Answer created = new Answer();
          alikeByTitle.computeIfAbsent(key.title(), t -> new LinkedHashMap<>(2)).put(key, created);
          return created;
        });
      }
    }
    // Title by title, each alike title found is handed to every class of projects with that title.
    int[] seen = new int[sets.size()];
    for (Map.Entry<Title, Map<AlikeClass, Answer>> entry : alikeByTitle.entrySet()) {
      List<AlikeClass> classes = new ArrayList<>(entry.getValue().keySet());
      List<Gathering> gatherings = new ArrayList<>(classes.size());
      for (AlikeClass of : classes) {
        gatherings.add(new Gathering(of.year(), of.grant(), of.title(), false));
      }
      alike(entry.getKey(), seen, (other, common, all) -> {
        for (int i = 0; i < classes.size(); i++) {
          Gathering gathering = gatherings.get(i);
          // alike titles: unkeyed counterparts, and keyed ones too when the project has no key
          gathering.add(other.unkeyed, false, common, all);
          if (!classes.get(i).keyed()) {
            gathering.add(other.keyed, false, common, all);
          }
        }
      });
      for (int i = 0; i < classes.size(); i++) {
        entry.getValue().get(classes.get(i)).counterparts = gatherings.get(i).answer();
      }
    }
    List<FundingMatchFact> matches = new ArrayList<>();
    for (int p = 0; p < projects.size(); p++) {
      Side project = projects.get(p);
      if (exactOf[p].counterparts != null) {
        matches.add(new FundingMatchFact(project.id(), project.title(), project.activity(), true, exactOf[p].counterparts));
      }
      if (alikeOf[p] != null && alikeOf[p].counterparts != null) {
        matches.add(new FundingMatchFact(project.id(), project.title(), project.activity(), false, alikeOf[p].counterparts));
      }
    }
    return matches;
  }

  /**
   * Equal activity keys, or, when either side has no key, equal titles: for a keyed project, the
   * counterparts with its key and the unkeyed ones with its title; for an unkeyed project, every
   * counterpart with its title.
   */
  private Counterparts exactDuplicates(ExactClass of) {
    Gathering gathering = new Gathering(of.year(), of.grant(), of.title(), true);
    if (of.activity() != null) {
      gathering.add(byActivity.get(of.activity()), true, 0, 0);
    }
    if (!of.title().normalised.isEmpty()) {
      gathering.add(of.title().unkeyed, false, 0, 0);
      if (of.activity() == null) {
        gathering.add(of.title().keyed, false, 0, 0);
      }
    }
    return gathering.answer();
  }

  /**
   * The counterparts of one class of projects, gathered bucket by bucket: each bucket's are counted,
   * and only those that could still be among the first {@link Counterparts#LISTED} are looked at.
   */
  private final class Gathering {
    private final int year;
    private final LocalDate first;
    private final LocalDate last;
    private final String grant;
    private final Title title;
    private final boolean exact;
    private int count;
    private final List<Candidate> candidates = new ArrayList<>();
    /** Once enough are gathered, the last of the first {@link Counterparts#LISTED}: later ones are not listed. */
    private Side bar;
    private int sources;
    private Bucket source;

    Gathering(int year, String grant, Title title, boolean exact) {
      this.year = year;
      this.first = LocalDate.of(year, 4, 1);
      this.last = LocalDate.of(year + 1, 3, 31);
      this.grant = grant;
      this.title = title;
      this.exact = exact;
    }

    void add(Bucket bucket, boolean sameActivity, int common, int all) {
      if (bucket == null) {
        return;
      }
      Found inAwards = awardsOverlapping(bucket);
      Year projectsOfYear = bucket.year(year);
      int ofOthers = projectsOfYear == null ? 0 : projectsOfYear.projects.size() - projectsOfYear.of(grant);
      if (inAwards.count() + ofOthers == 0) {
        return;
      }
      count += inAwards.count() + ofOthers;
      sources++;
      source = bucket;
      for (Side side : inAwards.first()) {
        if (!take(side, sameActivity, common, all)) {
          break;
        }
      }
      // the year's first project, of any grant, is no later than its first of another grant
      if (ofOthers > 0 && (bar == null || LISTING.compare(projectsOfYear.projects.get(0), bar) < 0)) {
        for (Side side : otherGrants(projectsOfYear)) {
          if (!take(side, sameActivity, common, all)) {
            break;
          }
        }
      }
    }

    /** Takes a side unless it comes after the bar; whether it did (the sides after it come later still). */
    private boolean take(Side side, boolean sameActivity, int common, int all) {
      if (bar != null && LISTING.compare(side, bar) >= 0) {
        return false;
      }
      candidates.add(new Candidate(side, sameActivity, common, all));
      if (candidates.size() >= 2 * Counterparts.LISTED) {
        candidates.sort(Comparator.comparing(Candidate::side, LISTING));
        candidates.subList(Counterparts.LISTED, candidates.size()).clear();
        bar = candidates.get(Counterparts.LISTED - 1).side();
      }
      return true;
    }

    /** The awards of a bucket whose periods overlap the year: counted by one pass, once per bucket and year. */
    private Found awardsOverlapping(Bucket bucket) {
      if (bucket.awards.isEmpty()) {
        return NONE;
      }
      if (bucket.awardsIn == null) {
        bucket.awardsIn = new HashMap<>(2);
      }
      return bucket.awardsIn.computeIfAbsent(year, y -> {
        int found = 0;
        List<Side> listed = new ArrayList<>();
        for (Side award : bucket.awards) {
          if (!award.from().isAfter(last) && (award.to() == null || !award.to().isBefore(first))) {
            found++;
            if (listed.size() < Counterparts.LISTED) {
              listed.add(award);
            }
          }
        }
        return new Found(found, listed);
      });
    }

    /**
     * The first projects of the year that belong to other grants. Walking past the grant's own
     * projects costs as many steps as it has; when that is more than a listing, the result is kept
     * for the next class of the same grant, so that each project is walked past at most once.
     */
    private List<Side> otherGrants(Year projectsOfYear) {
      if (projectsOfYear.othersOf != null) {
        List<Side> kept = projectsOfYear.othersOf.get(grant);
        if (kept != null) {
          return kept;
        }
      }
      List<Side> firstOthers = new ArrayList<>();
      int skipped = 0;
      for (Side side : projectsOfYear.projects) {
        if (side.grant().equals(grant)) {
          skipped++;
        } else {
          firstOthers.add(side);
          if (firstOthers.size() == Counterparts.LISTED) {
            break;
          }
        }
      }
      if (skipped > Counterparts.LISTED) {
        if (projectsOfYear.othersOf == null) {
          projectsOfYear.othersOf = new HashMap<>();
        }
        projectsOfYear.othersOf.put(grant, firstOthers);
      }
      return firstOthers;
    }

    /** What was gathered, or null when nothing was; shared with every class of the same single source. */
    Counterparts answer() {
      if (count == 0) {
        return null;
      }
      Source only = sources == 1 ? new Source(source, year, grant, title) : null;
      if (only != null) {
        Counterparts shared = single.get(only);
        if (shared != null) {
          return shared;
        }
      }
      candidates.sort(Comparator.comparing(Candidate::side, LISTING));
      List<CounterpartFact> listed = new ArrayList<>(Math.min(count, Counterparts.LISTED));
      for (Candidate candidate : candidates.subList(0, Math.min(Counterparts.LISTED, candidates.size()))) {
        listed.add(counterpart(candidate));
      }
      Counterparts answer = Counterparts.of(count, listed, exact);
      if (only != null) {
        single.put(only, answer);
      }
      return answer;
    }

    private CounterpartFact counterpart(Candidate candidate) {
      Side side = candidate.side();
      LocalDate from = side.from().isAfter(first) ? side.from() : first;
      LocalDate to = side.to() == null || side.to().isAfter(last) ? last : side.to();
      boolean sameTitle = exact && side.words() == title;
      int common = candidate.all() > 0 ? candidate.common() : common(title.tokens, side.words().tokens);
      int all = candidate.all() > 0 ? candidate.all() : title.tokens.length + side.words().tokens.length - common;
      return new CounterpartFact(side.kind(), side.id(), side.title(), side.grant(), side.funder(),
          organisations.get(side.funder()).name(), from, to, candidate.sameActivity(), sameTitle, common, all);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Titles and words, as the catalogue defines them

  /**
   * Lower case; every character not a letter or digit a space; white space collapsed and trimmed.
   *
   * <p>Case is folded one character at a time, as {@link String#equalsIgnoreCase} compares: a
   * letter stays one letter ({@code String.toLowerCase} would turn the capital dotted I into an i
   * and a combining dot, which is no letter and would split the word in two).
   */
  static String normalise(String title) {
    StringBuilder text = new StringBuilder(title.length());
    boolean space = true;
    for (int i = 0; i < title.length(); ) {
      int c = title.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        text.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c)));
        space = false;
      } else if (!space) {
        text.append(' ');
        space = true;
      }
    }
    int end = text.length();
    return space && end > 0 ? text.substring(0, end - 1) : text.toString();
  }

  /** The distinct words of a normalised title, without stop words, sorted. */
  static String[] tokens(String normalised) {
    if (normalised.isEmpty()) {
      return new String[0];
    }
    String[] words = normalised.split(" ");
    Arrays.sort(words);
    int distinct = 0;
    for (String word : words) {
      if (!STOP_WORDS.contains(word) && (distinct == 0 || !words[distinct - 1].equals(word))) {
        words[distinct++] = word;
      }
    }
    return Arrays.copyOf(words, distinct);
  }

  /** How many words two sorted word lists share, by one pass over both. */
  private static int common(String[] a, String[] b) {
    int common = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      int order = a[i].compareTo(b[j]);
      if (order == 0) {
        common++;
        i++;
        j++;
      } else if (order < 0) {
        i++;
      } else {
        j++;
      }
    }
    return common;
  }
}

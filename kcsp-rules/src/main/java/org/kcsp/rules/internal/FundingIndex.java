package org.kcsp.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kcsp.model.ExternalAward;
import org.kcsp.model.FinancialYear;
import org.kcsp.model.Fraction;
import org.kcsp.model.Grant;
import org.kcsp.model.Organisation;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Project;
import org.kcsp.rules.SubjectKind;
import org.kcsp.rules.internal.FundingBucket.Head;
import org.kcsp.rules.internal.TitleClasses.TitleClass;
import org.kcsp.rules.internal.TitleClasses.TokenSet;
import org.kcsp.rules.spi.CounterpartFact;
import org.kcsp.rules.spi.Counterparts;
import org.kcsp.rules.spi.FundingMatchFact;

/**
 * Finds, for each live project, the counterparts the two duplicate rules report (other funders'
 * awards and live projects of other grants, in overlapping periods), without comparing pairs of
 * projects or of titles, and without ever gathering the projects of the project's own grant.
 *
 * <p>Counterparts are kept in {@link FundingBucket buckets} of sides that share an activity key, a
 * normalised title, a token set or a {@link TitleClasses class of titles}, apart for keyed and
 * unkeyed sides. A project's exact duplicates are in the buckets of its key and of its title; its
 * alike titles in the buckets of the classes alike to its title's class, and in its own class's
 * (or, when the token sets of that class are not alike one another, its token set's) under other
 * titles. A bucket counts a project's counterparts by arithmetic and hands the first
 * {@link Counterparts#LISTED} of them in the order they are listed (awards before projects, then
 * by id); the first of several buckets are merged.
 *
 * <p>Projects of one grant and year with the same title (and, for exact duplicates, the same
 * activity key) have the same counterparts: the answer is worked out once and shared. So are the
 * counterparts a class's titles find in other classes, and, for a title that has none of its own
 * counterparts, its whole answer: distinct titles such as "Community Safety Project 1", "... 2",
 * ..., all alike, share one answer per grant. The work is proportional to the record plus the
 * pairs of alike classes of titles; neither the pairs of projects nor those of titles are ever
 * enumerated, and memory holds none of them.
 */
final class FundingIndex {

  /**
   * One side of a pair: a live project or another funder's award.
   *
   * @param year a project's financial year (its first calendar year); 0 for an award
   * @param words its normalised title
   * @param position a live project's place among the live projects in record order; -1 for an award
   * @param order its place among all sides in the order they are listed in: awards before
   *     projects, then by id (sides of one kind and id in record order)
   */
  record Side(
      SubjectKind kind, String id, String title, String activity, String grant, String funder,
      LocalDate from, LocalDate to, int year, Title words, int position, int order) {}

  /** A distinct normalised title, its words, and the sides that bear it. */
  static final class Title {
    /** Its words as {@link TitleWords word numbers}, in order, stop words included: the normalised title. */
    final int[] sequence;
    /** Its words without stop words, as word numbers in increasing order: its token set's. */
    final int[] words;
    /** Its token set, or null when it has no words. */
    TokenSet set;
    /** The sides that bear it, in listing order; none for an empty title, which matches nothing. */
    final List<Side> sides = new ArrayList<>(1);
    private FundingBucket unkeyed;
    private FundingBucket keyed;
    private boolean gathered;

    Title(int[] sequence, int[] words) {
      this.sequence = sequence;
      this.words = words;
    }

    /** Whether it has no words at all, not even stop words: it is then no title, and matches nothing. */
    boolean isEmpty() {
      return sequence.length == 0;
    }

    /** Its sides with an activity key, or without one; null when there are none. */
    FundingBucket bucket(boolean keyedSides) {
      if (!gathered) {
        unkeyed = FundingBucket.of(sides, false);
        keyed = FundingBucket.of(sides, true);
        gathered = true;
      }
      return keyedSides ? keyed : unkeyed;
    }

    /**
     * How many of its sides, keyed or not, are counterparts of a project of {@code grant} with
     * this title in the financial year starting in {@code year}: none when the project is its only side.
     */
    int counterparts(boolean keyedSides, int year, String grant) {
      if (sides.size() < 2) {
        return 0;
      }
      FundingBucket bucket = bucket(keyedSides);
      return bucket == null ? 0 : bucket.count(year, grant);
    }
  }

  /**
   * What the sides of a bucket share with a project: its activity key (an exact duplicate), its
   * title (an exact duplicate, the words counted when listed), or words of its title: {@code common}
   * of {@code all}, or, for the sides of token set {@code set}, all its {@code setWords}.
   */
  private record Likeness(boolean sameActivity, int common, int all, TokenSet set, int setWords) {
    static final Likeness SAME_ACTIVITY = new Likeness(true, 0, 0, null, 0);
    static final Likeness SAME_TITLE = new Likeness(false, 0, 0, null, 0);

    static Likeness words(int common, int all) {
      return new Likeness(false, common, all, null, 0);
    }

    int common(Side side) {
      return set != null && side.words().set == set ? setWords : common;
    }

    int all(Side side) {
      return set != null && side.words().set == set ? setWords : all;
    }
  }

  /** A counterpart found for a project, with what made it match. */
  private record Candidate(Side side, boolean sameActivity, int common, int all) {}

  /** Where a class of projects takes its exact duplicates from, when they all come from one bucket. */
  private record Source(FundingBucket bucket, int year, String grant, Title title) {}

  /** Keyed projects of one grant with the same exact duplicates: the same key and title. */
  private record ExactClass(String activity, Title title) {}

  /**
   * Values by grant (a project's year is its grant's), apart for keyed and unkeyed projects: those
   * of one title, or one class of titles, with the same alike titles.
   */
  private static final class ByGrant<V> {
    private Map<String, V> keyed;
    private Map<String, V> unkeyed;

    V get(boolean keyedProjects, String grant) {
      Map<String, V> values = keyedProjects ? keyed : unkeyed;
      return values == null ? null : values.get(grant);
    }

    void put(boolean keyedProjects, String grant, V value) {
      if (keyedProjects) {
        keyed = keyed == null ? new HashMap<>(2) : keyed;
        keyed.put(grant, value);
      } else {
        unkeyed = unkeyed == null ? new HashMap<>(2) : unkeyed;
        unkeyed.put(grant, value);
      }
    }
  }

  /** The head of a title's own keyed or unkeyed bucket in one year. */
  private record HeadOf(boolean keyedSides, int year) {}

  /** An answer worked out, which may be that there is none. */
  private record Answer(Counterparts counterparts) {}

  private final Map<String, Organisation> organisations;
  /** The live projects, in record order: those of a grant one after another. */
  private List<Side> projects = List.of();
  private final Similarity similarity;
  /** The words of the titles, each numbered once. */
  private final TitleWords words = new TitleWords();
  /** The distinct normalised titles, in the order they were met, by the number of their word sequence. */
  private final List<Title> titles = new ArrayList<>();
  private final NumberSequences sequences = new NumberSequences();
  /** The sides of each activity key, in listing order. */
  private final Map<String, List<Side>> byActivity = new HashMap<>();
  private final Map<String, FundingBucket> activityBuckets = new HashMap<>();
  /** Exact answers that come from one bucket alone, shared by every class they answer. */
  private final Map<Source, Counterparts> single = new HashMap<>();

  private FundingIndex(Map<String, Organisation> organisations, Similarity similarity) {
    this.organisations = organisations;
    this.similarity = similarity;
  }

  /**
   * For each live project of the view, in record order: a match for its exact duplicates and one
   * for its alike titles, each only when it has one.
   */
  static List<FundingMatchFact> matches(PartnershipRecord view, Map<String, Organisation> organisations,
      Fraction similarity) {
    FundingIndex index = new FundingIndex(organisations, Similarity.of(similarity));
    index.collect(view);
    if (index.projects.isEmpty()) {
      return List.of();
    }
    Counterparts[] exact = index.exactDuplicates();
    Counterparts[] alike = index.alikeTitles(TitleClasses.of(index.titles, index.words.count(), index.similarity));
    List<FundingMatchFact> matches = new ArrayList<>();
    for (Side project : index.projects) {
      Counterparts duplicates = exact[project.position()];
      if (duplicates != null) {
        matches.add(new FundingMatchFact(project.id(), project.title(), project.activity(), true, duplicates));
      }
      Counterparts possible = alike[project.position()];
      if (possible != null) {
        matches.add(new FundingMatchFact(project.id(), project.title(), project.activity(), false, possible));
      }
    }
    return matches;
  }

  /** Takes the live projects and the awards, places them in listing order, and files them by key and by title. */
  private void collect(PartnershipRecord view) {
    int liveProjects = 0;
    for (Grant grant : view.grants()) {
      for (Project project : grant.projects()) {
        liveProjects += project.isLive() ? 1 : 0;
      }
    }
    List<ExternalAward> awards = view.externalAwards();
    String[] ids = new String[liveProjects + awards.size()];
    int[] listing = new int[ids.length];
    Side[] sides = new Side[ids.length];
    int i = 0;
    for (Grant grant : view.grants()) {
      for (Project project : grant.projects()) {
        if (project.isLive()) {
          ids[i] = project.id();
          listing[i] = i;
          i++;
        }
      }
    }
    for (int j = 0; j < awards.size(); j++) {
      ids[liveProjects + j] = awards.get(j).id();
      listing[liveProjects + j] = liveProjects + j;
    }
    // awards before projects, then by id; a stable sort keeps sides of one kind and id in record order
    long[] prefixes = new long[ids.length];
    for (int j = 0; j < ids.length; j++) {
      prefixes[j] = IdPrefix.of(ids[j]);
    }
    int[] work = new int[ids.length];
    sortById(listing, liveProjects, ids.length, ids, prefixes, work);
    sortById(listing, 0, liveProjects, ids, prefixes, work);
    int[] order = work;
    int place = 0;
    for (int j = liveProjects; j < ids.length; j++) {
      order[listing[j]] = place++;
    }
    for (int j = 0; j < liveProjects; j++) {
      order[listing[j]] = place++;
    }
    i = 0;
    for (Grant grant : view.grants()) {
      FinancialYear year = grant.financialYear();
      LocalDate from = year.firstDay();
      LocalDate to = year.lastDay();
      for (Project project : grant.projects()) {
        if (project.isLive()) {
          sides[i] = new Side(SubjectKind.PROJECT, project.id(), project.title(), project.activity().orElse(null),
              grant.id(), grant.funder(), from, to, year.startYear(), title(project.title()), i, order[i]);
          i++;
        }
      }
    }
    for (int j = 0; j < awards.size(); j++) {
      ExternalAward award = awards.get(j);
      sides[i] = new Side(SubjectKind.AWARD, award.id(), award.title(), award.activity().orElse(null), null,
          award.funder(), award.periodStart(), award.periodEnd().orElse(null), 0, title(award.title()), -1, order[i]);
      i++;
    }
    fileInListingOrder(sides, listing, liveProjects);
    projects = Arrays.asList(sides).subList(0, liveProjects);
  }

  /** Files the sides under their titles and keys, awards first, then projects, each by id. */
  private void fileInListingOrder(Side[] sides, int[] listing, int liveProjects) {
    for (int j = liveProjects; j < listing.length; j++) {
      file(sides[listing[j]]);
    }
    for (int j = 0; j < liveProjects; j++) {
      file(sides[listing[j]]);
    }
  }

  private void file(Side side) {
    if (!side.words().isEmpty()) {
      side.words().sides.add(side);
    }
    if (side.activity() != null) {
      byActivity.computeIfAbsent(side.activity(), key -> new ArrayList<>(1)).add(side);
    }
  }

  /**
   * Sorts {@code places[from..to)} by the ids at those places, stably: a merge sort of numbers,
   * nothing boxed, comparing the ids' {@link IdPrefix prefixes} and reading ids only where those are
   * equal.
   */
  private static void sortById(int[] places, int from, int to, String[] ids, long[] prefixes, int[] work) {
    if (to - from < 2) {
      return;
    }
    int middle = (from + to) >>> 1;
    sortById(places, from, middle, ids, prefixes, work);
    sortById(places, middle, to, ids, prefixes, work);
    if (compareIds(places[middle - 1], places[middle], ids, prefixes) <= 0) {
      return;
    }
    System.arraycopy(places, from, work, from, to - from);
    for (int i = from, j = middle, k = from; k < to; k++) {
      places[k] = j == to || i < middle && compareIds(work[i], work[j], ids, prefixes) <= 0 ? work[i++] : work[j++];
    }
  }

  /** {@link String#compareTo} of the ids at two places. */
  private static int compareIds(int a, int b, String[] ids, long[] prefixes) {
    return IdPrefix.compare(prefixes[a], ids[a], prefixes[b], ids[b]);
  }

  /**
   * The title of a side: its words read once into their numbers, and found among the titles met
   * by those, so that a title written alike many times, or written otherwise with the same words,
   * is one title and costs no object but the first time.
   */
  private Title title(String text) {
    int length = words.read(text);
    int found = sequences.find(words.read(), length);
    if (found >= 0) {
      return titles.get(found);
    }
    int[] sequence = Arrays.copyOf(words.read(), length);
    sequences.add(sequence);
    Title title = new Title(sequence, words.tokenSet(sequence));
    titles.add(title);
    return title;
  }

  // ---------------------------------------------------------------------------------------------
  // Exact duplicates

  /**
   * Equal activity keys, or, when either side has no key, equal titles: for a keyed project, the
   * counterparts with its key and the unkeyed ones with its title; for an unkeyed project, every
   * counterpart with its title. For each live project by its place, null when it has none.
   */
  private Counterparts[] exactDuplicates() {
    Counterparts[] found = new Counterparts[projects.size()];
    // the projects of a grant come one after another: answers are kept for the grant being answered
    String grant = null;
    Map<Title, Counterparts> unkeyed = new HashMap<>();
    Map<ExactClass, Counterparts> keyed = new HashMap<>();
    for (Side project : projects) {
      if (!sharesKey(project) && project.words().sides.size() < 2) {
        continue; // alone under its key and its title
      }
      if (!project.grant().equals(grant)) {
        grant = project.grant();
        unkeyed.clear();
        keyed.clear();
      }
      Counterparts answer;
      if (project.activity() == null) {
        answer = unkeyed.get(project.words());
        if (answer == null && !unkeyed.containsKey(project.words())) {
          answer = exactDuplicates(null, project);
          unkeyed.put(project.words(), answer);
        }
      } else {
        ExactClass of = new ExactClass(project.activity(), project.words());
        answer = keyed.get(of);
        if (answer == null && !keyed.containsKey(of)) {
          answer = exactDuplicates(project.activity(), project);
          keyed.put(of, answer);
        }
      }
      found[project.position()] = answer;
    }
    return found;
  }

  private boolean sharesKey(Side project) {
    return project.activity() != null && byActivity.get(project.activity()).size() > 1;
  }

  /** The exact duplicates of the projects of {@code project}'s grant with its title and key ({@code activity}). */
  private Counterparts exactDuplicates(String activity, Side project) {
    Title title = project.words();
    Gathering gathering = new Gathering(project.year(), project.grant(), title, true);
    if (activity != null && byActivity.get(activity).size() > 1) {
      gathering.add(activityBuckets.computeIfAbsent(activity, key -> FundingBucket.of(byActivity.get(key), true)),
          Likeness.SAME_ACTIVITY);
    }
    if (title.sides.size() > 1) {
      gathering.add(title.bucket(false), Likeness.SAME_TITLE);
      if (activity == null) {
        gathering.add(title.bucket(true), Likeness.SAME_TITLE);
      }
    }
    return gathering.answer(true);
  }

  // ---------------------------------------------------------------------------------------------
  // Alike titles

  /**
   * Either side without a key, the titles not equal, at least the similarity (3/5 unless the
   * policy sets another) of their words shared: class of
   * titles by class, for each live project by its place, null when it has none.
   */
  private Counterparts[] alikeTitles(TitleClasses classes) {
    Counterparts[] found = new Counterparts[projects.size()];
    for (TitleClass titleClass : classes.all()) {
      if (hasProjects(titleClass)) {
        new ClassAnswers(classes, titleClass).answer(found);
      }
    }
    return found;
  }

  private static boolean hasProjects(TitleClass titleClass) {
    for (TokenSet set : titleClass.sets) {
      for (Title title : set.titles) {
        for (Side side : title.sides) {
          if (side.kind() == SubjectKind.PROJECT) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The alike titles of the projects of one class of titles. */
  private final class ClassAnswers {
    private final TitleClass titleClass;
    /** The other classes alike to this one, with what their titles share with this one's. */
    private final List<TitleClass> alike = new ArrayList<>();
    private final List<Likeness> likeness = new ArrayList<>();
    /** What the projects of each grant (keyed or not) find in the other classes, worked out once. */
    private final ByGrant<Gathering> inOtherClasses = new ByGrant<>();
    /** The answers of titles that find nothing of their own: the same for every such title of the class. */
    private final ByGrant<Answer> shared = new ByGrant<>();
    /** Where its titles find alike titles of the class, when its token sets are alike one another; else null. */
    private final Own withinClass;

    ClassAnswers(TitleClasses classes, TitleClass titleClass) {
      this.titleClass = titleClass;
      int shared = titleClass.shared.length;
      withinClass = titleClass.alikeWithin(similarity)
          ? new Own(titleClass::bucket, Likeness.words(shared, shared + 2 * titleClass.own), titleClass.size(), true)
          : null;
      classes.alike(titleClass, (other, common, all) -> {
        alike.add(other);
        likeness.add(Likeness.words(common, all));
      });
    }

    void answer(Counterparts[] found) {
      for (TokenSet set : titleClass.sets) {
        Own own = own(set);
        if (alike.isEmpty() && own == null) {
          continue; // neither another class nor its own has titles alike to this token set's
        }
        for (Title title : set.titles) {
          TitleAnswers answers = new TitleAnswers(title, own);
          for (Side project : title.sides) {
            if (project.kind() == SubjectKind.PROJECT) {
              found[project.position()] = answers.of(project);
            }
          }
        }
      }
    }

    /** The answers of the projects of one title, by grant. */
    private final class TitleAnswers {
      private final Title title;
      private final Own own;
      /** The answers of the grants of a title with more than one side. */
      private ByGrant<Answer> answers;
      /** The heads of the own class's buckets without this title, by year and keyed or not. */
      private Map<HeadOf, Head> heads;

      TitleAnswers(Title title, Own own) {
        this.title = title;
        this.own = own;
      }

      Counterparts of(Side project) {
        boolean keyed = project.activity() != null;
        if (title.sides.size() == 1) {
          return answer(keyed, project.year(), project.grant()).counterparts();
        }
        if (answers == null) {
          answers = new ByGrant<>();
        }
        Answer answer = answers.get(keyed, project.grant());
        if (answer == null) {
          answer = answer(keyed, project.year(), project.grant());
          answers.put(keyed, project.grant(), answer);
        }
        return answer.counterparts();
      }

      /**
       * The answer of the projects of the title of one grant and year, keyed or not: what they
       * find in the other classes, and under other titles in their own class or token set. When the
       * title has no counterparts of its own there (its other sides are all of the project's grant,
       * or of other years) and no other title has its words, the answer is that of any such title of
       * the class.
       */
      private Answer answer(boolean keyed, int year, String grant) {
        boolean alone = own == null || (own.sameForEveryTitle() && title.set.titles.size() == 1
            && title.counterparts(false, year, grant) == 0
            && (keyed || title.counterparts(true, year, grant) == 0));
        if (alone) {
          Answer answer = shared.get(keyed, grant);
          if (answer == null) {
            Gathering gathering = new Gathering(year, grant, title, false);
            gathering.addAll(inOtherClasses(keyed, year, grant));
            if (own != null) {
              gathering.add(own.bucket(false), own.likeness());
              if (!keyed) {
                gathering.add(own.bucket(true), own.likeness());
              }
            }
            answer = new Answer(gathering.answer(false));
            shared.put(keyed, grant, answer);
          }
          return answer;
        }
        Gathering gathering = new Gathering(year, grant, title, false);
        gathering.addAll(inOtherClasses(keyed, year, grant));
        addOtherTitles(gathering, false, year, grant);
        if (!keyed) {
          addOtherTitles(gathering, true, year, grant);
        }
        return new Answer(gathering.answer(false));
      }

      /** The keyed or unkeyed sides of the own class (or token set) under other titles. */
      private void addOtherTitles(Gathering gathering, boolean keyedSides, int year, String grant) {
        FundingBucket bucket = own.bucket(keyedSides);
        if (bucket == null) {
          return;
        }
        if (heads == null) {
          heads = new HashMap<>(2);
        }
        // the head leaves out the title's sides: worked out once for every grant of the title
        Head head = heads.computeIfAbsent(new HeadOf(keyedSides, year), key -> bucket.head(year, title));
        gathering.add(bucket, own.withinSet(title.set), title, title.counterparts(keyedSides, year, grant), head);
      }
    }

    private Gathering inOtherClasses(boolean keyed, int year, String grant) {
      Gathering gathering = inOtherClasses.get(keyed, grant);
      if (gathering == null) {
        gathering = new Gathering(year, grant, null, false);
        for (int i = 0; i < alike.size(); i++) {
          gathering.add(alike.get(i).bucket(false), likeness.get(i));
          if (!keyed) {
            gathering.add(alike.get(i).bucket(true), likeness.get(i));
          }
        }
        inOtherClasses.put(keyed, grant, gathering);
      }
      return gathering;
    }

    /**
     * Where the titles of a token set find alike titles of their own class: in the whole class when
     * its token sets are alike one another, else among the other titles of the same words; null
     * when there are none.
     */
    private Own own(TokenSet set) {
      if (withinClass != null) {
        return withinClass;
      }
      int size = titleClass.size();
      return set.titles.size() > 1 ? new Own(set::bucket, Likeness.words(size, size), size, false) : null;
    }
  }

  /** Where a title finds alike titles of its own class, and what they share. */
  private record Own(Buckets buckets, Likeness likeness, int setWords, boolean sameForEveryTitle) {

    FundingBucket bucket(boolean keyed) {
      return buckets.bucket(keyed);
    }

    /** The likeness, the titles of token set {@code set} sharing all their words. */
    Likeness withinSet(TokenSet set) {
      return new Likeness(false, likeness.common(), likeness.all(), set, setWords);
    }
  }

  /** The keyed or unkeyed bucket of a token set or of a class. */
  private interface Buckets {
    FundingBucket bucket(boolean keyed);
  }

  // ---------------------------------------------------------------------------------------------
  // Gathering the answer

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
    private FundingBucket source;

    Gathering(int year, String grant, Title title, boolean exact) {
      this.year = year;
      this.first = LocalDate.of(year, 4, 1);
      this.last = LocalDate.of(year + 1, 3, 31);
      this.grant = grant;
      this.title = title;
      this.exact = exact;
    }

    void add(FundingBucket bucket, Likeness likeness) {
      if (bucket != null) {
        add(bucket, likeness, null, 0, null);
      }
    }

    /**
     * Adds the counterparts of a bucket, those titled {@code excluded} left out: {@code excludedCount}
     * of them are counterparts, and {@code head} is the bucket's head without them (null: without none).
     */
    void add(FundingBucket bucket, Likeness likeness, Title excluded, int excludedCount, Head head) {
      int found = bucket.count(year, grant) - excludedCount;
      if (found == 0) {
        return;
      }
      count += found;
      sources++;
      source = bucket;
      Head firsts = head != null ? head : bucket.head(year, excluded);
      for (Side award : firsts.awards()) {
        if (!take(award, likeness)) {
          break;
        }
      }
      // the year's first project, of any grant, is no later than its first of another grant
      if (!firsts.projects().isEmpty() && (bar == null || firsts.projects().get(0).order() < bar.order())) {
        for (Side project : bucket.firstOfOtherGrants(year, firsts, grant, excluded)) {
          if (!take(project, likeness)) {
            break;
          }
        }
      }
    }

    /** Adds what another gathering of the same grant and year found. */
    void addAll(Gathering other) {
      count += other.count;
      sources += other.sources;
      for (Candidate candidate : other.candidates) {
        take(candidate);
      }
    }

    /** Takes a side unless it comes after the bar; whether it did (the sides after it come later still). */
    private boolean take(Side side, Likeness likeness) {
      if (bar != null && side.order() >= bar.order()) {
        return false;
      }
      take(new Candidate(side, likeness.sameActivity(), likeness.common(side), likeness.all(side)));
      return true;
    }

    private void take(Candidate candidate) {
      if (bar != null && candidate.side().order() >= bar.order()) {
        return;
      }
      candidates.add(candidate);
      if (candidates.size() >= 2 * Counterparts.LISTED) {
        candidates.sort(Comparator.comparingInt(c -> c.side().order()));
        candidates.subList(Counterparts.LISTED, candidates.size()).clear();
        bar = candidates.get(Counterparts.LISTED - 1).side();
      }
    }

    /**
     * What was gathered, or null when nothing was; when {@code shareable}, shared with every class
     * of the same single source.
     */
    Counterparts answer(boolean shareable) {
      if (count == 0) {
        return null;
      }
      Source only = shareable && sources == 1 ? new Source(source, year, grant, title) : null;
      if (only != null) {
        Counterparts kept = single.get(only);
        if (kept != null) {
          return kept;
        }
      }
      candidates.sort(Comparator.comparingInt(c -> c.side().order()));
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
      int common = candidate.all() > 0 ? candidate.common() : TitleClasses.common(title.words, side.words().words);
      int all = candidate.all() > 0 ? candidate.all() : title.words.length + side.words().words.length - common;
      return new CounterpartFact(side.kind(), side.id(), side.title(), side.grant(), side.funder(),
          organisations.get(side.funder()).name(), from, to, candidate.sameActivity(), sameTitle, common, all);
    }
  }
}

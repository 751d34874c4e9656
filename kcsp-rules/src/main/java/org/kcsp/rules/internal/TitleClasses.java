package org.kcsp.rules.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.kcsp.rules.internal.FundingIndex.Side;
import org.kcsp.rules.internal.FundingIndex.Title;

/**
 * The titles of a record in classes whose token sets are alike, by the same measure, to the same
 * other token sets: likeness is worked out once per pair of classes, not once per pair of titles.
 *
 * <p>Likeness is between token sets (a title's words without stop words, rules.md, Projects). A
 * word that only one token set has never adds to what it shares with another, only to its size;
 * so, against any <em>other</em> token set, a token set is described by the words it shares with
 * some other (its shared words) and how many words it has of its own. Token sets of one
 * description form a class: two token sets of classes {@code (S, k)} and {@code (S', k')} share
 * the words {@code S} and {@code S'} have in common, out of {@code |S| + k + |S'| + k'} less
 * those; two token sets of one class share {@code |S|} of {@code |S| + 2k}, and a token set shares
 * all its words with itself (titles of the same words written otherwise). Thousands of distinct
 * titles such as "Community Safety Project 1", "... 2", ... are then one class.
 *
 * <p>Alike classes are found through a prefix filter on their rarest shared words (the indexing
 * and probing prefixes of AllPairs and PPJoin, in an order of the words that puts words of a token
 * set's own first: they are in no prefix). The work is proportional to the titles plus the pairs
 * of alike classes; only distinct classes that are alike one another (many token sets whose every
 * word is shared by a few others) make it grow faster.
 */
final class TitleClasses {

  /** A distinct set of title words, with the titles that have it. */
  static final class TokenSet {
    final int[] words;
    final List<Title> titles = new ArrayList<>(1);
    TitleClass titleClass;
    /** Its unkeyed and keyed sides, once asked for. */
    private FundingBucket unkeyed;
    private FundingBucket keyed;
    private boolean gathered;

    TokenSet(int[] words) {
      this.words = words;
    }

    /** Its sides with an activity key, or without one; null when there are none. */
    FundingBucket bucket(boolean keyedSides) {
      if (!gathered) {
        List<Side> sides = sides(titles);
        unkeyed = FundingBucket.of(sides, false);
        keyed = FundingBucket.of(sides, true);
        gathered = true;
      }
      return keyedSides ? keyed : unkeyed;
    }
  }

  /** Token sets of one description: the words they share with other token sets, and how many of their own. */
  static final class TitleClass {
    final int index;
    /** The shared words, as word numbers; once ranked, their ranks, rarest first. */
    final int[] shared;
    /** How many words each token set of the class has that no other token set has. */
    final int own;
    final List<TokenSet> sets = new ArrayList<>(1);
    private FundingBucket unkeyed;
    private FundingBucket keyed;
    private boolean gathered;

    TitleClass(int index, int[] shared, int own) {
      this.index = index;
      this.shared = shared;
      this.own = own;
    }

    /** How many words each of its token sets has. */
    int size() {
      return shared.length + own;
    }

    /**
     * Whether two distinct token sets of the class are alike: they share its {@code |S|} shared
     * words of {@code |S| + 2k}. With no words of their own, a class has one token set.
     */
    boolean alikeWithin(Similarity similarity) {
      return own > 0 && similarity.alike(shared.length, shared.length + 2L * own);
    }

    /** Its sides with an activity key, or without one; null when there are none. */
    FundingBucket bucket(boolean keyedSides) {
      if (!gathered) {
        List<Title> titles = new ArrayList<>();
        sets.forEach(set -> titles.addAll(set.titles));
        List<Side> sides = sides(titles);
        unkeyed = FundingBucket.of(sides, false);
        keyed = FundingBucket.of(sides, true);
        gathered = true;
      }
      return keyedSides ? keyed : unkeyed;
    }
  }

  /** Takes each class alike to a probed one, with the words their token sets share and the words of either. */
  interface AlikeClasses {
    void alike(TitleClass other, int common, int all);
  }

  private final List<TitleClass> classes = new ArrayList<>();
  /** For each shared word's rank, the classes whose probing prefix holds it, in order of size. */
  private List<TitleClass>[] byProbingPrefix;
  /** For each shared word's rank, the classes whose indexing prefix holds it, in order of size. */
  private List<TitleClass>[] byIndexingPrefix;

  /** An array of lists, one per word: Java makes no array of a generic type but through a cast. */
  @SuppressWarnings("unchecked")
  private static List<TitleClass>[] lists(int size) {
    return (List<TitleClass>[]) new List<?>[size];
  }
  /** Which classes the current probe has looked at: marked with its stamp. */
  private int[] seen;
  private int probes;
  private final Similarity similarity;

  private TitleClasses(Similarity similarity) {
    this.similarity = similarity;
  }

  /** Every class, in the order its first token set was met. */
  List<TitleClass> all() {
    return classes;
  }

  /**
   * The classes of the token sets of {@code titles}, whose {@link Title#words} are set, as word
   * numbers from 0 to {@code words - 1}: each title with words gets its token set, and each token
   * set its class.
   */
  static TitleClasses of(List<Title> titles, int words, Similarity similarity) {
    TitleClasses classes = new TitleClasses(similarity);
    classes.classify(titles, words);
    return classes;
  }

  private void classify(List<Title> titles, int words) {
    NumberSequences setNumbers = new NumberSequences();
    List<TokenSet> distinct = new ArrayList<>();
    int[] setsWith = new int[words];
    for (Title title : titles) {
      if (title.words.length == 0) {
        continue; // no words at all is no likeness
      }
      int found = setNumbers.find(title.words, title.words.length);
      TokenSet set;
      if (found >= 0) {
        set = distinct.get(found);
      } else {
        setNumbers.add(title.words);
        set = new TokenSet(title.words);
        distinct.add(set);
        for (int word : set.words) {
          setsWith[word]++;
        }
      }
      set.titles.add(title);
      title.set = set;
    }
    NumberSequences descriptions = new NumberSequences();
    int[] description = new int[16];
    for (TokenSet set : distinct) {
      if (description.length <= set.words.length) {
        description = new int[2 * set.words.length];
      }
      int length = description(set.words, setsWith, description);
      int found = descriptions.find(description, length);
      TitleClass titleClass;
      if (found >= 0) {
        titleClass = classes.get(found);
      } else {
        descriptions.add(Arrays.copyOf(description, length));
        titleClass = new TitleClass(classes.size(), Arrays.copyOf(description, length - 1), -1 - description[length - 1]);
        classes.add(titleClass);
      }
      titleClass.sets.add(set);
      set.titleClass = titleClass;
    }
    index(words, setsWith);
  }

  /**
   * Writes the description of a token set into {@code description}, and gives its length: the
   * words it shares with other token sets, then, as a negative number (-1 for none), how many words
   * it has that no other token set has.
   */
  private static int description(int[] words, int[] setsWith, int[] description) {
    int shared = 0;
    for (int word : words) {
      if (setsWith[word] > 1) {
        description[shared++] = word;
      }
    }
    description[shared] = -1 - (words.length - shared);
    return shared + 1;
  }

  /**
   * Ranks the shared words by how many classes have them, rarest first (words as rare as each
   * other by number), and indexes each class twice, in order of size: under the words of its
   * probing prefix and under those of its shorter indexing prefix. Any one order of the words
   * serves the prefix filter; a class's own words come before all of them, and are not ranked.
   * {@code setsWith} is reused for the ranks.
   */
  private void index(int words, int[] setsWith) {
    int[] classesWith = new int[words];
    int most = 0;
    for (TitleClass titleClass : classes) {
      for (int word : titleClass.shared) {
        most = Math.max(most, ++classesWith[word]);
      }
    }
    // before[f]: how many shared words are in fewer than f classes, then the next rank of those in f
    int[] before = new int[most + 2];
    for (int word = 0; word < words; word++) {
      if (classesWith[word] > 0) {
        before[classesWith[word] + 1]++;
      }
    }
    for (int f = 1; f < before.length; f++) {
      before[f] += before[f - 1];
    }
    int ranked = before[most + 1];
    int[] rank = setsWith;
    for (int word = 0; word < words; word++) {
      rank[word] = classesWith[word] > 0 ? before[classesWith[word]]++ : -1;
    }
    byProbingPrefix = lists(ranked);
    byIndexingPrefix = lists(ranked);
    List<TitleClass> bySize = new ArrayList<>(classes);
    bySize.sort(Comparator.comparingInt(TitleClass::size).thenComparingInt(c -> c.index));
    for (TitleClass titleClass : bySize) {
      int[] ranks = titleClass.shared;
      for (int i = 0; i < ranks.length; i++) {
        ranks[i] = rank[ranks[i]];
      }
      Arrays.sort(ranks);
      for (int i = 0; i < probingPrefix(titleClass); i++) {
        listed(byProbingPrefix, ranks[i]).add(titleClass);
      }
      for (int i = 0; i < indexingPrefix(titleClass); i++) {
        listed(byIndexingPrefix, ranks[i]).add(titleClass);
      }
    }
    seen = new int[classes.size()];
  }

  private static List<TitleClass> listed(List<TitleClass>[] index, int rank) {
    if (index[rank] == null) {
      index[rank] = new ArrayList<>(1);
    }
    return index[rank];
  }

  /**
   * How many of the shared words of a class, rarest first, any other alike class shares one of:
   * of the {@linkplain Similarity#probingPrefix probing prefix} of a token set of n words (for
   * 3/5, its n - ceil(3n/5) + 1 first words), those that are not its own.
   */
  private int probingPrefix(TitleClass titleClass) {
    return similarity.probingPrefix(titleClass.size()) - titleClass.own;
  }

  /**
   * The same, for an alike class at least as large: the {@linkplain Similarity#indexingPrefix
   * indexing prefix} (for 3/5, n - ceil(3n/4) + 1 first words), less its own. Indexing the
   * shorter prefix keeps the common words of long titles out of the index.
   */
  private int indexingPrefix(TitleClass titleClass) {
    return similarity.indexingPrefix(titleClass.size()) - titleClass.own;
  }

  /**
   * Hands {@code visitor} the other classes alike to {@code probed}: a class no larger shares a
   * word of its indexing prefix with the probed class's probing prefix; a larger one, a word of
   * its probing prefix with the probed class's indexing prefix. The index lists are in order of
   * size, so only the sizes that could be alike are looked at. Nothing is kept: memory holds none
   * of the pairs.
   */
  void alike(TitleClass probed, AlikeClasses visitor) {
    int stamp = ++probes;
    seen[probed.index] = stamp;
    int n = probed.size();
    for (int i = 0; i < probingPrefix(probed); i++) {
      alike(probed, byIndexingPrefix[probed.shared[i]], similarity.leastAlike(n), n, stamp, visitor);
    }
    for (int i = 0; i < indexingPrefix(probed); i++) {
      alike(probed, byProbingPrefix[probed.shared[i]], n + 1, similarity.mostAlike(n), stamp, visitor);
    }
  }

  /** The classes of {@code list} with {@code smallest} to {@code largest} words that are alike to {@code probed}. */
  private void alike(TitleClass probed, List<TitleClass> list, int smallest, int largest, int stamp,
      AlikeClasses visitor) {
    if (list == null) {
      return;
    }
    int n = probed.size();
    for (int j = firstOfSize(list, smallest); j < list.size(); j++) {
      TitleClass other = list.get(j);
      int m = other.size();
      if (m > largest) {
        break;
      }
      if (seen[other.index] == stamp) {
        continue;
      }
      seen[other.index] = stamp;
      int common = common(probed.shared, other.shared);
      int all = n + m - common;
      if (similarity.alike(common, all)) {
        visitor.alike(other, common, all);
      }
    }
  }

  /** The position of the first class of at least {@code size} words in a list in order of size. */
  private static int firstOfSize(List<TitleClass> list, int size) {
    int low = 0;
    int high = list.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (list.get(middle).size() < size) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** How many numbers two increasing lists share, by one pass over both. */
  static int common(int[] a, int[] b) {
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

  /** The sides of some titles, in listing order. */
  private static List<Side> sides(List<Title> titles) {
    List<Side> sides = new ArrayList<>();
    titles.forEach(title -> sides.addAll(title.sides));
    if (titles.size() > 1) {
      sides.sort(Comparator.comparingInt(Side::order));
    }
    return sides;
  }
}

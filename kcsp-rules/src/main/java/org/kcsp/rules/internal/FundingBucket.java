package org.kcsp.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kcsp.rules.SubjectKind;
import org.kcsp.rules.internal.FundingIndex.Side;
import org.kcsp.rules.internal.FundingIndex.Title;
import org.kcsp.rules.spi.Counterparts;

/**
 * Sides of the duplicate rules that share something (an activity key, a title, a token set or a
 * class of titles) and are all keyed or all unkeyed: the awards, and the projects by financial
 * year, each in listing order. A project's counterparts among them are counted by arithmetic (the
 * awards overlapping its year, and its year's projects less its own grant's), and the first
 * {@link Counterparts#LISTED} are found by looking at a bounded number of sides, however many
 * there are: the first {@link #HEAD} of a year, and past a grant's own projects at most once.
 */
final class FundingBucket {

  /**
   * How many of a year's first projects are looked at for any grant. Of {@code 2 x LISTED + 1}
   * projects, at most one grant has more than {@code LISTED + 1}: every other grant finds its first
   * {@link Counterparts#LISTED} counterparts among them.
   */
  static final int HEAD = 2 * Counterparts.LISTED + 1;

  /**
   * The first sides of a bucket in one year, those of one title left out (or none): the first
   * {@link Counterparts#LISTED} overlapping awards, and the first {@link #HEAD} projects.
   *
   * @param allProjects whether {@code projects} holds every project of the year not left out
   */
  record Head(List<Side> awards, List<Side> projects, boolean allProjects) {}

  private static final Head NONE = new Head(List.of(), List.of(), true);
  private static final Side[] NO_AWARDS = {};

  private final List<Side> awards = new ArrayList<>(1);
  /** The projects of its only year, while it has one; then null, and {@code years} holds them. */
  private Year sole;
  private Map<Integer, Year> years;
  /** The awards overlapping each financial year asked about, in listing order, worked out once. */
  private Map<Integer, Side[]> awardsIn;
  /** Its head of each year asked about, no title left out, worked out once. */
  private Map<Integer, Head> heads;

  private FundingBucket() {}

  /** A bucket of those of {@code sides} (in listing order) that are keyed, or unkeyed; null when there are none. */
  static FundingBucket of(List<Side> sides, boolean keyed) {
    FundingBucket bucket = null;
    for (Side side : sides) {
      if ((side.activity() != null) == keyed) {
        if (bucket == null) {
          bucket = new FundingBucket();
        }
        bucket.add(side);
      }
    }
    if (bucket != null) {
      bucket.settle();
    }
    return bucket;
  }

  private void add(Side side) {
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

  private void settle() {
    if (sole != null) {
      sole.settle();
    } else if (years != null) {
      years.values().forEach(Year::settle);
    }
  }

  /** Its projects of the financial year starting in {@code year}, or null when it has none. */
  Year year(int year) {
    if (sole != null) {
      return sole.year == year ? sole : null;
    }
    return years == null ? null : years.get(year);
  }

  /** How many of its sides are counterparts of a project of {@code grant} in the financial year starting in {@code year}. */
  int count(int year, String grant) {
    Year projects = year(year);
    return awardsOverlapping(year).length + (projects == null ? 0 : projects.projects.size() - projects.of(grant));
  }

  /** Its awards whose periods overlap the financial year starting in {@code year}, in listing order: one pass, once per year. */
  Side[] awardsOverlapping(int year) {
    if (awards.isEmpty()) {
      return NO_AWARDS;
    }
    if (awardsIn == null) {
      awardsIn = new HashMap<>(2);
    }
    return awardsIn.computeIfAbsent(year, y -> {
      LocalDate first = LocalDate.of(y, 4, 1);
      LocalDate last = LocalDate.of(y + 1, 3, 31);
      List<Side> overlapping = new ArrayList<>();
      for (Side award : awards) {
        if (!award.from().isAfter(last) && (award.to() == null || !award.to().isBefore(first))) {
          overlapping.add(award);
        }
      }
      return overlapping.isEmpty() ? NO_AWARDS : overlapping.toArray(Side[]::new);
    });
  }

  /**
   * Its first sides in the financial year starting in {@code year}, those titled {@code excluded}
   * left out (none when null). Without a title left out, it is worked out once per year; with one,
   * it walks past that title's sides, and is worth keeping for every grant of the title.
   */
  Head head(int year, Title excluded) {
    if (excluded == null && heads != null) {
      Head kept = heads.get(year);
      if (kept != null) {
        return kept;
      }
    }
    List<Side> firstAwards = new ArrayList<>();
    for (Side award : awardsOverlapping(year)) {
      if (award.words() != excluded) {
        firstAwards.add(award);
        if (firstAwards.size() == Counterparts.LISTED) {
          break;
        }
      }
    }
    Year projects = year(year);
    List<Side> first = new ArrayList<>();
    boolean all = true;
    if (projects != null) {
      for (Side project : projects.projects) {
        if (project.words() != excluded) {
          if (first.size() == HEAD) {
            all = false;
            break;
          }
          first.add(project);
        }
      }
    }
    Head head = firstAwards.isEmpty() && first.isEmpty() ? NONE : new Head(firstAwards, first, all);
    if (excluded == null) {
      if (heads == null) {
        heads = new HashMap<>(2);
      }
      heads.put(year, head);
    }
    return head;
  }

  /**
   * The first {@link Counterparts#LISTED} projects of the year that belong to other grants than
   * {@code grant}, those titled {@code excluded} left out: from the head when it holds them, else
   * (when {@code grant} has more than {@code LISTED + 1} of the head) past the grant's own
   * projects, walked once for every title of the grant.
   */
  List<Side> firstOfOtherGrants(int year, Head head, String grant, Title excluded) {
    List<Side> first = new ArrayList<>(Math.min(Counterparts.LISTED, head.projects().size()));
    for (Side project : head.projects()) {
      if (!project.grant().equals(grant)) {
        first.add(project);
        if (first.size() == Counterparts.LISTED) {
          return first;
        }
      }
    }
    if (head.allProjects()) {
      return first;
    }
    first.clear();
    Year projects = year(year);
    for (int i = 0; first.size() < Counterparts.LISTED; i++) {
      Side other = projects.ofOtherGrant(grant, i);
      if (other == null) {
        break;
      }
      if (other.words() != excluded) {
        first.add(other);
      }
    }
    return first;
  }

  /** A bucket's projects of one financial year, in listing order, with how many each grant has. */
  static final class Year {
    final int year;
    final List<Side> projects = new ArrayList<>(1);
    /** The grant of every project, when they all have one; else null, and {@code perGrant} counts them. */
    private String soleGrant;
    private Map<String, Integer> perGrant;
    /** For a grant whose own projects fill the head, the projects of other grants found so far. */
    private Map<String, OtherGrants> othersOf;

    Year(int year) {
      this.year = year;
    }

    private void settle() {
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

    /**
     * The {@code i}th of its projects (from 0) that belong to other grants than {@code grant}, or
     * null when there are no more: found by walking on from where the last search for this grant
     * stopped, so that the grant's own projects are walked past once.
     */
    Side ofOtherGrant(String grant, int i) {
      if (othersOf == null) {
        othersOf = new HashMap<>(2);
      }
      OtherGrants others = othersOf.computeIfAbsent(grant, g -> new OtherGrants());
      while (others.found.size() <= i && others.next < projects.size()) {
        Side project = projects.get(others.next++);
        if (!project.grant().equals(grant)) {
          others.found.add(project);
        }
      }
      return i < others.found.size() ? others.found.get(i) : null;
    }
  }

  /** The projects of other grants found so far, and where to walk on from. */
  private static final class OtherGrants {
    final List<Side> found = new ArrayList<>();
    int next;
  }
}

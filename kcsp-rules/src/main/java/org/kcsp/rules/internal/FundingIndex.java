package org.kcsp.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kcsp.model.ExternalAward;
import org.kcsp.model.Grant;
import org.kcsp.model.Organisation;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Project;
import org.kcsp.rules.SubjectKind;
import org.kcsp.rules.spi.FundingMatchFact;

/**
 * Finds the pairs the duplicate-funding rules judge, without comparing every pair: live projects
 * and their counterparts (other funders' awards, live projects of other grants) are indexed by
 * activity key, by normalised title and by the rarest words of their titles (a prefix filter: two
 * titles whose word sets are at least 3/5 alike share one of their rarest words), and only pairs
 * met in an index, with overlapping periods, become {@link FundingMatchFact} facts.
 */
final class FundingIndex {

  /** Words that say nothing about the activity. */
  static final Set<String> STOP_WORDS =
      Set.of("a", "an", "and", "the", "of", "for", "to", "in", "on", "at", "by", "with", "or", "from");

  /** One side of a pair: a live project or another funder's award. */
  private record Side(
      SubjectKind kind, String id, String title, String activity, String grant, String funder,
      LocalDate from, LocalDate to, String normalised, String[] tokens, int order) {}

  private final Map<String, Organisation> organisations;
  private final List<Side> projects = new ArrayList<>();
  private final List<Side> counterparts = new ArrayList<>();
  // Made by collect, sized to what it found.
  private Map<String, List<Side>> byActivity;
  private Map<String, List<Side>> byTitle;
  private Map<String, List<Side>> byPrefixToken;
  private Map<String, Integer> frequency;

  private FundingIndex(Map<String, Organisation> organisations) {
    this.organisations = organisations;
  }

  static List<FundingMatchFact> matches(PartnershipRecord view, Map<String, Organisation> organisations) {
    FundingIndex index = new FundingIndex(organisations);
    index.collect(view);
    return index.match();
  }

  private void collect(PartnershipRecord view) {
    int order = 0;
    for (Grant grant : view.grants()) {
      for (Project project : grant.projects()) {
        if (project.isLive()) {
          Side side = side(SubjectKind.PROJECT, project.id(), project.title(), project.activity().orElse(null),
              grant.id(), grant.funder(), grant.financialYear().firstDay(), grant.financialYear().lastDay(), order++);
          projects.add(side);
          counterparts.add(side);
        }
      }
    }
    for (ExternalAward award : view.externalAwards()) {
      counterparts.add(side(SubjectKind.AWARD, award.id(), award.title(), award.activity().orElse(null), null,
          award.funder(), award.periodStart(), award.periodEnd().orElse(null), order++));
    }
    // Sized once, and small lists: in a large record most keys and titles are met once.
    frequency = new HashMap<>(capacity(4 * counterparts.size()));
    for (Side side : counterparts) {
      for (String token : side.tokens()) {
        frequency.merge(token, 1, Integer::sum);
      }
    }
    byActivity = new HashMap<>(capacity(counterparts.size()));
    byTitle = new HashMap<>(capacity(counterparts.size()));
    byPrefixToken = new HashMap<>(capacity(frequency.size()));
    for (Side side : counterparts) {
      if (side.activity() != null) {
        byActivity.computeIfAbsent(side.activity(), k -> new ArrayList<>(2)).add(side);
      }
      if (!side.normalised().isEmpty()) {
        byTitle.computeIfAbsent(side.normalised(), k -> new ArrayList<>(2)).add(side);
      }
      for (String token : prefix(side.tokens())) {
        byPrefixToken.computeIfAbsent(token, k -> new ArrayList<>(2)).add(side);
      }
    }
  }

  /** The initial capacity of a hash map that holds {@code entries} without growing. */
  private static int capacity(int entries) {
    return (int) Math.min(Integer.MAX_VALUE, entries * 4L / 3 + 1);
  }

  private Side side(SubjectKind kind, String id, String title, String activity, String grant, String funder,
      LocalDate from, LocalDate to, int order) {
    String normalised = normalise(title);
    return new Side(kind, id, title, activity, grant, funder, from, to, normalised, tokens(normalised), order);
  }

  /**
   * The rarest words of a title, as many as a prefix filter for similarity 3/5 needs: with n words,
   * any title at least 3/5 alike shares one of the first n - ceil(3n/5) + 1.
   */
  private List<String> prefix(String[] tokens) {
    List<String> ordered = new ArrayList<>(Arrays.asList(tokens));
    ordered.sort(Comparator.<String>comparingInt(frequency::get).thenComparing(Comparator.naturalOrder()));
    int n = ordered.size();
    int length = n - (3 * n + 4) / 5 + 1;
    return ordered.subList(0, Math.min(n, length));
  }

  private List<FundingMatchFact> match() {
    List<FundingMatchFact> matches = new ArrayList<>();
    for (Side project : projects) {
      // Sides are distinct by their order; a sorted set of orders keeps the output in record order.
      TreeMap<Integer, Side> candidates = new TreeMap<>();
      if (project.activity() != null) {
        add(candidates, byActivity.get(project.activity()));
      }
      add(candidates, byTitle.get(project.normalised()));
      for (String token : prefix(project.tokens())) {
        add(candidates, byPrefixToken.get(token));
      }
      for (Side other : candidates.values()) {
        if (other == project || (other.grant() != null && other.grant().equals(project.grant()))) {
          continue;
        }
        LocalDate from = project.from().isAfter(other.from()) ? project.from() : other.from();
        LocalDate to = earlier(project.to(), other.to());
        if (to != null && from.isAfter(to)) {
          continue;
        }
        boolean bothKeyed = project.activity() != null && other.activity() != null;
        boolean sameActivity = bothKeyed && project.activity().equals(other.activity());
        boolean sameTitle = !project.normalised().isEmpty() && project.normalised().equals(other.normalised());
        int common = common(project.tokens(), other.tokens());
        int all = project.tokens().length + other.tokens().length - common;
        matches.add(new FundingMatchFact(project.id(), project.title(), other.kind(), other.id(), other.title(),
            other.funder(), organisations.get(other.funder()).name(), from, to, bothKeyed, sameActivity, sameTitle,
            common, all, other.grant(), project.activity()));
      }
    }
    return matches;
  }

  private static void add(Map<Integer, Side> candidates, List<Side> sides) {
    if (sides != null) {
      sides.forEach(side -> candidates.put(side.order(), side));
    }
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }

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

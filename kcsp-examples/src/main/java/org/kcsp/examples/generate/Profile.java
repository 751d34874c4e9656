package org.kcsp.examples.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kcsp.examples.generate.Vocabulary.PriorityKind;
import org.kcsp.examples.generate.Vocabulary.SubgroupKind;
import org.kcsp.examples.generate.Vocabulary.Voluntary;
import org.kcsp.model.Tier;

/**
 * What stays the same about one partnership from year to year: its name and tier, its councils
 * and partners, its subgroups and when they meet, its priorities, and the dates its information
 * sharing agreement was refreshed. Drawn from the seed and the partnership's number alone.
 */
record Profile(
    String id,
    String area,
    String code,
    Tier tier,
    String name,
    String force,
    Body council,
    Body countyCouncil,
    List<Body> districts,
    List<Body> voluntary,
    Merger merger,
    boolean housing,
    boolean vruMember,
    List<SubgroupPlan> subgroups,
    int meetingPhase,
    int meetingDay,
    List<PriorityKind> priorities,
    PriorityKind crossCutting,
    LocalDate isaSecondVersion,
    LocalDate isaThirdVersion,
    long allocationPounds,
    String scrutinyCommittee) {

  /** An organisation's id and name. */
  record Body(String id, String name) {}

  /** A voluntary organisation that merges into a new one: the last day of the old one. */
  record Merger(Body from, Body into, LocalDate lastDay) {}

  /** A subgroup, its parent, and its meetings: every {@code cadence} months on day {@code day}. */
  record SubgroupPlan(SubgroupKind kind, String id, String name, String parent, int cadence, int phase, int day,
      int reviewIntervalMonths) {
    int meetingsPerYear() {
      return 12 / cadence;
    }
  }

  static Profile draw(long seed, int partnership) {
    Draw draw = new Draw(Draw.mix(seed, partnership, -1));
    String id = String.format(Locale.ROOT, "CSP-%03d", partnership + 1);
    double t = draw.fraction();
    Tier tier = t < 0.25 ? Tier.COUNTY : t < 0.7 ? Tier.DISTRICT : Tier.UNITARY;
    String county = draw.pick(Vocabulary.COUNTIES);
    String area = tier == Tier.COUNTY ? county : draw.pick(Vocabulary.PLACES);
    String code = code(area);
    String name = switch (draw.between(0, 3)) {
      case 0 -> "Safer " + area + " Partnership";
      case 1 -> area + " Community Safety Partnership Board";
      default -> area + " Community Safety Partnership";
    };
    Body council = switch (tier) {
      case COUNTY -> new Body(code + "-CC", area + " County Council");
      case DISTRICT -> new Body(code + "-DC", area + " " + draw.pick(Vocabulary.DISTRICT_COUNCILS));
      case UNITARY -> new Body(code + "-COUNCIL", area + " Council");
    };
    Body countyCouncil = tier == Tier.DISTRICT ? new Body(code(county) + "-CC", county + " County Council") : null;
    List<Body> districts = new ArrayList<>();
    if (tier == Tier.COUNTY) {
      List<String> places = draw.sample(Vocabulary.PLACES, draw.between(2, 4));
      for (int i = 0; i < places.size(); i++) {
        districts.add(new Body(code + "-D" + (i + 1), places.get(i) + " " + draw.pick(Vocabulary.DISTRICT_COUNCILS)));
      }
    }
    List<Body> voluntary = new ArrayList<>();
    for (Voluntary kind : draw.sample(Vocabulary.VOLUNTARY, draw.between(2, 3))) {
      voluntary.add(new Body(code + "-" + kind.suffix(), kind.name(area)));
    }
    Merger merger = null;
    if (draw.chance(0.6)) {
      Voluntary into = draw.pick(Vocabulary.SUCCESSORS);
      merger = new Merger(draw.pick(voluntary), new Body(code + "-" + into.suffix(), into.name(area)),
          draw.date(LocalDate.of(2019, 9, 30), LocalDate.of(2025, 12, 31)));
    }
    List<SubgroupPlan> subgroups = new ArrayList<>();
    int count = draw.between(1, 3);
    List<SubgroupKind> kinds = new ArrayList<>(draw.sample(Vocabulary.SUBGROUPS, count));
    for (SubgroupKind kind : kinds) {
      int cadence = draw.chance(0.5) ? 2 : 3;
      subgroups.add(new SubgroupPlan(kind, id + "-" + kind.suffix(), area + " " + kind.name(), id, cadence,
          draw.between(0, cadence - 1), draw.between(2, 27), 12));
    }
    SubgroupPlan abuse = subgroups.stream().filter(s -> s.kind().suffix().equals("DA")).findFirst().orElse(null);
    if (abuse != null && subgroups.size() < 3 && draw.chance(0.6)) {
      SubgroupKind panel = Vocabulary.DHR_PANEL;
      subgroups.add(new SubgroupPlan(panel, id + "-" + panel.suffix(), area + " " + panel.name(), abuse.id(), 3,
          draw.between(0, 2), draw.between(2, 27), draw.chance(0.3) ? 24 : 12));
    }
    List<PriorityKind> priorities = draw.sample(Vocabulary.PRIORITIES, draw.between(3, 5));
    String committee = tier == Tier.DISTRICT
        ? council.name() + " Overview and Scrutiny Committee"
        : council.name() + " Crime and Disorder Scrutiny Committee";
    return new Profile(id, area, code, tier, name, tier == Tier.COUNTY ? area : county, council, countyCouncil,
        List.copyOf(districts), List.copyOf(voluntary), merger, draw.chance(0.5), draw.chance(0.6),
        List.copyOf(subgroups), draw.between(0, 2), draw.between(3, 26), List.copyOf(priorities),
        draw.pick(Vocabulary.CROSS_CUTTING),
        draw.date(LocalDate.of(2020, 1, 6), LocalDate.of(2021, 12, 20)),
        draw.date(LocalDate.of(2023, 1, 9), LocalDate.of(2025, 12, 15)),
        draw.between(15_000L, 90_000L), committee);
  }

  /** "KENT", "MIKE" for Milton Keynes: an id prefix, from the letters of the first and last words. */
  static String code(String area) {
    String[] words = area.toUpperCase(Locale.ROOT).split(" ");
    String first = letters(words[0]);
    if (words.length == 1) {
      return first.substring(0, Math.min(4, first.length()));
    }
    String last = letters(words[words.length - 1]);
    return first.substring(0, Math.min(2, first.length())) + last.substring(0, Math.min(2, last.length()));
  }

  private static String letters(String word) {
    StringBuilder letters = new StringBuilder(word.length());
    word.chars().filter(c -> c >= 'A' && c <= 'Z').forEach(c -> letters.append((char) c));
    return letters.toString();
  }

  /** The partnership's short name for papers: "Dover CSP". */
  String shortName() {
    return area + " CSP";
  }
}

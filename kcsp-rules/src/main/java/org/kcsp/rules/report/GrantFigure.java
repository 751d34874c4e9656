package org.kcsp.rules.report;

import java.util.ArrayList;
import java.util.List;
import org.kcsp.model.Pot;
import org.kcsp.rules.GrantPosition;
import org.kcsp.rules.PotPosition;
import org.kcsp.rules.RuleCheck;

/**
 * One grant drawn for the HTML report: its allocation as a bar split into the tactical pot and the
 * upfront part with the tactical pot's cap marked, and beneath it what the committed projects take.
 * Every length comes from pence by exact integer arithmetic ({@link Svg#scale}).
 *
 * <p>It draws the report's {@link GrantPosition} and decides nothing: the tactical pot is marked
 * over its cap when the report holds a {@code GRANT_TACTICAL_POT_OVER_CAP} finding on the grant,
 * and a pot overcommitted when it holds a {@code GRANT_POT_OVERCOMMITTED} finding on that pot,
 * each marked waived when a waiver covers it and not checked when its rule was not run.
 *
 * <p>The tactical pot is drawn first, from the left edge: the cap is a share of the allocation, so
 * its marker sits at the cap's own length from the edge, and a tactical pot over its cap visibly
 * crosses it whatever the upfront part is.
 */
final class GrantFigure {

  static final int WIDTH = 720;
  /** The height without lines of marks beneath the committed bar. */
  static final int HEIGHT = 172;
  /** Where the bars start. */
  static final int BAR_X = 20;
  /** How long the longest bar may be. */
  static final int BAR_LENGTH = 680;

  static final String TACTICAL_COLOUR = "#b35900";
  static final String UPFRONT_COLOUR = "#1d4f91";
  static final String FINDING_COLOUR = "#a4000f";
  static final String WAIVED_COLOUR = "#444";

  private static final int ALLOCATION_Y = 44;
  private static final int ALLOCATION_HEIGHT = 28;
  private static final int COMMITTED_Y = 134;
  private static final int COMMITTED_HEIGHT = 22;
  private static final int MARK_LINE = 18;

  final GrantPosition grant;
  /** Whether the allocation is known: when it is not (version 2), no figure is drawn from it. */
  final boolean allocationKnown;
  /** The allocation, the upfront pot and the cap, in pence: 0 where unknown, and then never drawn. */
  final long allocation;
  final long upfront;
  final long tactical;
  final long limit;

  GrantFigure(GrantPosition grant) {
    this.grant = grant;
    this.allocationKnown = grant.allocation().isPresent();
    this.allocation = grant.allocation().orElse(0);
    this.upfront = grant.upfront().amount().orElse(0);
    this.tactical = grant.tactical().amount().orElseThrow();
    this.limit = grant.tacticalPotLimit().orElse(0);
  }

  /** Whether the upfront pot is known: stated, or worked out from a known allocation. */
  boolean upfrontKnown() {
    return grant.upfront().amount().isPresent();
  }

  /** The upfront pot in words: its amount, or that it is unknown. */
  String upfrontWords() {
    return upfrontKnown() ? Words.money(upfront) : "unknown";
  }

  boolean committedKnown() {
    return grant.committedKnown();
  }

  long committed() {
    return grant.committed().orElseThrow();
  }

  static long committed(PotPosition pot) {
    return pot.committed().orElseThrow();
  }

  /** What the longest bar shows: the allocation, the two pots together or the committed sum. */
  long domain() {
    long domain = Math.max(allocation, tactical + upfront);
    if (committedKnown()) {
      domain = Math.max(domain, committed());
    }
    return Math.max(domain, 1);
  }

  /** The x of an amount on the bars, in hundredths of a pixel. */
  long x(long pence) {
    return Svg.px(BAR_X) + Svg.scale(pence, domain(), BAR_LENGTH);
  }

  /** The x of the cap marker, in hundredths of a pixel. */
  long capX() {
    return x(limit);
  }

  String title() {
    return grant.programme() + " " + grant.financialYear() + " (" + grant.id() + ")";
  }

  /** The figure in words: what a screen reader says, and the figure's caption. */
  String description() {
    if (!allocationKnown) {
      StringBuilder words = new StringBuilder(title()).append(": allocation unknown; a tactical pot of ")
          .append(Words.money(tactical)).append(" and an upfront part ").append(upfrontKnown()
              ? "of " + Words.money(upfront) : "that is unknown too").append(". ");
      words.append("The tactical pot may be at most ").append(grant.tacticalPotCap())
          .append(" of the allocation, an amount unknown while the allocation is; no allocation bar or cap is drawn. ");
      words.append(committedSentence());
      for (Mark mark : overcommitment()) {
        words.append(' ').append(mark.sentence());
      }
      return words.toString();
    }
    StringBuilder words = new StringBuilder(title()).append(": allocation ").append(Words.money(allocation))
        .append(", split into a tactical pot of ").append(Words.money(tactical))
        .append(" and an upfront part of ").append(Words.money(upfront)).append(". ");
    words.append("The tactical pot may be at most ").append(grant.tacticalPotCap())
        .append(" of the allocation, ").append(Words.money(limit)).append(capWords()).append(". ");
    words.append(committedSentence());
    for (Mark mark : overcommitment()) {
      words.append(' ').append(mark.sentence());
    }
    return words.toString();
  }

  /** What {@code GRANT_TACTICAL_POT_OVER_CAP} found, after the cap's figure. */
  private String capWords() {
    RuleCheck overCap = grant.tacticalPotOverCap();
    return switch (overCap.state()) {
      case OPEN -> ": it is " + overBy() + " the cap";
      case WAIVED -> ": it is " + overBy() + " the cap, a finding waived until "
          + Words.date(overCap.finding().orElseThrow().waived().orElseThrow().until());
      case NO_FINDING -> ": it is within the cap";
      case NOT_RUN -> "; whether it is within the cap was not checked (rule " + overCap.rule() + " not run)";
    };
  }

  /** {@code £2,000.00 over}: by how much the tactical pot passes its cap. */
  String overBy() {
    return tactical > limit ? Words.money(tactical - limit) + " over" : "over";
  }

  String committedSentence() {
    if (!grant.projectsRecorded()) {
      return "Committed: unknown (the projects are not recorded).";
    }
    if (!committedKnown()) {
      return "Committed: unknown (projects without an amount: " + grant.projectsWithoutAmount().size() + ").";
    }
    if (grant.committedProjects() == 0) {
      return "Committed: " + Words.money(0) + " (no committed project).";
    }
    return "Committed: " + Words.money(committed()) + " in "
        + Words.count(grant.committedProjects(), "project", "projects") + " (tactical "
        + Words.money(committed(grant.tactical())) + ", upfront " + Words.money(committed(grant.upfront())) + ").";
  }

  /**
   * What a rule found about a pot ({@code OPEN}, {@code WAIVED}) or that it was not run: a label
   * for a line beneath the committed bar, and a sentence for the description.
   */
  record Mark(RuleCheck.State state, String label, String sentence) {}

  /**
   * What {@code GRANT_POT_OVERCOMMITTED} found, a mark per pot it found overcommitted, or that it
   * was not run. While what is committed is unknown, the rule still finds a pot its known
   * commitments exceed: its mark says what they cost at least, from the finding.
   */
  List<Mark> overcommitment() {
    List<Mark> marks = new ArrayList<>();
    for (PotPosition pot : List.of(grant.tactical(), grant.upfront())) {
      RuleCheck check = pot.overcommitted();
      String name = potName(pot.pot());
      String committed = pot.committed().isPresent()
          ? Words.money(committed(pot))
          : check.finding().map(f -> f.evidence().value("committed"))
              .flatMap(value -> value.map(v -> "at least " + Words.evidence(v)))
              .orElse("");
      String figures = committed + " committed of " + available(pot);
      switch (check.state()) {
        case OPEN -> marks.add(new Mark(check.state(), "OVERCOMMITTED: " + name + " pot, " + figures,
            "The " + name + " pot is overcommitted: " + figures + ", the pot plus its granted rollovers."));
        case WAIVED -> marks.add(new Mark(check.state(), "WAIVED: " + name + " pot overcommitted, " + figures,
            "The " + name + " pot is overcommitted, a finding waived until "
                + Words.date(check.finding().orElseThrow().waived().orElseThrow().until()) + ": " + figures
                + ", the pot plus its granted rollovers."));
        case NO_FINDING, NOT_RUN -> { }
      }
    }
    RuleCheck overcommitted = grant.tactical().overcommitted();
    if (overcommitted.state() == RuleCheck.State.NOT_RUN) {
      marks.add(new Mark(RuleCheck.State.NOT_RUN, "Overcommitment not checked: rule " + overcommitted.rule()
          + " not run", "Whether a pot is overcommitted was not checked (rule " + overcommitted.rule() + " not run)."));
    }
    return marks;
  }

  /** The pot plus the granted rollovers into it, in words; unknown with the pot. */
  private static String available(PotPosition pot) {
    return pot.amount().isPresent() ? Words.money(Math.addExact(pot.amount().getAsLong(), pot.grantedRollovers()))
        : "an unknown pot";
  }

  private static String potName(Pot pot) {
    return pot == Pot.UPFRONT ? "upfront" : "tactical";
  }

  /** The height: room for a line beneath the committed bar for each mark of overcommitment. */
  int height() {
    return HEIGHT + overcommitment().size() * MARK_LINE;
  }

  /** The SVG; {@code index} keeps its pattern ids apart from other figures' on the page. */
  String svg(int index) {
    String hatch = "grant-" + index + "-hatch";
    Svg svg = new Svg(WIDTH, height(), "Grant " + title() + ": pots, cap and commitments", description());
    svg.open("defs")
        .open("pattern", "id", hatch, "width", "8", "height", "8", "patternUnits", "userSpaceOnUse",
            "patternTransform", "rotate(45)")
        .element("rect", "width", "8", "height", "8", "fill", "#fbe6d4")
        .element("line", "x1", "0", "y1", "0", "x2", "0", "y2", "8", "stroke", TACTICAL_COLOUR, "stroke-width", "4")
        .close("pattern")
        .close("defs");

    if (!allocationKnown) {
      svg.text("text", "Allocation unknown for " + grant.financialYear(),
          "x", Svg.num(BAR_X), "y", "16", "font-weight", "bold", "font-size", "13");
      svg.text("text", "No allocation bar or cap is drawn: the allocation is unknown, and a figure would be a guess.",
          "x", Svg.num(BAR_X), "y", Svg.num(ALLOCATION_Y + 18), "font-style", "italic");
      legend(svg, hatch);
      committed(svg, hatch);
      return svg.end();
    }
    svg.text("text", "Allocation " + Words.money(allocation) + " for " + grant.financialYear(),
        "x", Svg.num(BAR_X), "y", "16", "font-weight", "bold", "font-size", "13");

    // the allocation bar: tactical pot, upfront part, and what neither takes
    long start = Svg.px(BAR_X);
    long tacticalEnd = x(tactical);
    long potsEnd = x(tactical + upfront);
    long allocationEnd = x(allocation);
    bar(svg, start, tacticalEnd, ALLOCATION_Y, ALLOCATION_HEIGHT, "url(#" + hatch + ")", "tactical");
    bar(svg, tacticalEnd, potsEnd, ALLOCATION_Y, ALLOCATION_HEIGHT, UPFRONT_COLOUR, "upfront");
    if (potsEnd < allocationEnd) {
      svg.element("rect", "class", "unallocated", "x", Svg.num(potsEnd), "y", Svg.num(ALLOCATION_Y),
          "width", Svg.num(allocationEnd - potsEnd), "height", Svg.num(ALLOCATION_HEIGHT),
          "fill", "none", "stroke", "#555", "stroke-dasharray", "4 3");
    }
    svg.element("rect", "x", Svg.num(start), "y", Svg.num(ALLOCATION_Y), "width", Svg.num(allocationEnd - start),
        "height", Svg.num(ALLOCATION_HEIGHT), "fill", "none", "stroke", "#222", "stroke-width", "1");

    // the cap: a heavy line with a pointer and its figure
    long cap = capX();
    String capLabel = "cap (" + grant.tacticalPotCap() + "): " + Words.money(limit) + switch (
        grant.tacticalPotOverCap().state()) {
      case OPEN -> " — tactical pot over the cap";
      case WAIVED -> " — over the cap, waived";
      case NO_FINDING -> "";
      case NOT_RUN -> " — not checked";
    };
    svg.text("text", capLabel, "x", Svg.num(clamp(cap, capLabel, 12)), "y", "34", "text-anchor", "middle",
        "font-weight", "bold");
    svg.element("path", "d", "M" + Svg.num(cap - 600) + " 36 L" + Svg.num(cap + 600) + " 36 L" + Svg.num(cap)
        + " 44 Z", "fill", "#000");
    overCap(svg, cap, tacticalEnd);
    svg.element("line", "class", "cap-marker", "x1", Svg.num(cap), "y1", "36", "x2", Svg.num(cap), "y2", "80",
        "stroke", "#000", "stroke-width", "2.5");

    // where the allocation ends, down through the committed bar
    svg.element("line", "class", "allocation-end", "x1", Svg.num(allocationEnd), "y1", "74",
        "x2", Svg.num(allocationEnd), "y2", "162", "stroke", "#555", "stroke-dasharray", "3 3");

    legend(svg, hatch);
    committed(svg, hatch);
    return svg.end();
  }

  /** The part of the tactical pot past the cap, outlined when a finding says it is over the cap. */
  private void overCap(Svg svg, long cap, long tacticalEnd) {
    RuleCheck.State state = grant.tacticalPotOverCap().state();
    if (tacticalEnd <= cap || (state != RuleCheck.State.OPEN && state != RuleCheck.State.WAIVED)) {
      return;
    }
    boolean open = state == RuleCheck.State.OPEN;
    svg.element("rect", "class", open ? "over-cap" : "over-cap-waived", "x", Svg.num(cap),
        "y", Svg.num(ALLOCATION_Y - 2), "width", Svg.num(tacticalEnd - cap), "height", Svg.num(ALLOCATION_HEIGHT + 4),
        "fill", "none", "stroke", open ? FINDING_COLOUR : WAIVED_COLOUR, "stroke-width", "2.5",
        "stroke-dasharray", open ? "none" : "5 3");
  }

  private void legend(Svg svg, String hatch) {
    int x = BAR_X;
    x = legendItem(svg, x, "url(#" + hatch + ")", null, "Tactical pot " + Words.money(tactical));
    x = legendItem(svg, x, UPFRONT_COLOUR, null, "Upfront " + upfrontWords());
    if (!allocationKnown) {
      return;
    }
    if (tactical + upfront < allocation) {
      legendItem(svg, x, "none", "4 3", "Not allocated " + Words.money(allocation - tactical - upfront));
    } else if (tactical + upfront > allocation) {
      legendItem(svg, x, "none", null, "Pots exceed the allocation by "
          + Words.money(tactical + upfront - allocation));
    }
  }

  private static int legendItem(Svg svg, int x, String fill, String dash, String label) {
    if (dash != null) {
      svg.element("rect", "x", Svg.num(x), "y", "88", "width", "16", "height", "12", "fill", fill, "stroke", "#555",
          "stroke-dasharray", dash);
    } else if (!"none".equals(fill)) {
      svg.element("rect", "x", Svg.num(x), "y", "88", "width", "16", "height", "12", "fill", fill, "stroke", "#222");
    }
    int textX = "none".equals(fill) && dash == null ? x : x + 22;
    svg.text("text", label, "x", Svg.num(textX), "y", "99");
    return textX + Svg.textWidth(label, 12) + 20;
  }

  private void committed(Svg svg, String hatch) {
    svg.text("text", committedSentence(), "x", Svg.num(BAR_X), "y", "126", "font-weight", "bold");
    if (!committedKnown()) {
      svg.text("text", "No bar is drawn: a figure would be a guess.", "x", Svg.num(BAR_X),
          "y", Svg.num(COMMITTED_Y + 16), "font-style", "italic");
      marks(svg);
      return;
    }
    long start = Svg.px(BAR_X);
    long tacticalEnd = x(committed(grant.tactical()));
    long end = x(committed());
    bar(svg, start, tacticalEnd, COMMITTED_Y, COMMITTED_HEIGHT, "url(#" + hatch + ")", "committed-tactical");
    bar(svg, tacticalEnd, end, COMMITTED_Y, COMMITTED_HEIGHT, UPFRONT_COLOUR, "committed-upfront");
    if (end > start) {
      svg.element("rect", "class", "committed", "x", Svg.num(start), "y", Svg.num(COMMITTED_Y),
          "width", Svg.num(end - start), "height", Svg.num(COMMITTED_HEIGHT), "fill", "none", "stroke", "#222");
    }
    overcommitted(svg, grant.tactical(), start, tacticalEnd);
    overcommitted(svg, grant.upfront(), tacticalEnd, end);
    marks(svg);
  }

  /** The marks of overcommitment, a line each beneath the committed bar (or where it would be). */
  private void marks(Svg svg) {
    int y = COMMITTED_Y + COMMITTED_HEIGHT + 16;
    for (Mark mark : overcommitment()) {
      boolean notRun = mark.state() == RuleCheck.State.NOT_RUN;
      svg.text("text", mark.label(), "x", Svg.num(BAR_X), "y", Svg.num(y), "class", "mark",
          "font-weight", notRun ? "normal" : "bold", "font-style", notRun ? "italic" : "normal",
          "fill", mark.state() == RuleCheck.State.OPEN ? FINDING_COLOUR : notRun ? "#000" : WAIVED_COLOUR);
      y += MARK_LINE;
    }
  }

  /** A pot's part of the committed bar, outlined when a finding says the pot is overcommitted. */
  private static void overcommitted(Svg svg, PotPosition pot, long from, long to) {
    RuleCheck.State state = pot.overcommitted().state();
    if (to <= from || (state != RuleCheck.State.OPEN && state != RuleCheck.State.WAIVED)) {
      return;
    }
    boolean open = state == RuleCheck.State.OPEN;
    svg.element("rect", "class", open ? "overcommitted" : "overcommitted-waived", "x", Svg.num(from),
        "y", Svg.num(COMMITTED_Y - 2), "width", Svg.num(to - from), "height", Svg.num(COMMITTED_HEIGHT + 4),
        "fill", "none", "stroke", open ? FINDING_COLOUR : WAIVED_COLOUR, "stroke-width", "2.5",
        "stroke-dasharray", open ? "none" : "5 3");
  }

  private static void bar(Svg svg, long from, long to, int y, int height, String fill, String name) {
    if (to <= from) {
      return;
    }
    svg.element("rect", "class", name, "x", Svg.num(from), "y", Svg.num(y), "width", Svg.num(to - from),
        "height", Svg.num(height), "fill", fill);
  }

  /** A centre for a label at {@code x} that keeps the label inside the figure. */
  static long clamp(long x, String label, int size) {
    long half = Svg.px(Svg.textWidth(label, size)) / 2;
    long low = Svg.px(4) + half;
    long high = Svg.px(WIDTH - 4) - half;
    return Math.max(low, Math.min(high, x));
  }
}

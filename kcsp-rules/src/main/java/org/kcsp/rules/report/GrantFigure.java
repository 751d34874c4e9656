package org.kcsp.rules.report;

import org.kcsp.model.Grant;
import org.kcsp.model.Pot;
import org.kcsp.model.Project;

/**
 * One grant drawn for the HTML report: its allocation as a bar split into the tactical pot and the
 * upfront part with the tactical pot's cap marked, and beneath it what the committed projects take.
 * Every length comes from pence by exact integer arithmetic ({@link Svg#scale}).
 *
 * <p>The tactical pot is drawn first, from the left edge: the cap is a share of the allocation, so
 * its marker sits at the cap's own length from the edge, and a tactical pot over its cap visibly
 * crosses it whatever the upfront part is.
 */
final class GrantFigure {

  static final int WIDTH = 720;
  static final int HEIGHT = 172;
  /** Where the bars start. */
  static final int BAR_X = 20;
  /** How long the longest bar may be. */
  static final int BAR_LENGTH = 680;

  static final String TACTICAL_COLOUR = "#b35900";
  static final String UPFRONT_COLOUR = "#1d4f91";

  private static final int ALLOCATION_Y = 44;
  private static final int ALLOCATION_HEIGHT = 28;
  private static final int COMMITTED_Y = 134;
  private static final int COMMITTED_HEIGHT = 22;

  final Grant grant;
  final long allocation;
  final long upfront;
  final long tactical;
  final long limit;
  final long committedTactical;
  final long committedUpfront;
  final int committedProjects;
  /** Live projects without an amount: while there are any, what is committed is unknown. */
  final int withoutAmount;

  GrantFigure(Grant grant) {
    this.grant = grant;
    this.allocation = grant.allocation().pence();
    this.upfront = grant.upfrontPot().pence();
    this.tactical = grant.tacticalPot().pence();
    this.limit = grant.tacticalPotLimit().pence();
    long inTactical = 0;
    long inUpfront = 0;
    int committed = 0;
    int unknown = 0;
    for (Project project : grant.projects()) {
      if (project.isLive() && project.amount().isEmpty()) {
        unknown++;
      }
      if (project.isCommitted() && project.amount().isPresent()) {
        committed++;
        if (project.pot() == Pot.TACTICAL) {
          inTactical = Math.addExact(inTactical, project.amount().get().pence());
        } else {
          inUpfront = Math.addExact(inUpfront, project.amount().get().pence());
        }
      }
    }
    this.committedTactical = inTactical;
    this.committedUpfront = inUpfront;
    this.committedProjects = committed;
    this.withoutAmount = unknown;
  }

  boolean committedKnown() {
    return withoutAmount == 0;
  }

  long committed() {
    return committedTactical + committedUpfront;
  }

  boolean overCap() {
    return tactical > limit;
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
    StringBuilder words = new StringBuilder(title()).append(": allocation ").append(Words.money(allocation))
        .append(", split into a tactical pot of ").append(Words.money(tactical))
        .append(" and an upfront part of ").append(Words.money(upfront)).append(". ");
    words.append("The tactical pot may be at most ").append(grant.tacticalPotCap())
        .append(" of the allocation, ").append(Words.money(limit)).append(": it is ");
    words.append(overCap() ? Words.money(tactical - limit) + " over the cap. " : "within the cap. ");
    words.append(committedSentence());
    return words.toString();
  }

  String committedSentence() {
    if (!committedKnown()) {
      return "Committed: unknown (projects without an amount: " + withoutAmount + ").";
    }
    if (committedProjects == 0) {
      return "Committed: " + Words.money(0) + " (no committed project).";
    }
    String sentence = "Committed: " + Words.money(committed()) + " in "
        + Words.count(committedProjects, "project", "projects") + " (tactical " + Words.money(committedTactical)
        + ", upfront " + Words.money(committedUpfront) + ")";
    if (committed() > allocation) {
      sentence += ", " + Words.money(committed() - allocation) + " more than the allocation";
    }
    return sentence + ".";
  }

  /** The SVG; {@code index} keeps its pattern ids apart from other figures' on the page. */
  String svg(int index) {
    String hatch = "grant-" + index + "-hatch";
    Svg svg = new Svg(WIDTH, HEIGHT, "Grant " + title() + ": pots, cap and commitments", description());
    svg.open("defs")
        .open("pattern", "id", hatch, "width", "8", "height", "8", "patternUnits", "userSpaceOnUse",
            "patternTransform", "rotate(45)")
        .element("rect", "width", "8", "height", "8", "fill", "#fbe6d4")
        .element("line", "x1", "0", "y1", "0", "x2", "0", "y2", "8", "stroke", TACTICAL_COLOUR, "stroke-width", "4")
        .close("pattern")
        .close("defs");

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
    String capLabel = "cap (" + grant.tacticalPotCap() + "): " + Words.money(limit)
        + (overCap() ? " — tactical pot over the cap" : "");
    svg.text("text", capLabel, "x", Svg.num(clamp(cap, capLabel, 12)), "y", "34", "text-anchor", "middle",
        "font-weight", "bold");
    svg.element("path", "d", "M" + Svg.num(cap - 600) + " 36 L" + Svg.num(cap + 600) + " 36 L" + Svg.num(cap)
        + " 44 Z", "fill", "#000");
    svg.element("line", "class", "cap-marker", "x1", Svg.num(cap), "y1", "36", "x2", Svg.num(cap), "y2", "80",
        "stroke", "#000", "stroke-width", "2.5");

    // where the allocation ends, down through the committed bar
    svg.element("line", "class", "allocation-end", "x1", Svg.num(allocationEnd), "y1", "74",
        "x2", Svg.num(allocationEnd), "y2", "162", "stroke", "#555", "stroke-dasharray", "3 3");

    legend(svg, hatch);
    committed(svg, hatch);
    return svg.end();
  }

  private void legend(Svg svg, String hatch) {
    int x = BAR_X;
    x = legendItem(svg, x, "url(#" + hatch + ")", null, "Tactical pot " + Words.money(tactical));
    x = legendItem(svg, x, UPFRONT_COLOUR, null, "Upfront " + Words.money(upfront));
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
      return;
    }
    long start = Svg.px(BAR_X);
    long tacticalEnd = x(committedTactical);
    long end = x(committed());
    bar(svg, start, tacticalEnd, COMMITTED_Y, COMMITTED_HEIGHT, "url(#" + hatch + ")", "committed-tactical");
    bar(svg, tacticalEnd, end, COMMITTED_Y, COMMITTED_HEIGHT, UPFRONT_COLOUR, "committed-upfront");
    if (end > start) {
      svg.element("rect", "class", "committed", "x", Svg.num(start), "y", Svg.num(COMMITTED_Y),
          "width", Svg.num(end - start), "height", Svg.num(COMMITTED_HEIGHT), "fill", "none", "stroke", "#222");
    }
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

package org.kcsp.rules.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kcsp.rules.Finding;
import org.kcsp.rules.RuleCheck;
import org.kcsp.rules.TermsOfReferenceApproval;
import org.kcsp.rules.TermsOfReferenceStatus;
import org.kcsp.rules.Waived;

/**
 * The terms of reference of every body drawn on one time axis for the HTML report: each approval,
 * the review it makes due, the evaluation date, and the reviews the report finds overdue.
 *
 * <p>It draws the report's {@link TermsOfReferenceStatus}es and decides nothing: a review is marked
 * overdue when the report holds an open {@code TOR_REVIEW_OVERDUE} finding on its body, marked
 * waived when a waiver covers that finding, and shows only its due date when the rule found
 * nothing or was not run. Only the latest approval's review can be overdue; an earlier approval's
 * review date is shown as replaced. Overdue is told by shape (a triangle holding {@code !}) and by
 * its label, not by colour alone; a waived one is a hollow triangle labelled {@code WAIVED}.
 */
final class TorTimeline {

  static final int WIDTH = 720;
  /** Where the time axis starts: the bodies' names sit to its left. */
  static final int PLOT_X = 210;
  static final int PLOT_LENGTH = 490;

  private static final int TOP = 46;
  private static final int ROW = 86;
  private static final int NAME_CHARS = 28;
  private static final int LEGEND_ROW = 20;

  static final String OVERDUE_COLOUR = "#a4000f";
  static final String WAIVED_COLOUR = "#444";
  static final String APPROVAL_COLOUR = "#1d4f91";
  static final String REPLACED_COLOUR = "#6b6b6b";

  /** Where an approval stands in the report. */
  enum Status {
    /** The body's latest approval, with an open {@code TOR_REVIEW_OVERDUE} finding. */
    OVERDUE,
    /** The body's latest approval, with a {@code TOR_REVIEW_OVERDUE} finding a waiver covers. */
    WAIVED,
    /** The body's latest approval, on which {@code TOR_REVIEW_OVERDUE} found nothing. */
    DUE,
    /** The body's latest approval, {@code TOR_REVIEW_OVERDUE} not run. */
    NOT_CHECKED,
    /** A later approval replaced it. */
    REPLACED
  }

  /**
   * One approval with its standing.
   *
   * @param replacedBy the approval after it, when {@link Status#REPLACED}; else {@code null}
   * @param reviewOverdue what {@code TOR_REVIEW_OVERDUE} said about the body, for its latest
   *     approval; else {@code null}
   */
  record Approval(TermsOfReferenceApproval tor, Status status, TermsOfReferenceApproval replacedBy,
      RuleCheck reviewOverdue) {

    /** The finding of a {@link Status#OVERDUE} or {@link Status#WAIVED} approval. */
    Finding overdue() {
      return reviewOverdue.finding().orElseThrow();
    }

    /** The waiver of a {@link Status#WAIVED} approval's finding. */
    Waived waived() {
      return overdue().waived().orElseThrow();
    }
  }

  /** One body and its approvals, oldest first. */
  record Body(String id, String name, List<Approval> approvals) {}

  final LocalDate asOf;
  final List<Body> bodies;
  private final LocalDate start;
  private final LocalDate end;
  private final List<LegendItem> legend;

  /** The timeline of a report's bodies on its date. */
  TorTimeline(List<TermsOfReferenceStatus> statuses, LocalDate asOf) {
    this.asOf = asOf;
    this.bodies = statuses.stream().map(TorTimeline::body).toList();
    LocalDate first = asOf;
    LocalDate last = asOf;
    for (Body body : bodies) {
      for (Approval approval : body.approvals()) {
        first = min(first, approval.tor().approvedOn());
        last = max(last, approval.tor().reviewDue());
      }
    }
    this.start = LocalDate.of(first.getYear(), 1, 1);
    this.end = LocalDate.of(last.getYear() + 1, 1, 1);
    this.legend = legendItems();
  }

  private static Body body(TermsOfReferenceStatus status) {
    List<TermsOfReferenceApproval> tors = status.approvals();
    List<Approval> approvals = new ArrayList<>();
    for (int i = 0; i < tors.size(); i++) {
      if (i < tors.size() - 1) {
        approvals.add(new Approval(tors.get(i), Status.REPLACED, tors.get(i + 1), null));
      } else {
        RuleCheck overdue = status.reviewOverdue();
        approvals.add(new Approval(tors.get(i), latest(overdue), null, overdue));
      }
    }
    return new Body(status.body(), status.bodyName(), List.copyOf(approvals));
  }

  private static Status latest(RuleCheck overdue) {
    return switch (overdue.state()) {
      case OPEN -> Status.OVERDUE;
      case WAIVED -> Status.WAIVED;
      case NO_FINDING -> Status.DUE;
      case NOT_RUN -> Status.NOT_CHECKED;
    };
  }

  boolean isEmpty() {
    return bodies.stream().allMatch(body -> body.approvals().isEmpty());
  }

  /** The x of a date on the axis, in hundredths of a pixel. */
  long x(LocalDate date) {
    return Svg.px(PLOT_X) + Svg.scale(ChronoUnit.DAYS.between(start, date), ChronoUnit.DAYS.between(start, end),
        PLOT_LENGTH);
  }

  int height() {
    return TOP + bodies.size() * ROW + 76 + (legend.get(legend.size() - 1).row() * LEGEND_ROW);
  }

  /** What an approval's review date means in the report, in words. */
  String standing(Approval approval) {
    TermsOfReferenceApproval tor = approval.tor();
    return switch (approval.status()) {
      case OVERDUE -> overdue(tor);
      case WAIVED -> overdue(tor) + ", waived until " + Words.date(approval.waived().until());
      case DUE -> due(tor);
      case NOT_CHECKED -> due(tor) + "; not checked: rule " + approval.reviewOverdue().rule() + " not run";
      case REPLACED -> "replaced by version " + approval.replacedBy().version() + " on "
          + Words.date(approval.replacedBy().approvedOn());
    };
  }

  private String overdue(TermsOfReferenceApproval tor) {
    long days = ChronoUnit.DAYS.between(tor.reviewDue(), asOf);
    return days > 0 ? "overdue by " + Words.count(days, "day", "days") : "overdue";
  }

  private String due(TermsOfReferenceApproval tor) {
    long days = ChronoUnit.DAYS.between(asOf, tor.reviewDue());
    if (days == 0) {
      return "due today";
    }
    return days > 0 ? "due in " + Words.count(days, "day", "days") : "due " + Words.count(-days, "day", "days") + " ago";
  }

  /** The figure in words. */
  String description() {
    StringBuilder words = new StringBuilder("Timeline of terms of reference approvals and review dates from ")
        .append(start.getYear()).append(" to ").append(end.getYear() - 1).append(", with the report date, ")
        .append(Words.date(asOf)).append(", marked. ");
    for (Body body : bodies) {
      words.append(body.name()).append(": ");
      if (body.approvals().isEmpty()) {
        words.append("no terms of reference approved. ");
        continue;
      }
      List<String> parts = new ArrayList<>();
      for (Approval approval : body.approvals()) {
        parts.add("version " + approval.tor().version() + " approved " + Words.date(approval.tor().approvedOn())
            + ", review due " + Words.date(approval.tor().reviewDue()) + " (" + standing(approval) + ")");
      }
      words.append(String.join("; ", parts)).append(". ");
    }
    return words.toString().trim();
  }

  String svg() {
    int height = height();
    int axisY = TOP + bodies.size() * ROW + 4;
    Svg svg = new Svg(WIDTH, height, "Terms of reference approvals and reviews as of " + Words.date(asOf),
        description());

    // year ticks, as a faint grid
    int years = end.getYear() - start.getYear();
    int step = Math.max(1, (years + 9) / 10);
    for (int year = start.getYear(); year <= end.getYear(); year += step) {
      long x = x(LocalDate.of(year, 1, 1));
      svg.element("line", "x1", Svg.num(x), "y1", Svg.num(TOP - 8), "x2", Svg.num(x), "y2", Svg.num(axisY + 6),
          "stroke", "#d0d0d0");
      svg.text("text", String.valueOf(year), "x", Svg.num(x), "y", Svg.num(axisY + 20), "text-anchor", "middle");
    }
    svg.element("line", "x1", Svg.num(PLOT_X), "y1", Svg.num(axisY), "x2", Svg.num(PLOT_X + PLOT_LENGTH),
        "y2", Svg.num(axisY), "stroke", "#222");

    // the evaluation date, beneath the marks and labels so that it hides none of them
    long today = x(asOf);
    String label = "Report date: " + Words.date(asOf);
    svg.element("line", "class", "report-date", "x1", Svg.num(today), "y1", Svg.num(TOP - 16), "x2", Svg.num(today),
        "y2", Svg.num(axisY), "stroke", "#000", "stroke-width", "1.5", "stroke-dasharray", "6 3");
    svg.text("text", label, "x", Svg.num(clamp(today, label, 12)), "y", Svg.num(TOP - 22), "text-anchor", "middle",
        "font-weight", "bold");

    for (int i = 0; i < bodies.size(); i++) {
      row(svg, bodies.get(i), TOP + i * ROW + 44);
    }

    legend(svg, axisY + 48);
    return svg.end();
  }

  private void row(Svg svg, Body body, int y) {
    List<String> name = Wrap.lines(body.name(), NAME_CHARS, "", "");
    if (name.size() > 3) {
      name = List.of(name.get(0), name.get(1), name.get(2) + " …");
    }
    int nameY = y + 4 - (name.size() - 1) * 8;
    for (String line : name) {
      svg.text("text", line, "x", "10", "y", Svg.num(nameY), "font-weight", "bold");
      nameY += 16;
    }
    svg.element("line", "x1", Svg.num(PLOT_X), "y1", Svg.num(y), "x2", Svg.num(PLOT_X + PLOT_LENGTH), "y2",
        Svg.num(y), "stroke", "#c8c8c8");
    if (body.approvals().isEmpty()) {
      svg.text("text", "no terms of reference approved", "x", Svg.num(PLOT_X + 6), "y", Svg.num(y - 6),
          "font-style", "italic");
      return;
    }
    Labels above = new Labels(y - 12, y - 28);
    Labels below = new Labels(y + 24, y + 40);
    // each approval's line runs while it is in force: to its replacement, or for the latest to its review date
    for (Approval approval : body.approvals()) {
      TermsOfReferenceApproval tor = approval.tor();
      boolean replaced = approval.status() == Status.REPLACED;
      LocalDate until = replaced ? min(tor.reviewDue(), approval.replacedBy().approvedOn()) : tor.reviewDue();
      svg.element("line", "x1", Svg.num(x(tor.approvedOn())), "y1", Svg.num(y), "x2", Svg.num(x(until)),
          "y2", Svg.num(y), "stroke", replaced ? REPLACED_COLOUR : APPROVAL_COLOUR, "stroke-width", replaced ? "1.5" : "3");
    }
    // replaced review dates beneath the approvals, approvals beneath the review dates still in force
    List<Approval> approvals = body.approvals();
    for (int i = 0; i < approvals.size(); i++) {
      TermsOfReferenceApproval tor = approvals.get(i).tor();
      if (approvals.get(i).status() == Status.REPLACED) {
        long due = x(tor.reviewDue());
        svg.element("circle", "class", "replaced", "cx", Svg.num(due), "cy", Svg.num(y), "r", "4",
            "fill", "#fff", "stroke", REPLACED_COLOUR, "stroke-width", "1.5");
        below.add(due, "was due " + Words.date(tor.reviewDue()), 10, REPLACED_COLOUR, false, approvals.size() - i);
      }
    }
    for (int i = 0; i < approvals.size(); i++) {
      TermsOfReferenceApproval tor = approvals.get(i).tor();
      long approved = x(tor.approvedOn());
      svg.element("circle", "class", "approval", "cx", Svg.num(approved), "cy", Svg.num(y), "r", "5.5",
          "fill", APPROVAL_COLOUR, "stroke", "#fff", "stroke-width", "1");
      above.add(approved, "approved " + Words.date(tor.approvedOn()), 11, "#000", false, approvals.size() - i);
    }
    Approval latest = approvals.get(approvals.size() - 1);
    long due = x(latest.tor().reviewDue());
    String dueOn = Words.date(latest.tor().reviewDue());
    switch (latest.status()) {
      case OVERDUE -> {
        overdue(svg, due, y, "overdue");
        below.add(due, "OVERDUE: due " + dueOn, 11, OVERDUE_COLOUR, true, 0);
      }
      case WAIVED -> {
        waived(svg, due, y, "overdue-waived");
        below.add(due, "WAIVED: due " + dueOn, 11, WAIVED_COLOUR, true, 0);
      }
      default -> {
        diamond(svg, due, y, "due", "#fff", APPROVAL_COLOUR);
        below.add(due, "review due " + dueOn, 11, "#000", false, 0);
      }
    }
    above.draw(svg);
    below.draw(svg);
  }

  /** A triangle holding an exclamation mark: overdue, told by shape as well as colour. */
  private static void overdue(Svg svg, long x, int y, String name) {
    svg.element("path", "class", name, "d", "M" + Svg.num(x) + " " + (y - 12) + " L" + Svg.num(x + 1050) + " "
        + (y + 8) + " L" + Svg.num(x - 1050) + " " + (y + 8) + " Z", "fill", OVERDUE_COLOUR, "stroke", "#000",
        "stroke-width", "1");
    svg.text("text", "!", "x", Svg.num(x), "y", Svg.num(y + 6), "text-anchor", "middle", "fill", "#fff",
        "font-weight", "bold", "font-size", "13");
  }

  /** A hollow triangle holding an exclamation mark: overdue and waived, told apart from overdue by fill. */
  private static void waived(Svg svg, long x, int y, String name) {
    svg.element("path", "class", name, "d", "M" + Svg.num(x) + " " + (y - 12) + " L" + Svg.num(x + 1050) + " "
        + (y + 8) + " L" + Svg.num(x - 1050) + " " + (y + 8) + " Z", "fill", "#fff", "stroke", WAIVED_COLOUR,
        "stroke-width", "1.5");
    svg.text("text", "!", "x", Svg.num(x), "y", Svg.num(y + 6), "text-anchor", "middle", "fill", WAIVED_COLOUR,
        "font-weight", "bold", "font-size", "13");
  }

  private static void diamond(Svg svg, long x, int y, String name, String fill, String stroke) {
    svg.element("path", "class", name, "d", "M" + Svg.num(x) + " " + (y - 7) + " L" + Svg.num(x + 700) + " " + y
        + " L" + Svg.num(x) + " " + (y + 7) + " L" + Svg.num(x - 700) + " " + y + " Z", "fill", fill,
        "stroke", stroke, "stroke-width", "2");
  }

  /**
   * One entry of the legend: a mark drawn in {@code markWidth} pixels from {@code x}, centred on
   * {@code y}, then its words.
   */
  private record LegendItem(int markWidth, Mark mark, String text, int x, int row) {}

  /** Draws a legend mark. */
  private interface Mark {
    void draw(Svg svg, int x, int y);
  }

  /** The marks the figure draws, in a fixed order, laid out in rows that fit its width. */
  private List<LegendItem> legendItems() {
    List<Status> shown = bodies.stream().flatMap(body -> body.approvals().stream()).map(Approval::status).toList();
    List<LegendItem> items = new ArrayList<>();
    items.add(new LegendItem(16, (svg, x, y) -> svg.element("circle", "cx", Svg.num(x + 6), "cy", Svg.num(y),
        "r", "5.5", "fill", APPROVAL_COLOUR), "approval", 0, 0));
    if (shown.contains(Status.DUE) || shown.contains(Status.NOT_CHECKED)) {
      items.add(new LegendItem(18, (svg, x, y) -> diamond(svg, Svg.px(x + 7), y, "legend-due", "#fff",
          APPROVAL_COLOUR), "review due", 0, 0));
    }
    if (shown.contains(Status.OVERDUE)) {
      items.add(new LegendItem(22, (svg, x, y) -> overdue(svg, Svg.px(x + 10), y, "legend-overdue"),
          "review overdue", 0, 0));
    }
    if (shown.contains(Status.WAIVED)) {
      items.add(new LegendItem(22, (svg, x, y) -> waived(svg, Svg.px(x + 10), y, "legend-overdue-waived"),
          "review overdue, finding waived", 0, 0));
    }
    if (shown.contains(Status.REPLACED)) {
      items.add(new LegendItem(14, (svg, x, y) -> svg.element("circle", "cx", Svg.num(x + 5), "cy", Svg.num(y),
          "r", "4", "fill", "#fff", "stroke", REPLACED_COLOUR, "stroke-width", "1.5"),
          "review date of a replaced approval", 0, 0));
    }
    items.add(new LegendItem(12, (svg, x, y) -> svg.element("line", "x1", Svg.num(x + 4), "y1", Svg.num(y - 8),
        "x2", Svg.num(x + 4), "y2", Svg.num(y + 8), "stroke", "#000", "stroke-width", "1.5", "stroke-dasharray",
        "4 2"), "report date", 0, 0));
    List<LegendItem> placed = new ArrayList<>();
    int x = 10;
    int row = 0;
    for (LegendItem item : items) {
      int width = item.markWidth() + Svg.textWidth(item.text(), 12);
      if (x > 10 && x + width > WIDTH - 10) {
        x = 10;
        row++;
      }
      placed.add(new LegendItem(item.markWidth(), item.mark(), item.text(), x, row));
      x += width + 16;
    }
    return List.copyOf(placed);
  }

  private void legend(Svg svg, int y) {
    for (LegendItem item : legend) {
      int rowY = y + item.row() * LEGEND_ROW;
      item.mark().draw(svg, item.x(), rowY - 4);
      svg.text("text", item.text(), "x", Svg.num(item.x() + item.markWidth()), "y", Svg.num(rowY));
    }
  }

  static long clamp(long x, String label, int size) {
    long half = Svg.px(Svg.textWidth(label, size)) / 2;
    return Math.max(Svg.px(PLOT_X - 6) + half, Math.min(Svg.px(WIDTH - 4) - half, x));
  }

  /**
   * Labels on one side of a row, on two levels. Labels are placed most important first, each on
   * the first level where it overlaps no other; one that fits nowhere is left out rather than
   * drawn over another (its date is in the description and in the table beneath the figure).
   */
  private static final class Labels {
    private record Label(long centre, long half, String text, int size, String colour, boolean bold, int priority) {}

    private final int[] ys;
    private final List<Label> wanted = new ArrayList<>();

    Labels(int near, int far) {
      this.ys = new int[] {near, far};
    }

    /** A label centred on {@code x} if it fits; lower {@code priority} places first. */
    void add(long x, String text, int size, String colour, boolean bold, int priority) {
      wanted.add(new Label(clamp(x, text, size), Svg.px(Svg.textWidth(text, size)) / 2, text, size, colour, bold,
          priority));
    }

    void draw(Svg svg) {
      List<List<Label>> levels = List.of(new ArrayList<>(), new ArrayList<>());
      List<Label> ordered = new ArrayList<>(wanted);
      ordered.sort(Comparator.comparingInt(Label::priority)); // stable: equal priorities keep their order
      for (Label label : ordered) {
        for (int level = 0; level < levels.size(); level++) {
          if (levels.get(level).stream().noneMatch(other -> overlap(label, other))) {
            levels.get(level).add(label);
            // a white halo keeps a label legible where it crosses a line
            svg.text("text", label.text(), "x", Svg.num(label.centre()), "y", Svg.num(ys[level]),
                "text-anchor", "middle", "font-size", String.valueOf(label.size()), "fill", label.colour(),
                "font-weight", label.bold() ? "bold" : "normal", "stroke", "#fff", "stroke-width", "3",
                "stroke-linejoin", "round", "paint-order", "stroke");
            break;
          }
        }
      }
    }

    private static boolean overlap(Label a, Label b) {
      long gap = Svg.px(6);
      return a.centre() - a.half() < b.centre() + b.half() + gap && b.centre() - b.half() < a.centre() + a.half() + gap;
    }
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}

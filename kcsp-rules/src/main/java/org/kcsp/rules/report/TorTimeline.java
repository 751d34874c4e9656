package org.kcsp.rules.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Subgroup;
import org.kcsp.model.TermsOfReference;

/**
 * The terms of reference of every body drawn on one time axis for the HTML report: each approval,
 * the review it makes due, the evaluation date, and the reviews overdue on that date.
 *
 * <p>A body's latest approval is the one with the latest date, the one listed last among equal
 * dates, as the rules read it. Only the latest approval's review can be overdue; an earlier
 * approval's review date is shown as replaced. Overdue is told by shape (a triangle holding
 * {@code !}) and by its label, not by colour alone.
 */
final class TorTimeline {

  static final int WIDTH = 720;
  /** Where the time axis starts: the bodies' names sit to its left. */
  static final int PLOT_X = 210;
  static final int PLOT_LENGTH = 490;

  private static final int TOP = 46;
  private static final int ROW = 86;
  private static final int NAME_CHARS = 28;

  static final String OVERDUE_COLOUR = "#a4000f";
  static final String APPROVAL_COLOUR = "#1d4f91";
  static final String REPLACED_COLOUR = "#6b6b6b";

  /** Where an approval stands on the evaluation date. */
  enum Status {
    /** The body's latest approval, and its review date has passed. */
    OVERDUE,
    /** The body's latest approval, its review still to come (or due today). */
    DUE,
    /** A later approval replaced it. */
    REPLACED
  }

  /** One approval with its standing. */
  record Approval(TermsOfReference tor, Status status, TermsOfReference replacedBy) {}

  /** One body and its approvals, oldest first. */
  record Body(String id, String name, List<Approval> approvals) {}

  final LocalDate asOf;
  final List<Body> bodies;
  private final LocalDate start;
  private final LocalDate end;

  /** The timeline of {@code record} as it stood on {@code asOf} (pass the view as of that date). */
  TorTimeline(PartnershipRecord record, LocalDate asOf) {
    this.asOf = asOf;
    List<Body> list = new ArrayList<>();
    list.add(body(record, record.partnership().id(), record.partnership().name(), asOf));
    for (Subgroup subgroup : record.subgroups()) {
      list.add(body(record, subgroup.id(), subgroup.name(), asOf));
    }
    this.bodies = List.copyOf(list);
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
  }

  private static Body body(PartnershipRecord record, String id, String name, LocalDate asOf) {
    // stable sort: among equal dates the one listed last stays last, and is the latest
    List<TermsOfReference> tors = record.termsOfReference().stream()
        .filter(tor -> tor.body().equals(id))
        .sorted(Comparator.comparing(TermsOfReference::approvedOn))
        .toList();
    List<Approval> approvals = new ArrayList<>();
    for (int i = 0; i < tors.size(); i++) {
      TermsOfReference tor = tors.get(i);
      if (i < tors.size() - 1) {
        approvals.add(new Approval(tor, Status.REPLACED, tors.get(i + 1)));
      } else {
        approvals.add(new Approval(tor, tor.reviewDue().isBefore(asOf) ? Status.OVERDUE : Status.DUE, null));
      }
    }
    return new Body(id, name, List.copyOf(approvals));
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
    return TOP + bodies.size() * ROW + 76;
  }

  /** What an approval's review date means on the evaluation date, in words. */
  String standing(Approval approval) {
    TermsOfReference tor = approval.tor();
    return switch (approval.status()) {
      case OVERDUE -> "overdue by " + Words.count(ChronoUnit.DAYS.between(tor.reviewDue(), asOf), "day", "days");
      case DUE -> {
        long days = ChronoUnit.DAYS.between(asOf, tor.reviewDue());
        yield days == 0 ? "due today" : "due in " + Words.count(days, "day", "days");
      }
      case REPLACED -> "replaced by version " + approval.replacedBy().version() + " on "
          + Words.date(approval.replacedBy().approvedOn());
    };
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
      TermsOfReference tor = approval.tor();
      boolean replaced = approval.status() == Status.REPLACED;
      LocalDate until = replaced ? min(tor.reviewDue(), approval.replacedBy().approvedOn()) : tor.reviewDue();
      svg.element("line", "x1", Svg.num(x(tor.approvedOn())), "y1", Svg.num(y), "x2", Svg.num(x(until)),
          "y2", Svg.num(y), "stroke", replaced ? REPLACED_COLOUR : APPROVAL_COLOUR, "stroke-width", replaced ? "1.5" : "3");
    }
    // replaced review dates beneath the approvals, approvals beneath the review dates still in force
    List<Approval> approvals = body.approvals();
    for (int i = 0; i < approvals.size(); i++) {
      TermsOfReference tor = approvals.get(i).tor();
      if (approvals.get(i).status() == Status.REPLACED) {
        long due = x(tor.reviewDue());
        svg.element("circle", "class", "replaced", "cx", Svg.num(due), "cy", Svg.num(y), "r", "4",
            "fill", "#fff", "stroke", REPLACED_COLOUR, "stroke-width", "1.5");
        below.add(due, "was due " + Words.date(tor.reviewDue()), 10, REPLACED_COLOUR, false, approvals.size() - i);
      }
    }
    for (int i = 0; i < approvals.size(); i++) {
      TermsOfReference tor = approvals.get(i).tor();
      long approved = x(tor.approvedOn());
      svg.element("circle", "class", "approval", "cx", Svg.num(approved), "cy", Svg.num(y), "r", "5.5",
          "fill", APPROVAL_COLOUR, "stroke", "#fff", "stroke-width", "1");
      above.add(approved, "approved " + Words.date(tor.approvedOn()), 11, "#000", false, approvals.size() - i);
    }
    Approval latest = approvals.get(approvals.size() - 1);
    long due = x(latest.tor().reviewDue());
    if (latest.status() == Status.OVERDUE) {
      overdue(svg, due, y, "overdue");
      below.add(due, "OVERDUE: due " + Words.date(latest.tor().reviewDue()), 11, OVERDUE_COLOUR, true, 0);
    } else {
      diamond(svg, due, y, "due", "#fff", APPROVAL_COLOUR);
      below.add(due, "review due " + Words.date(latest.tor().reviewDue()), 11, "#000", false, 0);
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

  private static void diamond(Svg svg, long x, int y, String name, String fill, String stroke) {
    svg.element("path", "class", name, "d", "M" + Svg.num(x) + " " + (y - 7) + " L" + Svg.num(x + 700) + " " + y
        + " L" + Svg.num(x) + " " + (y + 7) + " L" + Svg.num(x - 700) + " " + y + " Z", "fill", fill,
        "stroke", stroke, "stroke-width", "2");
  }

  private static void legend(Svg svg, int y) {
    int x = 10;
    svg.element("circle", "cx", Svg.num(x + 6), "cy", Svg.num(y - 4), "r", "5.5", "fill", APPROVAL_COLOUR);
    x = legendText(svg, x + 16, y, "approval");
    diamond(svg, Svg.px(x + 7), y - 4, "legend-due", "#fff", APPROVAL_COLOUR);
    x = legendText(svg, x + 18, y, "review due");
    overdue(svg, Svg.px(x + 10), y - 4, "legend-overdue");
    x = legendText(svg, x + 22, y, "review overdue");
    svg.element("circle", "cx", Svg.num(x + 5), "cy", Svg.num(y - 4), "r", "4", "fill", "#fff",
        "stroke", REPLACED_COLOUR, "stroke-width", "1.5");
    x = legendText(svg, x + 14, y, "review date of a replaced approval");
    svg.element("line", "x1", Svg.num(x + 4), "y1", Svg.num(y - 12), "x2", Svg.num(x + 4), "y2", Svg.num(y + 4),
        "stroke", "#000", "stroke-width", "1.5", "stroke-dasharray", "4 2");
    legendText(svg, x + 12, y, "report date");
  }

  private static int legendText(Svg svg, int x, int y, String text) {
    svg.text("text", text, "x", Svg.num(x), "y", Svg.num(y));
    return x + Svg.textWidth(text, 12) + 16;
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

package org.kcsp.rules.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Evidence;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Gap;
import org.kcsp.rules.GrantPosition;
import org.kcsp.rules.Outcome;
import org.kcsp.rules.PotPosition;
import org.kcsp.rules.RuleCheck;
import org.kcsp.rules.RuleResult;
import org.kcsp.rules.Severity;

/**
 * Writes a report as one self-contained HTML5 page, for a screen or for paper: the summary, the
 * findings of each severity, the evidence gaps grouped by what to record, a picture of each grant
 * (its allocation split into the tactical pot and the upfront part, the tactical pot's cap marked,
 * and what the committed projects take), a timeline of every body's terms of reference approvals
 * and reviews, and every rule's outcome with its reason.
 *
 * <p>The page needs nothing else: no scripts, fonts, stylesheets or images from anywhere; its CSS
 * is inline, its pictures are inline SVG. It prints legibly without backgrounds and keeps rows
 * and pictures whole across pages. Headings nest (h1, h2, h3), tables have captions and header
 * scopes, every picture has a title and a description in words, and severity and overdue reviews
 * are written out, never told by colour alone. All text from the record and the report is
 * escaped. The same report always gives the same page.
 *
 * <p>The page draws only from the report: the pictures are its {@link ComplianceReport#grants()}
 * and {@link ComplianceReport#termsOfReference()}, and what they mark (an overdue review, a
 * tactical pot over its cap, an overcommitted pot) is the report's own findings. A rule skipped
 * marks nothing, a waived finding is marked waived, with its reason.
 *
 * <pre>{@code
 * LocalDate date = LocalDate.of(2023, 7, 15);
 * ComplianceReport report = ComplianceEngine.standard().check(record, date);
 * Files.writeString(Path.of("kcsp-compliance.html"), HtmlReport.render(report));
 * }</pre>
 */
public final class HtmlReport {

  private HtmlReport() {}

  /** The report as an HTML page. */
  public static String render(ComplianceReport report) {
    Page page = new Page();
    page.raw("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\" />\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
        .raw("<title>").text(Words.title(report) + ", " + Words.date(report.asOf())).raw("</title>\n")
        .raw("<style>\n").raw(STYLE).raw("</style>\n</head>\n<body>\n");
    page.raw("<header>\n<h1>").text(Words.title(report)).raw("</h1>\n")
        .raw("<p class=\"as-of\">Checked as of <time datetime=\"").text(report.asOf().toString()).raw("\">")
        .text(Words.date(report.asOf())).raw("</time>");
    report.effectiveDate().filter(day -> !day.equals(report.asOf())).ifPresent(day -> page
        .raw(", checked as on its last day, <time datetime=\"").text(day.toString()).raw("\">")
        .text(Words.date(day)).raw("</time>"));
    page.raw(".</p>\n</header>\n<main>\n");
    summary(report, page);
    findings(report, page);
    gaps(report, page);
    grants(report, page);
    termsOfReference(report, page);
    rules(report, page);
    page.raw("</main>\n<footer>\n<p>Written by kcsp from the rules evaluated on ")
        .text(Words.date(report.asOf())).raw(".</p>\n</footer>\n</body>\n</html>\n");
    return page.toString();
  }

  private static void summary(ComplianceReport report, Page page) {
    page.raw("<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">Summary</h2>\n");
    page.raw("<p class=\"verdict\">").text(verdict(report)).raw("</p>\n");
    page.raw("<table class=\"summary\">\n<caption>Findings and rules as of ").text(Words.date(report.asOf()))
        .raw("</caption>\n<thead><tr><th scope=\"col\">Count of</th><th scope=\"col\" class=\"num\">Number</th>"
            + "</tr></thead>\n<tbody>\n");
    for (Severity severity : Severity.values()) {
      summaryRow(page, "Open " + Words.plural(severity).toLowerCase(Locale.ROOT), report.openCount(severity));
    }
    summaryRow(page, "Waived findings", report.waivedCount());
    summaryRow(page, "Things to record", GapGroup.of(report).size());
    for (Outcome outcome : Outcome.values()) {
      summaryRow(page, "Rules " + Words.outcome(outcome).toLowerCase(Locale.ROOT), report.ruleCount(outcome));
    }
    page.raw("</tbody>\n</table>\n</section>\n");
  }

  private static String verdict(ComplianceReport report) {
    if (report.openFindings().isEmpty()) {
      return "No open findings" + (report.waivedCount() > 0
          ? "; " + Words.count(report.waivedCount(), "finding is", "findings are") + " waived." : ".");
    }
    return Words.findingCounts(report) + ".";
  }

  private static void summaryRow(Page page, String what, long count) {
    page.raw("<tr><th scope=\"row\">").text(what).raw("</th><td class=\"num\">").text(String.valueOf(count))
        .raw("</td></tr>\n");
  }

  private static void findings(ComplianceReport report, Page page) {
    page.raw("<section aria-labelledby=\"findings\">\n<h2 id=\"findings\">Findings</h2>\n");
    for (Severity severity : Severity.values()) {
      List<Finding> findings = report.findings().stream().filter(f -> f.severity() == severity).toList();
      long waived = findings.stream().filter(f -> !f.isOpen()).count();
      String id = "findings-" + severity.name().toLowerCase(Locale.ROOT);
      page.raw("<section aria-labelledby=\"").text(id).raw("\">\n<h3 id=\"").text(id).raw("\">")
          .text(Words.plural(severity) + " (" + findings.size() + (waived > 0 ? ", " + waived + " waived" : "") + ")")
          .raw("</h3>\n");
      if (findings.isEmpty()) {
        page.raw("<p>No ").text(severity.name()).raw(" findings.</p>\n</section>\n");
        continue;
      }
      page.raw(Html.frame(id))
          .raw("<table class=\"findings\">\n<caption class=\"visually-hidden\">").text(severity.name() + " findings: "
              + Words.count(findings.size(), "finding", "findings")
              + (waived > 0 ? ", " + waived + " waived" : ""))
          .raw("</caption>\n<thead><tr><th scope=\"col\">Subject</th><th scope=\"col\">Rule</th>"
              + "<th scope=\"col\">Finding</th><th scope=\"col\">Evidence</th></tr></thead>\n<tbody>\n");
      for (Finding finding : findings) {
        finding(finding, page);
      }
      page.raw("</tbody>\n</table>\n").raw(Html.FRAME_END).raw("</section>\n");
    }
    page.raw("</section>\n");
  }

  private static void finding(Finding finding, Page page) {
    page.raw(finding.isOpen() ? "<tr>" : "<tr class=\"waived\">");
    page.raw("<th scope=\"row\">").text(Words.kind(finding.subject().kind())).raw("<br /><code>")
        .id(finding.subject().id()).raw("</code></th>");
    page.raw("<td><code>").id(finding.rule()).raw("</code><br /><span class=\"tag tag-")
        .text(finding.severity().name().toLowerCase(Locale.ROOT)).raw("\">").text(finding.severity().name())
        .raw("</span>");
    if (!finding.isOpen()) {
      page.raw(" <span class=\"tag tag-waived\">WAIVED</span>");
    }
    page.raw("</td>\n<td><p>").text(finding.message()).raw("</p>");
    page.raw("<p class=\"source\">Source: ").text(finding.source()).raw("</p>");
    finding.waived().ifPresent(waived -> page.raw("<p class=\"waiver\"><strong>Waived</strong> until ")
        .text(Words.date(waived.until())).raw(" by ").text(waived.approvedBy()).raw(": ").text(waived.reason())
        .raw("</p>"));
    page.raw("</td>\n<td>");
    evidence(finding.evidence(), page);
    page.raw("</td></tr>\n");
  }

  private static void evidence(Evidence evidence, Page page) {
    if (evidence.isEmpty()) {
      page.raw("None.");
      return;
    }
    page.raw("<dl class=\"evidence\">");
    evidence.typed().forEach((key, value) -> page.raw("<dt>").text(Words.key(key))
        .raw(Words.isFigure(value) ? "</dt><dd class=\"figure\">" : "</dt><dd>")
        .text(Words.evidence(value)).raw("</dd>"));
    page.raw("</dl>");
  }

  private static void gaps(ComplianceReport report, Page page) {
    page.raw("<section aria-labelledby=\"gaps\">\n<h2 id=\"gaps\">Gaps</h2>\n");
    List<GapGroup> groups = GapGroup.of(report);
    if (groups.isEmpty()) {
      page.raw("<p>Nothing to record: every rule decided every subject it checked.</p>\n</section>\n");
      return;
    }
    page.raw("<p>").text("What the record does not say, and the rules that cannot decide without it: "
        + Words.gapCounts(report) + ".").raw("</p>\n");
    page.raw(Html.frame("gaps"))
        .raw("<table class=\"gaps\">\n<caption>What to record, where in the record, and the rules that need it</caption>"
        + "\n<thead><tr><th scope=\"col\">What to record</th><th scope=\"col\">Where</th>"
        + "<th scope=\"col\">Needed by</th></tr></thead>\n<tbody>\n");
    for (GapGroup group : groups) {
      page.raw("<tr><th scope=\"row\">").text(group.message()).raw("</th><td><code>").text(group.missing())
          .raw("</code></td><td><ul class=\"needed\">");
      for (Gap gap : group.gaps()) {
        page.raw("<li><code>").id(gap.rule()).raw("</code> on ").text(Words.kind(gap.subject().kind()))
            .raw(" <code>").id(gap.subject().id()).raw("</code>");
        if (!gap.message().equals(group.message())) {
          page.raw(": ").text(gap.message());
        }
        page.raw("</li>");
      }
      page.raw("</ul></td></tr>\n");
    }
    page.raw("</tbody>\n</table>\n").raw(Html.FRAME_END).raw("</section>\n");
  }

  private static void grants(ComplianceReport report, Page page) {
    page.raw("<section aria-labelledby=\"grants\">\n<h2 id=\"grants\">Grants</h2>\n");
    if (report.grants().isEmpty()) {
      page.raw("<p>The record holds no grant as of ").text(Words.date(report.asOf())).raw(".</p>\n</section>\n");
      return;
    }
    page.raw("<p>Each bar is drawn to scale from the amounts in pence. The hatched part is the tactical pot, "
        + "drawn from the left so that it meets the cap marker when it reaches the cap; the solid part is the "
        + "upfront allocation. The lower bar is what committed projects (approved by the chair or the funder, "
        + "or completed) take, split the same way. A part is outlined when a finding of this report says the "
        + "tactical pot is over its cap or a pot is overcommitted, dashed when a waiver covers the finding.</p>\n");
    for (int i = 0; i < report.grants().size(); i++) {
      grant(report.grants().get(i), i, page);
    }
    page.raw("</section>\n");
  }

  private static void grant(GrantPosition grant, int index, Page page) {
    GrantFigure figure = new GrantFigure(grant);
    String id = "grant-" + index;
    page.raw("<section class=\"grant\" aria-labelledby=\"").text(id).raw("\">\n<h3 id=\"").text(id).raw("\">")
        .text(figure.title()).raw("</h3>\n<p>From ").text(grant.funderName()).raw(".</p>\n");
    page.raw("<figure>\n").raw(figure.svg(index)).raw("<figcaption>").text("Figure: the pots of " + grant.id()
        + ", the tactical pot's cap and what is committed; the figures are in the table below.")
        .raw("</figcaption>\n</figure>\n");
    page.raw("<table class=\"figures\">\n<caption>").text("Figures of " + grant.id())
        .raw("</caption>\n<thead><tr><th scope=\"col\">Figure</th><th scope=\"col\" class=\"num\">Amount</th>"
            + "</tr></thead>\n<tbody>\n");
    moneyRow(page, "Allocation", figure.allocationKnown ? Words.money(figure.allocation) : "unknown");
    moneyRow(page, "Tactical pot", Words.money(figure.tactical));
    moneyRow(page, "Upfront", figure.upfrontWords());
    if (figure.allocationKnown) {
      moneyRow(page, "Tactical pot cap (" + grant.tacticalPotCap() + " of the allocation)", Words.money(figure.limit));
      checkRow(page, "Tactical pot against the cap", grant.tacticalPotOverCap(), "OVER THE CAP",
          figure.overBy(),
          "within the cap");
    } else {
      moneyRow(page, "Tactical pot cap (" + grant.tacticalPotCap() + " of the allocation)",
          "unknown (the allocation is unknown)");
    }
    if (!grant.projectsRecorded()) {
      moneyRow(page, "Committed", "unknown (the projects are not recorded)");
    } else if (figure.committedKnown()) {
      committedRow(page, "Committed, tactical pot", grant.tactical());
      committedRow(page, "Committed, upfront", grant.upfront());
      moneyRow(page, "Committed in all (" + Words.count(grant.committedProjects(), "project", "projects") + ")",
          Words.money(figure.committed()));
      RuleCheck overcommitted = grant.tactical().overcommitted();
      if (overcommitted.state() == RuleCheck.State.NOT_RUN) {
        moneyRow(page, "Pots overcommitted", "not checked (rule " + overcommitted.rule() + " not run)");
      }
    } else {
      moneyRow(page, "Committed", "unknown (projects without an amount: " + grant.projectsWithoutAmount().size() + ")");
      // what is committed is unknown, but the known commitments may already overcommit a pot
      overcommittedRow(page, "Committed, tactical pot", grant.tactical());
      overcommittedRow(page, "Committed, upfront", grant.upfront());
    }
    long rollovers = Math.addExact(grant.upfront().grantedRollovers(), grant.tactical().grantedRollovers());
    if (rollovers != 0) {
      moneyRow(page, "Granted rollovers (not drawn)", Words.money(rollovers));
    }
    page.raw("</tbody>\n</table>\n</section>\n");
  }

  private static void moneyRow(Page page, String what, String amount) {
    page.raw("<tr><th scope=\"row\">").text(what).raw("</th><td class=\"num\">").text(amount).raw("</td></tr>\n");
  }

  /** A pot's committed sum, tagged when a finding says the pot is overcommitted. */
  private static void committedRow(Page page, String what, PotPosition pot) {
    String amount = Words.money(pot.committed().orElseThrow());
    RuleCheck check = pot.overcommitted();
    if (check.state() == RuleCheck.State.OPEN || check.state() == RuleCheck.State.WAIVED) {
      checkRow(page, what, check, "OVERCOMMITTED", amount, amount);
    } else {
      moneyRow(page, what, amount);
    }
  }

  /** A pot whose sum is unknown, when a finding says its known commitments already overcommit it. */
  private static void overcommittedRow(Page page, String what, PotPosition pot) {
    RuleCheck check = pot.overcommitted();
    if (check.state() == RuleCheck.State.OPEN || check.state() == RuleCheck.State.WAIVED) {
      String amount = check.finding().orElseThrow().evidence().value("committed")
          .map(value -> "at least " + Words.evidence(value)).orElse("more than the pot");
      checkRow(page, what, check, "OVERCOMMITTED", amount, amount);
    }
  }

  /**
   * A row saying what a rule found: {@code found} behind a tag (the finding's severity, or WAIVED
   * with the waiver), {@code clear} when it found nothing, or that it was not run.
   */
  private static void checkRow(Page page, String what, RuleCheck check, String tag, String found, String clear) {
    page.raw("<tr><th scope=\"row\">").text(what).raw("</th><td class=\"num\">");
    switch (check.state()) {
      case OPEN -> page.raw("<span class=\"tag tag-").text(severityClass(check.finding().orElseThrow()))
          .raw("\">").text(tag).raw("</span> ").text(found);
      case WAIVED -> page.raw("<span class=\"tag tag-waived\">WAIVED</span> ").text(found + ". "
          + Words.waived(check.finding().orElseThrow().waived().orElseThrow()));
      case NO_FINDING -> page.text(clear);
      case NOT_RUN -> page.text("not checked (rule " + check.rule() + " not run)");
    }
    page.raw("</td></tr>\n");
  }

  private static String severityClass(Finding finding) {
    return finding.severity().name().toLowerCase(Locale.ROOT);
  }

  private static void termsOfReference(ComplianceReport report, Page page) {
    page.raw("<section aria-labelledby=\"tor\">\n<h2 id=\"tor\">Terms of reference</h2>\n");
    TorTimeline timeline = new TorTimeline(report.termsOfReference(), report.asOf());
    if (timeline.isEmpty()) {
      page.raw("<p>No body has terms of reference approved on or before ").text(Words.date(report.asOf()))
          .raw(".</p>\n</section>\n");
      return;
    }
    page.raw("<figure>\n").raw(timeline.svg()).raw("<figcaption>").text("Figure: each approval (a circle), "
        + "the review it makes due (a diamond; a triangle with ! when a finding says it is overdue, hollow when "
        + "a waiver covers the finding) and the report date (the dashed line); the dates are in the table below.")
        .raw("</figcaption>\n</figure>\n");
    page.raw(Html.frame("tor"))
        .raw("<table class=\"tor\">\n<caption>Terms of reference approvals as of ").text(Words.date(report.asOf()))
        .raw("</caption>\n<thead><tr><th scope=\"col\">Body</th><th scope=\"col\">Version</th>"
            + "<th scope=\"col\">Approved</th><th scope=\"col\">Approved by</th><th scope=\"col\">Review due</th>"
            + "<th scope=\"col\">Standing</th></tr></thead>\n<tbody>\n");
    for (TorTimeline.Body body : timeline.bodies) {
      if (body.approvals().isEmpty()) {
        page.raw("<tr><th scope=\"row\">").text(body.name())
            .raw("</th><td colspan=\"5\">No terms of reference approved.</td></tr>\n");
        continue;
      }
      for (TorTimeline.Approval approval : body.approvals()) {
        page.raw("<tr><th scope=\"row\">").text(body.name()).raw("</th><td>").text(approval.tor().version())
            .raw("</td><td class=\"date\">").text(Words.date(approval.tor().approvedOn())).raw("</td><td>")
            .text(approval.tor().approvedByName()).raw("</td><td class=\"date\">")
            .text(Words.date(approval.tor().reviewDue())).raw("</td><td>");
        switch (approval.status()) {
          case OVERDUE -> page.raw("<span class=\"tag tag-").text(severityClass(approval.overdue()))
              .raw("\">OVERDUE</span> ").text(timelineStanding(timeline, approval));
          case WAIVED -> page.raw("<span class=\"tag tag-waived\">WAIVED</span> ")
              .text(timelineStanding(timeline, approval) + " by " + approval.waived().approvedBy() + ": "
                  + approval.waived().reason());
          default -> page.text(timelineStanding(timeline, approval));
        }
        page.raw("</td></tr>\n");
      }
    }
    page.raw("</tbody>\n</table>\n").raw(Html.FRAME_END).raw("</section>\n");
  }

  private static String timelineStanding(TorTimeline timeline, TorTimeline.Approval approval) {
    String standing = timeline.standing(approval);
    return Character.toUpperCase(standing.charAt(0)) + standing.substring(1);
  }

  private static void rules(ComplianceReport report, Page page) {
    page.raw("<section aria-labelledby=\"rules\">\n<h2 id=\"rules\">Rules</h2>\n<p>")
        .text(Words.ruleCounts(report)).raw(".</p>\n");
    if (report.rules().isEmpty()) {
      page.raw("<p>No rules were evaluated.</p>\n</section>\n");
      return;
    }
    page.raw(Html.frame("rules"))
        .raw("<table class=\"rules\">\n<caption>Every rule evaluated, with its outcome and why</caption>\n"
        + "<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Severity</th><th scope=\"col\">Outcome</th>"
        + "<th scope=\"col\">Reason</th></tr></thead>\n<tbody>\n");
    for (RuleResult rule : report.rules()) {
      page.raw("<tr class=\"outcome-").text(rule.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'))
          .raw("\"><th scope=\"row\"><code>").id(rule.rule()).raw("</code></th><td>").text(rule.severity().name())
          .raw("</td><td>").text(Words.outcome(rule.outcome())).raw("</td><td>").text(rule.reason())
          .raw("</td></tr>\n");
    }
    page.raw("</tbody>\n</table>\n").raw(Html.FRAME_END).raw("</section>\n");
  }

  /** The page being written: markup as given, text escaped. */
  private static final class Page {
    private final StringBuilder html = new StringBuilder(32_768);

    Page raw(String markup) {
      html.append(markup);
      return this;
    }

    Page text(String text) {
      html.append(Html.escape(text));
      return this;
    }

    /** An id such as {@code TOR_REVIEW_OVERDUE}, free to break after its underscores in a narrow column. */
    Page id(String id) {
      html.append(Html.escape(id).replace("_", "_<wbr />"));
      return this;
    }

    @Override
    public String toString() {
      return html.toString();
    }
  }

  /**
   * Screen, phone and print; nothing depends on a background to be read. A table wider than a
   * phone's screen scrolls sideways in its frame ({@code .wide}), its caption kept in view, the page
   * never; on a narrow screen cells are tighter, evidence is a list and dates may wrap; on paper the
   * frame shows the table whole. The portfolio's page begins with it too.
   */
  static final String STYLE = """
      :root { color-scheme: light; }
      body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.45;
        color: #1a1a1a; background: #fff; max-width: 62rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
      h1 { font-size: 1.6rem; margin: .5rem 0 .25rem; }
      h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #1a1a1a; padding-bottom: .2rem; }
      h3 { font-size: 1.1rem; margin: 1.25rem 0 .4rem; }
      .as-of { margin-top: 0; font-size: 1.05rem; }
      .verdict { font-weight: 600; }
      table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.25rem; }
      caption { text-align: left; font-weight: 600; padding: .3rem 0; }
      th, td { border: 1px solid #8a8a8a; padding: .35rem .5rem; text-align: left; vertical-align: top; }
      thead th { background: #eef1f5; }
      tbody th { font-weight: 600; }
      table.summary, table.figures { width: auto; min-width: min(24rem, 100%); }
      .wide { overflow-x: auto; margin: .5rem 0 1.25rem; }
      .wide > table { margin: 0; }
      .num { text-align: right; font-variant-numeric: tabular-nums; }
      td p { margin: 0 0 .3rem; }
      td p:last-child { margin-bottom: 0; }
      .source { font-size: .9em; color: #3a3a3a; }
      .waiver { font-size: .95em; }
      tr.waived td, tr.waived th { color: #444; }
      code { font-family: ui-monospace, Menlo, Consolas, "Liberation Mono", monospace; font-size: .88em;
        overflow-wrap: break-word; }
      .date, dd.figure { white-space: nowrap; }
      .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
        clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
      .tag { display: inline-block; border: 1.5px solid currentColor; border-radius: 3px; padding: 0 .3em;
        font-size: .78em; font-weight: 700; letter-spacing: .03em; margin-top: .2rem; }
      .tag-error { color: #a4000f; }
      .tag-warning { color: #7a4100; }
      .tag-info { color: #1d4f91; }
      .tag-waived { color: #444; }
      dl.evidence { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: .1rem .6rem; }
      dl.evidence dt { font-weight: 600; }
      dl.evidence dd { margin: 0; }
      ul.needed { margin: 0; padding-left: 1.1rem; }
      figure { margin: .75rem 0; }
      figure svg { width: 100%; height: auto; display: block; max-width: 720px; }
      figcaption { font-size: .9rem; color: #333; margin-top: .3rem; }
      footer { margin-top: 2rem; font-size: .85rem; color: #444; }
      @media (max-width: 40rem) {
        body { padding: .75rem .75rem 2rem; }
        h1 { font-size: 1.35rem; }
        th, td { padding: .3rem .35rem; }
        dl.evidence { grid-template-columns: 1fr; gap: 0; }
        dl.evidence dd { margin-bottom: .25rem; }
        td.date, dd.figure { white-space: normal; }
        .wide caption { position: sticky; left: 0; max-width: calc(100vw - 1.5rem); }
        table.gaps td > code { overflow-wrap: anywhere; }
      }
      @media print {
        @page { margin: 14mm; }
        body { max-width: none; padding: 0; font-size: 10pt; color: #000; }
        thead th { background: none; }
        thead { display: table-header-group; }
        tr, figure, .grant, dl.evidence { break-inside: avoid; page-break-inside: avoid; }
        h2, h3, caption { break-after: avoid; page-break-after: avoid; }
        .source, figcaption, footer, tr.waived td, tr.waived th { color: #000; }
        .wide { overflow: visible; }
      }
      """;
}

package org.kcsp.rules.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kcsp.model.Printable;
import org.kcsp.model.io.JsonLayout;
import org.kcsp.rules.Outcome;
import org.kcsp.rules.Portfolio;
import org.kcsp.rules.PortfolioRow;
import org.kcsp.rules.Severity;

/**
 * Writes a {@link Portfolio}, many partnerships side by side, as text for a terminal, as JSON
 * ({@value #FORMAT}) for dashboards, or as one self-contained HTML page: a row per record, a column
 * per rule, the outcome in each cell, with the counts. The same portfolio always gives the same
 * bytes. (Each record's findings, one row each, are {@link FindingsCsv}.)
 *
 * <pre>{@code
 * Portfolio portfolio = engine.portfolio(records, BatchOptions.threads(4), result -> { });
 * Files.writeString(Path.of("portfolio.html"), PortfolioReport.html(portfolio));
 * }</pre>
 *
 * <p>Each outcome has a mark: in text {@code F} failed, {@code W} waived, {@code ?} not assessed,
 * {@code .} passed, {@code -} not applicable; in HTML the same but for passed {@code ✓} and not
 * applicable {@code –}. A blank cell is a rule outside the record's policy.
 */
public final class PortfolioReport {

  /** The format version of the JSON portfolio. */
  public static final String FORMAT = "kcsp-portfolio/1";

  /** The outcomes in the order the portfolio counts them: what needs acting on first. */
  private static final Outcome[] LISTED =
      {Outcome.FAIL, Outcome.WAIVED, Outcome.NOT_ASSESSED, Outcome.PASS, Outcome.NOT_APPLICABLE};

  /** The widest partnership id the text matrix shows whole. */
  private static final int ID_COLUMN = 12;

  private PortfolioReport() {}

  /** The mark of an outcome in a cell: {@code F}, {@code W}, {@code ?}, {@code .} or {@code -}. */
  static char mark(Outcome outcome) {
    return switch (outcome) {
      case FAIL -> 'F';
      case WAIVED -> 'W';
      case NOT_ASSESSED -> '?';
      case PASS -> '.';
      case NOT_APPLICABLE -> '-';
    };
  }

  /** The mark of an outcome in the HTML matrix, larger than a full stop or a hyphen. */
  static String htmlMark(Outcome outcome) {
    return switch (outcome) {
      case PASS -> "\u2713";
      case NOT_APPLICABLE -> "\u2013";
      default -> String.valueOf(mark(outcome));
    };
  }

  private static String mark(PortfolioRow row, String rule) {
    return row.outcome(rule).map(outcome -> String.valueOf(mark(outcome))).orElse(" ");
  }

  // ---- text

  /**
   * The portfolio as text: the counts; the matrix, a line per record (its number, partnership, date
   * and open findings by severity, then a mark per rule, the rules numbered in columns); each rule
   * with how many records have each outcome; and each record's file and policy. Lines are at most
   * 80 columns while there are at most 40 rules; every character of a record that could act on a
   * terminal is escaped.
   */
  public static String text(Portfolio portfolio) {
    StringBuilder out = new StringBuilder(4096 + portfolio.rows().size() * 160);
    String title = "Portfolio: " + Words.count(portfolio.rows().size(), "record", "records") + " of "
        + Words.count(portfolio.partnershipCount(), "partnership", "partnerships") + dates(portfolio);
    lines(out, Wrap.lines(Printable.text(title), TextReport.WIDTH, "", ""));
    out.append("=".repeat(Math.min(TextReport.WIDTH, Wrap.length(title)))).append("\n\n");
    labelled(out, "Findings", findingCounts(portfolio));
    labelled(out, "Gaps", Words.count(portfolio.gapCount(), "evidence gap", "evidence gaps"));
    labelled(out, "Rules", Words.count(portfolio.rules().size(), "rule", "rules") + ", numbered below: F failed, W waived,"
        + " ? not assessed, . passed, - not applicable; blank: not in the record's policy");
    out.append('\n');
    heading(out, "OUTCOMES");
    matrix(portfolio, out);
    out.append('\n');
    heading(out, "RULES: records by outcome");
    rules(portfolio, out);
    out.append('\n');
    heading(out, "RECORDS");
    List<PortfolioRow> rows = portfolio.rows();
    int numberWidth = String.valueOf(rows.size()).length();
    for (int i = 0; i < rows.size(); i++) {
      PortfolioRow row = rows.get(i);
      String line = row.recordFile().map(file -> file + ": ").orElse("") + row.partnershipName() + " ("
          + row.partnershipId() + ") as of " + Words.date(row.asOf())
          + row.effectiveDate().map(day -> ", checked as on its last day, " + Words.date(day)).orElse("")
          + "; policy " + row.policy() + ", " + row.recordFormat();
      lines(out, Wrap.lines(Printable.text(line), TextReport.WIDTH,
          String.format(Locale.ROOT, "%" + numberWidth + "d  ", i + 1), " ".repeat(numberWidth + 2)));
    }
    if (rows.isEmpty()) {
      out.append("None.\n");
    }
    return out.toString();
  }

  private static String dates(Portfolio portfolio) {
    Optional<LocalDate> first = portfolio.rows().stream().map(PortfolioRow::asOf).min(LocalDate::compareTo);
    Optional<LocalDate> last = portfolio.rows().stream().map(PortfolioRow::asOf).max(LocalDate::compareTo);
    if (first.isEmpty()) {
      return "";
    }
    return first.equals(last) ? ", as of " + Words.date(first.get())
        : ", as of " + Words.date(first.get()) + " to " + Words.date(last.get());
  }

  private static String findingCounts(Portfolio portfolio) {
    List<String> parts = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      parts.add(Words.count(portfolio.openCount(severity), severity));
    }
    return String.join(", ", parts) + " open; " + Words.count(portfolio.waivedCount(), "finding", "findings") + " waived";
  }

  private static void labelled(StringBuilder out, String label, String text) {
    lines(out, Wrap.lines(Printable.text(text), TextReport.WIDTH, Wrap.pad(label, 10), " ".repeat(10)));
  }

  private static void heading(StringBuilder out, String heading) {
    out.append(heading).append('\n').append("-".repeat(heading.length())).append('\n');
  }

  private static void lines(StringBuilder out, List<String> lines) {
    lines.forEach(line -> out.append(Printable.line(line)).append('\n'));
  }

  private static void matrix(Portfolio portfolio, StringBuilder out) {
    List<PortfolioRow> rows = portfolio.rows();
    List<String> rules = portfolio.rules();
    int numberWidth = String.valueOf(Math.max(1, rows.size())).length();
    int idWidth = Math.max("partnership".length(), Math.min(ID_COLUMN,
        rows.stream().mapToInt(row -> Wrap.length(Printable.line(row.partnershipId()))).max().orElse(0)));
    // the rules' numbers, a digit a line, over their columns; the last line beside the columns' titles
    String titles = " ".repeat(numberWidth) + "  " + Wrap.pad("partnership", idWidth) + " " + Wrap.pad("as of", 10)
        + " err wrn inf  ";
    int places = String.valueOf(Math.max(1, rules.size())).length();
    for (int place = places - 1; place >= 0; place--) {
      StringBuilder line = new StringBuilder(place == 0 ? titles : " ".repeat(titles.length()));
      for (int i = 1; i <= rules.size(); i++) {
        String number = String.valueOf(i);
        int at = number.length() - 1 - place;
        line.append(at >= 0 ? number.charAt(at) : ' ');
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    for (int r = 0; r < rows.size(); r++) {
      PortfolioRow row = rows.get(r);
      String id = Printable.line(row.partnershipId());
      if (Wrap.length(id) > idWidth) {
        // shortened to its first characters and an ellipsis, never between the halves of a character
        int cut = Character.isHighSurrogate(id.charAt(idWidth - 2)) ? idWidth - 2 : idWidth - 1;
        id = id.substring(0, cut) + "…";
      }
      StringBuilder line = new StringBuilder()
          .append(String.format(Locale.ROOT, "%" + numberWidth + "d", r + 1)).append("  ")
          .append(Wrap.pad(id, idWidth)).append(' ').append(row.asOf()).append(' ')
          .append(String.format(Locale.ROOT, "%3d %3d %3d", row.openCount(Severity.ERROR), row.openCount(Severity.WARNING),
              row.openCount(Severity.INFO)))
          .append("  ");
      for (String rule : rules) {
        line.append(mark(row, rule));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    if (rows.isEmpty()) {
      out.append("No record was checked.\n");
    }
  }

  private static void rules(Portfolio portfolio, StringBuilder out) {
    List<String> rules = portfolio.rules();
    int numberWidth = Math.max(1, String.valueOf(rules.size()).length());
    int ruleWidth = Math.max("rule".length(), rules.stream().mapToInt(String::length).max().orElse(0));
    StringBuilder head = new StringBuilder(" ".repeat(numberWidth)).append("  ").append(Wrap.pad("rule", ruleWidth));
    for (Outcome outcome : LISTED) {
      head.append("    ").append(mark(outcome));
    }
    out.append(head).append('\n');
    for (int i = 0; i < rules.size(); i++) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%" + numberWidth + "d", i + 1)).append("  ")
          .append(Wrap.pad(Printable.line(rules.get(i)), ruleWidth));
      for (Outcome outcome : LISTED) {
        line.append(String.format(Locale.ROOT, "%5d", portfolio.count(rules.get(i), outcome)));
      }
      out.append(line).append('\n');
    }
    if (rules.isEmpty()) {
      out.append("None.\n");
    }
  }

  // ---- JSON

  /**
   * The portfolio as JSON ({@value #FORMAT}): the counts over every record; each rule with how many
   * records have each outcome; and each record with its file ({@code null} for a record built in
   * code), partnership, date, policy, record format, the counts of its report (named as the report's
   * {@code summary} names them) and every rule of its policy with its outcome.
   */
  public static String json(Portfolio portfolio) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JsonLayout.generator(text)) {
      out.writeStartObject();
      out.writeStringField("format", FORMAT);
      out.writeObjectFieldStart("summary");
      out.writeNumberField("records", portfolio.rows().size());
      out.writeNumberField("partnerships", portfolio.partnershipCount());
      out.writeNumberField("errors", portfolio.openCount(Severity.ERROR));
      out.writeNumberField("warnings", portfolio.openCount(Severity.WARNING));
      out.writeNumberField("info", portfolio.openCount(Severity.INFO));
      out.writeNumberField("waived", portfolio.waivedCount());
      out.writeNumberField("gaps", portfolio.gapCount());
      out.writeEndObject();
      out.writeArrayFieldStart("rules");
      for (String rule : portfolio.rules()) {
        out.writeStartObject();
        out.writeStringField("id", rule);
        for (Outcome outcome : Outcome.values()) {
          out.writeNumberField(jsonName(outcome), portfolio.count(rule, outcome));
        }
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeArrayFieldStart("records");
      for (PortfolioRow row : portfolio.rows()) {
        record(row, out);
      }
      out.writeEndArray();
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.append('\n').toString();
  }

  /** {@code passed}, {@code failed}, {@code waived}, {@code notAssessed}, {@code notApplicable}. */
  private static String jsonName(Outcome outcome) {
    return switch (outcome) {
      case PASS -> "passed";
      case FAIL -> "failed";
      case WAIVED -> "waived";
      case NOT_ASSESSED -> "notAssessed";
      case NOT_APPLICABLE -> "notApplicable";
    };
  }

  private static void record(PortfolioRow row, JsonGenerator out) throws IOException {
    out.writeStartObject();
    if (row.recordFile().isPresent()) {
      out.writeStringField("record", row.recordFile().get());
    } else {
      out.writeNullField("record");
    }
    out.writeObjectFieldStart("partnership");
    out.writeStringField("id", row.partnershipId());
    out.writeStringField("name", row.partnershipName());
    out.writeEndObject();
    out.writeStringField("asOf", row.asOf().toString());
    if (row.effectiveDate().isPresent()) {
      out.writeStringField("effectiveDate", row.effectiveDate().get().toString());
    }
    out.writeStringField("policy", row.policy());
    out.writeStringField("recordFormat", row.recordFormat());
    out.writeObjectFieldStart("summary");
    out.writeNumberField("errors", row.openCount(Severity.ERROR));
    out.writeNumberField("warnings", row.openCount(Severity.WARNING));
    out.writeNumberField("info", row.openCount(Severity.INFO));
    out.writeNumberField("waived", row.waivedCount());
    out.writeNumberField("passed", row.ruleCount(Outcome.PASS));
    out.writeNumberField("failed", row.ruleCount(Outcome.FAIL));
    out.writeNumberField("waivedRules", row.ruleCount(Outcome.WAIVED));
    out.writeNumberField("notAssessed", row.ruleCount(Outcome.NOT_ASSESSED));
    out.writeNumberField("notApplicable", row.ruleCount(Outcome.NOT_APPLICABLE));
    out.writeNumberField("gaps", row.gapCount());
    out.writeEndObject();
    out.writeObjectFieldStart("outcomes");
    for (String rule : row.rules().stream().sorted().toList()) {
      out.writeStringField(rule, row.outcome(rule).orElseThrow().name());
    }
    out.writeEndObject();
    out.writeEndObject();
  }

  // ---- HTML

  /**
   * The portfolio as one self-contained HTML page: the counts; how many records fail, are waived,
   * not assessed, pass or do not apply for each rule; the matrix, a row per record and a column per
   * rule, each cell coloured by outcome and marked (never told by colour alone), its header row and
   * first column kept in view as it scrolls, and scrolling sideways on a narrow screen; and, for
   * screen readers, the same again as a table of each record's rules by outcome, in words. No
   * scripts, fonts, stylesheets or images from anywhere; all text escaped.
   */
  public static String html(Portfolio portfolio) {
    StringBuilder page = new StringBuilder(16_384 + portfolio.rows().size() * (portfolio.rules().size() * 24 + 600));
    String title = "Portfolio: " + Words.count(portfolio.rows().size(), "record", "records") + " of "
        + Words.count(portfolio.partnershipCount(), "partnership", "partnerships") + dates(portfolio);
    page.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\" />\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
        .append("<title>").append(Html.escape(title)).append("</title>\n<style>\n").append(HtmlReport.STYLE)
        .append(STYLE).append("</style>\n</head>\n<body class=\"portfolio\">\n<header>\n<h1>").append(Html.escape(title))
        .append("</h1>\n</header>\n<main>\n");
    htmlSummary(portfolio, page);
    htmlRules(portfolio, page);
    htmlMatrix(portfolio, page);
    htmlRecords(portfolio, page);
    page.append("</main>\n<footer>\n<p>Written by kcsp from the reports of ")
        .append(Html.escape(Words.count(portfolio.rows().size(), "record", "records"))).append(".</p>\n</footer>\n")
        .append("</body>\n</html>\n");
    return page.toString();
  }

  private static void htmlSummary(Portfolio portfolio, StringBuilder page) {
    page.append("<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">Summary</h2>\n")
        .append("<table class=\"summary\">\n<caption>Findings over every record</caption>\n")
        .append("<thead><tr><th scope=\"col\">Count of</th><th scope=\"col\" class=\"num\">Number</th></tr></thead>\n<tbody>\n");
    summaryRow(page, "Records", portfolio.rows().size());
    summaryRow(page, "Partnerships", portfolio.partnershipCount());
    for (Severity severity : Severity.values()) {
      summaryRow(page, "Open " + Words.plural(severity).toLowerCase(Locale.ROOT), portfolio.openCount(severity));
    }
    summaryRow(page, "Waived findings", portfolio.waivedCount());
    summaryRow(page, "Things to record", portfolio.gapCount());
    page.append("</tbody>\n</table>\n</section>\n");
  }

  private static void summaryRow(StringBuilder page, String what, long count) {
    page.append("<tr><th scope=\"row\">").append(Html.escape(what)).append("</th><td class=\"num\">").append(count)
        .append("</td></tr>\n");
  }

  private static void htmlRules(Portfolio portfolio, StringBuilder page) {
    page.append("<section aria-labelledby=\"rules\">\n<h2 id=\"rules\">Rules</h2>\n")
        .append(Html.frame("rules"))
        .append("<table class=\"rule-counts\">\n<caption>How many records have each outcome, rule by rule</caption>\n")
        .append("<thead><tr><th scope=\"col\">Rule</th>");
    for (Outcome outcome : LISTED) {
      page.append("<th scope=\"col\" class=\"num\">").append(Html.escape(Words.outcome(outcome))).append("</th>");
    }
    page.append("</tr></thead>\n<tbody>\n");
    for (String rule : portfolio.rules()) {
      page.append("<tr><th scope=\"row\"><code>").append(id(rule)).append("</code></th>");
      for (Outcome outcome : LISTED) {
        int count = portfolio.count(rule, outcome);
        page.append("<td class=\"num").append(count > 0 && outcome == Outcome.FAIL ? " some-failed" : "").append("\">")
            .append(count).append("</td>");
      }
      page.append("</tr>\n");
    }
    page.append("</tbody>\n</table>\n").append(Html.FRAME_END).append("</section>\n");
  }

  private static void htmlMatrix(Portfolio portfolio, StringBuilder page) {
    page.append("<section aria-labelledby=\"matrix\">\n<h2 id=\"matrix\">Outcomes</h2>\n")
        .append("<p class=\"legend\">A row per record, a column per rule: ");
    for (Outcome outcome : LISTED) {
      page.append("<span class=\"cell o-").append(cssName(outcome)).append("\">").append(htmlMark(outcome))
          .append("</span> ").append(Html.escape(Words.outcome(outcome).toLowerCase(Locale.ROOT)))
          .append(outcome == Outcome.NOT_APPLICABLE ? "; " : ", ");
    }
    page.append("a blank cell: not in the record's policy. The table of records below says the same in words.</p>\n")
        // the matrix is drawn for the eye; screen readers read the table of records, which says the same in words
        .append("<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"The outcomes drawn as a matrix:"
            + " the table of records below holds them in words\">\n<table class=\"matrix\" aria-hidden=\"true\">\n<thead><tr>")
        .append("<th class=\"record\">Record</th><th class=\"num\">Errors</th><th class=\"num\">Warnings</th>");
    for (String rule : portfolio.rules()) {
      page.append("<th class=\"rule\" title=\"").append(Html.escape(rule)).append("\"><span>").append(Html.escape(rule))
          .append("</span></th>");
    }
    page.append("</tr></thead>\n<tbody>\n");
    for (PortfolioRow row : portfolio.rows()) {
      page.append("<tr><th class=\"record\">").append(Html.escape(row.partnershipId())).append(" <span class=\"date\">")
          .append(row.asOf()).append("</span></th><td class=\"num\">").append(row.openCount(Severity.ERROR))
          .append("</td><td class=\"num\">").append(row.openCount(Severity.WARNING)).append("</td>");
      for (String rule : portfolio.rules()) {
        Optional<Outcome> outcome = row.outcome(rule);
        if (outcome.isEmpty()) {
          page.append("<td></td>");
        } else {
          page.append("<td class=\"o-").append(cssName(outcome.get())).append("\">").append(htmlMark(outcome.get()))
              .append("</td>");
        }
      }
      page.append("</tr>\n");
    }
    page.append("</tbody>\n</table>\n</div>\n</section>\n");
  }

  private static void htmlRecords(Portfolio portfolio, StringBuilder page) {
    page.append("<section aria-labelledby=\"records\">\n<h2 id=\"records\">Records</h2>\n")
        .append(Html.frame("records"))
        .append("<table class=\"records\">\n<caption>Each record: its counts, and its rules by outcome</caption>\n")
        .append("<thead><tr><th scope=\"col\">Record</th><th scope=\"col\">As of</th><th scope=\"col\">Policy</th>")
        .append("<th scope=\"col\" class=\"num\">Open errors</th><th scope=\"col\" class=\"num\">Open warnings</th>")
        .append("<th scope=\"col\" class=\"num\">Open info</th><th scope=\"col\" class=\"num\">Waived</th>")
        .append("<th scope=\"col\" class=\"num\">Gaps</th><th scope=\"col\">Rules</th></tr></thead>\n<tbody>\n");
    for (PortfolioRow row : portfolio.rows()) {
      page.append("<tr><th scope=\"row\">").append(Html.escape(row.partnershipName())).append(" (<code>")
          .append(Html.escape(row.partnershipId())).append("</code>)");
      row.recordFile().ifPresent(file -> page.append("<br /><code class=\"file\">").append(Html.escape(file)).append("</code>"));
      page.append("</th><td class=\"date\"><time datetime=\"").append(row.asOf()).append("\">")
          .append(Html.escape(Words.date(row.asOf()))).append("</time></td><td>").append(Html.escape(row.policy()))
          .append("</td>");
      for (Severity severity : Severity.values()) {
        page.append("<td class=\"num\">").append(row.openCount(severity)).append("</td>");
      }
      page.append("<td class=\"num\">").append(row.waivedCount()).append("</td><td class=\"num\">").append(row.gapCount())
          .append("</td><td>");
      boolean any = false;
      for (Outcome outcome : List.of(Outcome.FAIL, Outcome.WAIVED, Outcome.NOT_ASSESSED)) {
        List<String> rules = row.rules().stream().filter(rule -> row.outcome(rule).orElseThrow() == outcome).sorted().toList();
        if (!rules.isEmpty()) {
          page.append("<p><strong>").append(Html.escape(Words.outcome(outcome))).append(":</strong> ");
          for (int i = 0; i < rules.size(); i++) {
            page.append(i > 0 ? ", " : "").append("<code>").append(id(rules.get(i))).append("</code>");
          }
          page.append("</p>");
          any = true;
        }
      }
      page.append("<p>").append(any ? "" : "Every rule passed or did not apply: ")
          .append(row.ruleCount(Outcome.PASS)).append(" passed, ").append(row.ruleCount(Outcome.NOT_APPLICABLE))
          .append(" not applicable.</p></td></tr>\n");
    }
    page.append("</tbody>\n</table>\n").append(Html.FRAME_END).append("</section>\n");
  }

  private static String cssName(Outcome outcome) {
    return outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** An id such as {@code TOR_REVIEW_OVERDUE}, free to break after its underscores in a narrow column. */
  private static String id(String id) {
    return Html.escape(id).replace("_", "_<wbr />");
  }

  /** The matrix: a wide page, the header and first column in view as it scrolls, the outcomes coloured and marked. */
  private static final String STYLE = """
      body.portfolio { max-width: none; }
      .scroll { overflow: auto; max-height: 80vh; border: 1px solid #8a8a8a; }
      table.matrix { width: auto; margin: 0; font-size: .8rem; border-collapse: separate; border-spacing: 0; }
      table.matrix th, table.matrix td { padding: .1rem .3rem; border: 0; border-right: 1px solid #c8c8c8;
        border-bottom: 1px solid #c8c8c8; }
      table.matrix thead th { position: sticky; top: 0; z-index: 2; background: #eef1f5; vertical-align: bottom; }
      table.matrix th.rule { padding: .3rem .1rem; }
      table.matrix th.rule span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap;
        font-family: ui-monospace, Menlo, Consolas, "Liberation Mono", monospace; font-weight: 400; }
      table.matrix th.record { position: sticky; left: 0; z-index: 1; background: #fff; white-space: nowrap; }
      table.matrix thead th.record { z-index: 3; background: #eef1f5; }
      table.matrix td { text-align: center; font-weight: 700; min-width: 1.3em; }
      .o-fail { background: #a4000f; color: #fff; }
      .o-waived { background: #d9d2e9; color: #1a1a1a; }
      .o-not-assessed { background: #ffd866; color: #1a1a1a; }
      .o-pass { background: #cfe8d4; color: #1a1a1a; }
      .o-not-applicable { background: #f2f2f2; color: #555; }
      .legend .cell { display: inline-block; min-width: 1.3em; text-align: center; font-weight: 700;
        border: 1px solid #8a8a8a; }
      td.some-failed { font-weight: 700; color: #a4000f; }
      code.file { font-size: .8em; color: #3a3a3a; }
      table.records p { margin: 0 0 .2rem; }
      @media print {
        .scroll { overflow: visible; max-height: none; border: 0; }
        .o-fail { color: #000; }
      }
      """;
}

package org.kcsp.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.rules.report.ReportFixtures.YEAR_LATER;
import static org.kcsp.rules.report.ReportFixtures.check;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.kcsp.model.FinancialYear;
import org.kcsp.model.Fraction;
import org.kcsp.model.Grant;
import org.kcsp.model.Money;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Pot;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.Waiver;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.GrantPosition;
import org.kcsp.rules.Kcsp2022Records;
import org.kcsp.rules.PotPosition;
import org.kcsp.rules.RuleCheck;
import org.kcsp.rules.Severity;
import org.kcsp.rules.SubjectKind;
import org.kcsp.rules.TermsOfReferenceApproval;
import org.kcsp.rules.TermsOfReferenceStatus;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The HTML report: one self-contained, accessible, printable page, with pictures drawn from pence. */
class HtmlReportTest {

  private static String render(PartnershipRecord record) {
    return HtmlReport.render(check(record, YEAR_LATER));
  }

  /** The page parsed as XML, which it is apart from its doctype: every tag balanced, every text escaped. */
  private static Document parse(String html) {
    assertThat(html).startsWith("<!DOCTYPE html>\n");
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html.substring(16))));
    } catch (Exception e) {
      throw new AssertionError("not well-formed: " + e.getMessage(), e);
    }
  }

  private static List<Element> all(Node root, String xpath) {
    try {
      NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, root, XPathConstants.NODESET);
      List<Element> elements = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        elements.add((Element) nodes.item(i));
      }
      return elements;
    } catch (XPathExpressionException e) {
      throw new IllegalArgumentException(xpath, e);
    }
  }

  private static BigDecimal number(Element element, String attribute) {
    return new BigDecimal(element.getAttribute(attribute));
  }

  /** Where {@code pence} should sit on a grant's bars, recomputed here from the figure's constants. */
  private static BigDecimal expectedX(long pence, long domainPence) {
    return BigDecimal.valueOf(GrantFigure.BAR_LENGTH * pence)
        .divide(BigDecimal.valueOf(domainPence), 2, RoundingMode.HALF_UP)
        .add(BigDecimal.valueOf(GrantFigure.BAR_X));
  }

  @Nested
  class Page {

    @Test
    void is_well_formed_with_balanced_tags() {
      Document page = parse(render(ReportFixtures.kcspWithGrantsAndWaiver()));
      assertThat(page.getDocumentElement().getTagName()).isEqualTo("html");
      assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("en-GB");
    }

    @Test
    void needs_nothing_from_outside() {
      String html = render(ReportFixtures.kcspWithGrantsAndWaiver());
      assertThat(html).doesNotContainIgnoringCase("<script")
          .doesNotContain("http://").doesNotContain("https://")
          .doesNotContain("src=").doesNotContain("href=")
          .doesNotContainIgnoringCase("<link").doesNotContainIgnoringCase("@import")
          .doesNotContain("<img").doesNotContain("@font-face");
      // the only url() references are to patterns inside the page
      assertThat(html.split("url\\(", -1)).allSatisfy(part -> assertThat(part).doesNotStartWith("http"));
      assertThat(html).containsOnlyOnce("<style>");
    }

    @Test
    void has_a_print_stylesheet() {
      String html = render(ReportFixtures.kcsp());
      assertThat(html).contains("@media print").contains("break-inside: avoid").contains("table-header-group");
    }

    @Test
    void nests_headings_without_skipping_a_level() {
      Document page = parse(render(ReportFixtures.kcspWithGrantsAndWaiver()));
      List<Element> headings = all(page, "//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]");
      assertThat(headings.get(0).getTagName()).isEqualTo("h1");
      assertThat(all(page, "//h1")).hasSize(1);
      int level = 0;
      for (Element heading : headings) {
        int next = heading.getTagName().charAt(1) - '0';
        assertThat(next).as(heading.getTextContent()).isLessThanOrEqualTo(level + 1);
        level = next;
      }
      assertThat(all(page, "//h2")).extracting(Element::getTextContent)
          .containsExactly("Summary", "Findings", "Gaps", "Grants", "Terms of reference", "Rules");
    }

    @Test
    void gives_every_table_a_caption_and_every_header_a_scope() {
      Document page = parse(render(ReportFixtures.kcspWithGrantsAndWaiver()));
      List<Element> tables = all(page, "//table");
      assertThat(tables).isNotEmpty().allSatisfy(table ->
          assertThat(all(table, "caption")).hasSize(1));
      assertThat(all(page, "//th")).isNotEmpty().allSatisfy(th ->
          assertThat(th.getAttribute("scope")).isIn("col", "row"));
    }

    @Test
    void lets_a_table_wider_than_a_phone_scroll_sideways_in_a_frame_named_by_its_heading() {
      // GIVEN reports with findings, gaps, grants and terms of reference
      List<String> pages = List.of(render(ReportFixtures.kcspWithGrantsAndWaiver()),
          HtmlReport.render(check(ReportFixtures.kcspWithWaivedGap(), ReportFixtures.REPORT_2020)));
      List<String> framed = new ArrayList<>();
      for (String html : pages) {
        Document page = parse(html);
        // THEN each table of more than two columns is in a frame of its own, a region named by its section's heading
        List<Element> frames = all(page, "//div[@class='wide']");
        frames.forEach(frame -> framed.add(all(frame, "table").get(0).getAttribute("class")));
        assertThat(frames).allSatisfy(frame -> {
          assertThat(frame.getAttribute("role")).isEqualTo("region");
          assertThat(frame.getAttribute("tabindex")).as("it can be scrolled from the keyboard").isEqualTo("0");
          assertThat(all(page, "//*[@id='" + frame.getAttribute("aria-labelledby") + "']"))
              .extracting(Element::getTagName).hasSize(1).containsAnyOf("h2", "h3");
        });
        // AND the two-column tables fit a phone's screen as they are
        assertThat(all(page, "//table[not(parent::div[@class='wide'])]")).extracting(table -> table.getAttribute("class"))
            .containsOnly("summary", "figures");
        // AND a narrow screen has its own layout, and on paper a frame shows its table whole
        assertThat(html).contains("@media (max-width: 40rem)");
        assertThat(html.substring(html.indexOf("@media print"))).contains(".wide { overflow: visible; }");
      }
      assertThat(framed).containsOnly("findings", "gaps", "tor", "rules").contains("findings", "gaps", "tor", "rules");
    }

    @Test
    void writes_severity_out_rather_than_by_colour() {
      ComplianceReport report = check(ReportFixtures.kcspWithGrantAndWaiver(), YEAR_LATER);
      Document page = parse(HtmlReport.render(report));
      assertThat(all(page, "//table[@class='findings']//span[contains(@class, 'tag-')]"))
          .extracting(Element::getTextContent).contains("ERROR", "WARNING", "WAIVED");
      long errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
      long warnings = report.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
      assertThat(all(page, "//h3")).extracting(Element::getTextContent)
          .contains("Errors (" + errors + ", 1 waived)", "Warnings (" + warnings + ")");
    }

    @Test
    void gives_the_same_page_for_the_same_record_and_date() {
      PartnershipRecord record = ReportFixtures.kcspWithGrantsAndWaiver();
      assertThat(render(record)).isEqualTo(render(record));
    }
  }

  @Nested
  class Content {

    @Test
    void shows_the_header_counts_findings_and_rules_like_the_text_report() {
      ComplianceReport report = check(ReportFixtures.kcspWithGrantAndWaiver(), YEAR_LATER);
      Document page = parse(HtmlReport.render(report));
      assertThat(all(page, "//h1").get(0).getTextContent())
          .isEqualTo("Compliance report: Kent Community Safety Partnership (KCSP)");
      assertThat(all(page, "//header//time").get(0).getTextContent()).isEqualTo("15 July 2023");
      assertThat(all(page, "//table[@class='summary']//tr[th='Open errors']/td").get(0).getTextContent())
          .isEqualTo(String.valueOf(report.openCount(Severity.ERROR)));
      assertThat(all(page, "//table[@class='findings']/tbody/tr")).hasSize(report.findings().size());
      assertThat(all(page, "//table[@class='rules']/tbody/tr")).hasSize(report.rules().size());
    }

    @Test
    void groups_the_gaps_by_what_to_record_with_the_rules_that_need_it() {
      // GIVEN the 2019/20 grant with two chair-approved projects without amounts, on 18 March 2020,
      // GRANT_POT_OVERCOMMITTED waived on it
      ComplianceReport report = check(ReportFixtures.kcspWithWaivedGap(), ReportFixtures.REPORT_2020);
      Document page = parse(HtmlReport.render(report));
      // THEN one row per amount, with its path and every rule that needs it, saying more when a rule does
      List<Element> rows = all(page, "//table[@class='gaps']/tbody/tr");
      assertThat(rows).hasSize(2);
      assertThat(all(rows.get(0), "./th").get(0).getTextContent()).isEqualTo("Record the amount of OSARA Problem Solving "
          + "Training (osara-training), a project of Crime Reduction Grant 2019/20.");
      assertThat(all(rows.get(0), "./td/code").get(0).getTextContent()).isEqualTo("$.grants[0].projects[8].amount");
      assertThat(all(rows.get(0), "./td/ul/li")).extracting(Element::getTextContent).containsExactly(
          "GRANT_POT_OVERCOMMITTED on Grant CRG-2019-20",
          "GRANT_UNDERSPEND_RISK on Grant CRG-2019-20",
          "WAIVER_UNUSED on Grant CRG-2019-20: Record the amount of OSARA Problem Solving Training (osara-training), "
              + "a project of Crime Reduction Grant 2019/20. Until then the waiver of GRANT_POT_OVERCOMMITTED on Crime "
              + "Reduction Grant 2019/20 (CRG-2019-20), until 31 March 2020, can be judged neither used nor unused.");
      assertThat(all(page, "//table[@class='summary']//tr[th='Things to record']/td").get(0).getTextContent())
          .isEqualTo("2");
      assertThat(all(page, "//table[@class='summary']//tr[th='Rules not assessed']/td").get(0).getTextContent())
          .isEqualTo(String.valueOf(report.ruleCount(org.kcsp.rules.Outcome.NOT_ASSESSED)));
    }

    @Test
    void says_there_is_nothing_to_record() {
      Document page = parse(render(ReportFixtures.kcsp()));
      assertThat(all(page, "//section[h2='Gaps']/p").get(0).getTextContent())
          .isEqualTo("Nothing to record: every rule decided every subject it checked.");
      assertThat(all(page, "//table[@class='gaps']")).isEmpty();
    }

    @Test
    void gives_each_rule_its_reason() {
      ComplianceReport report = check(ReportFixtures.kcspWithGaps(), ReportFixtures.REPORT_2020);
      Document page = parse(HtmlReport.render(report));
      assertThat(all(page, "//table[@class='rules']/tbody/tr[@class='outcome-not-assessed']/td[3]"))
          .extracting(Element::getTextContent)
          .containsExactly("2 gaps on grant CRG-2019-20; 1 grant checked", "2 gaps on grant CRG-2019-20; 1 grant checked");
      assertThat(all(page, "//table[@class='rules']/tbody/tr[th='GRANT_TACTICAL_POT_OVER_CAP']/td[3]").get(0)
          .getTextContent()).isEqualTo("1 grant checked");
      assertThat(all(page, "//table[@class='rules']/tbody/tr[th='SCRUTINY_NOT_ANNUAL']/td[3]").get(0).getTextContent())
          .isEqualTo("the record holds no scrutiny sessions on or before 18 March 2020");
    }

    @Test
    void shows_evidence_dates_as_people_write_them_and_the_waiver() {
      String html = render(ReportFixtures.kcspWithGrantAndWaiver());
      assertThat(html).contains("<dt>due date</dt><dd class=\"figure\">14 July 2023</dd>");
      assertThat(html).contains("<strong>Waived</strong> until 30 November 2023 by KCSP: "
          + ReportFixtures.WAIVER_REASON);
    }

    @Test
    void shows_evidence_money_in_pounds() {
      String html = HtmlReport.render(ReportFixtures.handMade());
      parse(html);
      assertThat(html).contains("<dt>cap</dt><dd class=\"figure\">£13,220.33</dd>");
    }

    @Test
    void escapes_text_from_the_record() {
      String html = render(ReportFixtures.awkwardlyNamed());
      parse(html);
      assertThat(html).contains("Kent &amp; Medway &lt;Pilot&gt; &quot;CSP&quot; | O&#39;Neill&#39;s *group*");
      assertThat(html).contains("Crime &amp; Reduction &lt;Grant&gt;");
      assertThat(html).doesNotContain("<Pilot>").doesNotContain("<Grant>").doesNotContain("& Medway");
    }
  }

  @Nested
  class Pictures {

    @Test
    void draws_one_figure_per_grant_and_one_timeline() {
      PartnershipRecord record = ReportFixtures.kcspWithGrantsAndWaiver();
      String html = render(record);
      Document page = parse(html);
      assertThat(all(page, "//svg")).hasSize(record.grants().size() + 1);
      assertThat(html.split("<svg", -1)).hasSize(record.grants().size() + 2);
      assertThat(all(page, "//section[@class='grant']//svg")).hasSize(3);
    }

    @Test
    void draws_only_the_timeline_when_there_is_no_grant() {
      assertThat(all(parse(render(ReportFixtures.kcsp())), "//svg")).hasSize(1);
    }

    @Test
    void labels_every_figure_for_people_who_cannot_see_it() {
      Document page = parse(render(ReportFixtures.kcspWithGrantsAndWaiver()));
      assertThat(all(page, "//svg")).allSatisfy(svg -> {
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-label")).hasSizeGreaterThan(40);
        Element title = all(svg, "*").get(0);
        assertThat(title.getTagName()).isEqualTo("title");
        assertThat(title.getTextContent()).isNotBlank();
      });
      List<Element> svgs = all(page, "//svg");
      assertThat(svgs.get(0).getAttribute("aria-label")).contains("allocation £39,661.00")
          .contains("tactical pot of £13,220.00").contains("upfront part of £26,441.00")
          .contains("£13,220.33").contains("within the cap");
      assertThat(svgs.get(3).getAttribute("aria-label"))
          .contains("version 2022 approved 14 July 2022, review due 14 July 2023 (overdue by 1 day)");
    }

    @Test
    void marks_the_cap_where_the_pence_put_it() {
      // GIVEN £39,661 with a cap of one third, £13,220.33 (seed 002, para 2.1; rules.md)
      Document page = parse(render(ReportFixtures.kcspWithGrantAndWaiver()));
      Element svg = all(page, "//section[@class='grant']//svg").get(0);
      Element cap = all(svg, ".//*[@class='cap-marker']").get(0);
      // THEN the marker is at 680 px x 1,322,033 / 3,966,100 from the bars' start
      BigDecimal expected = expectedX(1_322_033L, 3_966_100L);
      assertThat(number(cap, "x1")).isEqualByComparingTo(expected).isEqualByComparingTo(number(cap, "x2"));
      assertThat(expected).isEqualByComparingTo("246.67");
      // and the tactical pot of £13,220 ends just short of it, the upfront part at the allocation's end
      Element tactical = all(svg, ".//rect[@class='tactical']").get(0);
      assertThat(number(tactical, "x").add(number(tactical, "width")))
          .isEqualByComparingTo(expectedX(1_322_000L, 3_966_100L));
      Element upfront = all(svg, ".//rect[@class='upfront']").get(0);
      assertThat(number(upfront, "x").add(number(upfront, "width")))
          .isEqualByComparingTo(BigDecimal.valueOf(GrantFigure.BAR_X + GrantFigure.BAR_LENGTH));
    }

    @Test
    void shows_a_tactical_pot_over_its_cap_crossing_the_marker() {
      Document page = parse(render(ReportFixtures.kcspWithGrantsAndWaiver()));
      Element svg = all(page, "//section[@class='grant']//svg").get(1);
      // £12,000 tactical of £30,000: the cap is £10,000, a third of the bar
      Element cap = all(svg, ".//*[@class='cap-marker']").get(0);
      assertThat(number(cap, "x1")).isEqualByComparingTo(expectedX(1_000_000L, 3_000_000L));
      Element tactical = all(svg, ".//rect[@class='tactical']").get(0);
      assertThat(number(tactical, "x").add(number(tactical, "width")))
          .isEqualByComparingTo(expectedX(1_200_000L, 3_000_000L))
          .isGreaterThan(number(cap, "x1"));
      assertThat(svg.getAttribute("aria-label")).contains("£2,000.00 over the cap");
    }

    @Test
    void draws_what_committed_projects_take() {
      // the approved and chair-approved projects of the 2019/20 grant: £6,480 + £1,250.50 upfront,
      // £4,400 + £1,800 tactical; withdrawn and refunded ones do not count
      Document page = parse(render(ReportFixtures.kcspWithGrantAndWaiver()));
      Element svg = all(page, "//section[@class='grant']//svg").get(0);
      Element tactical = all(svg, ".//rect[@class='committed-tactical']").get(0);
      Element upfront = all(svg, ".//rect[@class='committed-upfront']").get(0);
      assertThat(number(tactical, "x").add(number(tactical, "width")))
          .isEqualByComparingTo(expectedX(620_000L, 3_966_100L));
      assertThat(number(upfront, "x").add(number(upfront, "width")))
          .isEqualByComparingTo(expectedX(1_393_050L, 3_966_100L));
      assertThat(svg.getAttribute("aria-label"))
          .contains("Committed: £13,930.50 in 4 projects (tactical £6,200.00, upfront £7,730.50)");
    }

    @Test
    void says_committed_is_unknown_rather_than_guess_when_a_live_project_has_no_amount() {
      Document page = parse(render(ReportFixtures.kcspWithGrantsAndWaiver()));
      Element svg = all(page, "//section[@class='grant']//svg").get(2);
      assertThat(svg.getTextContent()).contains("Committed: unknown (projects without an amount: 1)");
      assertThat(all(svg, ".//rect[starts-with(@class, 'committed')]")).isEmpty();
    }

    @Test
    void marks_overdue_reviews_by_shape_and_label_on_the_timeline() {
      Document page = parse(render(ReportFixtures.kcsp()));
      Element timeline = all(page, "//svg").get(0);
      // every body's 14 July 2022 approval fell due on 14 July 2023: overdue on the 15th
      assertThat(all(timeline, ".//path[@class='overdue']")).hasSize(3);
      assertThat(timeline.getTextContent()).contains("OVERDUE: due 14 July 2023").contains("Report date: 15 July 2023");
      // the KCSP's July 2021 approval was replaced, not overdue
      assertThat(all(timeline, ".//circle[@class='replaced']")).hasSize(1);
      assertThat(all(timeline, ".//circle[@class='approval']")).hasSize(4);
    }

    @Test
    void shows_no_overdue_review_on_the_day_of_the_approvals() {
      PartnershipRecord record = ReportFixtures.kcsp();
      Document page = parse(HtmlReport.render(check(record, Kcsp2022Records.MINUTES)));
      Element timeline = all(page, "//svg").get(0);
      assertThat(all(timeline, ".//path[@class='overdue']")).isEmpty();
      assertThat(all(timeline, ".//path[@class='due']")).hasSize(3);
    }

    @Test
    void draws_the_report_date_where_the_days_put_it() {
      Document page = parse(render(ReportFixtures.kcsp()));
      Element line = all(page, "//svg//*[@class='report-date']").get(0);
      // the axis runs from 1 January 2021 to 1 January 2024 (1,095 days); 15 July 2023 is day 925
      BigDecimal expected = BigDecimal.valueOf(TorTimeline.PLOT_LENGTH * 925L)
          .divide(BigDecimal.valueOf(1095), 2, RoundingMode.HALF_UP).add(BigDecimal.valueOf(TorTimeline.PLOT_X));
      assertThat(number(line, "x1")).isEqualByComparingTo(expected);
    }
  }

  /**
   * What the pictures mark comes from the report's findings alone: a skipped rule marks nothing, a
   * waived finding is marked waived with its reason, a changed severity changes the tag.
   */
  @Nested
  class MarksFromFindings {

    private Document page(ComplianceEngine engine, PartnershipRecord record) {
      return parse(HtmlReport.render(engine.check(record, YEAR_LATER)));
    }

    private Element timeline(Document page) {
      List<Element> svgs = all(page, "//svg");
      return svgs.get(svgs.size() - 1);
    }

    private Element grantFigure(Document page, int index) {
      return all(page, "//section[@class='grant']//svg").get(index);
    }

    private String cell(Document page, String grant, String row) {
      return all(page, "//table[caption='Figures of " + grant + "']//tr[th='" + row + "']/td").get(0).getTextContent();
    }

    @Test
    void marks_no_review_overdue_when_the_rule_is_skipped() {
      // GIVEN the KCSP a year and a day after its approvals, when all three reviews are past due
      ComplianceEngine skipping = ComplianceEngine.builder().skip("TOR_REVIEW_OVERDUE").build();
      // WHEN TOR_REVIEW_OVERDUE is skipped
      Document page = page(skipping, ReportFixtures.kcsp());
      // THEN neither the timeline nor its table marks a review overdue; each shows its due date
      Element timeline = timeline(page);
      assertThat(all(timeline, ".//path[@class='overdue']")).isEmpty();
      assertThat(all(timeline, ".//path[@class='due']")).hasSize(3);
      assertThat(timeline.getTextContent()).doesNotContain("OVERDUE").contains("review due 14 July 2023");
      assertThat(timeline.getAttribute("aria-label")).doesNotContain("overdue")
          .contains("review due 14 July 2023 (due 1 day ago; not checked: rule TOR_REVIEW_OVERDUE not run)");
      assertThat(all(page, "//table[@class='tor']//span")).isEmpty();
      // AND with the rule run, the same record has three OVERDUE tags
      assertThat(all(page(ReportFixtures.ENGINE, ReportFixtures.kcsp()), "//table[@class='tor']//span[.='OVERDUE']"))
          .hasSize(3);
    }

    @Test
    void marks_a_waived_overdue_review_as_waived_with_its_reason() {
      // GIVEN the KCSP's overdue review waived until 30 November 2023, its subgroups' not
      Document page = page(ReportFixtures.ENGINE, ReportFixtures.kcspWithGrantAndWaiver());
      // THEN the KCSP's review is a hollow triangle labelled WAIVED, the subgroups' stay overdue
      Element timeline = timeline(page);
      assertThat(all(timeline, ".//path[@class='overdue-waived']")).hasSize(1);
      assertThat(all(timeline, ".//path[@class='overdue']")).hasSize(2);
      assertThat(timeline.getTextContent()).contains("WAIVED: due 14 July 2023");
      assertThat(timeline.getAttribute("aria-label"))
          .contains("review due 14 July 2023 (overdue by 1 day, waived until 30 November 2023)");
      // AND the table gives the waiver and its reason on the KCSP's row
      Element row = all(page, "//table[@class='tor']//tr[th='Kent Community Safety Partnership'][td='2022']").get(0);
      assertThat(all(row, ".//span")).extracting(Element::getTextContent).containsExactly("WAIVED");
      assertThat(row.getTextContent())
          .contains("Overdue by 1 day, waived until 30 November 2023 by KCSP: " + ReportFixtures.WAIVER_REASON);
      assertThat(all(page, "//table[@class='tor']//span[.='OVERDUE']")).hasSize(2);
    }

    @Test
    void tags_an_overdue_review_with_the_severity_the_engine_gives_it() {
      ComplianceEngine warning = ComplianceEngine.builder().severity("TOR_REVIEW_OVERDUE", Severity.WARNING).build();
      assertThat(all(page(warning, ReportFixtures.kcsp()), "//table[@class='tor']//span[.='OVERDUE']"))
          .hasSize(3).allSatisfy(tag -> assertThat(tag.getAttribute("class")).isEqualTo("tag tag-warning"));
    }

    @Test
    void marks_a_tactical_pot_over_its_cap_only_while_the_rule_finds_it() {
      // GIVEN a tactical pot of £12,000 over its £10,000 cap
      PartnershipRecord record = ReportFixtures.kcspWithGrantsAndWaiver();
      // WHEN the standard rules run, THEN the part past the cap is outlined and the words say so
      Document marked = page(ReportFixtures.ENGINE, record);
      Element figure = grantFigure(marked, 1);
      Element overCap = all(figure, ".//rect[@class='over-cap']").get(0);
      assertThat(number(overCap, "x")).isEqualByComparingTo(expectedX(1_000_000L, 3_000_000L));
      assertThat(number(overCap, "x").add(number(overCap, "width")))
          .isEqualByComparingTo(expectedX(1_200_000L, 3_000_000L));
      assertThat(figure.getTextContent()).contains("tactical pot over the cap");
      assertThat(cell(marked, "CRG-2020-21", "Tactical pot against the cap")).isEqualTo("OVER THE CAP £2,000.00 over");
      // WHEN the rule is skipped, THEN nothing says over the cap, though the bars keep their lengths
      Document unmarked = page(ComplianceEngine.builder().skip("GRANT_TACTICAL_POT_OVER_CAP").build(), record);
      Element plain = grantFigure(unmarked, 1);
      assertThat(all(plain, ".//rect[starts-with(@class, 'over-cap')]")).isEmpty();
      assertThat(plain.getAttribute("aria-label")).doesNotContain("over the cap")
          .contains("£10,000.00; whether it is within the cap was not checked (rule GRANT_TACTICAL_POT_OVER_CAP not run)");
      assertThat(plain.getTextContent()).doesNotContain("over the cap");
      assertThat(cell(unmarked, "CRG-2020-21", "Tactical pot against the cap"))
          .isEqualTo("not checked (rule GRANT_TACTICAL_POT_OVER_CAP not run)");
      Element tactical = all(plain, ".//rect[@class='tactical']").get(0);
      assertThat(number(tactical, "x").add(number(tactical, "width")))
          .isEqualByComparingTo(expectedX(1_200_000L, 3_000_000L));
      // AND a pot within its cap says so when the rule ran
      assertThat(cell(marked, "CRG-2019-20", "Tactical pot against the cap")).isEqualTo("within the cap");
    }

    @Test
    void marks_a_waived_over_cap_finding_as_waived_with_its_reason() {
      // GIVEN the over-cap finding on CRG-2020-21 waived
      PartnershipRecord record = PartnershipRecord.builder().from(ReportFixtures.kcspWithGrantsAndWaiver())
          .addWaivers(Waiver.builder().rule("GRANT_TACTICAL_POT_OVER_CAP").subject("CRG-2020-21")
              .reason("The PCC agreed a larger pot for 2020/21").approvedBy("KCSP")
              .until(ReportFixtures.WAIVER_UNTIL).build())
          .build();
      Document page = page(ReportFixtures.ENGINE, record);
      // THEN the part past the cap is outlined as waived, not as a finding, and the table gives the reason
      Element figure = grantFigure(page, 1);
      assertThat(all(figure, ".//rect[@class='over-cap']")).isEmpty();
      assertThat(all(figure, ".//rect[@class='over-cap-waived']")).hasSize(1);
      assertThat(figure.getAttribute("aria-label"))
          .contains("it is £2,000.00 over the cap, a finding waived until 30 November 2023");
      assertThat(cell(page, "CRG-2020-21", "Tactical pot against the cap")).isEqualTo("WAIVED £2,000.00 over. "
          + "Waived until 30 November 2023 by KCSP: The PCC agreed a larger pot for 2020/21");
    }

    @Test
    void marks_an_overcommitted_pot_only_while_the_rule_finds_it() {
      // GIVEN a tactical pot of £1,000 with £1,000.01 committed, an upfront pot of £29,000 with £500
      PartnershipRecord record = Kcsp2022Records.record()
          .addGrants(Grant.builder().from(ReportFixtures.overCapGrant()).tacticalPot(Money.of("1000"))
              .projects(List.of(
                  ReportFixtures.project("tactical-project", "Tactical project", Pot.TACTICAL, "1000.01",
                      ProjectStatus.APPROVED),
                  ReportFixtures.project("upfront-project", "Upfront project", Pot.UPFRONT, "500",
                      ProjectStatus.APPROVED)))
              .build())
          .build();
      // WHEN the standard rules run, THEN the tactical part of the committed bar is outlined and named
      Element figure = grantFigure(page(ReportFixtures.ENGINE, record), 0);
      Element committed = all(figure, ".//rect[@class='committed-tactical']").get(0);
      Element outline = all(figure, ".//rect[@class='overcommitted']").get(0);
      assertThat(number(outline, "x")).isEqualByComparingTo(number(committed, "x"));
      assertThat(number(outline, "width")).isEqualByComparingTo(number(committed, "width"));
      assertThat(all(figure, ".//rect[@class='overcommitted']")).hasSize(1);
      assertThat(all(figure, ".//text[@class='mark']")).extracting(Element::getTextContent)
          .containsExactly("OVERCOMMITTED: tactical pot, £1,000.01 committed of £1,000.00");
      assertThat(figure.getAttribute("aria-label")).contains("The tactical pot is overcommitted: £1,000.01 committed "
          + "of £1,000.00, the pot plus its granted rollovers.");
      // WHEN the rule is skipped, THEN nothing is outlined and the figure says it was not checked
      Element plain = grantFigure(page(ComplianceEngine.builder().skip("GRANT_POT_OVERCOMMITTED").build(), record), 0);
      assertThat(all(plain, ".//rect[starts-with(@class, 'overcommitted')]")).isEmpty();
      assertThat(all(plain, ".//text[@class='mark']")).extracting(Element::getTextContent)
          .containsExactly("Overcommitment not checked: rule GRANT_POT_OVERCOMMITTED not run");
      assertThat(plain.getAttribute("aria-label")).doesNotContain("pot is overcommitted:")
          .contains("Whether a pot is overcommitted was not checked (rule GRANT_POT_OVERCOMMITTED not run).");
    }

    @Test
    void marks_a_pot_its_known_commitments_overcommit_while_what_is_committed_is_unknown() {
      // GIVEN a tactical pot of £1,000 with £1,000.01 committed and another committed project
      // without an amount
      PartnershipRecord record = Kcsp2022Records.record()
          .addGrants(Grant.builder().from(ReportFixtures.overCapGrant()).tacticalPot(Money.of("1000"))
              .projects(List.of(
                  ReportFixtures.project("tactical-project", "Tactical project", Pot.TACTICAL, "1000.01",
                      ProjectStatus.APPROVED),
                  org.kcsp.model.Project.builder().id("unknown-project").title("Unknown project").pot(Pot.TACTICAL)
                      .status(ProjectStatus.APPROVED).build()))
              .build())
          .build();
      // WHEN the standard rules run
      Document page = page(ReportFixtures.ENGINE, record);
      Element figure = grantFigure(page, 0);
      // THEN no bar is drawn, but the pot is named overcommitted by at least what is known
      assertThat(all(figure, ".//rect[starts-with(@class, 'committed')]")).isEmpty();
      assertThat(all(figure, ".//text[@class='mark']")).extracting(Element::getTextContent)
          .containsExactly("OVERCOMMITTED: tactical pot, at least £1,000.01 committed of £1,000.00");
      assertThat(cell(page, "CRG-2020-21", "Committed, tactical pot")).isEqualTo("OVERCOMMITTED at least £1,000.01");
    }

    @Test
    void marks_nothing_on_a_pot_committed_to_the_penny() {
      PartnershipRecord record = Kcsp2022Records.record()
          .addGrants(Grant.builder().from(ReportFixtures.overCapGrant()).tacticalPot(Money.of("1000"))
              .projects(List.of(ReportFixtures.project("tactical-project", "Tactical project", Pot.TACTICAL, "1000",
                  ProjectStatus.APPROVED)))
              .build())
          .build();
      Element figure = grantFigure(page(ReportFixtures.ENGINE, record), 0);
      assertThat(all(figure, ".//rect[starts-with(@class, 'overcommitted')]")).isEmpty();
      assertThat(all(figure, ".//text[@class='mark']")).isEmpty();
    }

    @Test
    void draws_a_report_built_by_hand_without_any_record() {
      // GIVEN a report made in code, with one body and one grant, and no record anywhere
      TermsOfReferenceApproval approval = new TermsOfReferenceApproval("TOR-1", "1", LocalDate.of(2019, 5, 1), "CSP",
          "A Partnership", LocalDate.of(2020, 5, 1));
      ComplianceReport report = ComplianceReport.builder().from(ReportFixtures.handMade())
          .addTermsOfReference(TermsOfReferenceStatus.builder().body("CSP").bodyName("A Partnership")
              .bodyKind(SubjectKind.PARTNERSHIP).addApprovals(approval)
              .reviewOverdue(new RuleCheck("TOR_REVIEW_OVERDUE", true, Optional.empty())).build())
          .addGrants(GrantPosition.builder().id("G-1").programme("Grant").financialYear(FinancialYear.parse("2019/20"))
              .funder("F").funderName("A Funder").allocation(900_000L).tacticalPotCap(Fraction.ONE_THIRD)
              .tacticalPotLimit(300_000L).committedProjects(0)
              .upfront(PotPosition.builder().pot(Pot.UPFRONT).amount(600_000L).grantedRollovers(0L)
                  .committed(OptionalLong.of(0L)).overcommitted(new RuleCheck("GRANT_POT_OVERCOMMITTED", true,
                      Optional.empty())).build())
              .tactical(PotPosition.builder().pot(Pot.TACTICAL).amount(300_000L).grantedRollovers(0L)
                  .committed(OptionalLong.of(0L)).overcommitted(new RuleCheck("GRANT_POT_OVERCOMMITTED", true,
                      Optional.empty())).build())
              .tacticalPotOverCap(new RuleCheck("GRANT_TACTICAL_POT_OVER_CAP", true, Optional.empty()))
              .build())
          .build();
      // THEN the page draws them
      Document page = parse(HtmlReport.render(report));
      assertThat(all(page, "//svg")).hasSize(2);
      assertThat(grantFigure(page, 0).getAttribute("aria-label"))
          .startsWith("Grant 2019/20 (G-1): allocation £9,000.00, split into a tactical pot of £3,000.00")
          .contains("at most 1/3 of the allocation, £3,000.00: it is within the cap");
      assertThat(timeline(page).getAttribute("aria-label"))
          .contains("A Partnership: version 1 approved 1 May 2019, review due 1 May 2020 (due in 44 days)");
    }
  }
}

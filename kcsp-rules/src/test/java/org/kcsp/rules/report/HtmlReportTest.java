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
import org.kcsp.model.PartnershipRecord;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Kcsp2022Records;
import org.kcsp.rules.Severity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The HTML report: one self-contained, accessible, printable page, with pictures drawn from pence. */
class HtmlReportTest {

  private static String render(PartnershipRecord record) {
    return HtmlReport.render(check(record, YEAR_LATER), record);
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
          .containsExactly("Summary", "Findings", "Grants", "Terms of reference", "Rules");
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
    void writes_severity_out_rather_than_by_colour() {
      ComplianceReport report = check(ReportFixtures.kcspWithGrantAndWaiver(), YEAR_LATER);
      Document page = parse(HtmlReport.render(report, ReportFixtures.kcspWithGrantAndWaiver()));
      assertThat(all(page, "//table[@class='findings']//span[contains(@class, 'tag-')]"))
          .extracting(Element::getTextContent).contains("ERROR", "WARNING", "WAIVED");
      long errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
      long warnings = report.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
      assertThat(all(page, "//h3")).extracting(Element::getTextContent)
          .contains("Errors (" + errors + ", 1 waived)", "Warnings (" + warnings + ")");
    }

    @Test
    void gives_the_same_page_for_the_same_report_and_record() {
      PartnershipRecord record = ReportFixtures.kcspWithGrantsAndWaiver();
      assertThat(render(record)).isEqualTo(render(record));
    }
  }

  @Nested
  class Content {

    @Test
    void shows_the_header_counts_findings_and_rules_like_the_text_report() {
      ComplianceReport report = check(ReportFixtures.kcspWithGrantAndWaiver(), YEAR_LATER);
      Document page = parse(HtmlReport.render(report, ReportFixtures.kcspWithGrantAndWaiver()));
      assertThat(all(page, "//h1").get(0).getTextContent())
          .isEqualTo("Compliance report: Kent Community Safety Partnership (KCSP)");
      assertThat(all(page, "//header//time").get(0).getTextContent()).isEqualTo("15 July 2023");
      assertThat(all(page, "//table[@class='summary']//tr[th='Open errors']/td").get(0).getTextContent())
          .isEqualTo(String.valueOf(report.openCount(Severity.ERROR)));
      assertThat(all(page, "//table[@class='findings']/tbody/tr")).hasSize(report.findings().size());
      assertThat(all(page, "//table[@class='rules']/tbody/tr")).hasSize(report.rules().size());
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
      String html = HtmlReport.render(ReportFixtures.handMade(), ReportFixtures.kcsp());
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
      Document page = parse(HtmlReport.render(check(record, Kcsp2022Records.MINUTES), record));
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
}

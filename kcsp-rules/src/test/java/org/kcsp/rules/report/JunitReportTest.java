package org.kcsp.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.rules.report.ReportFixtures.REPORT_2020;
import static org.kcsp.rules.report.ReportFixtures.YEAR_LATER;
import static org.kcsp.rules.report.ReportFixtures.check;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Waiver;
import org.kcsp.model.io.RecordReader;
import org.kcsp.model.io.RecordWriter;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Outcome;
import org.kcsp.rules.RuleResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * JUnit XML: a test suite per record, a test case per rule, its outcome as CI servers read one.
 * (That it is valid against the JUnit schema Jenkins uses is checked in kcsp-examples.)
 */
class JunitReportTest {

  private static Element xml(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    return document.getDocumentElement();
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }

  private static Element testcase(Element suite, String rule) {
    return children(suite, "testcase").stream().filter(test -> test.getAttribute("name").equals(rule)).findFirst()
        .orElseThrow(() -> new AssertionError("no test case " + rule));
  }

  @Test
  void writes_a_test_suite_per_record_and_a_test_case_per_rule() throws Exception {
    // GIVEN two reports, one of a record read from records/kcsp.json
    PartnershipRecord read = RecordReader.readJson(RecordWriter.toJson(ReportFixtures.kcspWithGrantAndWaiver()), "records/kcsp.json");
    ComplianceReport first = check(read, YEAR_LATER);
    ComplianceReport second = check(ReportFixtures.kcspWithGaps(), REPORT_2020);
    // WHEN they are written together
    Element suites = xml(JunitReport.render(List.of(first, second)));
    // THEN each is a suite named for the partnership and date, counting its rules by outcome
    assertThat(suites.getTagName()).isEqualTo("testsuites");
    List<Element> suite = children(suites, "testsuite");
    assertThat(suite).hasSize(2);
    assertThat(suite.get(0).getAttribute("name")).isEqualTo("KCSP as of 2023-07-15");
    assertThat(suite.get(0).getAttribute("file")).isEqualTo("records/kcsp.json");
    assertThat(suite.get(1).hasAttribute("file")).as("a record built in code has no file").isFalse();
    for (int i = 0; i < 2; i++) {
      ComplianceReport report = List.of(first, second).get(i);
      assertThat(children(suite.get(i), "testcase")).extracting(test -> test.getAttribute("name"))
          .containsExactlyElementsOf(report.rules().stream().map(RuleResult::rule).toList());
      assertThat(suite.get(i).getAttribute("tests")).isEqualTo(String.valueOf(report.rules().size()));
      assertThat(suite.get(i).getAttribute("failures")).isEqualTo(String.valueOf(report.ruleCount(Outcome.FAIL)));
      assertThat(suite.get(i).getAttribute("skipped")).isEqualTo(
          String.valueOf(report.ruleCount(Outcome.NOT_APPLICABLE) + report.ruleCount(Outcome.NOT_ASSESSED)));
      assertThat(suite.get(i).getAttribute("errors")).isEqualTo("0");
    }
    Element properties = children(suite.get(0), "properties").get(0);
    assertThat(children(properties, "property")).extracting(p -> p.getAttribute("name") + "=" + p.getAttribute("value"))
        .contains("partnership=KCSP", "asOf=2023-07-15", "policy=kcsp", "recordFormat=kcsp-record/1");
  }

  @Test
  void fails_a_rule_with_open_findings_naming_each_with_its_place_and_evidence() throws Exception {
    // GIVEN the KCSP a year after its ToR approvals, read from kcsp.json: its subgroups' reviews are overdue
    PartnershipRecord read = RecordReader.readJson(RecordWriter.toJson(ReportFixtures.kcsp()), "kcsp.json");
    ComplianceReport report = check(read, YEAR_LATER);
    // WHEN it is written
    Element suite = children(xml(JunitReport.render(report)), "testsuite").get(0);
    // THEN the rule's test fails, of the rule's severity, with each finding, where it is, its evidence and the source
    Element failure = children(testcase(suite, "TOR_REVIEW_OVERDUE"), "failure").get(0);
    assertThat(failure.getAttribute("type")).isEqualTo("ERROR");
    long open = report.findings("TOR_REVIEW_OVERDUE").stream().filter(f -> f.isOpen()).count();
    assertThat(failure.getAttribute("message")).startsWith(open + " open findings; the first: ");
    assertThat(failure.getTextContent())
        .contains("2. Partnership KCSP at kcsp.json:5:3\n")
        .contains("   due date: 14 July 2023\n")
        .contains("Source: " + report.findings("TOR_REVIEW_OVERDUE").get(0).source());
  }

  @Test
  void skips_a_rule_not_applicable_or_not_assessed_with_its_reason() throws Exception {
    // GIVEN the KCSP of 18 March 2020 with two amounts not recorded
    ComplianceReport report = check(ReportFixtures.kcspWithGaps(), REPORT_2020);
    Element suite = children(xml(JunitReport.render(report)), "testsuite").get(0);
    // THEN a rule without its data is skipped, saying why
    RuleResult notApplicable = report.rules().stream().filter(r -> r.outcome() == Outcome.NOT_APPLICABLE).findFirst()
        .orElseThrow();
    Element skipped = children(testcase(suite, notApplicable.rule()), "skipped").get(0);
    assertThat(skipped.getAttribute("message")).isEqualTo("NOT_APPLICABLE: " + notApplicable.reason());
    // AND a rule that could not decide is skipped, with what to record and where
    Element notAssessed = children(testcase(suite, "GRANT_UNDERSPEND_RISK"), "skipped").get(0);
    assertThat(notAssessed.getAttribute("message")).isEqualTo("NOT_ASSESSED: " + report.result("GRANT_UNDERSPEND_RISK").reason());
    assertThat(notAssessed.getTextContent()).contains("on Grant CRG-2019-20, at $.grants[0].projects[8].amount");
    // AND a rule that passed is neither failed nor skipped, its reason its output
    Element passed = testcase(suite, report.rules().stream().filter(r -> r.outcome() == Outcome.PASS).findFirst()
        .orElseThrow().rule());
    assertThat(children(passed, "failure")).isEmpty();
    assertThat(children(passed, "skipped")).isEmpty();
    assertThat(children(passed, "system-out").get(0).getTextContent()).startsWith("PASS: ");
  }

  @Test
  void passes_a_rule_whose_findings_are_all_waived_saying_so() throws Exception {
    // GIVEN the KCSP a year after its approvals, the overdue reviews of the partnership and both subgroups waived
    PartnershipRecord.Builder record = PartnershipRecord.builder().from(ReportFixtures.kcsp()).addWaivers(ReportFixtures.waiver());
    for (String subgroup : List.of("KCSP-WG", "DHR-SG")) {
      record.addWaivers(Waiver.builder().from(ReportFixtures.waiver()).subject(subgroup).build());
    }
    ComplianceReport report = check(record.build(), YEAR_LATER);
    Element suite = children(xml(JunitReport.render(report)), "testsuite").get(0);
    // THEN a WAIVED rule passes, each waived finding and its waiver in its output
    RuleResult waived = report.rules().stream().filter(r -> r.outcome() == Outcome.WAIVED).findFirst().orElseThrow();
    Element test = testcase(suite, waived.rule());
    assertThat(children(test, "failure")).isEmpty();
    assertThat(children(test, "skipped")).isEmpty();
    assertThat(children(test, "system-out").get(0).getTextContent())
        .startsWith("WAIVED: ")
        .contains("Waived: Partnership KCSP")
        .contains("Waived until 30 November 2023 by KCSP: " + ReportFixtures.WAIVER_REASON);
  }

  @Test
  void writes_well_formed_xml_whatever_the_record_holds() throws Exception {
    // GIVEN partnerships named with XML's special characters, a terminal escape, and characters XML cannot hold
    ComplianceReport awkward = check(ReportFixtures.awkwardlyNamed(), YEAR_LATER);
    ComplianceReport hostile = check(ReportFixtures.hostileNamed(), YEAR_LATER);
    ComplianceReport unholdable = ComplianceReport.builder().from(hostile)
        .partnershipName("Kent\uFFFF \uFFFE ]]> <![CDATA[ \u0000 Partnership").build();
    // WHEN they are written
    String text = JunitReport.render(List.of(awkward, hostile, unholdable));
    // THEN the XML parses, and shows each such character as text
    Element suites = xml(text);
    List<Element> names = new ArrayList<>();
    children(suites, "testsuite").forEach(suite -> names.addAll(children(children(suite, "properties").get(0), "property")));
    assertThat(names).extracting(p -> p.getAttribute("value"))
        .contains("Kent & Medway <Pilot> \"CSP\" | O'Neill's *group*")
        .contains("Kent\\u001B[2J Community\\u202E Safety Partnership")
        .contains("Kent\\uFFFF \\uFFFE ]]> <![CDATA[ \\u0000 Partnership");
    assertThat(text).doesNotContain("\u001b").doesNotContain("\u202e");
  }

  @Test
  void writes_suites_one_at_a_time_as_it_writes_them_together() {
    ComplianceReport first = check(ReportFixtures.kcsp(), YEAR_LATER);
    ComplianceReport second = check(ReportFixtures.kcspWithGaps(), REPORT_2020);
    StringWriter out = new StringWriter();
    try (JunitReport.Suites suites = JunitReport.suites(out)) {
      suites.add(first);
      suites.add(second);
    }
    assertThat(out).hasToString(JunitReport.render(List.of(first, second)));
    assertThat(JunitReport.render(first)).isEqualTo(JunitReport.render(check(ReportFixtures.kcsp(), YEAR_LATER)))
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n").endsWith("</testsuites>\n");
  }
}

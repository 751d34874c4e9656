package org.kcsp.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.rules.report.ReportFixtures.YEAR_LATER;
import static org.kcsp.rules.report.ReportFixtures.check;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kcsp.model.Partnership;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Subgroup;
import org.kcsp.model.Tier;
import org.kcsp.model.io.RecordReader;
import org.kcsp.model.io.RecordWriter;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Kcsp2022Records;
import org.kcsp.rules.Outcome;
import org.kcsp.rules.Severity;

/** The text report: for an 80-column terminal, grouped by severity, money and dates for people. */
class TextReportTest {

  private static List<String> lines(String text) {
    return text.lines().toList();
  }

  @Nested
  class Layout {

    @Test
    void keeps_every_line_within_80_columns() {
      // GIVEN the KCSP a year and a day after its ToR approvals, with a grant and a waiver
      String text = TextReport.render(check(ReportFixtures.kcspWithGrantAndWaiver(), YEAR_LATER));
      // THEN no line is wider than a terminal
      assertThat(lines(text)).isNotEmpty().allSatisfy(line -> assertThat(Wrap.length(line)).isLessThanOrEqualTo(80));
    }

    @Test
    void keeps_every_line_within_80_columns_with_long_names_and_long_words() {
      // GIVEN a partnership and a subgroup with long names, one with a word longer than a line
      PartnershipRecord record = Kcsp2022Records.record()
          .partnership(Partnership.builder().id("KCSP")
              .name("The Kent and Medway Community Safety Partnership for the Prevention of Crime, Disorder and "
                  + "Anti-Social Behaviour in the Towns and Villages of the County")
              .area("Kent").tier(Tier.COUNTY).build())
          .subgroups(List.of(
              Subgroup.builder().id("KCSP-WG").name("Working-" + "Group".repeat(30)).parent("KCSP").build(),
              Subgroup.builder().id("DHR-SG").name("DHR Steering Group").parent("KCSP").build()))
          .build();
      String text = TextReport.render(check(record, YEAR_LATER));
      assertThat(lines(text)).allSatisfy(line -> assertThat(Wrap.length(line)).isLessThanOrEqualTo(80));
      // the overlong word is cut, and only it: every other word of the name survives whole
      assertThat(text).contains("The Kent and Medway Community Safety Partnership for the Prevention of");
      assertThat(text.replaceAll("\\s+", "")).contains("Working-" + "Group".repeat(30));
    }

    @Test
    void wraps_with_a_hanging_indent_under_the_finding_number() {
      String text = TextReport.render(check(ReportFixtures.kcsp(), YEAR_LATER));
      List<String> lines = lines(text);
      int first = lines.indexOf(lines.stream().filter(l -> l.endsWith(". TOR_REVIEW_OVERDUE on Partnership KCSP"))
          .findFirst().orElseThrow());
      assertThat(lines.get(first)).matches("\\d\\. .*");
      // the message and its continuation lines hang under the rule id, three columns in
      assertThat(lines.get(first + 1)).startsWith("   Kent Community Safety Partnership's terms of reference");
      assertThat(lines.get(first + 2)).startsWith("   ").doesNotStartWith("    ");
    }

    @Test
    void ends_with_a_newline_and_has_no_colours() {
      String text = TextReport.render(check(ReportFixtures.kcspWithGrantAndWaiver(), YEAR_LATER));
      assertThat(text).endsWith("\n").doesNotContain("\u001b").doesNotContain("\r").doesNotContain("\t");
    }

    @Test
    void gives_the_same_text_for_the_same_report() {
      PartnershipRecord record = ReportFixtures.kcspWithGrantAndWaiver();
      assertThat(TextReport.render(check(record, YEAR_LATER))).isEqualTo(TextReport.render(check(record, YEAR_LATER)));
    }
  }

  @Nested
  class Header {

    @Test
    void names_the_partnership_and_writes_the_date_as_people_do() {
      String text = TextReport.render(check(ReportFixtures.kcsp(), YEAR_LATER));
      assertThat(lines(text).get(0)).isEqualTo("Compliance report: Kent Community Safety Partnership (KCSP)");
      assertThat(lines(text).get(1)).isEqualTo("As of 15 July 2023");
    }

    @Test
    void counts_open_findings_waived_findings_and_rule_outcomes() {
      ComplianceReport report = check(ReportFixtures.kcspWithGrantAndWaiver(), YEAR_LATER);
      String text = TextReport.render(report);
      assertThat(text).contains("Findings  " + report.openCount(Severity.ERROR) + " error");
      assertThat(text).contains(report.waivedCount() + " finding waived");
      assertThat(text).contains("Rules     " + report.ruleCount(Outcome.PASS) + " passed, "
          + report.ruleCount(Outcome.FAIL) + " failed, "
          + report.ruleCount(Outcome.WAIVED) + " waived, "
          + report.ruleCount(Outcome.NOT_ASSESSED) + " not assessed, "
          + report.ruleCount(Outcome.NOT_APPLICABLE) + " not applicable");
    }

    @Test
    void writes_terminal_escapes_and_direction_overrides_from_the_record_as_escapes() {
      // GIVEN a partnership whose name holds a sequence that clears a terminal and a right-to-left override
      ComplianceReport report = check(ReportFixtures.hostileNamed(), YEAR_LATER);

      // WHEN an application renders it as text
      String text = TextReport.render(report);

      // THEN the title and each finding naming the partnership show both as escapes, and neither is left raw
      assertThat(lines(text).get(0))
          .isEqualTo("Compliance report: Kent\\u001B[2J Community\\u202E Safety Partnership (KCSP)");
      assertThat(lines(text).get(2)).isEqualTo("=".repeat(lines(text).get(0).length()));
      assertThat(text.replaceAll("\\s+", " ")).contains("Kent\\u001B[2J Community\\u202E Safety Partnership's terms");
      assertThat(text).doesNotContain("\u001b", "\u202E");
      assertThat(lines(text)).allSatisfy(line -> assertThat(Wrap.length(line)).isLessThanOrEqualTo(80));
    }
  }

  @Nested
  class Findings {

    @Test
    void lists_errors_before_warnings_before_info() {
      ComplianceReport report = check(ReportFixtures.kcsp(), YEAR_LATER);
      String text = TextReport.render(report);
      int errors = text.indexOf("\nERROR: ");
      int warnings = text.indexOf("\nWARNING: ");
      int info = text.indexOf("\nINFO: ");
      assertThat(errors).isPositive().isLessThan(warnings);
      assertThat(warnings).isLessThan(info);
      // the overdue reviews are errors, the missing agenda item a warning (TermsOfReferenceRulesTest)
      assertThat(text.indexOf("TOR_REVIEW_OVERDUE on Partnership KCSP")).isBetween(errors, warnings);
      assertThat(text.indexOf("TOR_NOT_ON_AGENDA on Partnership KCSP")).isBetween(warnings, info);
      // the rule set grows: count what this one found rather than fix a number here
      String heading = "ERROR: " + report.findings().stream().filter(f -> f.severity() == Severity.ERROR).count()
          + " findings";
      assertThat(text).contains(heading + "\n" + "-".repeat(heading.length()) + "\n");
    }

    @Test
    void shows_evidence_dates_as_people_write_them() {
      String text = TextReport.render(check(ReportFixtures.kcsp(), YEAR_LATER));
      assertThat(text).contains("Evidence: last approved  14 July 2022\n");
      assertThat(text).contains("due date       14 July 2023\n");
      assertThat(text).contains("days overdue   1\n");
      assertThat(text).doesNotContain("2023-07-14");
    }

    @Test
    void shows_evidence_money_in_pounds_with_separators() {
      String text = TextReport.render(ReportFixtures.handMade());
      assertThat(text).contains("Evidence: tactical pot  £13,500.00\n");
      assertThat(text).contains("cap           £13,220.33\n");
      assertThat(text).contains("allocation    £39,661.00\n");
      assertThat(text).doesNotContain("13220.33");
      // an ISO-looking value that is no date is left as it is
      assertThat(text).contains("impossible date  2020-02-30");
    }

    @Test
    void marks_a_waived_finding_with_the_waivers_reason_approver_and_end() {
      ComplianceReport report = check(ReportFixtures.kcspWithGrantAndWaiver(), YEAR_LATER);
      String text = TextReport.render(report);
      assertThat(text).contains("[WAIVED] TOR_REVIEW_OVERDUE on Partnership KCSP");
      assertThat(text.replaceAll("\\s+", " ")).contains(
          "Waived: until 30 November 2023 by KCSP: " + ReportFixtures.WAIVER_REASON);
      long errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
      assertThat(text).contains("ERROR: " + errors + " findings, 1 of them waived");
      // the subgroups' overdue reviews are not covered and stay open
      assertThat(text).contains("TOR_REVIEW_OVERDUE on Subgroup KCSP-WG").doesNotContain("[WAIVED] TOR_REVIEW_OVERDUE on Subgroup");
    }

    @Test
    void says_none_under_each_severity_of_a_clean_report() {
      // GIVEN the KCSP on the day of the minutes: compliant (seed 001)
      String text = TextReport.render(check(ReportFixtures.kcsp(), Kcsp2022Records.MINUTES));
      assertThat(text).contains("As of 14 July 2022").contains("0 errors, 0 warnings, 0 info open; 0 findings waived");
      assertThat(text).contains("ERROR: 0 findings\n-----------------\nNone.\n");
      assertThat(text).contains("WARNING: 0 findings\n-------------------\nNone.\n");
      assertThat(text).contains("INFO: 0 findings\n----------------\nNone.\n");
    }
  }

  @Nested
  class Rules {

    @Test
    void lists_every_rule_by_outcome_with_its_reason() {
      String text = TextReport.render(ReportFixtures.handMade());
      String rules = text.substring(text.indexOf("RULES\n"));
      assertThat(rules).isEqualTo("""
          RULES
          -----
          Failed (3)
            GRANT_OUTCOME_REPORT_MISSING: 1 open finding; 2 projects checked
            GRANT_TACTICAL_POT_OVER_CAP: 1 open finding; 1 grant checked
            TOR_REVIEW_NOT_ALIGNED: 1 open finding; 1 subgroup checked

          Waived (1)
            PROJECT_DUPLICATE_FUNDING: 1 finding, waived; 2 projects checked

          Not assessed (0)
            None.

          Passed (1)
            TOR_MISSING: 2 bodies checked

          Not applicable (1)
            SCRUTINY_NOT_ANNUAL: the record holds no scrutiny sessions on or before 18
              March 2020
          """);
    }

    @Test
    void wraps_a_long_reason_under_its_rule() {
      String text = TextReport.render(check(ReportFixtures.kcsp(), Kcsp2022Records.MINUTES));
      String rules = text.substring(text.indexOf("Passed ("));
      assertThat(lines(rules)).allSatisfy(line -> assertThat(line).doesNotEndWith("_").doesNotStartWith("  _"));
      assertThat(rules).contains("TOR_MISSING: 3 bodies checked").contains("TOR_REVIEW_OVERDUE: 3 bodies checked")
          .contains("  MEETING_FREQUENCY_BELOW_TOR: no body's latest terms of reference set how many\n"
              + "    meetings a year\n");
    }
  }

  @Nested
  class Gaps {

    @Test
    void groups_the_gaps_by_what_to_record_after_the_findings() {
      // GIVEN the 2019/20 grant with two chair-approved projects without amounts, on 18 March 2020
      String text = TextReport.render(check(ReportFixtures.kcspWithGaps(), ReportFixtures.REPORT_2020));
      // THEN each amount is asked for once, with where it goes and the rules that need it, between
      // the findings and the rules
      assertThat(text).contains("Gaps      2 things to record, for 2 rules\n");
      String gaps = text.substring(text.indexOf("GAPS: "), text.indexOf("RULES\n"));
      assertThat(gaps).isEqualTo("""
          GAPS: 2 things to record
          ------------------------
          1. Record the amount of OSARA Problem Solving Training (osara-training), a
             project of Crime Reduction Grant 2019/20.
             Path:     $.grants[0].projects[8].amount
             Rules:    GRANT_POT_OVERCOMMITTED on Grant CRG-2019-20
                       GRANT_UNDERSPEND_RISK on Grant CRG-2019-20

          2. Record the amount of Kent Community Vulnerability Guidance Webapp
             (vulnerability-webapp), a project of Crime Reduction Grant 2019/20.
             Path:     $.grants[0].projects[9].amount
             Rules:    GRANT_POT_OVERCOMMITTED on Grant CRG-2019-20
                       GRANT_UNDERSPEND_RISK on Grant CRG-2019-20

          """);
      assertThat(text.indexOf("INFO: ")).isLessThan(text.indexOf("GAPS: "));
      assertThat(text).contains("  GRANT_POT_OVERCOMMITTED: 2 gaps on grant CRG-2019-20; 1 grant checked\n");
    }

    @Test
    void shows_what_a_rule_says_beyond_what_to_record_under_it() {
      // GIVEN the same, with GRANT_POT_OVERCOMMITTED waived on the grant
      String text = TextReport.render(check(ReportFixtures.kcspWithWaivedGap(), ReportFixtures.REPORT_2020));
      // THEN the waiver's rule is listed at each amount too, saying why it needs it
      assertThat(text).contains("""
             Rules:    GRANT_POT_OVERCOMMITTED on Grant CRG-2019-20
                       GRANT_UNDERSPEND_RISK on Grant CRG-2019-20
                       WAIVER_UNUSED on Grant CRG-2019-20
                         Record the amount of OSARA Problem Solving Training
                         (osara-training), a project of Crime Reduction Grant 2019/20.
                         Until then the waiver of GRANT_POT_OVERCOMMITTED on Crime
                         Reduction Grant 2019/20 (CRG-2019-20), until 31 March 2020, can
                         be judged neither used nor unused.
          """);
      assertThat(lines(text)).allSatisfy(line -> assertThat(Wrap.length(line)).isLessThanOrEqualTo(80));
    }

    @Test
    void says_there_is_nothing_to_record() {
      String text = TextReport.render(check(ReportFixtures.kcsp(), Kcsp2022Records.MINUTES));
      assertThat(text).contains("Gaps      nothing to record\n")
          .contains("GAPS: 0 things to record\n------------------------\nNone.\n");
    }
  }

  @Nested
  class Locations {

    @Test
    void says_where_each_findings_subject_is_in_the_file_read() {
      // GIVEN the KCSP a year after its ToR approvals, read from kcsp.json
      PartnershipRecord read = RecordReader.readJson(RecordWriter.toJson(ReportFixtures.kcsp()), "kcsp.json");
      // WHEN its text report is written
      List<String> lines = lines(TextReport.render(check(read, YEAR_LATER)));
      // THEN the overdue review of the partnership says where the partnership is: file, line, column and path
      int first = lines.indexOf(lines.stream().filter(l -> l.endsWith(". TOR_REVIEW_OVERDUE on Partnership KCSP"))
          .findFirst().orElseThrow());
      assertThat(lines.subList(first, lines.size())).contains("   At:       kcsp.json:5:3 ($.partnership)");
    }

    @Test
    void says_where_each_findings_subject_is_by_path_in_a_record_built_in_code() {
      String text = TextReport.render(check(ReportFixtures.kcsp(), YEAR_LATER));
      assertThat(text).contains("   At:       $.partnership\n");
    }

    @Test
    void says_where_in_the_file_read_what_is_missing_goes() {
      // GIVEN the KCSP of 18 March 2020 with two amounts not recorded, read from kcsp.json, and built in code
      PartnershipRecord built = ReportFixtures.kcspWithGaps();
      PartnershipRecord read = RecordReader.readJson(RecordWriter.toJson(built), "kcsp.json");
      // WHEN their text reports are written
      String fromFile = TextReport.render(check(read, ReportFixtures.REPORT_2020));
      String fromCode = TextReport.render(check(built, ReportFixtures.REPORT_2020));
      // THEN the gap of the file's record says where the project is; the record built in code has only the path
      assertThat(fromFile).containsPattern("   Path:     \\$\\.grants\\[0\\]\\.projects\\[8\\]\\.amount\n"
          + "   At:       kcsp\\.json:\\d+:\\d+\n");
      assertThat(fromCode).contains("   Path:     $.grants[0].projects[8].amount\n   Rules:    ");
    }
  }

  @Nested
  class Wrapping {

    @Test
    void fills_words_and_hangs_the_rest() {
      assertThat(Wrap.lines("aaa bbb ccc ddd", 9, "- ", "  ")).containsExactly("- aaa bbb", "  ccc ddd");
    }

    @Test
    void never_cuts_a_word_that_fits_on_a_line() {
      assertThat(Wrap.lines("aaaa bbbbbbb", 10, "", "")).containsExactly("aaaa", "bbbbbbb");
    }

    @Test
    void cuts_a_word_longer_than_a_line() {
      assertThat(Wrap.lines("x " + "y".repeat(12), 6, "", "  ")).containsExactly("x", "  yyyy", "  yyyy", "  yyyy");
    }

    @Test
    void counts_the_pound_sign_as_one_column() {
      assertThat(Wrap.lines("£13,220.33 £1.00", 16, "", "")).containsExactly("£13,220.33 £1.00");
    }
  }
}

package org.kcsp.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kcsp.model.InformationSharing;
import org.kcsp.model.IsaSignature;
import org.kcsp.model.IsaVersion;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Evidence;
import org.kcsp.rules.EvidenceValue;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Kcsp2022Records;
import org.kcsp.rules.Outcome;
import org.kcsp.rules.RuleResult;
import org.kcsp.rules.Severity;
import org.kcsp.rules.Subject;
import org.kcsp.rules.SubjectKind;

/**
 * Every renderer shows evidence by its kind, never by how its text looks: money as {@code
 * £13,220.33} for people and {@code "13220.33"} in JSON, dates as {@code 14 July 2022} and {@code
 * "2022-07-14"}, days and counts in digits, ids joined by commas, and text as it is, even text that
 * looks like money or a date (an ISA version {@code "2.10"} once printed as £2.10).
 */
class EvidenceRenderingTest {

  /** One finding with a value of every kind, and text that looks like money and like a date. */
  private static ComplianceReport everyKind() {
    Evidence evidence = Evidence.builder()
        .money("allocation", 1_322_033)
        .money("shortfall", -1_200)
        .date("dueDate", LocalDate.of(2022, 7, 14))
        .days("daysOverdue", 12)
        .days("daysToYearEnd", -3)
        .count("meetingsHeld", 4)
        .text("version", "2.10")
        .text("reference", "2022-07-14")
        .ids("projects", List.of("youth-diversion", "knife-crime-first-aid"))
        .build();
    return ComplianceReport.builder()
        .partnershipId("KCSP").partnershipName("Kent Community Safety Partnership")
        .asOf(LocalDate.of(2022, 7, 14))
        .addFindings(Finding.builder().rule("EXAMPLE_EVERY_KIND").severity(Severity.WARNING)
            .subject(new Subject(SubjectKind.GRANT, "CRG-2022-23")).message("Every kind of evidence.")
            .evidence(evidence).source("our own tests").build())
        .addRules(new RuleResult("EXAMPLE_EVERY_KIND", Severity.WARNING, Outcome.FAIL, "1 open finding; 1 grant checked", 1))
        .build();
  }

  /**
   * The KCSP of 14 July 2022 with version 2.10 of its information sharing agreement in effect from
   * 1 July 2022, signed by every member but Kent Police.
   */
  private static PartnershipRecord isaVersion210() {
    PartnershipRecord kcsp = Kcsp2022Records.record().build();
    List<IsaSignature> signatures = kcsp.informationSharing().orElseThrow().signatures().stream()
        .filter(s -> !s.organisation().equals("KENT-POLICE"))
        .map(s -> IsaSignature.of(s.organisation(), "2.10", LocalDate.of(2022, 7, 1)))
        .toList();
    return Kcsp2022Records.record()
        .informationSharing(InformationSharing.builder().name("Kent and Medway Information Sharing Agreement")
            .addVersions(IsaVersion.of("2.10", LocalDate.of(2022, 7, 1))).signatures(signatures).build())
        .build();
  }

  @Nested
  class IsaVersion210 {

    private final ComplianceReport report = ReportFixtures.check(isaVersion210(), Kcsp2022Records.MINUTES);

    @Test
    void is_text_in_the_finding() {
      Finding finding = assertThat(report).hasFinding("ISA_NOT_SIGNED").on("KENT-POLICE").single();
      assertThat(finding.evidence().value("version")).contains(new EvidenceValue.Text("2.10"));
    }

    @Test
    void prints_as_2_10_in_text() {
      assertThat(TextReport.render(report)).contains("Evidence: version         2.10\n").doesNotContain("£2.10");
    }

    @Test
    void prints_as_2_10_in_markdown() {
      assertThat(MarkdownReport.render(report)).contains("version: 2.10<br>").doesNotContain("£2.10");
    }

    @Test
    void prints_as_2_10_in_html() {
      assertThat(HtmlReport.render(report)).contains("<dt>version</dt><dd>2.10</dd>")
          .doesNotContain("£2.10");
    }

    @Test
    void writes_2_10_in_json() {
      assertThat(JsonReport.render(report)).contains("\"version\": \"2.10\"");
    }
  }

  @Nested
  class Text {

    private final String text = TextReport.render(everyKind());

    @Test
    void shows_money_in_pounds_with_separators_and_a_sign() {
      assertThat(text).contains("Evidence: allocation        £13,220.33\n", "  shortfall         -£12.00\n");
    }

    @Test
    void shows_a_date_as_people_write_it() {
      assertThat(text).contains("  due date          14 July 2022\n");
    }

    @Test
    void shows_days_and_counts_in_digits() {
      assertThat(text).contains("  days overdue      12\n", "  days to year end  -3\n", "  meetings held     4\n");
    }

    @Test
    void shows_text_as_it_is_even_when_it_looks_like_money_or_a_date() {
      assertThat(text).contains("  version           2.10\n", "  reference         2022-07-14\n");
    }

    @Test
    void shows_ids_joined_by_commas() {
      assertThat(text).contains("  projects          youth-diversion, knife-crime-first-aid\n");
    }
  }

  @Nested
  class Markdown {

    private final String markdown = MarkdownReport.render(everyKind());

    @Test
    void shows_each_kind_for_people_in_the_evidence_cell() {
      assertThat(markdown).contains("allocation: £13,220.33<br>shortfall: -£12.00<br>due date: 14 July 2022<br>"
          + "days overdue: 12<br>days to year end: -3<br>meetings held: 4<br>version: 2.10<br>"
          + "reference: 2022-07-14<br>projects: youth-diversion, knife-crime-first-aid |");
    }
  }

  @Nested
  class Html {

    private final String html = HtmlReport.render(everyKind());

    @Test
    void shows_money_and_dates_as_figures_for_people() {
      assertThat(html).contains("<dt>allocation</dt><dd class=\"figure\">£13,220.33</dd>",
          "<dt>shortfall</dt><dd class=\"figure\">-£12.00</dd>",
          "<dt>due date</dt><dd class=\"figure\">14 July 2022</dd>");
    }

    @Test
    void shows_days_counts_text_and_ids_as_they_are() {
      assertThat(html).contains("<dt>days overdue</dt><dd>12</dd>", "<dt>days to year end</dt><dd>-3</dd>",
          "<dt>meetings held</dt><dd>4</dd>", "<dt>version</dt><dd>2.10</dd>",
          "<dt>reference</dt><dd>2022-07-14</dd>",
          "<dt>projects</dt><dd>youth-diversion, knife-crime-first-aid</dd>");
    }
  }

  @Nested
  class Json {

    private final String json = JsonReport.render(everyKind());

    @Test
    void writes_every_kind_as_a_string_money_with_two_decimals_and_dates_in_iso_form() {
      assertThat(json).contains("""
          "evidence": {
                  "allocation": "13220.33",
                  "shortfall": "-12.00",
                  "dueDate": "2022-07-14",
                  "daysOverdue": "12",
                  "daysToYearEnd": "-3",
                  "meetingsHeld": "4",
                  "version": "2.10",
                  "reference": "2022-07-14",
                  "projects": "youth-diversion, knife-crime-first-aid"
                },""");
    }
  }
}

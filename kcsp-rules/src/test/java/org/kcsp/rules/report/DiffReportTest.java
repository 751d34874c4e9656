package org.kcsp.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.ReportDiff;

/** What changed between two reports, written as text, as a Markdown paper and as JSON. */
class DiffReportTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();
  private static final LocalDate DUE = LocalDate.of(2023, 7, 14);

  /** The KCSP the day its reviews fell due and two days later: reviews new, scrutiny's window moved on. */
  private static ReportDiff twoDays() {
    PartnershipRecord record = ReportFixtures.kcsp();
    return ComplianceEngine.diff(ENGINE.check(record, DUE), ENGINE.check(record, DUE.plusDays(2)));
  }

  @Test
  void writes_text_with_the_counts_then_each_status_and_what_changed() {
    String text = DiffReport.text(twoDays(), "What changed");
    assertThat(text).startsWith("What changed: Kent Community Safety Partnership (KCSP)\nFrom 14 July 2023 to 16 July 2023\n");
    assertThat(text).contains("\n0 resolved, 5 new, 1 changed, 0 unchanged.\n",
        "\nNEW: 5 findings\n---------------\n1. ERROR TOR_REVIEW_OVERDUE on Subgroup DHR-SG\n",
        "\nCHANGED: 1 finding\n",
        "   Changed:  from: 14 July 2022 → 16 July 2022; to: 14 July 2023 → 16 July 2023\n",
        "\nRESOLVED: 0 findings\n--------------------\nNone.\n");
    assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
  }

  @Test
  void writes_a_paper_for_the_next_meeting_in_markdown() {
    // GIVEN the same diff, read the other way: what the two days resolved
    PartnershipRecord record = ReportFixtures.kcsp();
    ReportDiff back = ComplianceEngine.diff(ENGINE.check(record, DUE.plusDays(2)), ENGINE.check(record, DUE));
    String md = DiffReport.markdown(back, "Since the last meeting");
    // THEN it says since when, the counts in a sentence, and a table for each status
    assertThat(md).startsWith("# Since the last meeting: Kent Community Safety Partnership (KCSP)\n\n"
        + "From 16 July 2023 to 14 July 2023: 5 resolved, 0 new, 1 changed, 0 unchanged.\n");
    assertThat(md).contains("## Resolved (5)\n\n| Subject | Rule | Severity | Finding |\n| --- | --- | --- | --- |\n"
        + "| Subgroup `DHR-SG` | `TOR_REVIEW_OVERDUE` | ERROR | DHR Steering Group's terms of reference",
        "## New (0)\n\nNone.\n", "| What changed |");
  }

  @Test
  void writes_json_with_each_change_its_fingerprint_and_the_findings_before_and_after() {
    String json = DiffReport.json(twoDays());
    assertThat(json).startsWith("{\n  \"format\": \"kcsp-diff/1\",\n  \"partnership\": {\n    \"id\": \"KCSP\",");
    assertThat(json).contains("\"before\": {\n    \"asOf\": \"2023-07-14\",", "\"after\": {\n    \"asOf\": \"2023-07-16\",",
        "\"summary\": {\n    \"new\": 5,\n    \"changed\": 1,\n    \"resolved\": 0,\n    \"unchanged\": 0\n  }",
        "\"status\": \"NEW\",\n      \"fingerprint\": \"TOR_REVIEW_OVERDUE/DHR-SG\",\n      \"before\": null,\n      \"after\": {",
        "\"changed\": {\n        \"severity\": false,\n        \"waiver\": false,\n        \"evidence\": [\n          \"from\",\n          \"to\"\n        ]\n      }");
  }
}

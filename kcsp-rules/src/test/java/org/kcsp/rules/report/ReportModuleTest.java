package org.kcsp.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.rules.report.ReportFixtures.ENGINE;
import static org.kcsp.rules.report.ReportFixtures.REPORT_2020;
import static org.kcsp.rules.report.ReportFixtures.YEAR_LATER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.JsonLayout;
import org.kcsp.rules.ComplianceReport;

/** An application's own ObjectMapper writes reports, findings, gaps and rule results as the JSON report does. */
class ReportModuleTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  /** The KCSP a year and a day after 14 July 2022, its overdue review waived: open and waived findings. */
  private static final ComplianceReport WAIVED = ENGINE.check(
      PartnershipRecord.builder().from(ReportFixtures.kcsp()).addWaivers(ReportFixtures.waiver()).build(), YEAR_LATER);

  /** The KCSP of 18 March 2020 with two projects of unknown amount: gaps. */
  private static final ComplianceReport GAPS = ENGINE.check(ReportFixtures.kcspWithGaps(), REPORT_2020);

  @Test
  void is_found_by_find_and_register_modules() {
    assertThat(MAPPER.getRegisteredModuleIds()).contains(new ReportModule().getTypeId());
  }

  @Test
  void writes_a_report_as_the_json_report_does() throws IOException {
    for (ComplianceReport report : List.of(WAIVED, GAPS)) {
      // THEN in kcsp's layout byte for byte (but the final newline), and the same JSON in the mapper's own
      assertThat(MAPPER.writer(JsonLayout.printer()).writeValueAsString(report) + "\n").isEqualTo(JsonReport.render(report));
      assertThat(MAPPER.readTree(MAPPER.writeValueAsString(report))).isEqualTo(MAPPER.readTree(JsonReport.render(report)));
    }
    assertThat(WAIVED.findings()).anyMatch(finding -> finding.waived().isPresent()).anyMatch(finding -> finding.isOpen());
    assertThat(GAPS.gaps()).isNotEmpty();
  }

  @Test
  void writes_a_finding_a_gap_and_a_rule_result_alone_as_the_report_holds_them() throws IOException {
    for (ComplianceReport report : List.of(WAIVED, GAPS)) {
      JsonNode json = MAPPER.readTree(JsonReport.render(report));
      for (int i = 0; i < report.findings().size(); i++) {
        assertThat(MAPPER.<JsonNode>valueToTree(report.findings().get(i))).isEqualTo(json.get("findings").get(i));
      }
      for (int i = 0; i < report.gaps().size(); i++) {
        assertThat(MAPPER.<JsonNode>valueToTree(report.gaps().get(i))).isEqualTo(json.get("gaps").get(i));
      }
      for (int i = 0; i < report.rules().size(); i++) {
        assertThat(MAPPER.<JsonNode>valueToTree(report.rules().get(i))).isEqualTo(json.get("rules").get(i));
      }
    }
    // a finding is what the report writes of it, never Jackson's guess at its getters
    assertThat(MAPPER.<JsonNode>valueToTree(WAIVED.findings().get(0)).fieldNames()).toIterable()
        .containsExactly("rule", "severity", "subject", "location", "message", "evidence", "source", "waived",
            "fingerprint");
  }
}

package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.examples.KcspCommandTest.kcsp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.examples.KcspCommandTest.Run;

/**
 * {@code ./kcsp validate} on a version 2 record whose grant leaves its allocation unknown: the
 * rules that read the allocation report gaps at it, and every report format says it is unknown,
 * never a stack trace.
 */
class UnknownAllocationCommandTest {

  /** A county partnership under kcsp with one grant, in its final month, whose allocation is not given. */
  private static final String RECORD = """
      {
        "format": "kcsp-record/2",
        "policy": "kcsp",
        "asOf": "2023-03-02",
        "partnership": { "id": "P", "name": "A Partnership", "area": "A County", "tier": "COUNTY" },
        "organisations": [
          { "id": "PCC", "name": "The Police and Crime Commissioner", "kind": "POLICE_AND_CRIME_COMMISSIONER" }
        ],
        "subgroups": [], "termsOfReference": [], "meetings": [], "externalAwards": [], "scrutinySessions": [],
        "domesticHomicideReviews": [], "strategicAssessments": [],
        "grants": [
          { "id": "G-2022-23", "programme": "Crime Reduction Grant", "funder": "PCC", "financialYear": "2022/23",
            "upfront": 20000, "tacticalPot": 10000, "rollovers": [], "projects": [] }
        ]
      }
      """;

  @TempDir Path dir;

  @Test
  void reports_gaps_at_the_allocation_not_a_crash() throws Exception {
    // GIVEN a version 2 record whose grant leaves its allocation unknown
    Path record = Files.writeString(dir.resolve("unknown-allocation.json"), RECORD, StandardCharsets.UTF_8);
    // WHEN it is validated in each format
    Run text = kcsp("validate", record.toString());
    Run json = kcsp("validate", record.toString(), "--format", "json");
    Run html = kcsp("validate", record.toString(), "--format", "html");
    // THEN each report is written, with gaps at the allocation, and the picture says it is unknown
    assertThat(text.err()).doesNotContain("Exception");
    assertThat(text.status()).isNotEqualTo(2);
    assertThat(text.out()).contains("$.grants[0].allocation", "Record the allocation of Crime Reduction Grant 2022/23 (G-2022-23).");
    assertThat(json.status()).isNotEqualTo(2);
    assertThat(json.out()).contains("\"GRANT_TACTICAL_POT_OVER_CAP\"", "$.grants[0].allocation");
    assertThat(html.status()).isNotEqualTo(2);
    assertThat(html.out()).contains("Allocation unknown for 2022/23", "unknown (the allocation is unknown)");
  }
}

package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.RecordReader;

/** A report names the format of the record it checked and the policy it checked it under. */
class ReportHeaderTest {

  private static final String PARTNERSHIP = """
      "asOf": "2022-07-14",
      "partnership": { "id": "KCSP", "name": "Kent Community Safety Partnership", "area": "Kent", "tier": "COUNTY" },
      "organisations": [{ "id": "KCC", "name": "Kent County Council", "kind": "LOCAL_AUTHORITY" }]
      """;

  private static PartnershipRecord record(String format) {
    return RecordReader.readJson("{ \"format\": \"" + format + "\", " + PARTNERSHIP + "}", "record.json");
  }

  @Test
  void names_version_1_and_the_kcsp_policy_for_a_version_1_record_checked_by_the_standard_engine() {
    // GIVEN a version 1 record
    // WHEN the standard engine checks it
    ComplianceReport report = ComplianceEngine.standard().check(record("kcsp-record/1"));

    // THEN the report names version 1 and the policy of every rule
    assertThat(report.recordFormat()).isEqualTo("kcsp-record/1");
    assertThat(report.policy()).isEqualTo("kcsp");
  }

  @Test
  void names_version_2_for_a_version_2_record() {
    // GIVEN a version 2 record
    // WHEN the standard engine checks it
    ComplianceReport report = ComplianceEngine.standard().check(record("kcsp-record/2"));

    // THEN the report names version 2, not the version it would write by default
    assertThat(report.recordFormat()).isEqualTo("kcsp-record/2");
  }

  @Test
  void names_the_policy_of_the_engine_that_checked_the_record() {
    // GIVEN an engine of the england policy
    ComplianceEngine england = ComplianceEngine.builder().policy(Policy.builtIn("england")).build();

    // WHEN it checks a record
    ComplianceReport report = england.check(record("kcsp-record/2"));

    // THEN the report says england, not the catalogue's kcsp
    assertThat(report.policy()).isEqualTo("england");
  }
}

package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.examples.KcspCommandTest.kcsp;

import org.junit.jupiter.api.Test;
import org.kcsp.examples.KcspCommandTest.Run;
import org.kcsp.model.io.RecordSchema;
import org.kcsp.rules.Policy;
import org.kcsp.rules.report.ReportSchema;

/** {@code kcsp schema}: the JSON Schema of each format, as the libraries ship it. */
class SchemaCommandTest {

  @Test
  void prints_the_record_schema_by_default_and_when_asked() {
    Run plain = kcsp("schema");
    Run record = kcsp("schema", "record");

    assertThat(plain.status()).isZero();
    assertThat(plain.out()).isEqualTo(RecordSchema.json()).isEqualTo(record.out())
        .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
    assertThat(plain.err()).isEmpty();
  }

  @Test
  void prints_the_policy_and_the_report_schemas() {
    assertThat(kcsp("schema", "policy").out()).isEqualTo(Policy.jsonSchema()).contains("kcsp-policy/1");
    assertThat(kcsp("schema", "report").out()).isEqualTo(ReportSchema.json()).contains("kcsp-report/");
    assertThat(kcsp("schema", "REPORT").status()).isZero();
  }

  @Test
  void refuses_a_format_it_has_no_schema_of() {
    Run run = kcsp("schema", "workbook");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("kcsp: there is no schema of 'workbook': give record, policy or report"
        + System.lineSeparator() + "See 'kcsp schema --help'.");
  }
}

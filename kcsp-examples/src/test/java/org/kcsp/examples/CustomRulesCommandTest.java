package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.examples.KcspCommandTest.Run;

/**
 * {@code kcsp validate --rules FILE.drl}: an analyst's own rules run with the standard ones; a
 * DRL error, a rule that throws and a rule that loops are each exit 2 with one clear line naming
 * the file or the rule, never a Drools stack trace unless {@code --debug}.
 */
class CustomRulesCommandTest {

  @TempDir Path dir;

  private static final String LARGE_GRANTS = """
      package com.example.partnership;

      import org.kcsp.rules.SubjectKind;
      import org.kcsp.rules.spi.GrantFact;
      import org.kcsp.rules.spi.Raised;
      import org.kcsp.rules.spi.Text;

      rule "EXAMPLE_LARGE_GRANT"
        @severity("INFO") @title("Grant over £30,000")
        @subject("the grant") @source("Our own policy") @needs("GRANT")
      when
        $g : GrantFact( allocation > 3000000 )
      then
        insert(Raised.on(SubjectKind.GRANT, $g.id(),
            "Grant " + $g.id() + " is " + Text.money($g.allocation()) + ".").money("allocation", $g.allocation()));
      end
      """;

  private static final String EVERY_GRANT = """
      package com.example.partnership;

      import org.kcsp.rules.SubjectKind;
      import org.kcsp.rules.spi.GrantFact;
      import org.kcsp.rules.spi.Raised;

      rule "EXAMPLE_EVERY_GRANT"
        @severity("INFO") @title("A grant") @subject("the grant")
        @source("Our own policy") @needs("GRANT")
      when
        $g : GrantFact()
      then
        insert(Raised.on(SubjectKind.GRANT, $g.id(), "Grant " + $g.id() + "."));
      end
      """;

  /** A DRL error on line 9: a constraint without its value. */
  private static final String BROKEN = """
      package com.example.partnership;

      import org.kcsp.rules.spi.GrantFact;

      rule "EXAMPLE_BROKEN"
        @severity("INFO") @title("t") @subject("s") @source("s") @needs("GRANT")
      when
        $g : GrantFact(
          allocation > )
      then
      end
      """;

  private static final String THROWING = """
      package com.example.partnership;

      import org.kcsp.rules.spi.GrantFact;

      rule "EXAMPLE_THROWING"
        @severity("INFO") @title("t") @subject("s") @source("s") @needs("GRANT")
      when
        $g : GrantFact()
      then
        throw new IllegalStateException("no grant may be called " + $g.id());
      end
      """;

  /** Keeps inserting numbers, but only for the 2019/20 grant: other records are checked normally. */
  private static final String LOOPING = """
      package com.example.partnership;

      import org.kcsp.rules.spi.GrantFact;

      rule "EXAMPLE_SEED"
        @severity("INFO") @title("t") @subject("s") @source("s") @needs("GRANT")
      when
        GrantFact( id == "CRG-2019-20" )
      then
        insert(Integer.valueOf(0));
      end

      rule "EXAMPLE_LOOPING"
        @severity("INFO") @title("t") @subject("s") @source("s") @needs("GRANT")
      when
        $n : Integer()
      then
        insert(Integer.valueOf($n.intValue() + 1));
      end
      """;

  private Path drl(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  private Path example(String name) throws Exception {
    Path file = dir.resolve(name);
    try (var in = getClass().getClassLoader().getResourceAsStream("examples/" + name)) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  @Test
  void runs_an_analysts_own_rules_with_the_standard_ones() throws Exception {
    // GIVEN two DRL files of the analyst's own rules and the KCSP of March 2020, with two grants of £39,661
    Path large = drl("large-grants.drl", LARGE_GRANTS);
    Path every = drl("every-grant.drl", EVERY_GRANT);
    Path record = example("kcsp-2020-03-18.json");

    // WHEN it is validated with both
    Run run = KcspCommandTest.kcsp("validate", record.toString(), "--rules", large.toString(), "--rules", every.toString(),
        "--format", "json");

    // THEN the report holds the findings of both, beside the standard rules' own
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("\"rule\": \"EXAMPLE_LARGE_GRANT\"", "\"rule\": \"EXAMPLE_EVERY_GRANT\"",
        "\"id\": \"CRG-2019-20\"", "\"id\": \"GRANT_TACTICAL_POT_OVER_CAP\"");
    assertThat(run.status()).isEqualTo(KcspCommandTest.kcsp("validate", record.toString()).status());
  }

  @Test
  void answers_a_drl_error_with_exit_2_naming_the_file_the_line_and_the_problem() throws Exception {
    // GIVEN a DRL file with an error on line 9
    Path broken = drl("broken.drl", BROKEN);

    // WHEN it is given to validate
    Run run = KcspCommandTest.kcsp("validate", "--rules", broken.toString());

    // THEN the status is 2, and one line names the file, the line, the column and the problem
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("kcsp: " + broken + ", line 9, column 18: no viable alternative at input ')'"
        + " in rule \"EXAMPLE_BROKEN\"" + System.lineSeparator());
  }

  @Test
  void answers_a_rules_file_that_does_not_exist_with_exit_2() {
    Path missing = dir.resolve("missing.drl");
    Run run = KcspCommandTest.kcsp("validate", "--rules", missing.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("kcsp: " + missing + ": there is no such file" + System.lineSeparator());
  }

  @Test
  void answers_a_rule_that_throws_with_exit_2_naming_the_rule_without_a_stack_trace() throws Exception {
    // GIVEN a rule that throws on every grant
    Path throwing = drl("throwing.drl", THROWING);
    Path record = example("kcsp-2022-07-14.json");

    // WHEN a record with a grant is validated with it
    Run run = KcspCommandTest.kcsp("validate", record.toString(), "--rules", throwing.toString());

    // THEN the status is 2, and the error names the record, the rule and what it threw, without a stack trace
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("kcsp: " + record + ": rule EXAMPLE_THROWING failed: ")
        .contains("no grant may be called CRG-2022-23")
        .doesNotContain("\tat ", "org.drools");
    // AND --debug shows the stack trace
    assertThat(KcspCommandTest.kcsp("validate", record.toString(), "--rules", throwing.toString(), "--debug").err())
        .contains("RuleExecutionException", "\tat ");
  }

  @Test
  void stops_a_rule_that_loops_after_max_firings_and_checks_the_other_records_correctly() throws Exception {
    // GIVEN rules that loop on the 2019/20 grant only, and two records: one with that grant, one without
    Path looping = drl("looping.drl", LOOPING);
    Path march2020 = example("kcsp-2020-03-18.json");
    Path july2022 = example("kcsp-2022-07-14.json");

    // WHEN both are validated with them, stopping a check after 500 firings
    Run run = KcspCommandTest.kcsp("validate", march2020.toString(), july2022.toString(), "--rules", looping.toString(),
        "--max-firings", "500", "--format", "json");

    // THEN the status is 2, and the error names the record and the rule that kept firing
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("kcsp: " + march2020 + ": rules fired more than 500 times in one check; rule EXAMPLE_LOOPING fired ")
        .doesNotContain("\tat ");
    // AND the other record, checked after it on the same engine, gets the standard rules' findings unchanged
    String plain = KcspCommandTest.kcsp("validate", july2022.toString(), "--format", "json").out();
    assertThat(run.out()).contains("\"asOf\": \"2022-07-14\"");
    assertThat(findings(run.out()).replaceAll("(?m)^  ", "")).isEqualTo(findings(plain));
  }

  /** The findings of the last report in JSON output, to the end of that report. */
  private static String findings(String json) {
    return json.substring(json.lastIndexOf("\"findings\""), json.lastIndexOf('}') + 1);
  }

  @Test
  void refuses_a_max_firings_below_one() {
    Run run = KcspCommandTest.kcsp("validate", "--max-firings", "0");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--max-firings must be at least 1, got 0");
  }
}

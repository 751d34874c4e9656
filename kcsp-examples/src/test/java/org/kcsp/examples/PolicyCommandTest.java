package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.examples.KcspCommandTest.kcsp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.examples.KcspCommandTest.Run;

/** {@code --policy} on validate, rules and explain, {@code kcsp policies}, and the README's example. */
class PolicyCommandTest {

  private static final Path README = Path.of("../README.md");

  @TempDir Path dir;

  private Path example(String name) throws Exception {
    Path file = dir.resolve(name);
    try (var in = PolicyCommandTest.class.getClassLoader().getResourceAsStream("examples/" + name)) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  /** The README's section on policies: its policy file, and the lines of its example run. */
  private static String policiesSection() throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf("### Policies");
    return readme.substring(start, readme.indexOf("\n### ", start + 1));
  }

  /** The repository's root, where the README's commands are run from. */
  private static final Path ROOT = Path.of("..");

  @Test
  void prints_the_bundled_district_policy_in_the_readme() throws Exception {
    // GIVEN the README's kent-district.yaml and the bundled file
    Matcher yaml = Pattern.compile("```yaml\n# kent-district.yaml\n(.*?)```", Pattern.DOTALL).matcher(policiesSection());
    assertThat(yaml.find()).as("the README's kent-district.yaml").isTrue();
    String bundled = Files.readString(ROOT.resolve("kcsp-examples/src/main/resources/district/kent-district.yaml"));
    // THEN the README prints the bundled file, but for the comment that opens it (it says the file is illustrative)
    assertThat(bundled).startsWith("# A policy for a district partnership in Kent: ILLUSTRATIVE.")
        .endsWith(yaml.group(1));
    assertThat(bundled.substring(0, bundled.length() - yaml.group(1).length()).lines())
        .allSatisfy(line -> assertThat(line).matches("#.*|"));
  }

  @Test
  void runs_the_readmes_district_example_as_printed() throws Exception {
    // GIVEN the README's run of the bundled district record under the bundled district policy
    Matcher excerpt = Pattern.compile("\\$ \\./kcsp validate (\\S+) --policy (\\S+)\n(.*?)```", Pattern.DOTALL)
        .matcher(policiesSection());
    assertThat(excerpt.find()).as("the README's excerpt").isTrue();
    Path record = ROOT.resolve(excerpt.group(1));
    Path policy = ROOT.resolve(excerpt.group(2));
    // WHEN it is run as the README shows, from the repository's root
    Run run = kcsp("validate", record.toString(), "--policy", policy.toString());
    // THEN every line of the README's excerpt is in the report, its three warnings exit 0, and no
    // finding cites the KCSP's papers
    for (String line : excerpt.group(3).split("\n")) {
      if (!line.equals("...")) {
        assertThat(run.out()).contains(line);
      }
    }
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Findings  0 errors, 3 warnings, 0 info open")
        .doesNotContain("minutes 14 July 2022", "Working Group", "KCSP", "PROJECT_LOCAL_SCOPE");
    // AND, as the README says, the grant's tactical pot rule is not applicable under england alone
    // (no grant conditions), and checked under the district policy (the Kent PCC's)
    assertThat(kcsp("validate", record.toString(), "--policy", "england", "--format", "json").out())
        .contains("\"id\": \"GRANT_TACTICAL_POT_OVER_CAP\",\n      \"severity\": \"ERROR\",\n      \"outcome\": \"NOT_APPLICABLE\"");
    assertThat(kcsp("validate", record.toString(), "--policy", policy.toString(), "--format", "json").out())
        .contains("\"id\": \"GRANT_TACTICAL_POT_OVER_CAP\",\n      \"severity\": \"ERROR\",\n      \"outcome\": \"PASS\"");
  }

  @Test
  void checks_the_bundled_district_record_under_england_by_default() throws Exception {
    // GIVEN the bundled district record, version 2, which names no policy
    Path record = ROOT.resolve("kcsp-examples/src/main/resources/district/eastmarsh-2024-03-31.json");
    Run run = kcsp("validate", record.toString(), "--format", "json");
    // THEN it is checked under england: the KCSP's resolution on agendas is neither run nor listed
    assertThat(run.out()).contains("STRATEGY_STRAND_MISSING").doesNotContain("TOR_NOT_ON_AGENDA", "minutes 14 July 2022");
  }

  @Test
  void lists_the_built_in_policies_with_what_each_holds() {
    Run run = kcsp("policies");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("england\n", "Rules: 35 (12 S, 19 O, 4 G).",
        "kcsp\n", "Rules: 38 (12 S, 19 O, 4 G, 3 K).", "Grants are under: kent-pcc-crime-reduction-grant.",
        "Grant conditions kent-pcc-crime-reduction-grant");
  }

  @Test
  void shows_each_rules_kind_and_its_source_under_each_built_in_policy() {
    Run run = kcsp("rules");
    assertThat(run.out()).contains("TOR_REVIEW_NOT_ALIGNED                   WARNING K  the subgroup",
        "    Source (england): not in this policy",
        "    Source (england): SI 2007/1830 reg 3(5), as substituted by SI 2011/1230:",
        "    Source (kcsp): KCSP minutes 14 July 2022, ToR review, resolution (a)");
    assertThat(kcsp("rules", "--format", "json").out()).contains("\"kind\": \"G\"",
        "\"england\": \"the partnership's oversight of its subgroups\"", "\"maxDaysApart\": \"92 days\"");
  }

  @Test
  void shows_the_new_statutory_rules_with_the_day_their_duty_came_into_force() {
    Run rules = kcsp("rules");
    assertThat(rules.out()).contains(
        "SERIOUS_VIOLENCE_STRATEGY_MISSING        ERROR   S  the partnership\n"
            + "    Serious violence strategy not published (in force from 31 January 2023)\n"
            + "    Source (england): Police, Crime, Sentencing and Courts Act 2022 s8;\n",
        "MEMBERSHIP_NOT_RESPONSIBLE_AUTHORITY     WARNING S  the ToR approval\n",
        "STRATEGIC_ASSESSMENT_OVERDUE             WARNING S  the partnership\n",
        "STRATEGY_STRAND_MISSING                  WARNING S  the partnership\n",
        "SERIOUS_VIOLENCE_STRATEGY_REVIEW_OVERDUE WARNING S  the partnership\n",
        "38 rules.");
    assertThat(kcsp("rules", "--format", "json").out()).contains("\"inForceFrom\": \"2023-01-31\"",
        "\"lawDates\": {\n      \"strategyDue\": \"2024-01-31\"\n    }", "\"SERIOUS_VIOLENCE\": \"2023-01-31\"");
    Run explain = kcsp("explain", "SERIOUS_VIOLENCE_STRATEGY_MISSING");
    assertThat(explain.status()).isZero();
    assertThat(explain.out()).contains("In force:\n    from 31 January 2023; on an earlier date the rule is NOT_APPLICABLE",
        "Dates in law:\n    strategyDue: 31 January 2024.", "the evaluation date is after 31 January 2024",
        "Why, under england:\n    Police, Crime, Sentencing and Courts Act 2022 s8");
    Run strands = kcsp("explain", "STRATEGY_STRAND_MISSING");
    assertThat(strands.out()).contains("Dates in law:\n    SERIOUS_VIOLENCE: 31 January 2023.").doesNotContain("In force:");
    assertThat(strands.out().replaceAll("\\s+", " ")).contains("REOFFENDING, and, from 31 January 2023, SERIOUS_VIOLENCE;");
  }

  @Test
  void shows_the_rules_of_a_policy_as_it_sets_them() {
    Run run = kcsp("rules", "--policy", "england");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("35 rules in the policy england.", "    Source: SI 2007/1830 reg 3(5)")
        .doesNotContain("TOR_REVIEW_NOT_ALIGNED");
  }

  @Test
  void explains_a_rule_under_each_policy_or_under_the_one_given() throws Exception {
    Run both = kcsp("explain", "GRANT_TACTICAL_POT_OVER_CAP");
    assertThat(both.out()).contains("Kind:\n    G: a grant condition", "kent-pcc-crime-reduction-grant",
        "Why, under england:", "Why, under kcsp:", "Parameters:\n    defaultCap = 1/3");
    Path policy = Files.writeString(dir.resolve("p.yaml"),
        "format: kcsp-policy/1\nid: p\nextends: [kcsp]\nrules:\n  TOR_REVIEW_NOT_ALIGNED: { parameters: { maxDaysApart: 61 } }\n");
    Run one = kcsp("explain", "TOR_REVIEW_NOT_ALIGNED", "--policy", policy.toString());
    assertThat(one.out()).contains("Why, under p:", "more than 61 days from its parent's", "maxDaysApart = 61 days.");
    Run outside = kcsp("explain", "TOR_REVIEW_NOT_ALIGNED", "--policy", "england");
    assertThat(outside.status()).isEqualTo(2);
    assertThat(outside.err()).contains("TOR_REVIEW_NOT_ALIGNED is not in the policy england");
  }

  @Test
  void checks_a_record_under_england_citing_the_law() throws Exception {
    Path record = example("kcsp-2022-07-13-before-the-meeting.json");
    Run run = kcsp("validate", record.toString(), "--policy", "england", "--format", "json");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("\"source\": \"Crime and Disorder Act 1998 s5, as amended: members that exist\"")
        .doesNotContain("\"TOR_REVIEW_NOT_ALIGNED\"");
  }

  @Test
  void refuses_a_record_that_names_a_policy_file_with_exit_2() throws Exception {
    // GIVEN a policy file beside a version 2 record that names it as its policy
    Files.writeString(dir.resolve("district.yaml"), "format: kcsp-policy/1\nid: district\nextends: [england]\n");
    Path record = Files.writeString(dir.resolve("district.json"), """
        {
          "format": "kcsp-record/2",
          "asOf": "2024-03-31",
          "policy": "district.yaml",
          "partnership": { "id": "D", "name": "A District Partnership", "area": "A District", "tier": "DISTRICT" },
          "organisations": [],
          "subgroups": [],
          "termsOfReference": []
        }
        """);
    // WHEN it is validated
    Run run = kcsp("validate", record.toString());
    // THEN it is refused as a record, naming the key, before any check: a record never names a file (code)
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("kcsp: " + record + " is not a valid record (1 problem):\n")
        .contains("$.policy (line 4, column 13): ", "a record names only a built-in policy, never a policy file")
        .doesNotContain("Exception");
    // AND given on the command line instead, the same file is the policy the record is checked under:
    // its partnership, recorded as having no terms of reference, is told so citing the law
    Path named = Files.writeString(dir.resolve("plain.json"), Files.readString(record).replace("\"policy\": \"district.yaml\",\n", ""));
    Run given = kcsp("validate", named.toString(), "--policy", dir.resolve("district.yaml").toString());
    assertThat(given.err()).isEmpty();
    assertThat(given.status()).isEqualTo(1);
    assertThat(given.out()).contains("TOR_MISSING on Partnership D", "SI 2007/1830 reg 3(5)");
  }

  @Test
  void refuses_a_bad_policy_file_listing_its_problems_and_an_unknown_policy() throws Exception {
    Path record = example("kcsp-2022-07-14.json");
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "format: kcsp-policy/1\nid: bad\nrules:\n  TOR_MISING: {}\n");
    Run run = kcsp("validate", record.toString(), "--policy", bad.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("kcsp: " + bad + " is not a valid policy (1 problem):\n"
        + "  $.rules.TOR_MISING (line 4, column 3): there is no rule \"TOR_MISING\": did you mean TOR_MISSING?\n");
    assertThat(run.out()).isEmpty();
    for (List<String> args : List.of(List.of("validate", record.toString()), List.of("rules"), List.of("explain", "TOR_MISSING"))) {
      Run unknown = kcsp(java.util.stream.Stream.concat(args.stream(), java.util.stream.Stream.of("--policy", "englnd"))
          .toArray(String[]::new));
      assertThat(unknown.status()).as(args.toString()).isEqualTo(2);
      assertThat(unknown.err()).as(args.toString())
          .isEqualTo("kcsp: --policy englnd is neither a built-in policy (england, kcsp) nor a policy file: there is no such file\n");
    }
  }
}

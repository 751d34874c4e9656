package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kcsp.model.Problem;

/**
 * A corpus of bad policy files: each is refused with every problem at its JSON path, line and
 * column, in words that say what to write instead. Files other than the one read are written
 * beside it first.
 */
class MalformedPolicyTest {

  @TempDir Path folder;

  /** A bad policy: the files beside it, the file read, and every problem expected, in order. */
  record Case(String name, Map<String, String> beside, String file, String text, List<String> problems) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final String HEAD = "format: kcsp-policy/1\nid: bad\n";

  static Stream<Arguments> corpus() {
    return Stream.of(
        bad("an unknown key, misspelt", "p.yaml", HEAD + "rule:\n  TOR_MISSING: {}\n",
            "$.rule (line 3, column 1): unknown key \"rule\": did you mean \"rules\"?"),
        bad("an unknown key, far from any", "p.yaml", HEAD + "owner: KCSP\n",
            "$.owner (line 3, column 1): unknown key \"owner\": the keys allowed here are extends, format,"
                + " grantConditions, id, include, rules, title"),
        bad("another format", "p.yaml", "format: kcsp-policy/2\nid: bad\n",
            "$.format (line 1, column 9): format must be \"kcsp-policy/1\", got \"kcsp-policy/2\""),
        bad("no id", "p.yaml", "format: kcsp-policy/1\ntitle: No id\n",
            "$.id (line 1, column 1): id is required"),
        bad("a built-in policy's id", "p.yaml", "format: kcsp-policy/1\nid: england\n",
            "$.id (line 2, column 5): id \"england\" is a built-in policy's: give the file an id of its own, and extend"
                + " england if it builds on it"),
        bad("an unknown rule id", "p.yaml", HEAD + "rules:\n  TOR_MISING: { severity: WARNING }\n",
            "$.rules.TOR_MISING (line 4, column 3): there is no rule \"TOR_MISING\": did you mean TOR_MISSING?"),
        bad("an unknown key of a rule", "p.yaml", HEAD + "rules:\n  TOR_MISSING: { severty: WARNING }\n",
            "$.rules.TOR_MISSING.severty (line 4, column 18): unknown key \"severty\": did you mean \"severity\"?"),
        bad("a bad severity", "p.yaml", HEAD + "rules:\n  TOR_MISSING: { severity: LOW }\n",
            "$.rules.TOR_MISSING.severity (line 4, column 28): severity must be one of ERROR, WARNING, INFO, got \"LOW\""),
        bad("enabled as YAML 1.1's yes", "p.yaml", HEAD + "rules:\n  TOR_MISSING: { enabled: yes }\n",
            "$.rules.TOR_MISSING.enabled (line 4, column 27): enabled must be true or false, got yes"),
        bad("a blank source", "p.json", "{\"format\": \"kcsp-policy/1\", \"id\": \"bad\",\n"
                + " \"rules\": {\"TOR_MISSING\": {\"source\": \" \"}}}",
            "$.rules.TOR_MISSING.source (line 2, column 38): source must not be blank"),
        bad("an unknown parameter", "p.yaml", HEAD + "rules:\n  TOR_REVIEW_NOT_ALIGNED: { parameters: { maxDays: 61 } }\n",
            "$.rules.TOR_REVIEW_NOT_ALIGNED.parameters.maxDays (line 4, column 43): TOR_REVIEW_NOT_ALIGNED has no"
                + " parameter \"maxDays\": its parameters are maxDaysApart"),
        bad("a parameter of a rule that has none", "p.yaml", HEAD + "rules:\n  TOR_MISSING: { parameters: { days: 1 } }\n",
            "$.rules.TOR_MISSING.parameters.days (line 4, column 32): TOR_MISSING has no parameter \"days\": it has none"),
        bad("a number of days written as a string", "p.yaml",
            HEAD + "rules:\n  TOR_REVIEW_NOT_ALIGNED: { parameters: { maxDaysApart: \"61\" } }\n",
            "$.rules.TOR_REVIEW_NOT_ALIGNED.parameters.maxDaysApart (line 4, column 57): maxDaysApart must be a whole"
                + " number of days from 0 to 3660, got the string \"61\""),
        bad("no months", "p.yaml", HEAD + "rules:\n  DHR_DECISION_LATE: { parameters: { months: 0 } }\n",
            "$.rules.DHR_DECISION_LATE.parameters.months (line 4, column 46): months must be a whole number of months"
                + " from 1 to 120, got 0"),
        bad("a cap over one", "p.yaml", HEAD + "rules:\n  GRANT_TACTICAL_POT_OVER_CAP: { parameters: { defaultCap: \"4/3\" } }\n",
            "$.rules.GRANT_TACTICAL_POT_OVER_CAP.parameters.defaultCap (line 4, column 60): defaultCap must be a fraction"
                + " \"n/d\" greater than 0 and at most 1, such as \"1/3\", got 4/3"),
        bad("a similarity written as a decimal", "p.yaml",
            HEAD + "rules:\n  PROJECT_POSSIBLE_DUPLICATE_FUNDING: { parameters: { similarity: 0.6 } }\n",
            "$.rules.PROJECT_POSSIBLE_DUPLICATE_FUNDING.parameters.similarity (line 4, column 67): similarity must be a"
                + " fraction \"n/d\" greater than 0 and at most 1, such as \"1/3\", got the number 0.6"),
        bad("rules as a list", "p.yaml", HEAD + "rules: [TOR_MISSING]\n",
            "$.rules (line 3, column 8): rules must be an object of rule ids, got an array"),
        bad("a misspelt built-in policy", "p.yaml", HEAD + "extends: [englnd]\n",
            "$.extends[0] (line 3, column 11): extends \"englnd\", which is neither a built-in policy (england, kcsp:"
                + " did you mean england?) nor a policy file (.json, .yaml or .yml)"),
        bad("unknown grant conditions", "p.yaml", HEAD + "grantConditions: [kent-pcc]\n",
            "$.grantConditions[0] (line 3, column 19): there are no grant conditions \"kent-pcc\": the grant conditions"
                + " are kent-pcc-crime-reduction-grant"),
        bad("grant conditions as one string", "p.yaml", HEAD + "grantConditions: kent-pcc-crime-reduction-grant\n",
            "$.grantConditions (line 3, column 18): grantConditions must be an array of strings, got the string"
                + " \"kent-pcc-crime-reduction-grant\""),
        bad("a missing included file", "p.yaml", HEAD + "include: [rules/ours.drl]\n",
            "$.include[0] (line 3, column 11): includes \"rules/ours.drl\": there is no such file (FOLDER/rules/ours.drl);"
                + " a policy names the DRL files it includes relative to itself"),
        bad("JSON cut short", "p.json", "{\"format\": \"kcsp-policy/1\", \"id\": \"bad\"",
            "$.id (line 1, column 40): the file ends before the record does (is it cut short?)"),
        bad("a key twice", "p.yaml", HEAD + "id: again\n",
            "$.id (line 3, column 1): key \"id\" appears twice in the same object"),
        Arguments.of(new Case("a missing extended file", Map.of(), "p.yaml", HEAD + "extends: [base.yaml]\n",
            List.of("$.extends[0] (line 3, column 11): extends \"base.yaml\": there is no such file (FOLDER/base.yaml);"
                + " a policy names the files it extends relative to itself"))),
        Arguments.of(new Case("a cycle of extends", Map.of(
                "a.yaml", "format: kcsp-policy/1\nid: a\nextends: [b.yaml]\n",
                "b.yaml", "format: kcsp-policy/1\nid: b\nextends: [a.yaml]\n"),
            "a.yaml", null,
            List.of("$.extends[0] (line 3, column 11): FOLDER/b.yaml: $.extends[0] (line 3, column 11): extends"
                + " \"a.yaml\", a cycle (a.yaml extends b.yaml extends a.yaml): a policy cannot extend itself, directly"
                + " or through others"))),
        Arguments.of(new Case("a bad extended file", Map.of("base.yaml", "format: kcsp-policy/1\nid: base\nrules:\n  TOR_MISSING: { severity: LOW }\n"),
            "p.yaml", HEAD + "extends: [base.yaml]\n",
            List.of("$.extends[0] (line 3, column 11): FOLDER/base.yaml: $.rules.TOR_MISSING.severity (line 4, column 28):"
                + " severity must be one of ERROR, WARNING, INFO, got \"LOW\""))),
        Arguments.of(new Case("every problem at once", Map.of(), "p.yaml",
            "format: kcsp-policy/1\nid: kcsp\nextends: [englnd]\nrules:\n  TOR_MISSING: { severity: LOW, enabled: 1 }\n",
            List.of(
                "$.id (line 2, column 5): id \"kcsp\" is a built-in policy's: give the file an id of its own, and extend"
                    + " kcsp if it builds on it",
                "$.extends[0] (line 3, column 11): extends \"englnd\", which is neither a built-in policy (england,"
                    + " kcsp: did you mean england?) nor a policy file (.json, .yaml or .yml)",
                "$.rules.TOR_MISSING.severity (line 5, column 28): severity must be one of ERROR, WARNING, INFO, got \"LOW\"",
                "$.rules.TOR_MISSING.enabled (line 5, column 42): enabled must be true or false, got the number 1"))));
  }

  private static Arguments bad(String name, String file, String text, String problem) {
    return Arguments.of(new Case(name, Map.of(), file, text, List.of(problem)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void refuses_the_policy_with_every_problem_at_its_path_line_and_column(Case bad) {
    // GIVEN the files of the case
    bad.beside().forEach((name, text) -> TestPolicies.write(folder, name, text));
    Path file = bad.text() == null ? folder.resolve(bad.file()) : TestPolicies.write(folder, bad.file(), bad.text());
    // WHEN it is read
    InvalidPolicyException e = catchThrowableOfType(InvalidPolicyException.class, () -> Policy.read(file));
    // THEN it is refused, naming the file, with every problem expected and no other
    assertThat(e).as(bad.name()).isNotNull();
    assertThat(e.source()).isEqualTo(file.toString());
    assertThat(e.problems()).extracting(Problem::toString)
        .containsExactlyElementsOf(bad.problems().stream().map(p -> p.replace("FOLDER", folder.toString())).toList());
  }

  @Test
  void holds_at_least_fifteen_kinds_of_bad_policy() {
    assertThat(corpus().count()).isGreaterThanOrEqualTo(15);
  }

  @Test
  void says_in_its_message_the_file_and_each_problem_on_a_line() {
    Path file = TestPolicies.write(folder, "p.yaml", HEAD + "rules:\n  TOR_MISING: {}\n  TOR_MISSING: { severity: LOW }\n");
    InvalidPolicyException e = catchThrowableOfType(InvalidPolicyException.class, () -> Policy.read(file));
    assertThat(e.getMessage()).isEqualTo(file + ": 2 problems" + System.lineSeparator()
        + "  $.rules.TOR_MISING (line 4, column 3): there is no rule \"TOR_MISING\": did you mean TOR_MISSING?"
        + System.lineSeparator()
        + "  $.rules.TOR_MISSING.severity (line 5, column 28): severity must be one of ERROR, WARNING, INFO, got \"LOW\"");
  }
}

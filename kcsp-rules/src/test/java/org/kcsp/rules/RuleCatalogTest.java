package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogue read from the rule base agrees with the rule catalogue of the specification
 * ({@code rules.md}: ids, subjects, default severities, sources, kinds, in both its parts), every
 * rule declares its metadata, and every rule has a test that makes it fire and one that keeps it
 * silent.
 */
class RuleCatalogTest {

  /**
   * The rule catalogue of the specification as this project implements it: a copy of {@code
   * rules.md}, kept in the tests so that they run wherever the project is built.
   */
  private static final Path SPEC = Path.of("src/test/resources/spec/rules.md");

  /** The specification itself, where it sits beside the project ({@code ../shared/spec} from its root). */
  private static final Path SHARED_SPEC = Path.of(System.getProperty("kcsp.spec", "../../shared/spec/rules.md"));

  private static final Pattern ROW =
      Pattern.compile("^\\| `([A-Z_]+)` \\| ([^|]+) \\| (ERROR|WARNING|INFO) \\| (.+) \\| ([^|]+) \\|$");

  private static final RuleCatalog CATALOG = ComplianceEngine.standard().catalog();

  /**
   * Each rule of the specification: its subject, severity and source, by id. The rules of the first
   * part (the catalogue of version 1, up to its {@code ---} line) with the source they cite under
   * {@code kcsp}; then those of the second part's table under "New rules", whose source (in {@code
   * england}) is also the one they cite under {@code kcsp}.
   */
  private static Map<String, String[]> specification() throws IOException {
    Map<String, String[]> rules = new TreeMap<>(firstPart());
    rules.putAll(newRules());
    return rules;
  }

  /** The rows of the first part's tables of rules, by id: subject, severity, source. */
  private static Map<String, String[]> firstPart() throws IOException {
    Map<String, String[]> rules = new TreeMap<>();
    for (String line : Files.readAllLines(SPEC, StandardCharsets.UTF_8)) {
      if (line.strip().equals("---")) {
        break;
      }
      Matcher row = ROW.matcher(line.strip());
      if (row.matches()) {
        rules.put(row.group(1), new String[] {row.group(2).strip(), row.group(3), row.group(5).strip()});
      }
    }
    return rules;
  }

  /** The rows of the second part's table under "New rules", by id: subject, severity, source (in england). */
  private static Map<String, String[]> newRules() throws IOException {
    Map<String, String[]> rules = new TreeMap<>();
    String section = "";
    for (String line : Files.readAllLines(SPEC, StandardCharsets.UTF_8)) {
      if (line.startsWith("## ")) {
        section = line;
      }
      Matcher row = ROW.matcher(line.strip());
      if (section.equals("## New rules") && row.matches()) {
        rules.put(row.group(1), new String[] {row.group(2).strip(), row.group(3), row.group(5).strip()});
      }
    }
    return rules;
  }

  @Test
  void holds_the_same_rule_catalogue_as_the_specification_beside_the_project() throws IOException {
    // GIVEN the specification, where the project is built beside it (a clean clone alone has the copy only)
    assumeTrue(Files.exists(SHARED_SPEC), "the specification is not beside the project: " + SHARED_SPEC.toAbsolutePath());

    // THEN the tests' copy is the same text: a changed specification is copied in, and the rules follow it
    assertThat(Files.readString(SPEC, StandardCharsets.UTF_8))
        .as("%s is a copy of %s", SPEC, SHARED_SPEC)
        .isEqualTo(Files.readString(SHARED_SPEC, StandardCharsets.UTF_8));
  }

  @Test
  void lists_exactly_the_rules_of_the_specification() throws IOException {
    assertThat(firstPart()).hasSize(33);
    assertThat(newRules()).containsOnlyKeys("MEMBERSHIP_NOT_RESPONSIBLE_AUTHORITY", "STRATEGIC_ASSESSMENT_OVERDUE",
        "STRATEGY_STRAND_MISSING", "SERIOUS_VIOLENCE_STRATEGY_MISSING", "SERIOUS_VIOLENCE_STRATEGY_REVIEW_OVERDUE");
    Map<String, String[]> spec = specification();
    assertThat(spec).hasSize(38);
    assertThat(CATALOG.rules()).extracting(RuleDescriptor::id).containsExactlyElementsOf(spec.keySet());
  }

  @Test
  void gives_each_rule_the_subject_severity_and_source_of_the_specification() throws IOException {
    Map<String, String[]> spec = specification();
    List<String> differences = new ArrayList<>();
    for (RuleDescriptor rule : CATALOG.rules()) {
      String[] expected = spec.get(rule.id());
      if (expected == null) {
        continue;
      }
      String subject = expected[0].replace("`", "");
      if (!subject.startsWith(rule.subject())) {
        differences.add(rule.id() + " subject: \"" + rule.subject() + "\" but the specification says \"" + subject + "\"");
      }
      if (!rule.severity().name().equals(expected[1])) {
        differences.add(rule.id() + " severity: " + rule.severity() + " but the specification says " + expected[1]);
      }
      if (!sameSource(rule.source(), expected[2])) {
        differences.add(rule.id() + " source: \"" + rule.source() + "\" but the specification says \"" + expected[2] + "\"");
      }
    }
    assertThat(differences).isEmpty();
  }

  /**
   * The specification writes "same, 3.1: ..." for the document of the row above; a finding's source
   * must stand alone, so it names the document and ends with the rest.
   */
  private static boolean sameSource(String actual, String specified) {
    if (actual.startsWith("same")) {
      return false;
    }
    if (specified.equals("same")) {
      return !actual.isBlank();
    }
    return specified.startsWith("same, ") ? actual.endsWith(specified.substring("same, ".length())) : actual.equals(specified);
  }

  /** A row of the second part's table of kinds: {@code | `A`, `B` | S | source in england |}. */
  private static final Pattern KIND_ROW = Pattern.compile("^\\| ((?:`[A-Z_]+`(?:, )?)+) \\| ([SOGK]) \\|(.*)\\|$");

  /** The row of the table of kinds for the rules of "New rules": {@code | the five new rules | S | their row above |}. */
  private static final Pattern NEW_RULES_KIND_ROW =
      Pattern.compile("^\\| the [a-z]+ new rules \\| ([SOGK]) \\| their row above \\|$");

  /**
   * Each rule's kind and source in {@code england} as the second part's table under "Policies"
   * gives them, by id; a source written in parentheses or left blank is the first part's, and the
   * new rules' is the source of their row under "New rules".
   */
  private static Map<String, String[]> kinds() throws IOException {
    Map<String, String[]> kinds = new TreeMap<>();
    Map<String, String[]> newRules = newRules();
    boolean policies = false;
    for (String line : Files.readAllLines(SPEC, StandardCharsets.UTF_8)) {
      policies |= line.equals("## Policies");
      Matcher row = KIND_ROW.matcher(line.strip());
      if (policies && row.matches()) {
        for (String id : row.group(1).replace("`", "").split(", ")) {
          String source = row.group(3).strip();
          boolean newRule = newRules.containsKey(id) && source.startsWith("(");
          kinds.put(id, new String[] {row.group(2), newRule ? newRules.get(id)[2] : source});
        }
      }
      Matcher all = NEW_RULES_KIND_ROW.matcher(line.strip());
      if (policies && all.matches()) {
        newRules.forEach((id, rule) -> kinds.put(id, new String[] {all.group(1), rule[2]}));
      }
    }
    return kinds;
  }

  @Test
  void gives_each_rule_the_kind_and_the_england_source_of_the_specifications_table() throws IOException {
    Map<String, String[]> kinds = kinds();
    assertThat(kinds).containsKeys(CATALOG.rules().stream().map(RuleDescriptor::id).toArray(String[]::new));
    List<String> differences = new ArrayList<>();
    for (RuleDescriptor rule : CATALOG.rules()) {
      String[] expected = kinds.get(rule.id());
      if (!rule.kind().letter().equals(expected[0])) {
        differences.add(rule.id() + " kind: " + rule.kind().letter() + " but the specification says " + expected[0]);
      }
      String england = expected[1].isEmpty() || expected[1].startsWith("(") ? rule.sources().get("kcsp") : expected[1];
      String actual = rule.sources().get("england");
      if (rule.kind() == RuleKind.RESOLUTION ? actual != null : !england.equals(actual)) {
        differences.add(rule.id() + " source in england: \"" + actual + "\" but the specification says \""
            + (rule.kind() == RuleKind.RESOLUTION ? "(not in england)" : england) + "\"");
      }
      if (!rule.sources().get("kcsp").equals(rule.source())) {
        differences.add(rule.id() + " source in kcsp: \"" + rule.sources().get("kcsp") + "\", not the first part's");
      }
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void gives_every_rule_a_title_a_description_and_what_it_needs() {
    for (RuleDescriptor rule : CATALOG.rules()) {
      assertThat(rule.title()).as(rule.id() + " title").isNotBlank();
      assertThat(rule.description()).as(rule.id() + " description").isNotBlank().isNotEqualTo(rule.title());
      assertThat(rule.needs()).as(rule.id() + " needs").isNotBlank();
    }
  }

  @Test
  void every_rule_has_a_test_that_makes_it_fire_and_one_that_keeps_it_silent() throws IOException {
    Set<String> fire = new HashSet<>();
    Set<String> silent = new HashSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith("Test.java")).toList()) {
        collectAssertedRules(Files.readString(file, StandardCharsets.UTF_8), fire, silent);
      }
    }
    List<String> untested = new ArrayList<>();
    for (RuleDescriptor rule : CATALOG.rules()) {
      if (!fire.contains(rule.id())) {
        untested.add(rule.id() + " has no test that makes it fire");
      }
      if (!silent.contains(rule.id())) {
        untested.add(rule.id() + " has no test that keeps it silent");
      }
    }
    assertThat(untested).isEmpty();
  }

  private static final Pattern CONSTANT = Pattern.compile("static final String (\\w+) = \"([A-Z_]+)\";");
  private static final Pattern ASSERTION = Pattern.compile("(hasFinding|hasNoFinding)\\((\"([A-Z_]+)\"|(\\w+))[,)]");

  /**
   * The rules a test source asserts firing ({@code hasFinding}) and silent ({@code hasNoFinding}),
   * by literal id or by a string constant, taken as the nearest one declared before its use.
   */
  private static void collectAssertedRules(String source, Set<String> fire, Set<String> silent) {
    TreeMap<Integer, String[]> constants = new TreeMap<>();
    Matcher constant = CONSTANT.matcher(source);
    while (constant.find()) {
      constants.put(constant.start(), new String[] {constant.group(1), constant.group(2)});
    }
    Matcher assertion = ASSERTION.matcher(source);
    while (assertion.find()) {
      String id = assertion.group(3);
      if (id == null) {
        String name = assertion.group(4);
        for (Map.Entry<Integer, String[]> entry : constants.headMap(assertion.start(), false).descendingMap().entrySet()) {
          if (entry.getValue()[0].equals(name)) {
            id = entry.getValue()[1];
            break;
          }
        }
      }
      if (id != null) {
        (assertion.group(1).equals("hasFinding") ? fire : silent).add(id);
      }
    }
  }
}

package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every DRL file, the standard rules and the tests' own, is written against the rule-author
 * package: of kcsp's types it imports only the model, {@code org.kcsp.rules.spi}, and {@link
 * SubjectKind} and {@link Severity}; never {@code org.kcsp.rules.internal}.
 */
class DrlImportsTest {

  private static final List<Path> ROOTS = List.of(Path.of("src/main/resources"), Path.of("src/test/resources"));

  private static final Pattern KCSP_REFERENCE = Pattern.compile("org\\.kcsp\\.[\\w.]+");

  private static final List<String> ALLOWED = List.of("org.kcsp.model.", "org.kcsp.rules.spi.");

  private static final List<String> ALLOWED_TYPES = List.of("org.kcsp.rules.SubjectKind", "org.kcsp.rules.Severity");

  private static List<Path> drlFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : ROOTS) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(file -> file.toString().endsWith(".drl")).sorted().forEach(files::add);
      }
    }
    return files;
  }

  /** Each kcsp name in the file, outside the package declaration, that is not allowed: {@code file:line: name}. */
  static List<String> forbiddenReferences(String name, String drl) {
    List<String> problems = new ArrayList<>();
    String[] lines = drl.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].strip().startsWith("package ")) {
        continue;
      }
      Matcher reference = KCSP_REFERENCE.matcher(lines[i]);
      while (reference.find()) {
        String used = reference.group().replaceAll("\\.$", "");
        boolean allowed = ALLOWED.stream().anyMatch(used::startsWith)
            || ALLOWED_TYPES.stream().anyMatch(type -> used.equals(type) || used.startsWith(type + "."));
        if (!allowed) {
          problems.add(name + ":" + (i + 1) + ": " + used
              + (used.startsWith("org.kcsp.rules.internal") ? " (internal: use org.kcsp.rules.spi)" : ""));
        }
      }
    }
    return problems;
  }

  @Test
  void no_drl_file_uses_the_internals_or_any_kcsp_type_outside_the_rule_author_vocabulary() throws IOException {
    // GIVEN every DRL file of the standard rules and of the tests
    List<Path> files = drlFiles();
    assertThat(files).extracting(file -> file.getFileName().toString())
        .contains("agreement.drl", "grants.drl", "meetings.drl", "membership.drl", "projects.drl", "reviews.drl",
            "terms-of-reference.drl", "waivers.drl", "large-grants.drl");
    // WHEN each is read, THEN none names a kcsp type a rule author may not use
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      problems.addAll(forbiddenReferences(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void names_an_internal_import_and_a_fully_qualified_internal_type_with_their_lines() {
    String drl = """
        package com.example;
        import org.kcsp.rules.spi.GrantFact;
        import org.kcsp.rules.internal.RuleBase;
        rule "R" @severity("INFO") @title("t") @subject("s") @source("s") @needs("GRANT")
        when GrantFact() then org.kcsp.rules.internal.FiringRule.current(); end
        """;
    assertThat(forbiddenReferences("r.drl", drl)).containsExactly(
        "r.drl:3: org.kcsp.rules.internal.RuleBase (internal: use org.kcsp.rules.spi)",
        "r.drl:5: org.kcsp.rules.internal.FiringRule.current (internal: use org.kcsp.rules.spi)");
  }

  @Test
  void allows_the_model_the_rule_author_package_and_the_subject_kind_and_severity() {
    String drl = """
        package org.kcsp.rules.drl;
        import org.kcsp.model.Pot;
        import org.kcsp.rules.Severity;
        import org.kcsp.rules.SubjectKind;
        import org.kcsp.rules.spi.Raised;
        """;
    assertThat(forbiddenReferences("ok.drl", drl)).isEmpty();
    assertThat(forbiddenReferences("report.drl", "import org.kcsp.rules.report.JsonReport;"))
        .containsExactly("report.drl:1: org.kcsp.rules.report.JsonReport");
  }
}

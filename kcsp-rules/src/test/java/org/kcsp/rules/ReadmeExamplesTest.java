package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.model.Grant;
import org.kcsp.model.Money;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Pot;
import org.kcsp.model.Project;
import org.kcsp.model.ProjectStatus;

/**
 * The README's "Adding a rule of your own" runs as printed: its DRL blocks, each named by its first
 * line ({@code // rules/large-grants.drl}), are served as those class path resources, and its Java
 * block is compiled inside a method that is given a {@code record} and returns the {@code report}.
 */
class ReadmeExamplesTest {

  private static final Path README = Path.of("../README.md");

  private static final String SECTION = "### Adding a rule of your own";

  @TempDir static Path dir;

  private static Map<String, String> drl;
  private static String java;
  private static Function<PartnershipRecord, ComplianceReport> example;
  /** The README's example run on {@link #record()}: building its engine compiles the DRL, once. */
  private static ComplianceReport report;

  /** The section's fenced blocks: their info string ("" or "java") and their text. */
  private static List<String[]> blocks(String readme) {
    int start = readme.indexOf(SECTION);
    assertThat(start).as("README section " + SECTION).isNotNegative();
    String section = readme.substring(start + SECTION.length());
    int next = section.indexOf("\n## ");
    section = next < 0 ? section : section.substring(0, next);
    next = section.indexOf("\n### ");
    section = next < 0 ? section : section.substring(0, next);
    List<String[]> blocks = new ArrayList<>();
    String[] lines = section.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("```")) {
        String info = lines[i].substring(3).strip();
        StringBuilder text = new StringBuilder();
        for (i++; !lines[i].startsWith("```"); i++) {
          text.append(lines[i]).append('\n');
        }
        blocks.add(new String[] {info, text.toString()});
      }
    }
    return blocks;
  }

  @BeforeAll
  static void compileTheExamples() throws Exception {
    drl = new LinkedHashMap<>();
    List<String> javaBlocks = new ArrayList<>();
    for (String[] block : blocks(Files.readString(README, StandardCharsets.UTF_8))) {
      if (block[0].equals("java")) {
        javaBlocks.add(block[1]);
      } else if (block[1].startsWith("// rules/")) {
        drl.put(block[1].substring(3, block[1].indexOf('\n')).strip(), block[1]);
      }
    }
    java = javaBlocks.get(0);
    for (Map.Entry<String, String> file : drl.entrySet()) {
      Path path = dir.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
    }
    Path source = dir.resolve("src/readme/Example.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, """
        package readme;

        import java.nio.file.Path;
        import java.time.LocalDate;
        import org.kcsp.model.PartnershipRecord;
        import org.kcsp.rules.ComplianceEngine;
        import org.kcsp.rules.ComplianceReport;
        import org.kcsp.rules.Severity;

        public final class Example implements java.util.function.Function<PartnershipRecord, ComplianceReport> {
          @Override
          public ComplianceReport apply(PartnershipRecord record) {
        %s
            return report;
          }
        }
        """.formatted(java), StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    boolean compiled = javac.getTask(errors, null, null,
        List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(), "-proc:none"),
        null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(source)).call();
    assertThat(compiled).as("the README's Java block compiles:%n%s", errors).isTrue();
    // The README's rules come first on the class path, before the tests' own resources of the same name.
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL(), dir.toUri().toURL()},
        ReadmeExamplesTest.class.getClassLoader()) {
      @Override
      public URL getResource(String name) {
        URL own = findResource(name);
        return own != null ? own : super.getResource(name);
      }
    };
    @SuppressWarnings("unchecked")
    Function<PartnershipRecord, ComplianceReport> made = (Function<PartnershipRecord, ComplianceReport>)
        loader.loadClass("readme.Example").getDeclaredConstructor().newInstance();
    example = record -> {
      Thread thread = Thread.currentThread();
      ClassLoader before = thread.getContextClassLoader();
      thread.setContextClassLoader(loader);
      try {
        return made.apply(record);
      } finally {
        thread.setContextClassLoader(before);
      }
    };
    report = example.apply(record());
  }

  private static Project project(String id, String amount, ProjectStatus status) {
    Project.Builder project = Project.builder().id(id).title("Project " + id).pot(Pot.UPFRONT).status(status);
    return (amount == null ? project : project.amount(Money.of(amount))).build();
  }

  /**
   * The KCSP of 14 July 2022 with a 2022/23 grant of £39,661 and projects a penny under, at and over
   * £5,000, one over with a business case, one withdrawn, and one of unknown amount.
   */
  private static PartnershipRecord record() {
    return Kcsp2022.record()
        .addGrants(Grant.builder().id("CRG-2022-23").programme("Crime Reduction Grant").funder("KENT-PCC")
            .financialYear(org.kcsp.model.FinancialYear.parse("2022/23")).allocation(Money.of("39661"))
            .tacticalPot(Money.of("13220"))
            .addProjects(
                project("under", "4999.99", ProjectStatus.APPROVED),
                project("at", "5000", ProjectStatus.APPROVED),
                project("over", "5000.01", ProjectStatus.PROPOSED),
                Project.builder().from(project("with-case", "8000", ProjectStatus.APPROVED))
                    .businessCaseSubmittedOn(LocalDate.of(2022, 6, 1)).build(),
                project("withdrawn", "9000", ProjectStatus.WITHDRAWN),
                project("unknown", null, ProjectStatus.PROPOSED))
            .build())
        .build();
  }

  @Test
  void prints_two_rule_files_in_the_rule_author_vocabulary_and_one_java_example() {
    assertThat(drl).containsOnlyKeys("rules/large-grants.drl", "rules/business-cases.drl");
    for (Map.Entry<String, String> file : drl.entrySet()) {
      assertThat(DrlImportsTest.forbiddenReferences(file.getKey(), file.getValue())).isEmpty();
      assertThat(file.getValue()).doesNotContain("@id(", "getRule()");
    }
    assertThat(java).contains("addRulesFromClasspath(\"rules/large-grants.drl\")",
        "addRulesFromClasspath(\"rules/business-cases.drl\")");
  }

  @Test
  void reports_a_grant_over_30000_pounds() {
    Finding finding = assertThat(report).hasFinding("EXAMPLE_LARGE_GRANT").on("CRG-2022-23")
        .withSeverity(Severity.INFO).single();
    assertThat(finding.message()).isEqualTo("Grant CRG-2022-23 is £39,661.00.");
    assertThat(finding.evidence().typed()).containsExactly(Map.entry("allocation", new EvidenceValue.Money(3_966_100)));
    assertThat(finding.source()).isEqualTo("Our own policy");
  }

  @Test
  void reports_a_live_project_a_penny_over_5000_pounds_without_a_business_case_and_no_other() {
    Finding finding = assertThat(report).hasFinding("EXAMPLE_BUSINESS_CASE_MISSING").on("over")
        .withSeverity(Severity.WARNING).single();
    assertThat(report.findings("EXAMPLE_BUSINESS_CASE_MISSING")).hasSize(1);
    assertThat(finding.subject().kind()).isEqualTo(SubjectKind.PROJECT);
    assertThat(finding.message()).isEqualTo("Project over costs £5,000.01 of Crime Reduction Grant 2022/23 and has no"
        + " business case; submit one to the partnership.");
    assertThat(finding.evidence().typed()).containsExactly(
        Map.entry("amount", new EvidenceValue.Money(500_001)),
        Map.entry("grant", new EvidenceValue.Text("CRG-2022-23")));
  }

  @Test
  void reports_a_gap_on_a_live_project_of_unknown_amount_without_a_business_case() {
    // the project of unknown amount could cost more than £5,000: the part reports a gap at its
    // amount, under the rule's id, and the rule's finding on another project keeps it FAIL
    Gap gap = assertThat(report).hasGap("EXAMPLE_BUSINESS_CASE_MISSING").on("unknown").single();
    assertThat(gap).isEqualTo(new Gap("EXAMPLE_BUSINESS_CASE_MISSING", new Subject(SubjectKind.PROJECT, "unknown"),
        "$.grants[0].projects[5].amount",
        "Record the amount of Project unknown (unknown): over £5,000 it needs a business case."));
    assertThat(report.gaps("EXAMPLE_BUSINESS_CASE_MISSING")).hasSize(1);
    assertThat(report).outcomeOf("EXAMPLE_BUSINESS_CASE_MISSING").isFail();
    assertThat(report.rules()).extracting(RuleResult::rule).noneMatch(id -> id.contains(":"));
  }

  @Test
  void catalogues_the_rules_and_applies_the_engines_other_settings() {
    assertThat(report).outcomeOf("EXAMPLE_LARGE_GRANT").isFail();
    assertThat(report.rules()).extracting(RuleResult::rule).doesNotContain("PROJECT_LOCAL_SCOPE")
        .contains("EXAMPLE_BUSINESS_CASE_MISSING", "EXAMPLE_LARGE_GRANT");
    assertThat(report.result("TOR_REVIEW_NOT_ALIGNED")).returns(Severity.ERROR, RuleResult::severity)
        .returns(Outcome.PASS, RuleResult::outcome);
  }

  @Test
  void passes_the_business_case_rule_on_a_record_whose_projects_are_all_within_it() {
    PartnershipRecord record = Kcsp2022.record()
        .addGrants(Grant.builder().from(record().grants().get(0))
            .projects(List.of(project("at", "5000", ProjectStatus.APPROVED))).build())
        .build();
    assertThat(example.apply(record)).hasNoFinding("EXAMPLE_BUSINESS_CASE_MISSING")
        .outcomeOf("EXAMPLE_BUSINESS_CASE_MISSING").isPass();
  }

  @Test
  void leaves_the_business_case_rule_not_assessed_on_a_record_whose_only_doubt_is_an_amount() {
    PartnershipRecord record = Kcsp2022.record()
        .addGrants(Grant.builder().from(record().grants().get(0))
            .projects(List.of(project("at", "5000", ProjectStatus.APPROVED), project("unknown", null, ProjectStatus.PROPOSED)))
            .build())
        .build();
    assertThat(example.apply(record)).hasNoFinding("EXAMPLE_BUSINESS_CASE_MISSING")
        .outcomeOf("EXAMPLE_BUSINESS_CASE_MISSING").isNotAssessed()
        .hasGap("EXAMPLE_BUSINESS_CASE_MISSING").on("unknown").at("$.grants[0].projects[1].amount").single();
  }
}

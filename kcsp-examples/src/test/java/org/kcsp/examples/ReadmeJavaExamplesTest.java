package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.RecordModule;
import org.kcsp.model.io.RecordReader;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Outcome;
import org.kcsp.rules.Portfolio;
import org.kcsp.rules.report.JsonReport;
import org.kcsp.rules.report.PortfolioReport;

/**
 * Every Java example of the README is compiled and run as printed, so that none can drift from
 * the library. The examples of "Adding a rule of your own" are kcsp-rules' {@code
 * ReadmeExamplesTest}'s; the module declaration and the Spring Boot beans are the integration
 * tests' applications' own code (kcsp-it), which {@code mvn verify} builds and runs.
 *
 * <p>An example of statements is compiled as the body of a method, with the imports it names and
 * those of its types; an example of a class, as that class. The README's file names are those of
 * the bundled records: the one change made to the text is that {@code Path.of("...")} reads from a
 * directory holding them.
 */
class ReadmeJavaExamplesTest {

  private static final Path README = Path.of("../README.md");
  private static final Path APPLICATIONS = Path.of("../kcsp-it/src/it");

  /** The imports an example of statements may rely on, besides its own. */
  private static final List<String> IMPORTS = List.of(
      "java.nio.file.Path", "java.time.LocalDate", "java.util.Iterator", "java.util.function.Supplier",
      "java.util.stream.IntStream", "com.fasterxml.jackson.databind.ObjectMapper", "org.kcsp.examples.generate.RecordGenerator",
      "org.kcsp.model.PartnershipRecord", "org.kcsp.model.io.RecordModule", "org.kcsp.model.io.RecordReader",
      "org.kcsp.rules.ComplianceEngine", "org.kcsp.rules.ComplianceReport", "org.kcsp.rules.Finding", "org.kcsp.rules.Gap",
      "org.kcsp.rules.Policy", "org.kcsp.rules.report.JsonReport", "org.kcsp.rules.Portfolio", "org.kcsp.rules.Outcome",
      "org.kcsp.rules.BatchOptions", "org.kcsp.rules.report.PortfolioReport");

  @TempDir static Path dir;

  /** The bundled records, under their own names. */
  private static Path records;
  private static List<Block> blocks;

  /** A fenced Java block of the README: the heading it is under, and its text (a list item's indent removed). */
  record Block(String section, String text) {}

  @BeforeAll
  static void readTheReadmeAndTheBundledRecords() throws Exception {
    records = Files.createDirectories(dir.resolve("records"));
    for (BundledExamples.Example example : BundledExamples.all()) {
      try (InputStream in = example.open()) {
        Files.copy(in, records.resolve(example.name()));
      }
    }
    blocks = new ArrayList<>();
    String section = "";
    List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("## ") || line.startsWith("### ")) {
        section = line;
      } else if (line.strip().equals("```java")) {
        int indent = line.indexOf('`');
        StringBuilder text = new StringBuilder();
        for (i++; !lines.get(i).strip().equals("```"); i++) {
          String body = lines.get(i);
          text.append(body.length() >= indent ? body.substring(indent) : body.strip()).append('\n');
        }
        blocks.add(new Block(section, text.toString()));
      }
    }
  }

  private static List<Block> blocks(String section, String containing) {
    return blocks.stream().filter(b -> b.section().equals(section) && b.text().contains(containing)).toList();
  }

  private static Block block(String section, String containing) {
    List<Block> found = blocks(section, containing);
    assertThat(found).as("Java examples of %s holding %s", section, containing).hasSize(1);
    return found.get(0);
  }

  @Test
  void runs_every_java_example_of_the_readme() {
    // GIVEN every Java block of the README
    // THEN each is one this test or another runs (a new example needs a harness before it can be printed)
    List<Block> run = new ArrayList<>();
    run.addAll(blocks("## In Java", "ComplianceEngine england"));
    run.addAll(blocks("## In Java", "ComplianceAssertions.assertThat"));
    run.addAll(blocks("## In Java", "class KcspTest"));
    run.addAll(blocks("### Jackson", "findAndRegisterModules"));
    run.addAll(blocks("### Jackson", "@Bean"));
    run.addAll(blocks("### Fat jars, Spring Boot and the module path", "module "));
    run.addAll(blocks("## Generating records for scale work", "checkAll"));
    run.addAll(blocks("## Many partnerships side by side", "engine.portfolio"));
    // run by kcsp-rules' ReadmeExamplesTest, with the section's DRL files
    run.addAll(blocks("### Adding a rule of your own", "addRulesFromClasspath"));
    assertThat(run).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(blocks).hasSize(9);
  }

  @Test
  void the_in_java_example_checks_the_kcsp_of_14_july_2022_and_says_what_its_comments_say() throws Exception {
    // GIVEN the first example of "In Java"
    Block example = block("## In Java", "ComplianceEngine england");
    // WHEN it runs
    Ran ran = run(example, "", "record", "report", "json", "england");
    // THEN its report is the engine's on that record and date, its comments are right, it prints
    // each finding and gap, and its engine of one policy has that policy
    PartnershipRecord record = RecordReader.read(records.resolve("kcsp-2022-07-14.json"));
    ComplianceReport report = ComplianceEngine.standard().check(record, LocalDate.of(2022, 7, 14));
    assertThat(ran.values().get("report")).isEqualTo(report);
    assertThat(ran.values().get("json")).isEqualTo(JsonReport.render(report));
    Matcher reason = Pattern.compile("report\\.result\\(\"(\\w+)\"\\)\\.reason\\(\\);\\s*// \"([^\"]+)\"").matcher(example.text());
    assertThat(reason.find()).as("the example's comment on a reason").isTrue();
    assertThat(report.result(reason.group(1)).reason()).isEqualTo(reason.group(2));
    assertThat(ran.out().lines()).hasSize(report.findings().size() + report.gaps().size());
    assertThat(((ComplianceEngine) ran.values().get("england")).policy()).hasValueSatisfying(p -> assertThat(p.id()).isEqualTo("england"));
  }

  @Test
  void the_assertions_of_in_tests_hold_on_the_records_they_name() throws Exception {
    // GIVEN the example of assertions; WHEN it runs THEN none fails (a failure throws)
    Ran ran = run(block("## In Java", "ComplianceAssertions.assertThat"), "", "eve", "march2020");
    assertThat(((ComplianceReport) ran.values().get("eve")).asOf()).isEqualTo(LocalDate.of(2022, 7, 13));
    assertThat(((ComplianceReport) ran.values().get("march2020")).asOf()).isEqualTo(LocalDate.of(2020, 3, 18));
  }

  @Test
  void the_soft_assertions_example_passes_as_a_junit_test() throws Exception {
    // GIVEN the README's test class, compiled as printed
    Class<?> test = compile("KcspTest", withRecords(block("## In Java", "class KcspTest").text()));
    // WHEN JUnit runs it THEN its one test passes
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(test)).execute()
        .testEvents().assertStatistics(stats -> stats.started(1).succeeded(1).failed(0));
  }

  @Test
  void the_batch_example_checks_generated_partnership_years_and_says_which_it_could_not() throws Exception {
    // GIVEN the batch example, with an engine, on a hundredth of its records (the suite stays quick;
    // the benchmarks run 3,000 and more)
    Block printed = block("## Generating records for scale work", "checkAll");
    assertThat(printed.text()).contains("IntStream.range(0, 3_000)");
    Block hundredth = new Block(printed.section(), printed.text().replace("IntStream.range(0, 3_000)", "IntStream.range(0, 30)"));
    // WHEN it runs THEN it prints a line for every record: its report's open findings, or why it
    // could not be checked
    Ran ran = run(hundredth, "ComplianceEngine engine = ComplianceEngine.standard();\n");
    assertThat(ran.out().lines()).hasSize(30).allMatch(line -> line.matches("\\S+ \\d{4}-\\d{2}-\\d{2}: \\d+ open findings")
        || line.matches("record \\d+: .+"));
  }

  @Test
  void the_portfolio_example_lays_the_bundled_records_side_by_side_as_its_comments_say() throws Exception {
    // GIVEN the portfolio example, with an engine and the three bundled records in name order
    String preamble = """
        ComplianceEngine engine = ComplianceEngine.standard();
        java.util.List<java.util.function.Supplier<PartnershipRecord>> bundled = new java.util.ArrayList<>();
        for (String name : java.util.List.of("kcsp-2020-03-18.json", "kcsp-2022-07-13-before-the-meeting.json", "kcsp-2022-07-14.json")) {
          bundled.add(() -> RecordReader.read(Path.of("" + name)));
        }
        java.util.Iterator<java.util.function.Supplier<PartnershipRecord>> records = bundled.iterator();
        """;
    // WHEN it runs
    Ran ran = run(block("## Many partnerships side by side", "engine.portfolio"), withRecords(preamble), "portfolio", "page");
    // THEN the second record fails the duplicate-funding rule, it alone, and the page is the portfolio's
    Portfolio portfolio = (Portfolio) ran.values().get("portfolio");
    assertThat(portfolio.rows()).hasSize(3);
    assertThat(portfolio.rows().get(1).outcome("PROJECT_DUPLICATE_FUNDING")).contains(Outcome.FAIL);
    assertThat(portfolio.count("PROJECT_DUPLICATE_FUNDING", Outcome.FAIL)).isEqualTo(1);
    assertThat((String) ran.values().get("page")).isEqualTo(PortfolioReport.html(portfolio)).startsWith("<!DOCTYPE html>");
  }

  @Test
  void the_jackson_example_reads_a_record_and_writes_its_report_as_the_reader_and_json_report_do() throws Exception {
    Ran ran = run(block("### Jackson", "findAndRegisterModules"), "", "record", "report");
    PartnershipRecord record = RecordReader.read(records.resolve("kcsp-2022-07-14.json"));
    assertThat(ran.values().get("record")).isEqualTo(record);
    // the mapper read the file's text under its module's name: its places are that text's lines and columns
    PartnershipRecord asTheMapperReadIt = RecordReader.read(Files.readString(records.resolve("kcsp-2022-07-14.json"),
        StandardCharsets.UTF_8), RecordReader.Syntax.JSON, RecordModule.DEFAULT_SOURCE);
    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree((String) ran.values().get("report")))
        .isEqualTo(json.readTree(JsonReport.render(ComplianceEngine.standard().check(asTheMapperReadIt))));
  }

  @Test
  void the_module_declaration_is_the_modular_integration_tests_own() throws Exception {
    // kcsp-it builds this module and runs it on the module path
    assertThat(Files.readString(APPLICATIONS.resolve("modular-app/src/main/java/module-info.java"), StandardCharsets.UTF_8))
        .isEqualTo(block("### Fat jars, Spring Boot and the module path", "module ").text());
  }

  @Test
  void the_spring_boot_beans_and_endpoint_are_the_spring_integration_tests_own() throws Exception {
    // kcsp-it builds this application into a Boot jar and posts records to it
    List<String> application = Files.readAllLines(
        APPLICATIONS.resolve("spring-boot-app/src/main/java/com/example/boot/Application.java"), StandardCharsets.UTF_8)
        .stream().map(String::strip).toList();
    List<String> example = block("### Jackson", "@Bean").text().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    assertThat(application).containsSubsequence(example);
  }

  @Test
  void the_maven_dependencies_are_those_of_the_integration_tests_applications() throws Exception {
    // The README's Maven snippet, with the project's version, is what the shaded and the modular
    // applications of kcsp-it declare.
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher xml = Pattern.compile("With Maven:\n\n```xml\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(xml.find()).as("the README's Maven snippet").isTrue();
    List<String> snippet = xml.group(1).lines().map(String::strip).filter(line -> !line.isEmpty())
        .map(line -> line.replace("0.1.0-SNAPSHOT", "@kcsp.version@")).toList();
    for (String application : List.of("shaded-app", "modular-app")) {
      List<String> pom = Files.readAllLines(APPLICATIONS.resolve(application).resolve("pom.xml"), StandardCharsets.UTF_8)
          .stream().map(String::strip).toList();
      assertThat(pom).as(application).containsSubsequence(snippet.subList(0, snippet.indexOf("<dependencies>")))
          .containsSubsequence(snippet.subList(snippet.indexOf("<dependencies>"), snippet.size()));
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** What an example of statements printed, and the values of the variables asked for. */
  record Ran(String out, Map<String, Object> values) {}

  /**
   * Compiles the example as the body of a method after {@code preamble}, with its imports, and runs
   * it; returns what it printed and the values of {@code names}, variables it declares.
   */
  private static Ran run(Block example, String preamble, String... names) throws Exception {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : withRecords(example.text()).split("\n", -1)) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    IMPORTS.forEach(name -> imports.append("import ").append(name).append(";\n"));
    StringBuilder capture = new StringBuilder("java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();\n");
    for (String name : names) {
      capture.append("values.put(\"").append(name).append("\", ").append(name).append(");\n");
    }
    String source = imports + "\npublic final class Example {\n  public static java.util.Map<String, Object> run() throws Exception {\n"
        + preamble + body + capture + "return values;\n  }\n}\n";
    Method run = compile("Example", source).getMethod("run");
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      @SuppressWarnings("unchecked")
      Map<String, Object> values = (Map<String, Object>) run.invoke(null);
      return new Ran(printed.toString(StandardCharsets.UTF_8), new LinkedHashMap<>(values));
    } finally {
      System.setOut(out);
    }
  }

  /** The example reading its files from the directory of bundled records. */
  private static String withRecords(String text) {
    String quoted = records.toString().replace("\\", "\\\\").replace("\"", "\\\"");
    return text.replace("Path.of(\"", "Path.of(\"" + quoted + "\", \"");
  }

  private static int compiled;

  /** Compiles one class of the default package against the tests' class path and loads it. */
  private static Class<?> compile(String name, String source) throws Exception {
    Path sources = Files.createDirectories(dir.resolve("src" + compiled));
    Path classes = Files.createDirectories(dir.resolve("classes" + compiled++));
    Path file = sources.resolve(name + ".java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    boolean ok = javac.getTask(errors, null, null,
        List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(), "-proc:none"),
        null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(file)).call();
    assertThat(ok).as("the README's example compiles:%n%s%n%s", errors, source).isTrue();
    return new URLClassLoader(new URL[] {classes.toUri().toURL()}, ReadmeJavaExamplesTest.class.getClassLoader())
        .loadClass(name);
  }
}

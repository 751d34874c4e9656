package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.kcsp.model.BuiltInPolicy;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.PartlyKnown;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.RecordPath;
import org.kcsp.model.internal.KeyFormat;
import org.kcsp.model.internal.ObjectFormat;
import org.kcsp.model.internal.RecordFormat;
import org.kcsp.model.internal.ValueType;
import org.kcsp.model.io.RecordReader;
import org.kcsp.model.io.RecordWriter;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Severity;
import org.kcsp.rules.SubjectKind;
import org.kcsp.rules.report.JsonReport;
import org.kcsp.rules.report.TextReport;

/**
 * The bundled examples are living documentation: each is a version 2 record of what the seed
 * documents say, and no more; each is checked as of its own date, its findings are asserted here
 * from the seed facts, and its full report is a golden file, so a change in findings is always
 * deliberate. Regenerate the golden files with {@code -Dkcsp.updateGolden=true} and review the
 * diff. What each leaves not recorded or unknown is accounted for, passage by passage, in
 * docs/examples.md.
 */
class BundledExamplesTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final Path PROVENANCE = Path.of("../docs/examples.md");

  static Stream<BundledExamples.Example> examples() {
    return BundledExamples.all().stream();
  }

  private static ComplianceReport check(String name) {
    return ENGINE.check(example(name));
  }

  private static PartnershipRecord example(String name) {
    return BundledExamples.all().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().read();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void every_example_reads_writes_and_reads_back_equal(BundledExamples.Example example) {
    PartnershipRecord record = example.read();
    assertThat(RecordReader.readJson(RecordWriter.toJson(record), "round trip")).isEqualTo(record);
    assertThat(record.asOf()).isPresent();
    assertThat(record.description()).get().asString().contains("Assumed");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void every_example_is_a_version_2_record_checked_under_the_kcsp_policy(BundledExamples.Example example) {
    // GIVEN a bundled example, as shipped
    // WHEN it is read (any problem of form or structure would throw) and checked
    PartnershipRecord record = example.read();
    ComplianceReport report = ENGINE.check(record);

    // THEN it is version 2, names the policy of Kent's county partnership, and is checked under it
    assertThat(record.format()).isEqualTo(FormatVersion.V2);
    assertThat(record.policy()).contains(BuiltInPolicy.KCSP);
    assertThat(report.recordFormat()).isEqualTo("kcsp-record/2");
    assertThat(report.policy()).isEqualTo("kcsp");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void every_example_accounts_for_what_it_does_not_record_in_the_provenance_table(BundledExamples.Example example)
      throws IOException {
    // GIVEN a bundled example, and its section of docs/examples.md
    Set<String> open = notRecordedOrUnknown(example.read());
    List<String> documented = provenance(example.name());

    // WHEN each list not recorded and each value unknown is looked up in the table
    // THEN every one has a row with the seed passage behind it, and every row names one of them
    assertThat(documented).as("rows of %s in %s", example.name(), PROVENANCE).isNotEmpty();
    for (String path : open) {
      assertThat(documented).as("%s: %s has a row in %s", example.name(), path, PROVENANCE)
          .anyMatch(row -> matches(row, path));
    }
    List<PartnershipRecord> section = sectionOf(example.name()).stream().map(BundledExamplesTest::example).toList();
    for (String row : documented) {
      assertThat(section).as("%s in %s names a path its examples leave not recorded or unknown", row, PROVENANCE)
          .anyMatch(record -> notRecordedOrUnknown(record).stream().anyMatch(path -> matches(row, path)));
    }
  }

  /**
   * The paths of every evidence list the record leaves not recorded and every value it gives as
   * unknown, found by walking the record as the record format describes it.
   */
  private static Set<String> notRecordedOrUnknown(PartnershipRecord record) {
    Set<String> paths = new TreeSet<>();
    walk(RecordFormat.RECORD, record, RecordPath.ROOT, paths);
    return paths;
  }

  @SuppressWarnings("unchecked")
  private static <T> void walk(ObjectFormat<T> format, T value, RecordPath path, Set<String> paths) {
    if (value instanceof PartlyKnown known) {
      known.notRecorded().forEach(key -> paths.add(path.key(key).toString()));
      format.keys().stream().filter(KeyFormat::mayBeUnknown).filter(key -> known.isUnknown(key.name()))
          .forEach(key -> paths.add(path.key(key.name()).toString()));
    }
    for (KeyFormat<T> key : format.keys()) {
      if (key.shape() == KeyFormat.Shape.SINGLE) {
        if (key.type().kind() == ValueType.Kind.OBJECT) {
          key.value(value).ifPresent(single ->
              walk((ObjectFormat<Object>) key.type().object(), single, path.key(key.name()), paths));
        }
        continue;
      }
      ValueType element = key.type().element();
      List<?> list = key.list(value).orElse(List.of());
      for (int i = 0; i < list.size() && element.kind() == ValueType.Kind.OBJECT; i++) {
        walk((ObjectFormat<Object>) element.object(), list.get(i), path.key(key.name()).index(i), paths);
      }
    }
  }

  /** The section of docs/examples.md whose heading names the example: its text up to the next heading. */
  private static String section(String name) throws IOException {
    String doc = Files.readString(PROVENANCE, StandardCharsets.UTF_8);
    Matcher heading = Pattern.compile("(?m)^## .*`" + Pattern.quote(name) + "`.*$").matcher(doc);
    assertThat(heading.find()).as("a section of %s headed with `%s`", PROVENANCE, name).isTrue();
    int end = doc.indexOf("\n## ", heading.end());
    return doc.substring(heading.start(), end < 0 ? doc.length() : end);
  }

  /** The examples a section's heading names (a section may cover two examples made from one document). */
  private static List<String> sectionOf(String name) throws IOException {
    String heading = section(name).lines().findFirst().orElseThrow();
    List<String> names = new ArrayList<>();
    Matcher code = Pattern.compile("`([^`]+\\.json)`").matcher(heading);
    while (code.find()) {
      names.add(code.group(1));
    }
    return names;
  }

  /** The paths the section's table rows name in their first cell, such as {@code $.grants[1].projects}. */
  private static List<String> provenance(String name) throws IOException {
    List<String> paths = new ArrayList<>();
    for (String line : section(name).lines().filter(line -> line.startsWith("| `$")).toList()) {
      Matcher code = Pattern.compile("`(\\$[^`]*)`").matcher(line.substring(0, line.indexOf('|', 1)));
      while (code.find()) {
        paths.add(code.group(1));
      }
    }
    return paths;
  }

  /** Whether a row's path names this path: the same, or the same with {@code [*]} for any index. */
  private static boolean matches(String row, String path) {
    return path.matches(Pattern.quote(row).replace("[*]", "\\E\\[\\d+\\]\\Q"));
  }

  @Test
  void the_readmes_excerpts_of_the_examples_reports_are_what_they_print() throws IOException {
    // GIVEN the README's excerpts of two examples' text reports
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    // WHEN each example is checked
    // THEN each part of its excerpt (between lines "...") is printed as the README shows it
    excerptIsIn(readme, "An excerpt of `./kcsp validate`, on the KCSP the day before",
        TextReport.render(check("kcsp-2022-07-13-before-the-meeting.json")));
    excerptIsIn(readme, "The KCSP's report of 18 March 2020", TextReport.render(check("kcsp-2020-03-18.json")));
  }

  private static void excerptIsIn(String readme, String introduction, String report) {
    int at = readme.indexOf(introduction);
    assertThat(at).as("the README's paragraph starting %s", introduction).isNotNegative();
    int start = readme.indexOf("```\n", at) + 4;
    String excerpt = readme.substring(start, readme.indexOf("```\n", start));
    for (String part : excerpt.split("(?m)^\\.\\.\\.\n")) {
      assertThat(report).as("the README's excerpt after %s", introduction).contains(part);
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void every_examples_report_matches_its_golden_files(BundledExamples.Example example) throws IOException {
    ComplianceReport report = ENGINE.check(example.read());
    String base = example.name().replace(".json", "");
    golden(base + ".report.json", JsonReport.render(report));
    golden(base + ".report.txt", TextReport.render(report));
  }

  private static void golden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("kcsp.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file).as("golden file " + file + " (regenerate with -Dkcsp.updateGolden=true)").exists();
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Working Group report, 18 March 2020 (seed 002). */
  @Test
  void march_2020_shows_the_chair_approved_projects_awaiting_the_pcc_in_the_final_month() {
    ComplianceReport report = check("kcsp-2020-03-18.json");
    // 2.4: six projects approved by the Chair, subject to the PCC; 18 March is inside 2019/20's final month
    for (String project : List.of("emergency-trauma-packs", "modern-slavery-train-the-trainer",
        "osara-problem-solving-training", "domestic-abuse-website-publicity", "strategic-assessment-workshop",
        "community-vulnerability-webapp")) {
      assertThat(report).hasFinding("PROJECT_AWAITING_FUNDER_APPROVAL").on(project).withSeverity(Severity.WARNING);
    }
    // 2.2: £26,441 + £13,220 = £39,661, and £13,220 is within a third (£13,220.33)
    assertThat(report).hasNoFinding("GRANT_SPLIT_MISMATCH").hasNoFinding("GRANT_TACTICAL_POT_OVER_CAP");
    // 2.3-2.4: the amounts of the nine live projects are not in the report, so no sum is guessed
    assertThat(report).hasFinding("GRANT_AMOUNTS_UNKNOWN").on("CRG-2019-20").withSeverity(Severity.INFO);
    // and 18 March is in 2019/20's final month, yet no underspend is computed from unknown amounts
    assertThat(report).hasNoFinding("GRANT_UNDERSPEND_RISK").hasNoFinding("GRANT_POT_OVERCOMMITTED");
    // 2.2: knife crime first aid was refunded, so the PCC's own funding of it is no duplicate
    assertThat(report).hasNoFinding("PROJECT_DUPLICATE_FUNDING");
    // 3.1: the rollover request for 2020/21 is not pending before 1 April 2020
    assertThat(report).hasNoFinding("GRANT_ROLLOVER_PENDING");
    // sections 2 and 3: no grant and no project has an error
    assertThat(report.openFindings()).filteredOn(finding -> finding.severity() == Severity.ERROR)
        .noneMatch(finding -> finding.subject().kind() == SubjectKind.GRANT
            || finding.subject().kind() == SubjectKind.PROJECT);
  }

  /** Working Group report, 18 March 2020 (seed 002): what it does not give is left open, not guessed. */
  @Test
  void march_2020_leaves_open_what_the_report_does_not_give() {
    PartnershipRecord record = example("kcsp-2020-03-18.json");
    // 3.3: the projects for 2020/21 "have not yet been finalised"
    assertThat(record.grants().get(1).isRecorded("projects")).isFalse();
    // 3.1: up to a third "can be allocated" to the tactical pot, and permission "has been sought"
    assertThat(record.grants().get(1).isUnknown("tacticalPot")).isTrue();
    assertThat(record.grants().get(1).rollovers().get(0).isUnknown("requestedOn")).isTrue();
    // the report mentions no terms of reference and lists no meetings
    assertThat(record.isRecorded("termsOfReference")).isFalse();
    assertThat(record.isRecorded("meetings")).isFalse();
    // 2.2: the removed and refunded projects' amounts are given, the nine others' are not
    assertThat(record.grants().get(0).projects()).filteredOn(project -> project.isUnknown("amount")).hasSize(9);
  }

  /** Minutes of 14 July 2022 (seed 001). */
  @Test
  void july_2022_is_compliant_but_for_what_the_minutes_leave_open() {
    ComplianceReport report = check("kcsp-2022-07-14.json");
    assertThat(report).hasNoErrors();
    // para 6: only the £21,440 total is known, not each project's amount
    assertThat(report).hasFinding("GRANT_AMOUNTS_UNKNOWN").on("CRG-2022-23");
    // CSA item para 7: qualitative outcomes still to be added
    assertThat(report).hasFinding("AGREEMENT_NO_QUALITATIVE_OUTCOMES").on("KCSP");
    // para 6: Bystander Approach Training was refused, so it is no longer a duplicate
    assertThat(report).hasNoFinding("PROJECT_DUPLICATE_FUNDING");
    // ToR item para 1: the 2022 terms list the ICB, not the CCG
    assertThat(report).hasNoFinding("TOR_LISTS_DEFUNCT_MEMBER").hasNoFinding("MEMBERSHIP_RESPONSIBLE_AUTHORITY_MISSING");
    assertThat(report).outcomeOf("SCRUTINY_NOT_ANNUAL").isPass();
    // ToR item resolution (b): members to sign up to "the latest version" of the ISA, which the
    // minutes neither date nor say who signed: no finding is made of signatures nobody recorded
    assertThat(example("kcsp-2022-07-14.json").informationSharing()).get()
        .matches(isa -> !isa.isRecorded("versions") && !isa.isRecorded("signatures"));
    assertThat(report).hasNoFinding("ISA_NOT_SIGNED");
  }

  /** The day before the meeting of 14 July 2022: what the meeting put right (seed 001). */
  @Test
  void the_eve_of_the_meeting_shows_what_the_minutes_put_right() {
    ComplianceReport report = check("kcsp-2022-07-13-before-the-meeting.json");
    // ToR item para 1: the CCG ceased on 30 June 2022 and the ICB took on its responsibilities
    assertThat(report).hasFinding("TOR_LISTS_DEFUNCT_MEMBER").on("KCSP-TOR-2021").withSeverity(Severity.ERROR)
        .withEvidence("organisation", "KM-CCG");
    assertThat(report).hasFinding("MEMBERSHIP_RESPONSIBLE_AUTHORITY_MISSING").on("KCSP").withSeverity(Severity.ERROR);
    // Working Group update para 6: the VRU already funds Bystander Approach Training
    assertThat(report).hasFinding("PROJECT_DUPLICATE_FUNDING").on("bystander-approach-training")
        .withSeverity(Severity.ERROR).withEvidence("award", "VRU-BYSTANDER-2022");
    // CSA item para 7
    assertThat(report).hasFinding("AGREEMENT_NO_QUALITATIVE_OUTCOMES").on("KCSP");
    assertThat(report.hasErrors()).isTrue();
  }
}

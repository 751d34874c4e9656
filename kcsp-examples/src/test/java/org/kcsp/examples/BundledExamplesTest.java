package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.RecordReader;
import org.kcsp.model.io.RecordWriter;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Severity;
import org.kcsp.rules.SubjectKind;
import org.kcsp.rules.report.JsonReport;
import org.kcsp.rules.report.TextReport;

/**
 * The bundled examples are living documentation: each is checked as of its own date, its
 * findings are asserted here from the seed facts, and its full report is a golden file, so a
 * change in findings is always deliberate. Regenerate the golden files with
 * {@code -Dkcsp.updateGolden=true} and review the diff.
 */
class BundledExamplesTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

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

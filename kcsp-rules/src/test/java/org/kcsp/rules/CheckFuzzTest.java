package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.RecordReader;
import org.kcsp.model.io.RecordWriter;
import org.kcsp.rules.GeneratedRecords.Generated;
import org.kcsp.rules.report.JsonReport;
import org.kcsp.rules.report.ReportFormat;

/**
 * Fuzzes {@code check}: every valid record gets a report (never an exception) with an outcome for
 * every rule that agrees with its findings, gaps and the subjects it checked, renders in every
 * format, and the same record and date give an equal report and byte-identical JSON.
 *
 * <p>{@code mvn verify} checks {@value #DEFAULT_INPUTS} records made by {@link GeneratedRecords}
 * from random bytes, the same every run. {@code -Dkcsp.fuzz.inputs=N} and {@code
 * -Dkcsp.fuzz.seed=S} check more or others; with {@code JAZZER_FUZZ=1} Jazzer mutates the bytes,
 * guided by coverage (see docs/robustness.md).
 */
class CheckFuzzTest {

  /** The records of a {@code mvn verify} run. */
  static final int DEFAULT_INPUTS = 150;

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();

  static Stream<Arguments> gives_every_valid_record_one_report_the_same_every_time() {
    SplittableRandom random = new SplittableRandom(Long.getLong("kcsp.fuzz.seed", 20220714L));
    return IntStream.range(0, Integer.getInteger("kcsp.fuzz.inputs", DEFAULT_INPUTS)).mapToObj(i -> {
      byte[] bytes = new byte[32 + random.nextInt(480)];
      random.nextBytes(bytes);
      return arguments((Object) bytes);
    });
  }

  @MethodSource
  @FuzzTest(maxDuration = "10m")
  void gives_every_valid_record_one_report_the_same_every_time(byte[] bytes) {
    // GIVEN a valid record and a date, made from the bytes
    Generated generated = GeneratedRecords.from(bytes);
    PartnershipRecord record = generated.record();

    // WHEN it is checked twice on that date
    ComplianceReport report = ENGINE.check(record, generated.date());
    ComplianceReport again = ENGINE.check(record, generated.date());

    // THEN it gets a report with an outcome for every rule, open findings failing their rules
    assertThat(report.rules()).extracting(RuleResult::rule)
        .containsExactlyElementsOf(ENGINE.catalog().rules().stream().map(RuleDescriptor::id).toList());
    for (RuleResult result : report.rules()) {
      boolean open = report.findings(result.rule()).stream().anyMatch(Finding::isOpen);
      assertThat(result.outcome() == Outcome.FAIL).as("%s in %s", result, report.findings()).isEqualTo(open);
      // AND a rule applies exactly when it checked a subject, and found or left open no more than it checked
      assertThat(result.outcome() == Outcome.NOT_APPLICABLE).as("%s", result).isEqualTo(result.checked() == 0);
      assertThat(result.outcome() == Outcome.NOT_ASSESSED).as("%s", result)
          .isEqualTo(report.findings(result.rule()).isEmpty() && !report.gaps(result.rule()).isEmpty());
      Set<Subject> decided = new HashSet<>();
      report.findings(result.rule()).forEach(finding -> decided.add(finding.subject()));
      report.gaps(result.rule()).forEach(gap -> decided.add(gap.subject()));
      assertThat(decided.size()).as("%s: %s", result, decided).isLessThanOrEqualTo(result.checked());
    }
    // AND its gaps are in order, one per rule, subject and path
    assertThat(report.gaps()).isSortedAccordingTo(Gap.ORDER)
        .doesNotHaveDuplicates()
        .extracting(gap -> List.of(gap.rule(), gap.subject(), gap.missing())).doesNotHaveDuplicates();
    // AND the same report and byte-identical JSON each time
    assertThat(again).isEqualTo(report);
    assertThat(JsonReport.render(again)).isEqualTo(JsonReport.render(report));
    // AND it renders in every format
    for (ReportFormat format : ReportFormat.values()) {
      assertThat(format.render(report)).isNotBlank();
    }
    // AND the record reads back from its file form unchanged
    assertThat(RecordReader.readJson(RecordWriter.toJson(record), "generated.json")).isEqualTo(record);
  }
}

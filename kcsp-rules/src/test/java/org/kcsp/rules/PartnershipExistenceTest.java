package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.rules.report.JsonReport;
import org.kcsp.rules.report.MarkdownReport;
import org.kcsp.rules.report.HtmlReport;
import org.kcsp.rules.report.TextReport;

/**
 * Version 2: a partnership that does not exist yet on D is not checked (every rule NOT_APPLICABLE,
 * formed on its {@code existsFrom}); one whose {@code existsUntil} is before D is checked as it
 * stood on its last day, and the report says so ({@code effectiveDate}).
 */
class PartnershipExistenceTest {

  private static final LocalDate FORMED = LocalDate.of(2021, 4, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2022, 7, 14);

  private static PartnershipRecord formedOn(LocalDate day) {
    return Version2Records.record()
        .partnership(Version2Records.partnership().addNotRecorded("councils").existsFrom(day).build())
        .build();
  }

  /** The compliant KCSP of 14 July 2022, dissolved that day: its ToR fall due on 14 July 2023. */
  private static PartnershipRecord lastDay(LocalDate day) {
    return Version2Records.record()
        .partnership(Version2Records.partnership().addNotRecorded("councils").existsUntil(day).build())
        .build();
  }

  @Test
  void reports_every_rule_not_applicable_the_day_before_the_partnership_was_formed() {
    // GIVEN a partnership formed on 1 April 2021, whose record would fail on 31 March 2021 (no ToR yet)
    // WHEN it is checked on 31 March 2021
    ComplianceReport report = Version2Records.check(formedOn(FORMED), FORMED.minusDays(1));
    // THEN no rule applies, each saying when the partnership was formed, and nothing is found
    assertThat(report.findings()).isEmpty();
    assertThat(report.gaps()).isEmpty();
    assertThat(report.rules()).isNotEmpty().allSatisfy(result -> {
      assertThat(result.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
      assertThat(result.reason()).isEqualTo("formed on 1 April 2021");
    });
    assertThat(report.asOf()).isEqualTo(FORMED.minusDays(1));
    // AND the report still names the record's format and the policy it was checked under
    assertThat(report.recordFormat()).isEqualTo("kcsp-record/2");
    assertThat(report.policy()).isEqualTo("kcsp");
    assertThat(report.effectiveDate()).isEmpty();
  }

  @Test
  void checks_the_partnership_on_the_day_it_was_formed() {
    // GIVEN a partnership formed on 1 April 2021, with no terms of reference approved by then
    // WHEN it is checked on the day it was formed
    ComplianceReport report = Version2Records.check(formedOn(FORMED), FORMED);
    // THEN it is checked: the body without terms of reference is found
    assertThat(report).hasFinding("TOR_MISSING").on("KCSP");
    assertThat(report.effectiveDate()).isEmpty();
  }

  @Test
  void checks_the_partnership_the_day_after_it_was_formed() {
    // GIVEN the same partnership
    // WHEN it is checked the day after
    ComplianceReport report = Version2Records.check(formedOn(FORMED), FORMED.plusDays(1));
    // THEN it is checked
    assertThat(report).hasFinding("TOR_MISSING").on("KCSP");
  }

  @Test
  void checks_the_partnership_as_of_d_on_its_last_day() {
    // GIVEN a partnership whose last day is 15 July 2023
    LocalDate day = LAST_DAY.plusYears(1).plusDays(1);
    PartnershipRecord record = lastDay(day);
    // WHEN it is checked on that day, the day after its ToR fell due
    ComplianceReport report = Version2Records.check(record, day);
    // THEN it is checked as of that day: the review is overdue, and the report has no effective date
    assertThat(report).hasFinding("TOR_REVIEW_OVERDUE").on("KCSP");
    assertThat(report.effectiveDate()).isEmpty();
  }

  @Test
  void checks_a_ceased_partnership_as_it_stood_on_its_last_day() {
    // GIVEN a partnership dissolved on 14 July 2022, compliant that day, its ToR due a year later
    PartnershipRecord record = lastDay(LAST_DAY);
    // WHEN it is checked the day after its last day, and long after its ToR would have fallen due
    ComplianceReport dayAfter = Version2Records.check(record, LAST_DAY.plusDays(1));
    ComplianceReport later = Version2Records.check(record, LocalDate.of(2024, 3, 1));
    // THEN both are checked as on its last day: nothing overdue; asOf stays D, effectiveDate is the last day
    for (ComplianceReport report : new ComplianceReport[] {dayAfter, later}) {
      assertThat(report).hasNoFinding("TOR_REVIEW_OVERDUE").outcomeOf("TOR_REVIEW_OVERDUE").isPass();
      assertThat(report.effectiveDate()).contains(LAST_DAY);
    }
    assertThat(dayAfter.asOf()).isEqualTo(LAST_DAY.plusDays(1));
    assertThat(later.asOf()).isEqualTo(LocalDate.of(2024, 3, 1));
  }

  @Test
  void reports_say_a_ceased_partnership_is_checked_as_on_its_last_day() {
    // GIVEN a partnership dissolved on 14 July 2022, checked on 1 March 2024
    ComplianceReport report = Version2Records.check(lastDay(LAST_DAY), LocalDate.of(2024, 3, 1));
    // WHEN the report is rendered
    // THEN each format says so
    assertThat(JsonReport.render(report)).contains("\"asOf\": \"2024-03-01\"", "\"effectiveDate\": \"2022-07-14\"");
    assertThat(TextReport.render(report)).contains("As of 1 March 2024, checked as on its last day, 14 July 2022");
    assertThat(MarkdownReport.render(report)).contains("Checked as of 1 March 2024, checked as on its last day, 14 July 2022.");
    assertThat(HtmlReport.render(report)).contains(", checked as on its last day, <time datetime=\"2022-07-14\">14 July 2022</time>");
  }

  @Test
  void reports_no_effective_date_for_a_partnership_checked_as_of_d() {
    // GIVEN the compliant partnership, still in existence
    ComplianceReport report = Version2Records.check(Version2Records.record().build());
    // WHEN the report is rendered
    // THEN it has no effective date
    assertThat(report.effectiveDate()).isEmpty();
    assertThat(JsonReport.render(report)).doesNotContain("effectiveDate");
    assertThat(TextReport.render(report)).doesNotContain("last day");
  }
}

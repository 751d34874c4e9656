package org.kcsp.examples.generate;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a version 2 record leaves not recorded or unknown, each in a share of records: every place
 * the format allows (record-format.md, <em>kcsp-record/2</em>) and the rules read (rules.md,
 * <em>When a subject is not assessed</em>). A record draws each gap independently; one drawn is
 * planted where the record has the object for it (a review's decision date only in a record with
 * a decided review), on one object, or on one to three of them for a meeting's items and a
 * project's priorities. So that a few hundred records show every gap several times, a whole root
 * list is left out of 4 to 6 percent of records, and a list or value inside an object is left out
 * or unknown in 5 to 15 percent; a priority's strands are not recorded in a quarter.
 *
 * <p>Besides these, version 2 records leave out what the partnership-year naturally lacks: no
 * agreement (about 4 percent), no serious violence duty recorded (a third, more before 2022), no
 * strategic assessments recorded (a fifth of districts and unitaries, most counties).
 */
enum Gap {
  /** {@code subgroups} not recorded, and with them their terms of reference and meetings. */
  SUBGROUPS(0.04),
  /** {@code termsOfReference} not recorded. */
  TERMS_OF_REFERENCE(0.04),
  /** {@code meetings} not recorded. */
  MEETINGS(0.04),
  /** {@code agreement} not recorded, and with it the priorities projects name. */
  AGREEMENT(0.04),
  /** {@code informationSharing} not recorded. */
  INFORMATION_SHARING(0.04),
  /** {@code grants} not recorded. */
  GRANTS(0.04),
  /** {@code externalAwards} not recorded. */
  EXTERNAL_AWARDS(0.05),
  /** {@code scrutinySessions} not recorded. */
  SCRUTINY_SESSIONS(0.05),
  /** {@code domesticHomicideReviews} not recorded. */
  DOMESTIC_HOMICIDE_REVIEWS(0.05),
  /** {@code strategicAssessments} not recorded. */
  STRATEGIC_ASSESSMENTS(0.05),
  /** {@code seriousViolence} not recorded. */
  SERIOUS_VIOLENCE(0.05),
  /** The partnership's {@code councils} not recorded (a partnership of one council). */
  COUNCILS(0.15),
  /** The {@code items} of one to three meetings not recorded: agendas never published. */
  MEETING_ITEMS(0.15),
  /** The {@code membership} of one approval of terms of reference not recorded. */
  MEMBERSHIP(0.10),
  /** The agreement's {@code actions} not recorded. */
  ACTIONS(0.05),
  /** One action's {@code priorities} not recorded. */
  ACTION_PRIORITIES(0.08),
  /** One action's {@code outcomes} not recorded. */
  ACTION_OUTCOMES(0.08),
  /** Every priority's {@code strands} not recorded. */
  STRANDS(0.25),
  /** The information sharing agreement's {@code versions} not recorded. */
  ISA_VERSIONS(0.05),
  /** Its {@code signatures} not recorded. */
  ISA_SIGNATURES(0.06),
  /** The grant's {@code rollovers} not recorded. */
  ROLLOVERS(0.10),
  /** The grant's {@code projects} not recorded: "not yet finalised". */
  PROJECTS(0.05),
  /** The {@code priorities} of one to three projects not recorded. */
  PROJECT_PRIORITIES(0.10),
  /** A decided review's {@code decidedOn} unknown. */
  DECIDED_ON(0.10),
  /** A submitted review's {@code submittedToHomeOfficeOn} unknown. */
  SUBMITTED_TO_HOME_OFFICE_ON(0.10),
  /** A project's {@code businessCaseSubmittedOn} unknown. */
  BUSINESS_CASE_SUBMITTED_ON(0.08),
  /** A submitted outcome report's {@code submittedOn} unknown. */
  OUTCOME_REPORT_SUBMITTED_ON(0.08),
  /** The grant's {@code allocation} unknown. */
  ALLOCATION(0.06);

  private final double share;

  Gap(double share) {
    this.share = share;
  }

  /** The gaps of one record, each drawn with its share. */
  static Set<Gap> draw(Draw draw) {
    Set<Gap> gaps = EnumSet.noneOf(Gap.class);
    for (Gap gap : values()) {
      if (draw.chance(gap.share)) {
        gaps.add(gap);
      }
    }
    return gaps;
  }
}

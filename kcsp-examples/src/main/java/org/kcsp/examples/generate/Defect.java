package org.kcsp.examples.generate;

import java.util.EnumSet;
import java.util.Set;

/**
 * The defects the generator plants, each in a share of records: what real partnerships get wrong
 * (a review missed, a pot over its cap, a project another funder already pays for). A record draws
 * each defect independently; most are planted in 8 to 15 percent of records, so that across a few
 * hundred records every rule fires somewhere and passes somewhere. Two are states rather than
 * mistakes, common either way: money not yet fully committed, and projects still awaiting the
 * funder's approval.
 */
enum Defect {
  PARTNERSHIP_REVIEW_OVERDUE(0.10),
  SUBGROUP_REVIEW_OVERDUE(0.12),
  SUBGROUP_REVIEW_MISALIGNED(0.12),
  SUBGROUP_APPROVED_BY_ITSELF(0.10),
  SUBGROUP_WITHOUT_TOR(0.08),
  TOR_APPROVED_OUTSIDE_MEETING(0.10),
  DEFUNCT_MEMBER_LISTED(0.20),
  RESPONSIBLE_AUTHORITY_LEFT_OUT(0.10),
  ISA_UNSIGNED(0.15),
  MINUTES_NOT_APPROVED(0.12),
  MEETINGS_CANCELLED(0.12),
  SCRUTINY_LAPSED(0.12),
  AGREEMENT_NOT_REFRESHED(0.10),
  PRIORITY_WITHOUT_ACTION(0.12),
  ACTION_WITHOUT_OUTCOME(0.15),
  NO_QUALITATIVE_OUTCOME(0.10),
  TACTICAL_POT_OVER_CAP(0.12),
  SPLIT_MISMATCH(0.12),
  POT_OVERCOMMITTED(0.12),
  UNDERSPEND(0.50),
  REPORTED_TOTAL_WRONG(0.15),
  AMOUNT_UNKNOWN(0.08),
  FUNDER_APPROVAL_OUTSTANDING(0.40),
  OUTCOME_REPORT_OVERDUE(0.15),
  BUSINESS_CASE_LATE(0.12),
  BUSINESS_CASE_MISSING(0.08),
  LOCAL_PROJECT_IN_COUNTY(0.25),
  PROJECT_WITHOUT_PRIORITY(0.12),
  DUPLICATE_BY_ACTIVITY(0.12),
  DUPLICATE_BY_TITLE(0.10),
  ALIKE_TITLE(0.12),
  DHR_DECISION_LATE(0.15),
  DHR_SUBMISSION_LATE(0.20),
  // The statutory duties of the rule catalogue's second part, drawn after the others so that the
  // defects above are drawn as they always were. Each applies only where the record lists the data.
  NON_AUTHORITY_AS_RESPONSIBLE(0.10),
  STRATEGIC_ASSESSMENT_LAPSED(0.20),
  STRAND_LEFT_OUT(0.20),
  SERIOUS_VIOLENCE_STRATEGY_UNPUBLISHED(0.25),
  SERIOUS_VIOLENCE_REVIEW_MISSED(0.30);

  private final double share;

  Defect(double share) {
    this.share = share;
  }

  /** The defects of one record, each drawn with its share. */
  static Set<Defect> draw(Draw draw) {
    Set<Defect> defects = EnumSet.noneOf(Defect.class);
    for (Defect defect : values()) {
      if (draw.chance(defect.share)) {
        defects.add(defect);
      }
    }
    return defects;
  }
}

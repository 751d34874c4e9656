package org.kcsp.rules.spi;

import java.time.LocalDate;
import org.kcsp.model.Nation;
import org.kcsp.model.Tier;

/**
 * The partnership's annual strategic assessments as of D (Crime and Disorder (Formulation and
 * Implementation of Strategy) Regulations 2007, regs 5-7), with the partnership's shape. There is
 * one in every check of a version 2 record, and of a version 1 record that lists an assessment on
 * or before D: in version 1 an absent list is none, and none is not a finding.
 *
 * <pre>
 * StrategicAssessmentsFact( tier != Tier.COUNTY, nation == Nation.ENGLAND, latestId != null, due &lt; $d )
 * </pre>
 *
 * @param tier whether the partnership is a county, district or unitary partnership
 * @param nation the nation whose law applies to it
 * @param recorded whether its {@code strategicAssessments} are recorded: always in version 1; in
 *     version 2 unless the record leaves them out
 * @param assessments how many are completed on or before D
 * @param latestId the id of the latest completed on or before D (on equal dates, the one listed
 *     last); null when there is none
 * @param latestCompletedOn when it was completed; null when there is none
 * @param due {@code latestCompletedOn} plus {@code STRATEGIC_ASSESSMENT_OVERDUE}'s {@code months}
 *     (12 unless the policy sets it); null when there is none
 * @param formedOn the day the partnership was formed ({@code existsFrom}); null when the record does
 *     not say, and it has then existed longer than any window
 * @param firstDue {@code formedOn} plus the same months: when a partnership without an assessment
 *     has existed that long; null when {@code formedOn} is
 */
public record StrategicAssessmentsFact(
    Tier tier, Nation nation, boolean recorded, int assessments, String latestId, LocalDate latestCompletedOn,
    LocalDate due, LocalDate formedOn, LocalDate firstDue) {}

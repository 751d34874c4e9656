package org.kcsp.rules.spi;

import java.time.LocalDate;
import org.kcsp.rules.SubjectKind;

/**
 * Something else that funds, or may fund, a live project's activity in an overlapping period:
 * another funder's award, or a live project of another grant of the record.
 *
 * @param kind {@code AWARD} or {@code PROJECT}
 * @param id the award's or the project's id
 * @param title its title as the record writes it
 * @param grant the counterpart project's grant, or null for an award
 * @param funder the id of its funder: the award's, or the counterpart project's grant's
 * @param funderName the funder's name
 * @param overlapFrom the first day both are funded
 * @param overlapTo the last day both are funded (a project's period always ends, so there is one)
 * @param sameActivity whether both carry an activity key and the keys are equal
 * @param sameTitle whether the normalised titles are equal and not empty
 * @param commonTokens the title words (without stop words) the two share
 * @param allTokens the title words of either
 */
public record CounterpartFact(
    SubjectKind kind, String id, String title, String grant, String funder, String funderName,
    LocalDate overlapFrom, LocalDate overlapTo, boolean sameActivity, boolean sameTitle,
    int commonTokens, int allTokens) {

  /**
   * The counterpart in one line of evidence: {@code award VRU-BYSTANDER-2022 (KM-VRU) 2022-04-01 to
   * 2023-03-31, same activity}, {@code project youth-diversion of grant CRG-2022-23 (KENT-PCC)
   * 2022-04-01 to 2023-03-31, same title}, or for an alike title {@code ..., similarity 4/5}.
   *
   * @param exact whether it is an exact duplicate (then it says which: activity or title), or an
   *     alike title (then it gives the similarity)
   */
  public String entry(boolean exact) {
    StringBuilder entry = new StringBuilder(80);
    entry.append(kind == SubjectKind.AWARD ? "award " : "project ").append(id);
    if (grant != null) {
      entry.append(" of grant ").append(grant);
    }
    entry.append(" (").append(funder).append(") ").append(overlapFrom).append(" to ").append(overlapTo).append(", ");
    if (!exact) {
      entry.append("similarity ").append(commonTokens).append('/').append(allTokens);
    } else {
      entry.append(sameActivity ? "same activity" : "same title");
    }
    return entry.toString();
  }
}

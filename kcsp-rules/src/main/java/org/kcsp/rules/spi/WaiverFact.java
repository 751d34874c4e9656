package org.kcsp.rules.spi;

import java.time.LocalDate;
import java.util.Set;
import org.kcsp.rules.SubjectKind;

/**
 * A waiver of the record, live or expired. The engine applies waivers to findings itself, by
 * {@link #covers}; rules match waivers only to report on the waivers, by the same method.
 *
 * @param rule the id of the rule it waives
 * @param subject the id of the subject it waives that rule on
 * @param subjectKind the kind of that subject
 * @param reason why the finding is accepted
 * @param approvedBy the id of the body that accepted it
 * @param until the last day it applies
 * @param live whether it applies on D
 * @param subjectName what messages call the subject: its name, its title, or its body and date
 */
public record WaiverFact(
    String rule, String subject, SubjectKind subjectKind, String reason, String approvedBy,
    LocalDate until, boolean live, String subjectName) {

  /** The rules that report on waivers: no waiver covers their findings. */
  public static final Set<String> WAIVER_RULES = Set.of("WAIVER_EXPIRED", "WAIVER_UNUSED");

  /**
   * Whether this waiver covers a finding of {@code findingRule} on {@code findingSubject}: it is
   * live on D, it names that rule and that subject, and the rule is not one of {@link
   * #WAIVER_RULES}. The one definition of a waiver's match, for the engine and the rules alike.
   */
  public boolean covers(String findingRule, String findingSubject) {
    return live && rule.equals(findingRule) && subject.equals(findingSubject) && !WAIVER_RULES.contains(findingRule);
  }
}

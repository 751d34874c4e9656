package org.kcsp.rules.spi;

import java.time.LocalDate;
import org.kcsp.rules.SubjectKind;

/**
 * A waiver of the record, live or expired. The engine applies waivers to findings itself; rules
 * match waivers only to report on the waivers.
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
    LocalDate until, boolean live, String subjectName) {}

package org.kcsp.rules.internal;

import java.time.LocalDate;
import org.kcsp.rules.SubjectKind;

/**
 * A waiver, with the kind of its subject and whether it applies on D.
 *
 * @param subjectName what messages call the subject: its name, title, or body and date
 */
public record WaiverFact(
    String rule, String subject, SubjectKind subjectKind, String reason, String approvedBy,
    LocalDate until, boolean live, String subjectName) {}

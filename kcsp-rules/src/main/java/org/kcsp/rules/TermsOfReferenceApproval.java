package org.kcsp.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One approval of a body's terms of reference, as a report shows it ({@link
 * TermsOfReferenceStatus#approvals()}).
 *
 * @param id the approval's id in the record, such as {@code "KCSP-TOR-2022"}
 * @param version such as {@code "2022"}
 * @param approvedOn the day it was approved
 * @param approvedBy the id of the body whose decision approved it
 * @param approvedByName that body's name (its id, when the record names no such body)
 * @param reviewDue the day its next review is due: approval plus the review interval
 */
public record TermsOfReferenceApproval(
    String id, String version, LocalDate approvedOn, String approvedBy, String approvedByName, LocalDate reviewDue) {

  public TermsOfReferenceApproval {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(approvedOn, "approvedOn");
    Objects.requireNonNull(approvedBy, "approvedBy");
    Objects.requireNonNull(approvedByName, "approvedByName");
    Objects.requireNonNull(reviewDue, "reviewDue");
  }
}

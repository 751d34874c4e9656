package org.kcsp.rules;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One body's terms of reference on a report's date: every approval up to that date, the review
 * the latest one makes due, and whether {@code TOR_REVIEW_OVERDUE} found that review overdue. The
 * engine computes it once a check ({@link ComplianceReport#termsOfReference()}); the HTML report's
 * timeline draws it and nothing else.
 *
 * <pre>{@code
 * for (TermsOfReferenceStatus body : report.termsOfReference()) {
 *   body.latest().ifPresent(tor -> System.out.println(body.bodyName() + ": review due " + tor.reviewDue()
 *       + (body.reviewOverdue().state() == RuleCheck.State.OPEN ? ", OVERDUE" : "")));
 * }
 * }</pre>
 */
@Value.Immutable
public interface TermsOfReferenceStatus {

  /** The body's id: the partnership's or a subgroup's. */
  String body();

  /** The body's name. */
  String bodyName();

  /** {@link SubjectKind#PARTNERSHIP} or {@link SubjectKind#SUBGROUP}. */
  SubjectKind bodyKind();

  /**
   * The body's approvals on or before the report's date, oldest first. The last is the latest,
   * as the rules read it: the latest date, and among approvals of the same date the one the record
   * lists last. Each earlier one was replaced by the one after it.
   */
  List<TermsOfReferenceApproval> approvals();

  /**
   * What {@code TOR_REVIEW_OVERDUE} said about this body: {@link RuleCheck.State#OPEN} when the
   * latest approval's review is overdue, {@link RuleCheck.State#WAIVED} when it is and a waiver
   * covers it, {@link RuleCheck.State#NOT_RUN} when the rule was not run.
   */
  RuleCheck reviewOverdue();

  /** The latest approval, unless the body has none. */
  default Optional<TermsOfReferenceApproval> latest() {
    return approvals().isEmpty() ? Optional.empty() : Optional.of(approvals().get(approvals().size() - 1));
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TermsOfReferenceStatus}. */
  final class Builder extends ImmutableTermsOfReferenceStatus.Builder {}
}

package org.kcsp.rules.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;
import org.kcsp.model.Fraction;
import org.kcsp.model.Grant;
import org.kcsp.model.Money;
import org.kcsp.model.Organisation;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Pot;
import org.kcsp.model.Project;
import org.kcsp.model.Subgroup;
import org.kcsp.model.TermsOfReference;
import org.kcsp.rules.Finding;
import org.kcsp.rules.GrantPosition;
import org.kcsp.rules.PotPosition;
import org.kcsp.rules.RuleCheck;
import org.kcsp.rules.RuleResult;
import org.kcsp.rules.Subject;
import org.kcsp.rules.SubjectKind;
import org.kcsp.rules.TermsOfReferenceApproval;
import org.kcsp.rules.TermsOfReferenceStatus;
import org.kcsp.rules.spi.PolicyFact;

/**
 * What a report's pictures draw, worked out once a check from the as-of view and the report's own
 * findings: each grant's money and each body's terms of reference approvals. Whether a review is
 * overdue, a tactical pot over its cap or a pot overcommitted is read from the findings, never
 * decided here, so a skipped rule, a waiver or a changed severity changes a picture exactly as it
 * changes the findings.
 */
public final class ReportFigures {

  static final String TOR_REVIEW_OVERDUE = "TOR_REVIEW_OVERDUE";
  static final String TACTICAL_POT_OVER_CAP = "GRANT_TACTICAL_POT_OVER_CAP";
  static final String POT_OVERCOMMITTED = "GRANT_POT_OVERCOMMITTED";

  private final PartnershipRecord view;
  private final PolicyFact policy;
  private final Set<String> evaluated = new HashSet<>();
  /** The findings of the three rules the pictures mark, by rule and subject, in report order. */
  private final Map<String, Map<Subject, List<Finding>>> marks = new HashMap<>();

  private ReportFigures(PartnershipRecord view, PolicyFact policy, List<Finding> findings, List<RuleResult> rules) {
    this.view = view;
    this.policy = policy;
    rules.forEach(result -> evaluated.add(result.rule()));
    for (Finding finding : findings) {
      if (finding.rule().equals(TOR_REVIEW_OVERDUE) || finding.rule().equals(TACTICAL_POT_OVER_CAP)
          || finding.rule().equals(POT_OVERCOMMITTED)) {
        marks.computeIfAbsent(finding.rule(), rule -> new HashMap<>())
            .computeIfAbsent(finding.subject(), subject -> new ArrayList<>())
            .add(finding);
      }
    }
  }

  /**
   * The figures of a check.
   *
   * @param view the record as of the evaluation date
   * @param policy the policy it was checked under, whose default cap a grant without its own has
   * @param findings the report's findings, waivers applied, in report order
   * @param rules every rule evaluated
   */
  public static ReportFigures of(PartnershipRecord view, PolicyFact policy, List<Finding> findings, List<RuleResult> rules) {
    return new ReportFigures(view, policy, findings, rules);
  }

  /** Every grant of the view, in its order. */
  public List<GrantPosition> grants() {
    List<GrantPosition> grants = new ArrayList<>(view.grants().size());
    for (Grant grant : view.grants()) {
      grants.add(grant(grant));
    }
    return grants;
  }

  private GrantPosition grant(Grant grant) {
    long committedUpfront = 0;
    long committedTactical = 0;
    int committedProjects = 0;
    List<String> withoutAmount = new ArrayList<>();
    for (Project project : grant.projects()) {
      if (project.isLive() && project.amount().isEmpty()) {
        withoutAmount.add(project.id());
      }
      if (project.isCommitted()) {
        committedProjects++;
        long pence = project.amount().map(Money::pence).orElse(0L);
        if (project.pot() == Pot.UPFRONT) {
          committedUpfront = Math.addExact(committedUpfront, pence);
        } else {
          committedTactical = Math.addExact(committedTactical, pence);
        }
      }
    }
    // committed projects are live, so with no live project lacking an amount the sums are exact;
    // with the projects not recorded (version 2) nothing is known of them
    boolean projectsRecorded = grant.isRecorded("projects");
    boolean known = withoutAmount.isEmpty() && projectsRecorded;
    Subject subject = new Subject(SubjectKind.GRANT, grant.id());
    Fraction cap = FactPreparation.tacticalPotCap(grant, policy);
    // an unknown allocation (version 2) draws no figure from it: no cap, and no upfront pot unless stated
    OptionalLong allocation = grant.knownAllocation().map(a -> OptionalLong.of(a.pence())).orElse(OptionalLong.empty());
    OptionalLong limit = grant.knownAllocation().map(a -> OptionalLong.of(cap.of(a).pence())).orElse(OptionalLong.empty());
    return GrantPosition.builder()
        .id(grant.id())
        .programme(grant.programme())
        .financialYear(grant.financialYear())
        .funder(grant.funder())
        .funderName(view.organisation(grant.funder()).map(Organisation::name).orElse(grant.funder()))
        .allocation(allocation)
        .tacticalPotCap(cap)
        .tacticalPotLimit(limit)
        .projectsRecorded(projectsRecorded)
        .upfront(pot(grant, Pot.UPFRONT, known ? OptionalLong.of(committedUpfront) : OptionalLong.empty(), subject))
        .tactical(pot(grant, Pot.TACTICAL, known ? OptionalLong.of(committedTactical) : OptionalLong.empty(), subject))
        .committedProjects(committedProjects)
        .projectsWithoutAmount(withoutAmount)
        .tacticalPotOverCap(check(TACTICAL_POT_OVER_CAP, subject, finding -> true))
        .build();
  }

  private PotPosition pot(Grant grant, Pot pot, OptionalLong committed, Subject grantSubject) {
    return PotPosition.builder()
        .pot(pot)
        .amount(pot == Pot.TACTICAL || grant.upfront().isPresent() || grant.knownAllocation().isPresent()
            ? OptionalLong.of(grant.pot(pot).pence()) : OptionalLong.empty())
        .grantedRollovers(grant.grantedRollovers(pot).pence())
        .committed(committed)
        // a grant has a finding per overcommitted pot; its evidence names the pot
        .overcommitted(check(POT_OVERCOMMITTED, grantSubject, finding -> pot.name().equals(finding.evidence().get("pot"))))
        .build();
  }

  /** The partnership's terms of reference, then each subgroup's, in the view's order. */
  public List<TermsOfReferenceStatus> termsOfReference() {
    List<TermsOfReferenceStatus> bodies = new ArrayList<>(view.subgroups().size() + 1);
    bodies.add(body(view.partnership().id(), view.partnership().name(), SubjectKind.PARTNERSHIP));
    for (Subgroup subgroup : view.subgroups()) {
      bodies.add(body(subgroup.id(), subgroup.name(), SubjectKind.SUBGROUP));
    }
    return bodies;
  }

  private TermsOfReferenceStatus body(String id, String name, SubjectKind kind) {
    // a stable sort: among approvals of one date the one listed last stays last, the latest, as FactPreparation reads it
    List<TermsOfReferenceApproval> approvals = view.termsOfReference().stream()
        .filter(tor -> tor.body().equals(id))
        .sorted(Comparator.comparing(TermsOfReference::approvedOn))
        .map(tor -> new TermsOfReferenceApproval(tor.id(), tor.version(), tor.approvedOn(), tor.approvedBy(),
            view.bodyName(tor.approvedBy()), tor.reviewDue()))
        .toList();
    return TermsOfReferenceStatus.builder()
        .body(id)
        .bodyName(name)
        .bodyKind(kind)
        .approvals(approvals)
        .reviewOverdue(check(TOR_REVIEW_OVERDUE, new Subject(kind, id), finding -> true))
        .build();
  }

  /** What {@code rule} said about {@code subject}: its first finding there that {@code which} accepts. */
  private RuleCheck check(String rule, Subject subject, Predicate<Finding> which) {
    Optional<Finding> finding = marks.getOrDefault(rule, Map.of()).getOrDefault(subject, List.of()).stream()
        .filter(which)
        .findFirst();
    return new RuleCheck(rule, evaluated.contains(rule), finding);
  }
}

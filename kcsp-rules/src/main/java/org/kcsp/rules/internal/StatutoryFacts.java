package org.kcsp.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kcsp.model.Agreement;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Priority;
import org.kcsp.model.StrategicAssessment;
import org.kcsp.rules.spi.PolicyFact;
import org.kcsp.rules.spi.PriorityStrandsFact;
import org.kcsp.rules.spi.SeriousViolenceFact;
import org.kcsp.rules.spi.StrategicAssessmentsFact;

/**
 * The facts of the statutory duties of every partnership in England that the rule catalogue's
 * second part adds: the strategic assessments, the strands the priorities serve, and the Serious
 * Violence Duty. In a version 1 record these apply only where their data is listed (a non-empty
 * {@code strategicAssessments}, a priority with {@code strands}, a {@code seriousViolence} object):
 * there an absent list is none, and none is not a finding, so without them there is no fact.
 */
final class StatutoryFacts {

  private final PartnershipRecord view;
  private final LocalDate date;
  private final PolicyFact policy;
  private final boolean version1;
  private final RecordPaths paths;

  private StatutoryFacts(PartnershipRecord view, LocalDate date, PolicyFact policy, RecordPaths paths) {
    this.view = view;
    this.paths = paths;
    this.date = date;
    this.policy = policy;
    this.version1 = view.format() == FormatVersion.V1;
  }

  /**
   * The facts of {@code view}, the record as of {@code date}, under {@code policy}, in a
   * deterministic order; {@code paths} are those of the record as written.
   */
  static List<Object> of(PartnershipRecord view, LocalDate date, PolicyFact policy, RecordPaths paths) {
    StatutoryFacts statutory = new StatutoryFacts(view, date, policy, paths);
    List<Object> facts = new ArrayList<>();
    statutory.strategicAssessments().ifPresent(facts::add);
    facts.addAll(statutory.priorityStrands());
    statutory.seriousViolence().ifPresent(facts::add);
    return facts;
  }

  private Optional<StrategicAssessmentsFact> strategicAssessments() {
    List<StrategicAssessment> assessments = view.strategicAssessments();
    if (version1 && assessments.isEmpty()) {
      return Optional.empty();
    }
    int months = policy.number("STRATEGIC_ASSESSMENT_OVERDUE", "months");
    // the latest on or before D (the view holds no other); on equal dates the one listed last
    StrategicAssessment latest = null;
    for (StrategicAssessment assessment : assessments) {
      if (latest == null || !assessment.completedOn().isBefore(latest.completedOn())) {
        latest = assessment;
      }
    }
    LocalDate formedOn = view.partnership().existsFrom().orElse(null);
    return Optional.of(new StrategicAssessmentsFact(view.partnership().tier(), view.partnership().nation(),
        view.isRecorded("strategicAssessments"), assessments.size(),
        latest == null ? null : latest.id(),
        latest == null ? null : latest.completedOn(),
        latest == null ? null : latest.completedOn().plusMonths(months),
        formedOn, formedOn == null ? null : formedOn.plusMonths(months)));
  }

  private List<PriorityStrandsFact> priorityStrands() {
    List<Priority> present = view.agreement().map(Agreement::priorities).orElse(List.of());
    if (version1 && present.stream().allMatch(priority -> priority.strands().isEmpty())) {
      return List.of();
    }
    return present.stream()
        .map(priority -> new PriorityStrandsFact(priority.id(), priority.name(), priority.isCrossCutting(),
            Set.copyOf(priority.strands()), priority.isRecorded("strands"), paths.priority(priority.id())))
        .toList();
  }

  private Optional<SeriousViolenceFact> seriousViolence() {
    return view.seriousViolence().map(duty -> {
      LocalDate published = duty.strategyPublishedOn().orElse(null);
      LocalDate lastReviewed = duty.strategyReviewedOn().stream().max(Comparator.naturalOrder()).orElse(null);
      LocalDate lastOn = latest(published, lastReviewed);
      return new SeriousViolenceFact(duty.role(), published, duty.isUnknown("strategyPublishedOn"), lastReviewed,
          lastOn,
          lastOn == null ? null : lastOn.plusMonths(policy.number("SERIOUS_VIOLENCE_STRATEGY_REVIEW_OVERDUE", "months")),
          policy.lawDates().date("SERIOUS_VIOLENCE_STRATEGY_MISSING", "strategyDue"));
    });
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }
}

package org.kcsp.model;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Builds the record as it stood on a date: the evaluation-date table of the record format. */
final class AsOfView {

  private final PartnershipRecord record;
  private final LocalDate date;
  private final Set<String> absentPriorities = new HashSet<>();

  private AsOfView(PartnershipRecord record, LocalDate date) {
    this.record = record;
    this.date = date;
    record.agreement().ifPresent(agreement -> agreement.priorities().stream()
        .filter(priority -> priority.since().map(this::after).orElse(false))
        .forEach(priority -> absentPriorities.add(priority.id())));
  }

  static PartnershipRecord of(PartnershipRecord record, LocalDate date) {
    AsOfView view = new AsOfView(record, date);
    return RecordIntegrity.ofChecked(view::build);
  }

  private boolean after(LocalDate fact) {
    return fact.isAfter(date);
  }

  private boolean notAfter(LocalDate fact) {
    return !fact.isAfter(date);
  }

  private PartnershipRecord build() {
    List<TermsOfReference> tors = keep(record.termsOfReference(), tor -> notAfter(tor.approvedOn()));
    List<Meeting> meetings = keep(record.meetings(), meeting -> notAfter(meeting.date()));
    List<ScrutinySession> sessions = keep(record.scrutinySessions(), session -> notAfter(session.date()));
    List<DomesticHomicideReview> reviews = record.domesticHomicideReviews().stream()
        .filter(review -> notAfter(review.notifiedOn()))
        .map(this::review)
        .toList();

    List<StrategicAssessment> assessments = keep(record.strategicAssessments(), a -> notAfter(a.completedOn()));
    // A waiver stays when its subject is in the view; a record without waivers gathers no ids.
    List<Waiver> waivers = List.of();
    if (!record.waivers().isEmpty()) {
      Set<String> present = present(tors, meetings, sessions, reviews, assessments);
      waivers = keep(record.waivers(), waiver -> present.contains(waiver.subject()));
    }
    return PartnershipRecord.builder()
        .from(record)
        .asOf(date)
        .termsOfReference(tors)
        .meetings(meetings)
        .agreement(record.agreement().map(this::agreement))
        .informationSharing(record.informationSharing().map(this::informationSharing))
        .grants(record.grants().stream().map(this::grant).toList())
        .scrutinySessions(sessions)
        .domesticHomicideReviews(reviews)
        .strategicAssessments(assessments)
        .seriousViolence(record.seriousViolence().map(this::seriousViolence))
        .waivers(waivers)
        .build();
  }

  /** The duty as of the date: an assessment, publication or review after it is not done. */
  private SeriousViolence seriousViolence(SeriousViolence duty) {
    return SeriousViolence.builder()
        .from(duty)
        .needsAssessedOn(duty.needsAssessedOn().filter(this::notAfter))
        .strategyPublishedOn(duty.strategyPublishedOn().filter(this::notAfter))
        .strategyReviewedOn(keep(duty.strategyReviewedOn(), this::notAfter))
        .build();
  }

  private Agreement agreement(Agreement agreement) {
    return Agreement.builder()
        .from(agreement)
        .priorities(keep(agreement.priorities(), p -> !absentPriorities.contains(p.id())))
        .actions(agreement.actions().stream()
            .map(action -> Action.builder().from(action).priorities(presentPriorities(action.priorities())).build())
            .toList())
        .build();
  }

  private List<String> presentPriorities(List<String> ids) {
    return keep(ids, id -> !absentPriorities.contains(id));
  }

  private InformationSharing informationSharing(InformationSharing isa) {
    List<IsaVersion> versions = keep(isa.versions(), v -> notAfter(v.effectiveFrom()));
    Set<String> present = new HashSet<>();
    versions.forEach(v -> present.add(v.version()));
    return InformationSharing.builder()
        .from(isa)
        .versions(versions)
        .signatures(keep(isa.signatures(), s -> notAfter(s.signedOn()) && present.contains(s.version())))
        .build();
  }

  /** The grant as of the date: the same instance when nothing in it is later (most grants). */
  private Grant grant(Grant grant) {
    List<Rollover> rollovers = keep(grant.rollovers(), r -> r.requestedOn().map(this::notAfter).orElse(true));
    List<Project> projects = grant.projects().stream().map(this::project).toList();
    boolean unchanged = rollovers.size() == grant.rollovers().size();
    for (int i = 0; unchanged && i < projects.size(); i++) {
      unchanged = projects.get(i) == grant.projects().get(i);
    }
    if (unchanged) {
      return grant;
    }
    return Grant.builder()
        .from(grant)
        .rollovers(rollovers)
        .projects(projects)
        .build();
  }

  /** The project as of the date: the same instance when nothing in it is later (most projects). */
  private Project project(Project project) {
    boolean unchanged = project.priorities().stream().noneMatch(absentPriorities::contains)
        && project.businessCaseSubmittedOn().map(this::notAfter).orElse(true)
        && project.outcomeReport().flatMap(OutcomeReport::submittedOn).map(this::notAfter).orElse(true);
    if (unchanged) {
      return project;
    }
    return Project.builder()
        .from(project)
        .priorities(presentPriorities(project.priorities()))
        .businessCaseSubmittedOn(project.businessCaseSubmittedOn().filter(this::notAfter))
        .outcomeReport(project.outcomeReport().map(report -> OutcomeReport.builder()
            .due(report.due())
            .submittedOn(report.submittedOn().filter(this::notAfter))
            .unknown(report.unknown())
            .build()))
        .build();
  }

  private DomesticHomicideReview review(DomesticHomicideReview review) {
    boolean decided = review.decidedOn().map(this::notAfter).orElse(false);
    // a decision on an unknown date stays, with its date unknown: whether it came by the date is not known
    boolean dateUnknown = review.decidedOn().isEmpty() && review.unknown().contains("decidedOn");
    boolean keep = decided || dateUnknown;
    return DomesticHomicideReview.builder()
        .from(review)
        .decision(keep ? review.decision() : Optional.empty())
        .decidedOn(decided ? review.decidedOn() : Optional.empty())
        .unknown(keep ? review.unknown() : keep(review.unknown(), key -> !key.equals("decision")))
        .submittedToHomeOfficeOn(review.submittedToHomeOfficeOn().filter(this::notAfter))
        .homeOfficeNotifiedOn(review.homeOfficeNotifiedOn().filter(this::notAfter))
        .publishedOn(review.publishedOn().filter(this::notAfter))
        .build();
  }

  /** The ids of the view's subjects: those of the record, less what is dated after the view's date. */
  private Set<String> present(List<TermsOfReference> tors, List<Meeting> meetings, List<ScrutinySession> sessions,
      List<DomesticHomicideReview> reviews, List<StrategicAssessment> assessments) {
    Set<String> present = new HashSet<>();
    present.add(record.partnership().id());
    record.subgroups().forEach(s -> present.add(s.id()));
    record.organisations().forEach(o -> present.add(o.id()));
    tors.forEach(t -> present.add(t.id()));
    meetings.forEach(m -> present.add(m.id()));
    sessions.forEach(s -> present.add(s.id()));
    reviews.forEach(r -> present.add(r.id()));
    record.agreement().ifPresent(a -> {
      a.priorities().stream().filter(p -> !absentPriorities.contains(p.id())).forEach(p -> present.add(p.id()));
      a.actions().forEach(action -> present.add(action.id()));
    });
    record.grants().forEach(g -> {
      present.add(g.id());
      g.projects().forEach(p -> present.add(p.id()));
    });
    record.externalAwards().forEach(a -> present.add(a.id()));
    assessments.forEach(a -> present.add(a.id()));
    return present;
  }

  private static <T> List<T> keep(List<T> values, Predicate<T> test) {
    return values.stream().filter(test).toList();
  }
}

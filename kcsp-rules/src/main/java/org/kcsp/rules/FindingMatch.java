package org.kcsp.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kcsp.model.Grant;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Problem;
import org.kcsp.model.Project;
import org.kcsp.model.RecordPath;
import org.kcsp.model.Spelling;

/**
 * The diff of two reports, findings matched by fingerprint, and the record a proposal would make:
 * what {@link ComplianceEngine#diff} and {@link ComplianceEngine#whatIf} are built on.
 */
final class FindingMatch {

  private FindingMatch() {}

  static ReportDiff diff(ComplianceReport before, ComplianceReport after) {
    Map<String, Finding> earlier = byFingerprint(before);
    Map<String, Finding> later = byFingerprint(after);
    List<ReportDiff.Change> changes = new ArrayList<>();
    for (Finding finding : after.findings()) {
      Finding was = earlier.get(finding.fingerprint());
      changes.add(was == null
          ? new ReportDiff.Change(ReportDiff.Status.NEW, Optional.empty(), Optional.of(finding))
          : new ReportDiff.Change(differ(was, finding) ? ReportDiff.Status.CHANGED : ReportDiff.Status.UNCHANGED,
              Optional.of(was), Optional.of(finding)));
    }
    for (Finding finding : before.findings()) {
      if (!later.containsKey(finding.fingerprint())) {
        changes.add(new ReportDiff.Change(ReportDiff.Status.RESOLVED, Optional.of(finding), Optional.empty()));
      }
    }
    changes.sort(ReportDiff.Change.ORDER);
    return ReportDiff.builder().before(before).after(after).changes(changes).build();
  }

  private static Map<String, Finding> byFingerprint(ComplianceReport report) {
    Map<String, Finding> findings = new LinkedHashMap<>();
    for (Finding finding : report.findings()) {
      if (findings.put(finding.fingerprint(), finding) != null) {
        throw new IllegalArgumentException("the report of " + report.partnershipId() + " on " + report.asOf()
            + " holds two findings of fingerprint " + finding.fingerprint() + ": findings are matched by it");
      }
    }
    return findings;
  }

  /** Whether a finding in both reports changed: its severity, its waiver or its evidence (not its message alone). */
  private static boolean differ(Finding before, Finding after) {
    return before.severity() != after.severity() || !before.waived().equals(after.waived())
        || !before.evidence().typed().equals(after.evidence().typed());
  }

  /**
   * The record with {@code project} added, last, to the projects of grant {@code grantId}.
   *
   * @throws IllegalArgumentException if the record has no such grant, or that grant's projects are
   *     not recorded (version 2): a proposal is weighed against the projects it joins
   * @throws InvalidRecordException if the project does not fit the record, each problem at its path
   *     in the project ({@code $.id} for an id another project has)
   */
  static PartnershipRecord withProject(PartnershipRecord record, String grantId, Project project) {
    List<Grant> grants = new ArrayList<>(record.grants());
    int index = -1;
    for (int g = 0; g < grants.size(); g++) {
      if (grants.get(g).id().equals(grantId)) {
        index = g;
      }
    }
    if (index < 0) {
      List<String> ids = grants.stream().map(Grant::id).toList();
      throw new IllegalArgumentException("the record has no grant " + Problem.quote(grantId)
          + (ids.isEmpty() ? ", and no grant at all" + (record.isRecorded("grants") ? "" : " recorded")
              : "; did you mean " + String.join(" or ", Spelling.nearest(ids, grantId, 3)) + "?"));
    }
    Grant grant = grants.get(index);
    if (!grant.isRecorded("projects")) {
      throw new IllegalArgumentException("the projects of grant " + Problem.quote(grantId)
          + " are not recorded: record them (an empty list if it funds none) before weighing a proposal against them");
    }
    RecordPath at = RecordPath.ROOT.key("grants").index(index).key("projects").index(grant.projects().size());
    try {
      grants.set(index, Grant.builder().from(grant).addProjects(project).build());
      return PartnershipRecord.builder().from(record).grants(grants).build();
    } catch (InvalidRecordException e) {
      throw new InvalidRecordException(null, e.problems().stream().map(problem -> inProject(problem, at)).toList(), e.omitted());
    }
  }

  /** A problem of the record about the added project, at its path in the project; any other as it is. */
  private static Problem inProject(Problem problem, RecordPath project) {
    List<RecordPath.Segment> prefix = project.segments();
    List<RecordPath.Segment> segments = problem.recordPath().segments();
    if (segments.size() < prefix.size() || !segments.subList(0, prefix.size()).equals(prefix)) {
      return problem;
    }
    RecordPath path = RecordPath.ROOT;
    for (RecordPath.Segment segment : segments.subList(prefix.size(), segments.size())) {
      path = segment instanceof RecordPath.Key key ? path.key(key.name()) : path.index(((RecordPath.Index) segment).index());
    }
    return new Problem(path, problem.message(), problem.line(), problem.column());
  }
}

package org.kcsp.examples.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.kcsp.model.Agreement;
import org.kcsp.model.ExternalAward;
import org.kcsp.model.Grant;
import org.kcsp.model.Priority;
import org.kcsp.model.Project;
import org.kcsp.model.ProjectScope;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.Tier;

/**
 * Projects (rules.md, *Projects*), three valued, with the matching for the two duplicate rules
 * written out from the specification: periods, normalised titles, tokens without stop words and
 * their Jaccard similarity, compared exactly; activity keys decide when both sides have one. An
 * all-pairs loop, one finding per live project counting its counterparts.
 */
final class ProjectRules {

  static final int FINAL_MONTH_DAYS = 30;
  /** Similarity at least 3/5: 5 x common >= 3 x all. */
  static final int SIMILAR_NUMERATOR = 3;
  static final int SIMILAR_DENOMINATOR = 5;
  static final Set<String> STOP_WORDS =
      Set.of("a", "an", "and", "the", "of", "for", "to", "in", "on", "at", "by", "with", "or", "from");

  private final ReferenceChecker c;

  private ProjectRules(ReferenceChecker checker) {
    this.c = checker;
  }

  static void check(ReferenceChecker checker) {
    ProjectRules rules = new ProjectRules(checker);
    if (!checker.recorded("grants")) {
      rules.grantsNotRecorded();
      return;
    }
    rules.duplicateFunding();
    for (Grant grant : checker.record.grants()) {
      rules.awaitingFunderApproval(grant);
      rules.outcomeReportOverdue(grant);
      rules.businessCaseLate(grant);
      rules.localScope(grant);
      rules.notLinkedToPriority(grant);
    }
  }

  private boolean countyPartnership() {
    return c.record.partnership().tier() == Tier.COUNTY;
  }

  /** Whether the record has an agreement, or may have one (not recorded). */
  private boolean agreementMayExist() {
    return !c.recorded("agreement") || c.record.agreement().isPresent();
  }

  // No grant is recorded: a rule that could fire for some project of some grant is open, on the
  // partnership; a G rule under a policy that puts no grant under conditions does not apply.
  private void grantsNotRecorded() {
    List<String> rules = new ArrayList<>(List.of("PROJECT_DUPLICATE_FUNDING", "PROJECT_POSSIBLE_DUPLICATE_FUNDING",
        "PROJECT_OUTCOME_REPORT_OVERDUE"));
    if (agreementMayExist()) {
      rules.add("PROJECT_NOT_LINKED_TO_PRIORITY");
    }
    if (c.conditionsByDefault()) {
      rules.add("PROJECT_AWAITING_FUNDER_APPROVAL");
      rules.add("PROJECT_BUSINESS_CASE_LATE");
      if (countyPartnership()) {
        rules.add("PROJECT_LOCAL_SCOPE");
      }
    }
    for (String rule : rules) {
      if (c.holds(rule)) {
        c.applies(rule);
        c.gap(rule, c.partnership, "$.grants");
      }
    }
    for (String rule : List.of("PROJECT_LOCAL_SCOPE", "PROJECT_NOT_LINKED_TO_PRIORITY")) {
      if (c.holds(rule) && !rules.contains(rule) && (c.conditionsByDefault() || !rule.equals("PROJECT_LOCAL_SCOPE"))) {
        c.applies(rule);
      }
    }
  }

  private String path(Grant grant) {
    return c.path("grants", grant);
  }

  private String path(Grant grant, Project project) {
    for (int i = 0; i < grant.projects().size(); i++) {
      if (grant.projects().get(i) == project) {
        return path(grant) + ".projects[" + i + "]";
      }
    }
    throw new IllegalArgumentException("not a project of " + grant.id() + ": " + project.id());
  }

  private static boolean live(ProjectStatus status) {
    return status != ProjectStatus.REJECTED && status != ProjectStatus.WITHDRAWN && status != ProjectStatus.REFUNDED;
  }

  private static boolean committed(ProjectStatus status) {
    return status == ProjectStatus.CHAIR_APPROVED || status == ProjectStatus.APPROVED || status == ProjectStatus.COMPLETED;
  }

  private boolean inFinalMonthOrAfter(Grant grant) {
    return !c.date.isBefore(grant.financialYear().lastDay().minusDays(FINAL_MONTH_DAYS - 1));
  }

  // ---- duplicate funding

  /** A project or an award as the duplicate rules see it: a period, a key, a normalised title and its tokens. */
  record Funded(String grant, String id, LocalDate from, LocalDate to, String activity, String title, Set<String> tokens) {

    static Funded of(String grant, String id, LocalDate from, LocalDate to, Optional<String> activity, String title) {
      String normalised = normalised(title);
      return new Funded(grant, id, from, to, activity.orElse(null), normalised, ProjectRules.tokens(normalised));
    }

    /** Periods overlap when they share a day; an award without {@code to} is open-ended. */
    boolean overlaps(Funded other) {
      return (to == null || !other.from.isAfter(to)) && (other.to == null || !from.isAfter(other.to));
    }

    /** The same activity: equal keys when both have one, else equal normalised titles, an empty one matching nothing. */
    boolean same(Funded other) {
      if (activity != null && other.activity != null) {
        return activity.equals(other.activity);
      }
      return !title.isEmpty() && title.equals(other.title);
    }

    /** Alike but not the same: either side without a key, titles not equal, similarity at least 3/5. */
    boolean alike(Funded other) {
      if (activity != null && other.activity != null || title.equals(other.title)) {
        return false;
      }
      Set<String> all = new HashSet<>(tokens);
      all.addAll(other.tokens);
      long common = tokens.stream().filter(other.tokens::contains).count();
      return !all.isEmpty() && SIMILAR_DENOMINATOR * common >= (long) SIMILAR_NUMERATOR * all.size();
    }

    /** Whether some counterpart could be the same activity: it has a key, or a title that is not empty. */
    boolean couldBeSame() {
      return activity != null || !title.isEmpty();
    }

    /** Whether some counterpart could be alike: its title has a token. */
    boolean couldBeAlike() {
      return !tokens.isEmpty();
    }
  }

  /**
   * Lower case; every character that is not a letter or a digit replaced by a space; white space
   * collapsed and trimmed.
   */
  static String normalised(String title) {
    String lower = title.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean space = false;
    for (int i = 0; i < lower.length(); ) {
      int c = lower.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.appendCodePoint(c);
      } else {
        space = true;
      }
    }
    return out.toString();
  }

  /** The words of a normalised title, without the stop words. */
  static Set<String> tokens(String normalised) {
    Set<String> tokens = new HashSet<>();
    if (!normalised.isEmpty()) {
      Arrays.stream(normalised.split(" ")).filter(word -> !STOP_WORDS.contains(word)).forEach(tokens::add);
    }
    return tokens;
  }

  private Funded funded(Grant grant, Project project) {
    return Funded.of(grant.id(), project.id(), grant.financialYear().firstDay(), grant.financialYear().lastDay(),
        project.activity(), project.title());
  }

  private static Funded funded(ExternalAward award) {
    LocalDate from;
    LocalDate to;
    if (award.from().isPresent()) {
      from = award.from().get();
      to = award.to().orElse(null);
    } else {
      from = award.financialYear().orElseThrow().firstDay();
      to = award.financialYear().orElseThrow().lastDay();
    }
    return Funded.of(null, award.id(), from, to, award.activity(), award.title());
  }

  // PROJECT_DUPLICATE_FUNDING and PROJECT_POSSIBLE_DUPLICATE_FUNDING: each live project against
  // every award and every live project of another grant, in overlapping periods.
  private void duplicateFunding() {
    String same = "PROJECT_DUPLICATE_FUNDING";
    String alike = "PROJECT_POSSIBLE_DUPLICATE_FUNDING";
    boolean awardsRecorded = c.recorded("externalAwards");
    List<Funded> awards = c.record.externalAwards().stream().map(ProjectRules::funded).toList();
    List<Funded> projects = new ArrayList<>();
    List<Grant> projectsNotRecorded = new ArrayList<>();
    int grantsWithProjects = 0;
    boolean anyProject = false;
    for (Grant grant : c.record.grants()) {
      if (!ReferenceChecker.recorded(grant, "projects")) {
        projectsNotRecorded.add(grant);
        continue;
      }
      if (!grant.projects().isEmpty()) {
        grantsWithProjects++;
        anyProject = true;
      }
      for (Project project : grant.projects()) {
        if (live(project.status())) {
          projects.add(funded(grant, project));
        }
      }
    }
    boolean applies = (anyProject || !projectsNotRecorded.isEmpty())
        && (!awardsRecorded || !awards.isEmpty() || grantsWithProjects + projectsNotRecorded.size() >= 2);
    for (String rule : List.of(same, alike)) {
      if (c.holds(rule) && applies) {
        c.applies(rule);
      }
    }
    for (Funded project : projects) {
      int sameCount = 0;
      int alikeCount = 0;
      List<Funded> counterparts = new ArrayList<>(awards);
      projects.stream().filter(other -> !other.grant().equals(project.grant())).forEach(counterparts::add);
      for (Funded counterpart : counterparts) {
        if (!project.overlaps(counterpart)) {
          continue;
        }
        if (project.same(counterpart)) {
          sameCount++;
        } else if (project.alike(counterpart)) {
          alikeCount++;
        }
      }
      // counterparts not recorded: any award, and the projects of another grant of an overlapping year
      List<String> unrecorded = new ArrayList<>();
      if (!awardsRecorded) {
        unrecorded.add("$.externalAwards");
      }
      for (Grant other : projectsNotRecorded) {
        if (!other.id().equals(project.grant()) && project.overlaps(new Funded(other.id(), null,
            other.financialYear().firstDay(), other.financialYear().lastDay(), null, "", Set.of()))) {
          unrecorded.add(path(other) + ".projects");
        }
      }
      report(same, project, sameCount, project.couldBeSame(), unrecorded);
      report(alike, project, alikeCount, project.couldBeAlike(), unrecorded);
    }
    // the projects of a grant not recorded: open where a counterpart of its year is or may be there
    for (Grant grant : projectsNotRecorded) {
      Funded year = new Funded(grant.id(), null, grant.financialYear().firstDay(), grant.financialYear().lastDay(),
          null, "", Set.of());
      boolean counterpartSame = !awardsRecorded || awards.stream().anyMatch(a -> a.overlaps(year) && a.couldBeSame())
          || projects.stream().anyMatch(p -> !p.grant().equals(grant.id()) && p.overlaps(year) && p.couldBeSame())
          || projectsNotRecorded.stream().anyMatch(g -> g != grant && g.financialYear().equals(grant.financialYear()));
      boolean counterpartAlike = !awardsRecorded || awards.stream().anyMatch(a -> a.overlaps(year) && a.couldBeAlike())
          || projects.stream().anyMatch(p -> !p.grant().equals(grant.id()) && p.overlaps(year) && p.couldBeAlike())
          || projectsNotRecorded.stream().anyMatch(g -> g != grant && g.financialYear().equals(grant.financialYear()));
      if (c.holds(same) && counterpartSame) {
        c.gap(same, grant.id(), path(grant) + ".projects");
      }
      if (c.holds(alike) && counterpartAlike) {
        c.gap(alike, grant.id(), path(grant) + ".projects");
      }
    }
  }

  private void report(String rule, Funded project, int count, boolean couldMatch, List<String> unrecorded) {
    if (!c.holds(rule)) {
      return;
    }
    if (count > 0) {
      c.find(rule, project.id(), "count", Integer.toString(count));
    } else if (couldMatch) {
      unrecorded.forEach(path -> c.gap(rule, project.id(), path));
    }
  }

  // ---- the other project rules

  // PROJECT_AWAITING_FUNDER_APPROVAL (G): CHAIR_APPROVED in the final month or after year end.
  private void awaitingFunderApproval(Grant grant) {
    String rule = "PROJECT_AWAITING_FUNDER_APPROVAL";
    if (!c.holds(rule) || !c.underConditions(grant)) {
      return;
    }
    if (!ReferenceChecker.recorded(grant, "projects")) {
      c.applies(rule);
      if (inFinalMonthOrAfter(grant)) {
        c.gap(rule, grant.id(), path(grant) + ".projects");
      }
      return;
    }
    for (Project project : grant.projects()) {
      c.applies(rule);
      if (project.status() == ProjectStatus.CHAIR_APPROVED && inFinalMonthOrAfter(grant)) {
        c.find(rule, project.id());
      }
    }
  }

  // PROJECT_OUTCOME_REPORT_OVERDUE: a committed project's outcome report due before D and not
  // submitted on or before D.
  private void outcomeReportOverdue(Grant grant) {
    String rule = "PROJECT_OUTCOME_REPORT_OVERDUE";
    if (!c.holds(rule)) {
      return;
    }
    if (!ReferenceChecker.recorded(grant, "projects")) {
      c.applies(rule);
      c.gap(rule, grant.id(), path(grant) + ".projects");
      return;
    }
    for (Project project : grant.projects()) {
      if (project.outcomeReport().isEmpty()) {
        continue;
      }
      c.applies(rule);
      LocalDate due = project.outcomeReport().get().due();
      if (!committed(project.status()) || !c.date.isAfter(due)) {
        continue;
      }
      if (ReferenceChecker.unknown(project.outcomeReport().get(), "submittedOn")) {
        c.gap(rule, project.id(), path(grant, project) + ".outcomeReport.submittedOn");
      } else if (!project.outcomeReport().get().submittedOn().map(c::byDate).orElse(false)) {
        c.find(rule, project.id(), "dueDate", due.toString());
      }
    }
  }

  // PROJECT_BUSINESS_CASE_LATE (G): a live project's business case submitted after the grant's
  // deadline (ERROR); a PROPOSED or RECOMMENDED one with none on or before D once the deadline is
  // past (WARNING).
  private void businessCaseLate(Grant grant) {
    String rule = "PROJECT_BUSINESS_CASE_LATE";
    if (!c.holds(rule) || !c.underConditions(grant) || grant.businessCaseDeadline().isEmpty()) {
      return;
    }
    LocalDate deadline = grant.businessCaseDeadline().get();
    if (!ReferenceChecker.recorded(grant, "projects")) {
      c.applies(rule);
      if (c.date.isAfter(deadline)) {
        c.gap(rule, grant.id(), path(grant) + ".projects");
      }
      return;
    }
    for (Project project : grant.projects()) {
      c.applies(rule);
      if (!live(project.status())) {
        continue;
      }
      if (ReferenceChecker.unknown(project, "businessCaseSubmittedOn")) {
        if (c.date.isAfter(deadline)) {
          c.gap(rule, project.id(), path(grant, project) + ".businessCaseSubmittedOn");
        }
        continue;
      }
      Optional<LocalDate> submitted = project.businessCaseSubmittedOn().filter(c::byDate);
      if (submitted.isPresent() && submitted.get().isAfter(deadline)) {
        c.find(rule, project.id());
      } else if (submitted.isEmpty() && c.date.isAfter(deadline)
          && (project.status() == ProjectStatus.PROPOSED || project.status() == ProjectStatus.RECOMMENDED)) {
        c.find(rule, project.id(), org.kcsp.rules.Severity.WARNING);
      }
    }
  }

  // PROJECT_LOCAL_SCOPE (G): a live project of a COUNTY partnership has scope LOCAL.
  private void localScope(Grant grant) {
    String rule = "PROJECT_LOCAL_SCOPE";
    if (!c.holds(rule) || !c.underConditions(grant)) {
      return;
    }
    if (!ReferenceChecker.recorded(grant, "projects")) {
      c.applies(rule);
      if (countyPartnership()) {
        c.gap(rule, grant.id(), path(grant) + ".projects");
      }
      return;
    }
    for (Project project : grant.projects()) {
      c.applies(rule);
      if (countyPartnership() && live(project.status()) && project.scope() == ProjectScope.LOCAL) {
        c.find(rule, project.id());
      }
    }
  }

  // PROJECT_NOT_LINKED_TO_PRIORITY: a live project serves no priority present on D, while the
  // record has an agreement.
  private void notLinkedToPriority(Grant grant) {
    String rule = "PROJECT_NOT_LINKED_TO_PRIORITY";
    if (!c.holds(rule) || !agreementMayExist()) {
      return;
    }
    if (!ReferenceChecker.recorded(grant, "projects")) {
      c.applies(rule);
      c.gap(rule, grant.id(), path(grant) + ".projects");
      return;
    }
    Set<String> present = new HashSet<>();
    c.record.agreement().map(Agreement::priorities).orElse(List.of()).stream()
        .filter(p -> p.since().map(c::byDate).orElse(true)).map(Priority::id).forEach(present::add);
    for (Project project : grant.projects()) {
      c.applies(rule);
      if (!live(project.status())) {
        continue;
      }
      if (!c.recorded("agreement")) {
        c.gap(rule, project.id(), "$.agreement");
      } else if (!ReferenceChecker.recorded(project, "priorities")) {
        if (present.isEmpty()) {
          c.find(rule, project.id());
        } else {
          c.gap(rule, project.id(), path(grant, project) + ".priorities");
        }
      } else if (project.priorities().stream().noneMatch(present::contains)) {
        c.find(rule, project.id());
      }
    }
  }
}

package org.kcsp.examples.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.kcsp.model.BuiltInPolicy;
import org.kcsp.model.DomesticHomicideReview;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.Grant;
import org.kcsp.model.Meeting;
import org.kcsp.model.Organisation;
import org.kcsp.model.OutcomeReport;
import org.kcsp.model.PartlyKnown;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Project;
import org.kcsp.model.ScrutinySession;
import org.kcsp.model.SeriousViolence;
import org.kcsp.model.Subgroup;
import org.kcsp.model.TermsOfReference;
import org.kcsp.model.Waiver;
import org.kcsp.rules.Outcome;
import org.kcsp.rules.Severity;

/**
 * An independent, plain-Java check of every rule of the catalogue, written from the rule
 * specification ({@code rules.md}) and the record format, not from the DRL or the engine's
 * internals. It shares only the model and its reader with the engine: it reads the record as
 * recorded and applies the evaluation date itself (no as-of view), matches titles with its own
 * normalisation, and decides each subject three-valued (a finding, clear, or an evidence gap). It
 * serves two purposes: the differential test holds the Drools rules to it, and the benchmarks use it
 * as the floor, what a hand-written check costs.
 *
 * <p>It is deliberately straightforward: one pass per rule family over the record's lists, duplicate
 * funding as an all-pairs loop, money in pence in {@code long}s. The built-in policies only: {@code
 * kcsp} holds every rule, {@code england} every rule but the K rules, with the G rules only for
 * grants under their conditions; every parameter at its default.
 */
public final class ReferenceChecker {

  /** The date each statutory duty came into force: strand (d) and the Serious Violence Duty. */
  static final LocalDate SERIOUS_VIOLENCE_IN_FORCE = LocalDate.of(2023, 1, 31);

  /** The date the Serious Violence Duty's first strategy was due. */
  static final LocalDate SERIOUS_VIOLENCE_STRATEGY_DUE = LocalDate.of(2024, 1, 31);

  final PartnershipRecord record;
  /** The evaluation date D: the date asked, or a ceased partnership's last day. */
  final LocalDate date;
  final boolean version2;
  final BuiltInPolicy policy;
  final String partnership;

  /** Whether the partnership exists on D: one formed after it has every rule NOT_APPLICABLE. */
  final boolean formed;

  private final Map<String, Verdict> verdicts = new LinkedHashMap<>();

  /** What a check found for one rule: whether it applies, its findings and its gaps. */
  static final class Verdict {
    boolean applies;
    final List<ReferenceFinding> findings = new ArrayList<>();
    final Set<ReferenceGap> gaps = new TreeSet<>();
    /** Gaps reported on a subject about other subjects (subgroups not recorded): kept beside its findings. */
    final Set<ReferenceGap> gapsAboutOthers = new TreeSet<>();
  }

  private ReferenceChecker(PartnershipRecord record, LocalDate date, BuiltInPolicy policy) {
    this.record = record;
    this.date = record.partnership().existsUntil().filter(date::isAfter).orElse(date);
    this.version2 = record.format().includes(FormatVersion.V2);
    this.policy = policy;
    this.partnership = record.partnership().id();
    this.formed = record.partnership().existsFrom().map(from -> !date.isBefore(from)).orElse(true);
    for (Catalogue.Rule rule : Catalogue.rules()) {
      if (Catalogue.holds(policy, rule.id())) {
        verdicts.put(rule.id(), new Verdict());
      }
    }
  }

  /** The report of {@code record} as it stood on {@code date}, under the policy the record names or its version's default. */
  public static ReferenceReport check(PartnershipRecord record, LocalDate date) {
    return check(record, date, record.effectivePolicy());
  }

  /**
   * The report of {@code record} as it stood on {@code date}, under a built-in policy.
   *
   * @throws IllegalArgumentException if the record lists as unknown a value the reference does not
   *     read as a range (see {@link #READS_UNKNOWN}): it refuses rather than read it as absent
   */
  public static ReferenceReport check(PartnershipRecord record, LocalDate date, BuiltInPolicy policy) {
    refuseUnknownsNotRead(record);
    ReferenceChecker checker = new ReferenceChecker(record, date, policy);
    if (checker.formed) {
      TermsOfReferenceRules.check(checker);
      MeetingRules.check(checker);
      AgreementRules.check(checker);
      GrantRules.check(checker);
      ProjectRules.check(checker);
      ReviewRules.check(checker);
      StatutoryRules.check(checker);
      checker.waive();
    }
    return checker.report();
  }

  /** The values a record may list as unknown that the reference reads as ranges, by the object that holds them. */
  static final Map<Class<?>, Set<String>> READS_UNKNOWN = Map.of(
      Grant.class, Set.of("allocation", "tacticalPot"),
      Project.class, Set.of("amount", "businessCaseSubmittedOn"),
      OutcomeReport.class, Set.of("submittedOn"),
      DomesticHomicideReview.class, Set.of("decidedOn", "submittedToHomeOfficeOn"),
      ScrutinySession.class, Set.of("council"),
      TermsOfReference.class, Set.of("reviewIntervalMonths", "meetingsPerYear"),
      SeriousViolence.class, Set.of("strategyPublishedOn"));

  private static void refuseUnknownsNotRead(PartnershipRecord record) {
    List<PartlyKnown> values = new ArrayList<>();
    values.add(record.partnership());
    values.addAll(record.organisations());
    values.addAll(record.termsOfReference());
    for (Meeting meeting : record.meetings()) {
      values.add(meeting);
      values.addAll(meeting.items());
    }
    record.agreement().ifPresent(agreement -> {
      values.add(agreement);
      values.addAll(agreement.priorities());
      values.addAll(agreement.actions());
    });
    record.informationSharing().ifPresent(values::add);
    for (Grant grant : record.grants()) {
      values.add(grant);
      values.addAll(grant.rollovers());
      for (Project project : grant.projects()) {
        values.add(project);
        project.outcomeReport().ifPresent(values::add);
      }
    }
    values.addAll(record.externalAwards());
    values.addAll(record.scrutinySessions());
    values.addAll(record.domesticHomicideReviews());
    values.addAll(record.strategicAssessments());
    record.seriousViolence().ifPresent(values::add);
    for (PartlyKnown value : values) {
      for (String key : value.unknown()) {
        boolean read = READS_UNKNOWN.entrySet().stream()
            .anyMatch(e -> e.getKey().isInstance(value) && e.getValue().contains(key));
        if (!read) {
          throw new IllegalArgumentException("the reference checker does not read an unknown " + key + " of "
              + value.getClass().getSimpleName() + ": it reads as ranges only " + READS_UNKNOWN);
        }
      }
    }
  }

  // A finding is waived while a waiver of its rule and subject is live: up to and including its
  // until. Findings of the two waiver rules cannot themselves be waived.
  private void waive() {
    for (Map.Entry<String, Verdict> entry : verdicts.entrySet()) {
      if (entry.getKey().startsWith("WAIVER_")) {
        continue;
      }
      List<ReferenceFinding> findings = entry.getValue().findings;
      for (int i = 0; i < findings.size(); i++) {
        ReferenceFinding finding = findings.get(i);
        for (Waiver waiver : waiversOnD()) {
          if (waiver.rule().equals(finding.rule()) && waiver.subject().equals(finding.subject())
              && !date.isAfter(waiver.until())) {
            findings.set(i, finding.withWaived(true));
          }
        }
      }
    }
  }

  private ReferenceReport report() {
    List<ReferenceFinding> findings = new ArrayList<>();
    Set<ReferenceGap> gaps = new TreeSet<>();
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    for (Map.Entry<String, Verdict> entry : verdicts.entrySet()) {
      String rule = entry.getKey();
      Verdict verdict = entry.getValue();
      // A subject with a finding reports no gap of the rule for further findings of its own
      // (rules.md, readings 7 and 23); a pot overcommitted is judged pot by pot.
      Set<String> found = new TreeSet<>();
      verdict.findings.forEach(f -> found.add(f.subject()));
      verdict.gaps.removeIf(gap -> !rule.equals("GRANT_POT_OVERCOMMITTED") && found.contains(gap.subject()));
      verdict.gaps.addAll(verdict.gapsAboutOthers);
    }
    if (formed) {
      waivers();
    }
    for (Map.Entry<String, Verdict> entry : verdicts.entrySet()) {
      Verdict verdict = entry.getValue();
      findings.addAll(verdict.findings);
      gaps.addAll(verdict.gaps);
      outcomes.put(entry.getKey(), outcome(verdict.applies, verdict.findings, verdict.gaps));
    }
    return new ReferenceReport(findings, gaps, outcomes);
  }

  // WAIVER_EXPIRED: a waiver whose until is before D. WAIVER_UNUSED: a live waiver that matches no
  // finding of its rule and subject; where that rule leaves the subject not assessed, the waiver is
  // neither used nor unused, and the rule's gaps on the subject are its gaps.
  private void waivers() {
    for (Waiver waiver : waiversOnD()) {
      if (holds("WAIVER_EXPIRED")) {
        applies("WAIVER_EXPIRED");
        if (waiver.until().isBefore(date)) {
          find("WAIVER_EXPIRED", waiver.subject(), "waivedRule", waiver.rule());
        }
      }
      if (!holds("WAIVER_UNUSED")) {
        continue;
      }
      applies("WAIVER_UNUSED");
      if (waiver.until().isBefore(date)) {
        continue;
      }
      // a waiver of a rule the policy does not evaluate is not judged against it (reading 2: the
      // rule is not evaluated; the waiver may well be used under the policy that holds it)
      if (Catalogue.exists(waiver.rule()) && !holds(waiver.rule())) {
        continue;
      }
      Verdict waived = verdicts.get(waiver.rule());
      if (waived != null && waived.findings.stream().anyMatch(f -> f.subject().equals(waiver.subject()))) {
        continue;
      }
      List<ReferenceGap> open = waived == null ? List.of()
          : waived.gaps.stream().filter(g -> g.subject().equals(waiver.subject())).toList();
      if (open.isEmpty()) {
        find("WAIVER_UNUSED", waiver.subject(), "waivedRule", waiver.rule());
      } else {
        open.forEach(g -> gap("WAIVER_UNUSED", waiver.subject(), g.path()));
      }
    }
  }

  /**
   * The waivers of the record as it stood on D. A waiver is not dated itself, but its subject must
   * resolve to an id of the record (record-format.md: every reference resolves), and a fact dated
   * after D does not exist on D (the evaluation date table): a waiver whose subject is such a fact,
   * and nothing else of that id, waives a finding on something that does not exist yet, so it is
   * not there either, neither used nor unused nor expired.
   */
  private List<Waiver> waiversOnD() {
    return record.waivers().stream().filter(waiver -> presentOnD(waiver.subject())).toList();
  }

  /** Whether some part of the record with this id exists on D: an undated one, or one dated on or before D. */
  private boolean presentOnD(String id) {
    if (partnership.equals(id) || record.subgroups().stream().anyMatch(s -> s.id().equals(id))
        || record.organisations().stream().anyMatch(o -> o.id().equals(id))
        || record.grants().stream().anyMatch(g -> g.id().equals(id) || g.projects().stream().anyMatch(p -> p.id().equals(id)))
        || record.externalAwards().stream().anyMatch(a -> a.id().equals(id))) {
      return true;
    }
    boolean agreementHolds = record.agreement().map(agreement ->
        agreement.priorities().stream().anyMatch(p -> p.id().equals(id) && p.since().map(this::byDate).orElse(true))
            || agreement.actions().stream().anyMatch(a -> a.id().equals(id))).orElse(false);
    return agreementHolds
        || record.termsOfReference().stream().anyMatch(t -> t.id().equals(id) && byDate(t.approvedOn()))
        || record.meetings().stream().anyMatch(m -> m.id().equals(id) && byDate(m.date()))
        || record.scrutinySessions().stream().anyMatch(s -> s.id().equals(id) && byDate(s.date()))
        || record.domesticHomicideReviews().stream().anyMatch(r -> r.id().equals(id) && byDate(r.notifiedOn()))
        || record.strategicAssessments().stream().anyMatch(a -> a.id().equals(id) && byDate(a.completedOn()));
  }

  private static Outcome outcome(boolean applies, List<ReferenceFinding> findings, Set<ReferenceGap> gaps) {
    if (findings.stream().anyMatch(f -> !f.waived())) {
      return Outcome.FAIL;
    }
    if (!findings.isEmpty()) {
      return Outcome.WAIVED;
    }
    if (!gaps.isEmpty()) {
      return Outcome.NOT_ASSESSED;
    }
    return applies ? Outcome.PASS : Outcome.NOT_APPLICABLE;
  }

  // ---- what the families report

  /** Whether the policy holds the rule: a rule outside it is not evaluated. */
  boolean holds(String rule) {
    return verdicts.containsKey(rule);
  }

  /** The rule applies (its facts are there, or a list it reads is not recorded). */
  void applies(String rule) {
    verdict(rule).applies = true;
  }

  /** A finding of the rule, at its catalogue severity, with its key evidence as name, value pairs. */
  void find(String rule, String subject, String... evidence) {
    find(rule, subject, Catalogue.rule(rule).severity(), evidence);
  }

  void find(String rule, String subject, Severity severity, String... evidence) {
    Map<String, String> named = new LinkedHashMap<>();
    for (int i = 0; i < evidence.length; i += 2) {
      named.put(evidence[i], evidence[i + 1]);
    }
    Verdict verdict = verdict(rule);
    verdict.applies = true;
    verdict.findings.add(new ReferenceFinding(rule, subject, severity, ReferenceFinding.keyEvidence(rule, named), false));
  }

  /** An evidence gap: the subject is not assessed until the record holds what {@code path} names. */
  void gap(String rule, String subject, String path) {
    verdict(rule).gaps.add(new ReferenceGap(rule, subject, path));
  }

  /** A gap reported on {@code subject} about other subjects, kept beside the subject's own findings. */
  void gapAboutOthers(String rule, String subject, String path) {
    verdict(rule).gapsAboutOthers.add(new ReferenceGap(rule, subject, path));
  }

  private Verdict verdict(String rule) {
    Verdict verdict = verdicts.get(rule);
    if (verdict == null) {
      throw new IllegalStateException(rule + " is not in the policy " + policy.id() + ": ask holds(rule) first");
    }
    return verdict;
  }

  // ---- the record as of D (record-format.md, Evaluation date)

  /** Whether the policy puts a grant that names no conditions under the Kent PCC's (kcsp: yes; england: none). */
  boolean conditionsByDefault() {
    return policy == BuiltInPolicy.KCSP;
  }

  /** Whether a grant is under the conditions of the G rules: those it names, else the policy's default. */
  boolean underConditions(Grant grant) {
    return grant.conditions().map(GrantRules::isUnderConditions).orElse(conditionsByDefault());
  }

  /** Whether a root evidence list or object is recorded (version 1: always; absent is none). */
  boolean recorded(String rootKey) {
    return !record.notRecorded().contains(rootKey);
  }

  /** Whether an evidence list of an object is recorded. */
  static boolean recorded(PartlyKnown owner, String key) {
    return !owner.notRecorded().contains(key);
  }

  /** Whether a key of an object is listed as unknown. */
  static boolean unknown(PartlyKnown owner, String key) {
    return owner.unknown().contains(key);
  }

  /** A date that is a fact on D: on or before it. */
  boolean byDate(LocalDate day) {
    return !day.isAfter(date);
  }

  /** A date within the {@code months} up to D: on or after D minus the months, on or before D. */
  boolean within(LocalDate day, int months) {
    return !day.isBefore(date.minusMonths(months)) && !day.isAfter(date);
  }

  /** Whether an organisation exists on D. */
  boolean exists(Organisation organisation) {
    return organisation.existsFrom().map(from -> !date.isBefore(from)).orElse(true)
        && organisation.existsUntil().map(until -> !date.isAfter(until)).orElse(true);
  }

  /** Whether an organisation's last day is before D. */
  boolean defunct(Organisation organisation) {
    return organisation.existsUntil().map(until -> until.isBefore(date)).orElse(false);
  }

  Organisation organisation(String id) {
    for (Organisation organisation : record.organisations()) {
      if (organisation.id().equals(id)) {
        return organisation;
      }
    }
    throw new IllegalStateException("a valid record names only its own organisations: " + id);
  }

  /** The bodies the record lists: the partnership, then its subgroups. */
  List<String> bodies() {
    List<String> bodies = new ArrayList<>();
    bodies.add(partnership);
    for (Subgroup subgroup : record.subgroups()) {
      bodies.add(subgroup.id());
    }
    return bodies;
  }

  /** The latest approval of a body's terms of reference on or before D; on equal dates the one listed last. */
  Optional<TermsOfReference> latestApproval(String body) {
    TermsOfReference latest = null;
    for (TermsOfReference tor : record.termsOfReference()) {
      if (tor.body().equals(body) && byDate(tor.approvedOn())
          && (latest == null || !tor.approvedOn().isBefore(latest.approvedOn()))) {
        latest = tor;
      }
    }
    return Optional.ofNullable(latest);
  }

  /** The first approval of a body's terms of reference on or before D. */
  Optional<TermsOfReference> firstApproval(String body) {
    TermsOfReference first = null;
    for (TermsOfReference tor : record.termsOfReference()) {
      if (tor.body().equals(body) && byDate(tor.approvedOn()) && (first == null || tor.approvedOn().isBefore(first.approvedOn()))) {
        first = tor;
      }
    }
    return Optional.ofNullable(first);
  }

  /** The JSON path of an element of a root list: {@code $.termsOfReference[3]}. */
  String path(String rootList, Object element) {
    List<?> list = switch (rootList) {
      case "termsOfReference" -> record.termsOfReference();
      case "meetings" -> record.meetings();
      case "grants" -> record.grants();
      case "externalAwards" -> record.externalAwards();
      case "scrutinySessions" -> record.scrutinySessions();
      case "domesticHomicideReviews" -> record.domesticHomicideReviews();
      case "waivers" -> record.waivers();
      default -> throw new IllegalArgumentException("no root list " + rootList);
    };
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == element) {
        return "$." + rootList + "[" + i + "]";
      }
    }
    throw new IllegalArgumentException("not an element of " + rootList + ": " + element);
  }
}

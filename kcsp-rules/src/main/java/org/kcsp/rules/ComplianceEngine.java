package org.kcsp.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.kcsp.model.GrantConditions;
import org.kcsp.model.Partnership;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Project;
import org.kcsp.model.io.RecordLocations;
import org.kcsp.rules.internal.Applicability;
import org.kcsp.rules.internal.ChangeDays;
import org.kcsp.rules.internal.FactPreparation;
import org.kcsp.rules.internal.FindingSort;
import org.kcsp.rules.internal.PreparedFacts;
import org.kcsp.rules.internal.ReportFigures;
import org.kcsp.rules.internal.RuleBase;
import org.kcsp.rules.internal.RuleMetadata;
import org.kcsp.rules.internal.SubjectNames;
import org.kcsp.rules.internal.SubjectLocations;
import org.kcsp.rules.spi.KnownRulesFact;
import org.kcsp.rules.spi.Missing;
import org.kcsp.rules.spi.Needs;
import org.kcsp.rules.spi.Raised;
import org.kcsp.rules.spi.Text;
import org.kcsp.rules.spi.WaiverFact;

/**
 * Checks partnership records against the rules and reports what it finds.
 *
 * <pre>{@code
 * ComplianceEngine engine = ComplianceEngine.standard();      // build once, share across threads
 * PartnershipRecord record = RecordReader.read(Path.of("kcsp-2022-07.json"));
 * ComplianceReport report = engine.check(record, LocalDate.of(2022, 7, 14));
 * if (report.hasErrors()) {
 *   report.openFindings().forEach(f -> System.out.println(f.rule() + " " + f.subject().id() + ": " + f.message()));
 * }
 * }</pre>
 *
 * <p>{@link #standard()} runs the standard rules from a rule base compiled at build time. {@link
 * #builder()} adds an application's own DRL rules, leaves rules out, keeps only some, or changes a
 * rule's severity:
 *
 * <pre>{@code
 * ComplianceEngine engine = ComplianceEngine.builder()
 *     .addRules(Path.of("our-rules.drl"))
 *     .skip("PROJECT_LOCAL_SCOPE")
 *     .severity("TOR_REVIEW_NOT_ALIGNED", Severity.ERROR)
 *     .build();
 * }</pre>
 *
 * <p>A check takes the record as it stood on the date ({@link PartnershipRecord#viewAsOf}), runs
 * the rules in a fresh session, applies the record's waivers and gives every rule its outcome. It
 * never changes the record and never reads the clock. Each finding and gap is placed in the record
 * ({@link Finding#location()}, {@link Gap#location()}): by path, and with the file, line and column
 * of a record {@link org.kcsp.model.io.RecordReader} read. An engine is immutable and thread-safe.
 * {@link #checkAll} checks many records on several threads, in bounded memory, handing over each
 * result as soon as it is ready: a national dataset is one call.
 */
public final class ComplianceEngine {

  /** The most rule firings one check may take before it is stopped as a runaway. */
  public static final int DEFAULT_MAX_FIRINGS = 1_000_000;

  /** The policy a version 1 record is checked under when neither the engine nor the record names one. */
  static final String DEFAULT_POLICY = Policy.KCSP;

  private final RuleBase rules;
  // The metadata declared in each rule's DRL, by id, for lookups in every check.
  private final Map<String, RuleMetadata> declared;
  // The policy the engine was built with, applied; null when each record is checked under its own.
  private final AppliedPolicy policy;
  // Each built-in policy, applied, by id: what a record is checked under when the engine has no policy.
  private final Map<String, AppliedPolicy> builtIns;
  private final KnownRulesFact known;
  private final int maxFirings;

  private ComplianceEngine(RuleBase rules, Policy policy, Set<String> only, Set<String> skip,
      Map<String, Severity> severities, int maxFirings) {
    this.rules = rules;
    Set<String> ids = rules.metadata().keySet();
    this.known = new KnownRulesFact(ids, id -> RuleCatalog.nearest(ids, id, 1).get(0));
    this.maxFirings = maxFirings;
    this.declared = Map.copyOf(rules.metadata());
    if (policy != null) {
      this.policy = new AppliedPolicy(rules, policy, only, skip, severities);
      this.builtIns = Map.of();
    } else {
      this.policy = null;
      Map<String, AppliedPolicy> applied = new HashMap<>();
      for (Policy builtIn : Policy.builtIns()) {
        applied.put(builtIn.id(), new AppliedPolicy(rules, builtIn, only, skip, severities));
      }
      this.builtIns = Map.copyOf(applied);
    }
  }

  /**
   * The standard rules of the catalogue, from the rule base compiled at build time. The rule base
   * is loaded once per class loader; engines share it. Each record is checked under the policy it
   * names, else its version's default: {@code kcsp} for a version 1 record, {@code england} for a
   * version 2 one.
   */
  public static ComplianceEngine standard() {
    return new ComplianceEngine(RuleBase.shared(), null, Set.of(), Set.of(), Map.of(), DEFAULT_MAX_FIRINGS);
  }

  /** An engine of the standard rules, changed or extended. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The rules this engine runs, with their metadata, severities and sources: under its policy, or,
   * when it has none, under the default policy of a version 1 record ({@code kcsp}).
   */
  public RuleCatalog catalog() {
    return (policy != null ? policy : builtIns.get(DEFAULT_POLICY)).catalog();
  }

  /** The policy the engine was built with, if it was given one; else each record is checked under its own. */
  public Optional<Policy> policy() {
    return Optional.ofNullable(policy).map(AppliedPolicy::policy);
  }

  /**
   * The policy a record is checked under, the one place that decides it: the engine's policy when
   * it was built with one ({@link Builder#policy}, the command line's {@code --policy}); else the
   * record's own {@code policy} (a built-in one: a record never names a file); else the default of
   * the record's version, {@code kcsp} for version 1 and {@code england} for version 2 ({@link
   * PartnershipRecord#effectivePolicy()} gives both).
   */
  private AppliedPolicy policyFor(PartnershipRecord record) {
    if (policy != null) {
      return policy;
    }
    return builtIns.get(record.effectivePolicy().id());
  }

  /**
   * Checks the record as of its own {@code asOf} date.
   *
   * @throws IllegalArgumentException if the record has no {@code asOf}: pass the date instead
   */
  public ComplianceReport check(PartnershipRecord record) {
    return check(record, record.asOf().orElseThrow(() -> new IllegalArgumentException(
        "the record has no asOf date: call check(record, date)")));
  }

  /**
   * Checks the record as it stood on {@code asOf}. A partnership formed after {@code asOf} ({@code
   * existsFrom}) is not checked: every rule is NOT_APPLICABLE, its reason the day it was formed. One
   * whose last day ({@code existsUntil}) is before {@code asOf} is checked as it stood on that day:
   * the report's {@link ComplianceReport#asOf()} stays {@code asOf}, and its {@link
   * ComplianceReport#effectiveDate()} is that day.
   *
   * @throws RuleExecutionException if a rule throws or rules run away; the engine stays usable
   */
  public ComplianceReport check(PartnershipRecord record, LocalDate asOf) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(asOf, "asOf");
    AppliedPolicy applied = policyFor(record);
    Partnership partnership = record.partnership();
    Optional<LocalDate> formed = partnership.existsFrom().filter(asOf::isBefore);
    if (formed.isPresent()) {
      return notYetFormed(applied, record, asOf, formed.get());
    }
    // A partnership that had ceased is checked as it stood on its last day; the report keeps D.
    LocalDate effective = partnership.existsUntil().filter(asOf::isAfter).orElse(asOf);
    PreparedFacts facts = FactPreparation.prepare(record, record.viewAsOf(effective), effective, applied.fact());
    List<Object> session = new ArrayList<>(facts.facts());
    session.add(rules.lawDates());
    session.addAll(applied.disabledOn(effective));
    if (!facts.view().waivers().isEmpty()) {
      session.add(known); // WAIVER_UNUSED tells a waiver of no rule from one that covers nothing
    }
    // a rule whose duty is not in force on the date is not run (@inForceFrom)
    return report(applied, facts, asOf, rules.fire(session, applied.enabledOn(effective), maxFirings),
        SubjectLocations.of(record));
  }

  /**
   * The report on a partnership not yet formed on {@code asOf}: no rule fires, and every rule of
   * the policy is NOT_APPLICABLE, the reason naming the day it was formed.
   */
  private ComplianceReport notYetFormed(AppliedPolicy applied, PartnershipRecord record, LocalDate asOf, LocalDate formed) {
    PreparedFacts facts = FactPreparation.prepare(record, record.viewAsOf(asOf), asOf, applied.fact());
    String reason = "formed on " + Text.date(formed);
    List<RuleResult> results = applied.catalog().rules().stream()
        .map(rule -> new RuleResult(rule.id(), rule.severity(), Outcome.NOT_APPLICABLE, reason, 0))
        .toList();
    ReportFigures figures = ReportFigures.of(facts.view(), applied.fact(), List.of(), results);
    return ComplianceReport.builder()
        .recordFile(RecordLocations.of(record).file())
        .recordFormat(record.format().id())
        .policy(applied.policy().id())
        .partnershipId(record.partnership().id())
        .partnershipName(record.partnership().name())
        .asOf(asOf)
        .rules(results)
        .skippedRules(applied.skipped())
        .catalog(applied.catalog())
        .grants(figures.grants())
        .termsOfReference(figures.termsOfReference())
        .build();
  }

  /**
   * What falls due: the findings open on some day in ({@code from}, {@code from + days}] that are
   * not open on {@code from}, each with the first day it opens and the finding as that day's check
   * reports it. Exactly what checking the record on each of those days would give, a waiver that
   * ends included (its finding opens the day after the waiver's last day), and gaps left out: a
   * gap is not a finding.
   *
   * <pre>{@code
   * Forecast forecast = engine.forecast(record, LocalDate.of(2022, 7, 14), 365);
   * forecast.due().forEach(due -> System.out.println(due.opensOn() + ": " + due.finding().message()));
   * }</pre>
   *
   * <p>With the standard rules, the record is checked only on the days its findings can change:
   * the dates of the record and the law, moved by the rules' periods (docs/performance.md says
   * why this gives exactly the day-by-day answer). With rules of one's own, whose comparisons of
   * dates the engine cannot know, it is checked on every day.
   *
   * @param days how many days after {@code from} to look at, 0 or more
   * @throws IllegalArgumentException if {@code days} is negative
   * @throws RuleExecutionException if a rule throws or rules run away on one of the days
   */
  public Forecast forecast(PartnershipRecord record, LocalDate from, int days) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(from, "from");
    if (days < 0) {
      throw new IllegalArgumentException("a forecast looks 0 days ahead or more, got " + days);
    }
    LocalDate to = from.plusDays(days);
    AppliedPolicy applied = policyFor(record);
    Set<String> openBefore = new HashSet<>();
    check(record, from).openFindings().forEach(finding -> openBefore.add(finding.fingerprint()));
    Iterable<LocalDate> changes = rules == RuleBase.shared()
        ? ChangeDays.between(record, from, to, applied.fact(), declared.values())
        : from.plusDays(1).datesUntil(to.plusDays(1))::iterator;
    Map<String, String> names = SubjectNames.of(record);
    Map<String, Forecast.Due> due = new LinkedHashMap<>();
    for (LocalDate day : changes) {
      for (Finding finding : check(record, day).openFindings()) {
        if (!openBefore.contains(finding.fingerprint()) && !due.containsKey(finding.fingerprint())) {
          Subject subject = finding.subject();
          String name = names.getOrDefault(subject.id(), subject.id());
          due.put(finding.fingerprint(), new Forecast.Due(day, finding, declared.get(finding.rule()).due() + ": " + name));
        }
      }
    }
    List<Forecast.Due> list = new ArrayList<>(due.values());
    list.sort(Forecast.Due.ORDER);
    return Forecast.builder()
        .partnershipId(record.partnership().id())
        .partnershipName(record.partnership().name())
        .recordFormat(record.format().id())
        .policy(applied.policy().id())
        .asOf(from)
        .until(to)
        .due(list)
        .build();
  }

  /**
   * What changed between two reports: each finding NEW, RESOLVED, UNCHANGED or CHANGED (another
   * severity, waiver or evidence), matched by {@linkplain Finding#fingerprint() fingerprint}. The
   * reports may be of one record on two dates, or of two versions of a record.
   *
   * <pre>{@code
   * ReportDiff meeting = ComplianceEngine.diff(engine.check(record, LocalDate.of(2022, 7, 13)),
   *     engine.check(record, LocalDate.of(2022, 7, 14)));
   * meeting.changes(ReportDiff.Status.RESOLVED);        // what the meeting put right
   * }</pre>
   *
   * @throws IllegalArgumentException if a report holds two findings of one fingerprint, which a
   *     report of this engine never does
   */
  public static ReportDiff diff(ComplianceReport before, ComplianceReport after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    return FindingMatch.diff(before, after);
  }

  /**
   * What a proposed project would change: the diff between the record's report on {@code asOf} and
   * the report of the record with {@code project} added to grant {@code grant}. Nothing is written;
   * the record is not changed.
   *
   * <pre>{@code
   * Project bystander = Project.builder().id("bystander-approach-training").title("Bystander Approach Training")
   *     .pot(Pot.TACTICAL).status(ProjectStatus.PROPOSED).build();
   * engine.whatIf(record, "CRG-2022-23", bystander, LocalDate.of(2022, 7, 13))
   *     .changes(ReportDiff.Status.NEW);                // PROJECT_DUPLICATE_FUNDING, with the VRU's award
   * }</pre>
   *
   * @throws IllegalArgumentException if the record has no grant {@code grant}, or its projects are
   *     not recorded (version 2): a proposal is weighed against the projects it joins
   * @throws org.kcsp.model.InvalidRecordException if the project does not fit the record (its id
   *     is another project's, it serves a priority the agreement does not hold), each problem at its
   *     path in the project, such as {@code $.id}
   */
  public ReportDiff whatIf(PartnershipRecord record, String grant, Project project, LocalDate asOf) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(grant, "grant");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(asOf, "asOf");
    PartnershipRecord proposed = FindingMatch.withProject(record, grant, project);
    return diff(check(record, asOf), check(proposed, asOf));
  }

  /**
   * Checks many records on {@code threads} threads and hands each result to {@code consumer} as
   * soon as it is ready, so a national dataset is one call. Each record is checked as of {@code
   * asOf}, or, when it is {@code null}, as of the record's own {@code asOf} date.
   *
   * <pre>{@code
   * List<Path> files = ...;   // 300 partnerships x 10 years
   * Iterator<Supplier<PartnershipRecord>> records = files.stream()
   *     .map(file -> (Supplier<PartnershipRecord>) () -> RecordReader.read(file))
   *     .iterator();
   * engine.checkAll(records, null, Runtime.getRuntime().availableProcessors(), result ->
   *     result.report().ifPresentOrElse(
   *         report -> System.out.println(files.get(result.index()) + ": " + report.openFindings().size()),
   *         () -> System.err.println(files.get(result.index()) + ": " + result.failure().get().getMessage())));
   * }</pre>
   *
   * <ul>
   *   <li>Suppliers are called on worker threads, so reading or building records is shared out
   *       too; the iterator is walked on the calling thread only.
   *   <li>The consumer is called on the calling thread, one result at a time, in the order the
   *       results are ready (not the input's: {@link BatchResult#index()} says which record it
   *       is). It needs no locking. With one thread the order is the input's.
   *   <li>Memory stays bounded: at most two records per thread are taken from the iterator and not
   *       yet handed to the consumer, and nothing is kept after that.
   *   <li>A record that cannot be read or checked does not stop the batch: its result carries the
   *       exception ({@link BatchResult#failure()}). An exception thrown by the iterator or the
   *       consumer, or an {@link Error}, stops it and is thrown from here; records in flight are
   *       then abandoned.
   * </ul>
   *
   * @param records suppliers of the records, such as readers of files; one result for each
   * @param asOf the evaluation date of every record, or {@code null} for each record's own
   * @param threads how many records to check at once, at least 1; usually the number of cores
   * @param consumer takes each result
   * @throws IllegalArgumentException if {@code threads} is less than 1
   * @throws java.util.concurrent.CancellationException if the calling thread is interrupted
   */
  public void checkAll(Iterator<? extends Supplier<? extends PartnershipRecord>> records, LocalDate asOf,
      int threads, Consumer<? super BatchResult> consumer) {
    BatchOptions options = BatchOptions.threads(threads);
    checkAll(records, asOf == null ? options : options.withAsOf(asOf), consumer);
  }

  /**
   * Checks many records as {@link #checkAll(Iterator, LocalDate, int, Consumer)} does, with the
   * date, threads and order of delivery given by {@code options}: a fallback date for records
   * without an {@code asOf} of their own (instead of copying each record to give it one), and
   * results in the input's order when the consumer writes them out one after another.
   *
   * <pre>{@code
   * engine.checkAll(records, BatchOptions.threads(4).withFallbackDate(today).inInputOrder(),
   *     result -> print(result));
   * }</pre>
   *
   * @throws java.util.concurrent.CancellationException if the calling thread is interrupted
   */
  public void checkAll(Iterator<? extends Supplier<? extends PartnershipRecord>> records, BatchOptions options,
      Consumer<? super BatchResult> consumer) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(consumer, "consumer");
    BatchRun.run(this, records, options, consumer);
  }

  /**
   * Checks many records as {@link #checkAll(Iterator, BatchOptions, Consumer)} does, on as many
   * threads and in as little memory, and lays their reports side by side: a row per record checked,
   * in the input's order, a column per rule, the outcome in each cell ({@link Portfolio}). Each
   * result is handed to {@code each} as well, as soon as it is ready: what a portfolio does not
   * keep, such as every finding, can be written as it comes; a record that could not be read or
   * checked has no row, and its result says why.
   *
   * <pre>{@code
   * Portfolio portfolio = engine.portfolio(records, BatchOptions.threads(4).inInputOrder(),
   *     result -> result.failure().ifPresent(e -> System.err.println(e.getMessage())));
   * }</pre>
   *
   * @throws java.util.concurrent.CancellationException if the calling thread is interrupted
   */
  public Portfolio portfolio(Iterator<? extends Supplier<? extends PartnershipRecord>> records, BatchOptions options,
      Consumer<? super BatchResult> each) {
    Objects.requireNonNull(each, "each");
    Portfolio.Builder portfolio = Portfolio.builder();
    checkAll(records, options, result -> {
      result.report().ifPresent(report -> portfolio.add(result.index(), report));
      each.accept(result);
    });
    return portfolio.build();
  }

  private ComplianceReport report(AppliedPolicy applied, PreparedFacts facts, LocalDate asOf, RuleBase.Fired fired,
      SubjectLocations where) {
    List<WaiverFact> waivers = facts.all(WaiverFact.class);
    List<Finding> findings = new ArrayList<>(fired.raised().size());
    for (Raised r : fired.raised()) {
      RuleDescriptor rule = applied.descriptor(r.rule());
      if (rule == null) {
        continue;
      }
      // A finding's own severity stands unless the engine gives its rule another than the declared one.
      Severity severity = r.severity() != null && rule.severity() == declared.get(r.rule()).severity()
          ? r.severity() : rule.severity();
      Evidence evidence = r.evidence();
      Finding.Builder finding = Finding.builder()
          .rule(r.rule())
          .severity(severity)
          .subject(new Subject(r.kind(), r.subject()))
          .message(r.message())
          .evidence(evidence)
          .fingerprint(Fingerprints.of(r.rule(), r.subject(), evidence, declared.get(r.rule()).fingerprint()))
          .source(rule.source())
          .location(where.of(new Subject(r.kind(), r.subject())));
      for (WaiverFact w : waivers) {
        if (w.covers(r.rule(), r.subject())) {
          finding.waived(new Waived(w.reason(), w.approvedBy(), w.until()));
          break;
        }
      }
      findings.add(finding.build());
    }
    FindingSort.sort(findings);
    numberAlike(findings);
    List<Gap> gaps = gaps(applied, fired.missing(), findings, where);
    List<RuleResult> results = results(applied, facts, findings, gaps);
    ReportFigures figures = ReportFigures.of(facts.view(), applied.fact(), findings, results);
    return ComplianceReport.builder()
        .recordFile(where.file())
        .recordFormat(facts.view().format().id())
        .policy(applied.policy().id())
        .partnershipId(facts.view().partnership().id())
        .partnershipName(facts.view().partnership().name())
        .asOf(asOf)
        .effectiveDate(facts.date().equals(asOf) ? Optional.empty() : Optional.of(facts.date()))
        .findings(findings)
        .gaps(gaps)
        .rules(results)
        .skippedRules(applied.skipped())
        .catalog(applied.catalog())
        .grants(figures.grants())
        .termsOfReference(figures.termsOfReference())
        .build();
  }

  /**
   * Keeps fingerprints apart when a rule's declared evidence cannot: the second and later of the
   * findings that share one, in report order, get {@code /#2}, {@code /#3}... A record can hold
   * things it gives no way to tell apart, such as two rollovers into one pot from no named grant on
   * no known date; the standard rules' declarations tell apart every finding of every bundled and
   * generated record without it.
   */
  private static void numberAlike(List<Finding> findings) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = findings.get(i);
      int count = seen.merge(finding.fingerprint(), 1, Integer::sum);
      if (count > 1) {
        findings.set(i, Finding.builder().from(finding).fingerprint(finding.fingerprint() + "/#" + count).build());
      }
    }
  }

  /**
   * The gaps of the rules this engine runs, in {@link Gap#ORDER}: one per rule, subject and path,
   * and none on a subject that has an open finding of the same rule, unless the gap is about
   * another part of the subject than every such finding ({@link Missing#about}).
   */
  private List<Gap> gaps(AppliedPolicy applied, List<Missing> missing, List<Finding> findings, SubjectLocations where) {
    if (missing.isEmpty()) {
      return List.of();
    }
    Map<String, Map<Subject, List<Evidence>>> open = new HashMap<>();
    for (Finding finding : findings) {
      if (finding.isOpen()) {
        open.computeIfAbsent(finding.rule(), rule -> new HashMap<>())
            .computeIfAbsent(finding.subject(), subject -> new ArrayList<>())
            .add(finding.evidence());
      }
    }
    List<Gap> gaps = new ArrayList<>(missing.size());
    for (Missing m : missing) {
      if (applied.descriptor(m.rule()) == null) {
        continue;
      }
      Subject subject = new Subject(m.kind(), m.subject());
      List<Evidence> found = open.getOrDefault(m.rule(), Map.of()).getOrDefault(subject, List.of());
      if (found.stream().allMatch(m::isAboutAnotherPartThan)) {
        gaps.add(new Gap(m.rule(), subject, m.path(), m.message(), where.ofMissing(m.path())));
      }
    }
    gaps.sort(Gap.ORDER);
    // Gaps alike but for their message sort together; the first of them stands for all.
    Map<List<Object>, Gap> once = new LinkedHashMap<>();
    for (Gap gap : gaps) {
      once.putIfAbsent(List.of(gap.rule(), gap.subject(), gap.missing()), gap);
    }
    return List.copyOf(once.values());
  }

  /**
   * Every rule's outcome, in the precedence of {@link Outcome}, with its reason and how many
   * subjects it checked. A rule of grant conditions (kind G) sees only the grants under them: when
   * only grants outside them would give it subjects, it is not applicable, not in their conditions.
   */
  private List<RuleResult> results(AppliedPolicy applied, PreparedFacts facts, List<Finding> findings, List<Gap> gaps) {
    Map<String, int[]> found = new HashMap<>(); // by rule: open findings, waived findings
    for (Finding finding : findings) {
      found.computeIfAbsent(finding.rule(), rule -> new int[2])[finding.isOpen() ? 0 : 1]++;
    }
    Map<String, List<Gap>> gapsByRule = new HashMap<>();
    for (Gap gap : gaps) {
      gapsByRule.computeIfAbsent(gap.rule(), rule -> new ArrayList<>()).add(gap);
    }
    // Rules share their needs: each scope is worked out once a check, and why it is not met once
    // too; by grant conditions (null for a rule of none), then by needs.
    Map<GrantConditions, PreparedFacts> scopes = new EnumMap<>(GrantConditions.class);
    Map<Needs, Integer> countedAll = new EnumMap<>(Needs.class);
    Map<Needs, String> unmetAll = new EnumMap<>(Needs.class);
    Map<GrantConditions, Map<Needs, Integer>> counted = new EnumMap<>(GrantConditions.class);
    Map<GrantConditions, Map<Needs, String>> unmet = new EnumMap<>(GrantConditions.class);
    List<RuleResult> results = new ArrayList<>(applied.catalog().rules().size());
    for (RuleDescriptor rule : applied.catalog().rules()) {
      int[] counts = found.getOrDefault(rule.id(), new int[2]);
      if (counts[0] == 0 && counts[1] == 0 && !rule.inForceOn(facts.date())) {
        // the duty is not yet in force on the date the record is checked as of (@inForceFrom)
        results.add(new RuleResult(rule.id(), rule.severity(), Outcome.NOT_APPLICABLE,
            "in force from " + Text.date(rule.inForceFrom().orElseThrow()), 0));
        continue;
      }
      Needs needs = declared.get(rule.id()).needs();
      GrantConditions conditions = applied.conditionsOf(rule.id());
      PreparedFacts scope = conditions == null ? facts : scopes.computeIfAbsent(conditions, facts::underConditions);
      Map<Needs, Integer> countedHere = conditions == null ? countedAll
          : counted.computeIfAbsent(conditions, c -> new EnumMap<>(Needs.class));
      int checked = countedHere.computeIfAbsent(needs, n -> Applicability.count(n, scope));
      List<Gap> ruleGaps = gapsByRule.getOrDefault(rule.id(), List.of());
      Outcome outcome = counts[0] > 0 ? Outcome.FAIL
          : counts[1] > 0 ? Outcome.WAIVED
          : !ruleGaps.isEmpty() ? Outcome.NOT_ASSESSED
          : checked > 0 ? Outcome.PASS
          : Outcome.NOT_APPLICABLE;
      String reason;
      if (outcome != Outcome.NOT_APPLICABLE) {
        reason = Reasons.of(outcome, counts[0], counts[1], ruleGaps, Applicability.checked(needs, scope, checked));
      } else if (conditions != null && outsideConditions(applied, facts, conditions,
          countedAll.computeIfAbsent(needs, n -> Applicability.count(n, facts)))) {
        reason = NOT_IN_GRANT_CONDITIONS;
      } else {
        Map<Needs, String> unmetHere = conditions == null ? unmetAll
            : unmet.computeIfAbsent(conditions, c -> new EnumMap<>(Needs.class));
        reason = unmetHere.computeIfAbsent(needs, n -> Applicability.whyNot(n, scope));
      }
      results.add(new RuleResult(rule.id(), rule.severity(), outcome, reason, checked));
    }
    return results;
  }

  /**
   * Whether a G rule that checks nothing does not apply because no grant is under its conditions:
   * the record's grants meet its needs but none is under them, or the record leaves its grants not
   * recorded (version 2) and the policy puts no grant under them by default ({@code england}).
   */
  private static boolean outsideConditions(AppliedPolicy applied, PreparedFacts facts, GrantConditions conditions,
      int checkedUnderAny) {
    return checkedUnderAny > 0
        || !facts.view().isRecorded("grants") && !applied.fact().grantConditions().contains(conditions);
  }

  /** Why a rule of grant conditions does not apply when the record's grants are under none of them. */
  static final String NOT_IN_GRANT_CONDITIONS = "not in the grant's conditions";

  /** Builds an engine: the standard rules, plus custom DRL, minus skipped rules, with severities changed. */
  public static final class Builder {
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Set<String> skipped = new LinkedHashSet<>();
    private final Set<String> only = new LinkedHashSet<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private Policy policy;
    private int maxFirings = DEFAULT_MAX_FIRINGS;

    private Builder() {}

    /** The largest DRL file {@link #addRules(Path)} reads: 1 MiB. */
    public static final int MAX_RULES_BYTES = 1024 * 1024;

    /**
     * Adds the rules of a DRL file, compiled when the engine is built. The file must be a regular
     * file (not a directory, a device or a pipe) of UTF-8 text, at most {@link #MAX_RULES_BYTES}
     * (1 MiB) long: rules are read whole, and a larger or endless file is refused after 1 MiB
     * rather than filling the memory.
     *
     * @throws RuleDefinitionException naming the file, if it does not exist, is not a regular file,
     *     is larger than 1 MiB, is not UTF-8 or cannot be read
     */
    public Builder addRules(Path drl) {
      if (!Files.isRegularFile(drl)) {
        throw new RuleDefinitionException(List.of(drl + (Files.exists(drl)
            ? ": not a regular file (a directory, a device or a pipe); rules are read from a file of at most 1 MiB"
            : ": there is no such file")));
      }
      try (InputStream in = Files.newInputStream(drl)) {
        byte[] bytes = in.readNBytes(MAX_RULES_BYTES + 1);
        if (bytes.length > MAX_RULES_BYTES) {
          throw new RuleDefinitionException(List.of(drl + ": larger than 1 MiB, the most a rules file may be"));
        }
        return addRules(drl.toString(), StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString());
      } catch (java.nio.charset.CharacterCodingException e) {
        throw new RuleDefinitionException(List.of(drl + ": not UTF-8 text"));
      } catch (NoSuchFileException e) {
        throw new RuleDefinitionException(List.of(drl + ": there is no such file"));
      } catch (IOException e) {
        throw new RuleDefinitionException(List.of(drl + ": cannot be read: " + e.getMessage()));
      }
    }

    /** Adds the rules of a DRL resource on the class path, such as {@code "rules/ours.drl"}. */
    public Builder addRulesFromClasspath(String resource) {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      try (InputStream in = (loader == null ? ComplianceEngine.class.getClassLoader() : loader).getResourceAsStream(resource)) {
        if (in == null) {
          throw new RuleDefinitionException(List.of(resource + ": no such resource on the class path"));
        }
        return addRules(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new RuleDefinitionException(List.of(resource + ": cannot be read: " + e.getMessage()));
      }
    }

    /**
     * Adds rules written as DRL text.
     *
     * @param name what to call the text in error messages, such as a file name
     */
    public Builder addRules(String name, String drl) {
      sources.put(name, drl);
      return this;
    }

    /**
     * Checks every record under this policy: its rules, with its severities, sources and
     * parameters, its included rules, and its grants' default conditions, whatever policy a record
     * names. Without one, each record is checked under the built-in policy it names, else its
     * version's default ({@code kcsp} for version 1, {@code england} for version 2).
     * What {@link #skip}, {@link #only} and {@link #severity} say applies on top of it.
     *
     * <pre>{@code
     * ComplianceEngine.builder().policy(Policy.builtIn("england")).build();
     * }</pre>
     */
    public Builder policy(Policy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** Leaves these rules out. */
    public Builder skip(String... ids) {
      skipped.addAll(List.of(ids));
      return this;
    }

    /** Runs only these rules. */
    public Builder only(String... ids) {
      only.addAll(List.of(ids));
      return this;
    }

    /** Gives a rule's findings this severity. */
    public Builder severity(String id, Severity severity) {
      severities.put(id, Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /** Stops a check as a runaway after this many rule firings. */
    public Builder maxFirings(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("maxFirings must be at least 1, got " + limit);
      }
      this.maxFirings = limit;
      return this;
    }

    /**
     * The engine.
     *
     * @throws RuleDefinitionException if custom DRL does not compile or lacks metadata, or a rule
     *     named here does not exist
     */
    public ComplianceEngine build() {
      RuleBase rules;
      if (sources.isEmpty()) {
        rules = policy == null ? RuleBase.shared() : policy.ruleBase();
      } else {
        Map<String, String> all = new LinkedHashMap<>(policy == null ? Map.of() : policy.includedDrl());
        all.putAll(sources);
        rules = RuleBase.withCustomRules(RuleBase.shared(), all);
      }
      Set<String> known = rules.metadata().keySet();
      List<String> problems = new ArrayList<>();
      Set<String> named = new LinkedHashSet<>(skipped);
      named.addAll(only);
      named.addAll(severities.keySet());
      for (String id : named) {
        if (!known.contains(id)) {
          problems.add("there is no rule " + id + "; nearest: " + String.join(", ", RuleCatalog.nearest(known, id, 3)));
        }
      }
      if (!problems.isEmpty()) {
        throw new RuleDefinitionException(problems);
      }
      return new ComplianceEngine(rules, policy, Set.copyOf(only), Set.copyOf(skipped), Map.copyOf(severities), maxFirings);
    }
  }
}

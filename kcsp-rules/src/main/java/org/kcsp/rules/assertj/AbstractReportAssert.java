package org.kcsp.rules.assertj;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.error.ShouldNotBeNull;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Gap;
import org.kcsp.rules.RuleCatalog;
import org.kcsp.rules.RuleResult;
import org.kcsp.rules.Severity;

/**
 * Assertions on a {@link ComplianceReport} that read like the rule catalogue, to extend with
 * assertions of your own (AssertJ's self-type pattern). {@link ReportAssert} is the concrete
 * class; start from {@link ComplianceAssertions#assertThat(ComplianceReport)}, or from {@link
 * ComplianceSoftAssertions} to collect every failure of a test.
 *
 * <pre>{@code
 * assertThat(report).hasFinding("PROJECT_DUPLICATE_FUNDING").on("bystander-approach-training").withSeverity(ERROR);
 * assertThat(report).hasNoFinding("GRANT_TACTICAL_POT_OVER_CAP");
 * assertThat(report).hasGap("GRANT_POT_OVERCOMMITTED").on("CRG-2019-20").at("$.grants[0].projects[4].amount");
 * assertThat(report).outcomeOf("SCRUTINY_NOT_ANNUAL").isNotApplicable();
 * }</pre>
 *
 * <h2>Rule ids are checked</h2>
 *
 * <p>Every assertion that names a rule ({@link #hasFinding}, both {@link #hasNoFinding}s, {@link
 * #hasGap}, both {@link #hasNoGap}s, {@link #outcomeOf}) first requires the report to have checked that rule, that is to list it in {@link
 * ComplianceReport#rules()}, and fails if it did not:
 *
 * <ul>
 *   <li>a rule id the engine does not know (misspelt, or a custom rule the engine was not given)
 *       fails, naming the nearest ids the report checked: {@code expected a finding of rule
 *       MISSPELT_ID, but no rule of that id was checked: did you mean ...?};
 *   <li>a rule the engine knows but was built not to run ({@link
 *       org.kcsp.rules.ComplianceEngine.Builder#skip skip}, or left out by {@link
 *       org.kcsp.rules.ComplianceEngine.Builder#only only}; {@link
 *       ComplianceReport#skippedRules()}) fails too, saying so: {@code hasNoFinding} of a rule
 *       that never ran would pass whatever the record holds. {@link #didNotCheck} asserts that a
 *       rule was left out.
 * </ul>
 *
 * <h2>Failures</h2>
 *
 * <p>A failure says what was expected and lists what the report holds instead: the findings of
 * the rule, or of the report, each with its severity, subject, message and evidence; or its gaps,
 * each with its subject, path and message. A
 * description given with {@link #as(String, Object...) as(...)} heads every failure, including
 * those of the assertions chained from this one ({@link FindingsAssert}, {@link GapsAssert}, {@link
 * OutcomeAssert}).
 *
 * <h2>Soft assertions</h2>
 *
 * <p>With {@link ComplianceSoftAssertions} every failure is collected, including those of chained
 * assertions. A chain stops checking at its first failure (its later steps would narrow nothing),
 * so each chain reports at most one failure; {@link FindingsAssert#single()} then returns {@code
 * null}.
 *
 * <h2>Extending</h2>
 *
 * <pre>{@code
 * public class OurReportAssert extends AbstractReportAssert<OurReportAssert> {
 *   public OurReportAssert(ComplianceReport actual) {
 *     super(actual, OurReportAssert.class);
 *   }
 *
 *   public OurReportAssert isCompliant() {
 *     return hasNoErrors().hasNoFinding("TOR_REVIEW_OVERDUE");
 *   }
 * }
 * }</pre>
 *
 * <p>For soft assertions, give it a {@link org.assertj.core.api.SoftAssertionsProvider} whose
 * {@code assertThat} returns {@code proxy(OurReportAssert.class, ComplianceReport.class, actual)},
 * as {@link ComplianceSoftAssertionsProvider} does. {@link #hasFinding}, {@link #hasGap} and {@link
 * #outcomeOf} are final: they hand their failures to {@link #failWith}, which soft assertions collect, so that the
 * chains they start stay usable after a failure.
 *
 * @param <SELF> the type of the concrete assertion, returned by the assertions for chaining
 */
public abstract class AbstractReportAssert<SELF extends AbstractReportAssert<SELF>>
    extends AbstractAssert<SELF, ComplianceReport> {

  private static final int SUGGESTIONS = 3;

  /**
   * Assertions on {@code actual}.
   *
   * @param actual the report, which may be {@code null} (every assertion then fails)
   * @param selfType the class of the concrete assertion
   */
  protected AbstractReportAssert(ComplianceReport actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Asserts the report has at least one finding of {@code rule}; narrow it with {@link
   * FindingsAssert#on on(...)}, {@link FindingsAssert#withSeverity withSeverity(...)}...
   *
   * @param rule the id of a rule the report checked
   * @return assertions on the findings of {@code rule}
   */
  public final FindingsAssert<SELF> hasFinding(String rule) {
    Objects.requireNonNull(rule, "rule");
    isNotNull();
    if (actual == null) {
      // soft assertions collected the failure of isNotNull()
      return FindingsAssert.failed(myself);
    }
    String notChecked = notChecked(rule);
    if (notChecked != null) {
      failWith(failure("expected a finding of rule %s, but %s", rule, notChecked));
      return FindingsAssert.failed(myself);
    }
    List<Finding> findings = actual.findings(rule);
    if (findings.isEmpty()) {
      failWith(failure("expected a finding of rule %s, but rule %s found nothing (outcome %s); the report has %s",
          rule, rule, actual.outcome(rule), Listing.findings(actual.findings())));
      return FindingsAssert.failed(myself);
    }
    return new FindingsAssert<>(myself, rule, findings);
  }

  /**
   * Asserts the report has no finding of {@code rule}, open or waived.
   *
   * @param rule the id of a rule the report checked
   * @return this assertion, for chaining
   */
  public SELF hasNoFinding(String rule) {
    Objects.requireNonNull(rule, "rule");
    isNotNull();
    String notChecked = notChecked(rule);
    if (notChecked != null) {
      failWithMessage("expected no finding of rule %s, but %s%s", rule, notChecked, didNotCheckHint(rule));
    }
    List<Finding> findings = actual.findings(rule);
    if (!findings.isEmpty()) {
      failWithMessage("expected no finding of rule %s, but found %s", rule, Listing.found(findings));
    }
    return myself;
  }

  /**
   * Asserts the report has no finding of {@code rule} on the subject with id {@code subject}, open
   * or waived.
   *
   * @param rule the id of a rule the report checked
   * @param subject the id of the subject in the record, such as a grant's or a project's
   * @return this assertion, for chaining
   */
  public SELF hasNoFinding(String rule, String subject) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(subject, "subject");
    isNotNull();
    String notChecked = notChecked(rule);
    if (notChecked != null) {
      failWithMessage("expected no finding of rule %s on %s, but %s%s", rule, subject, notChecked, didNotCheckHint(rule));
    }
    List<Finding> findings = actual.findings(rule).stream().filter(f -> f.subject().id().equals(subject)).toList();
    if (!findings.isEmpty()) {
      failWithMessage("expected no finding of rule %s on %s, but found %s", rule, subject, Listing.found(findings));
    }
    return myself;
  }

  /**
   * Asserts the report has at least one evidence gap of {@code rule}: a subject it could not
   * decide; narrow it with {@link GapsAssert#on on(...)}, {@link GapsAssert#at at(...)}...
   *
   * @param rule the id of a rule the report checked
   * @return assertions on the gaps of {@code rule}
   */
  public final GapsAssert<SELF> hasGap(String rule) {
    Objects.requireNonNull(rule, "rule");
    isNotNull();
    if (actual == null) {
      // soft assertions collected the failure of isNotNull()
      return GapsAssert.failed(myself);
    }
    String notChecked = notChecked(rule);
    if (notChecked != null) {
      failWith(failure("expected a gap of rule %s, but %s", rule, notChecked));
      return GapsAssert.failed(myself);
    }
    List<Gap> gaps = actual.gaps(rule);
    if (gaps.isEmpty()) {
      failWith(failure("expected a gap of rule %s, but rule %s left nothing open (outcome %s); the report has %s",
          rule, rule, actual.outcome(rule), Listing.gaps(actual.gaps())));
      return GapsAssert.failed(myself);
    }
    return new GapsAssert<>(myself, rule, gaps);
  }

  /**
   * Asserts the report has no evidence gap of {@code rule}: it decided every subject.
   *
   * @param rule the id of a rule the report checked
   * @return this assertion, for chaining
   */
  public SELF hasNoGap(String rule) {
    Objects.requireNonNull(rule, "rule");
    isNotNull();
    String notChecked = notChecked(rule);
    if (notChecked != null) {
      failWithMessage("expected no gap of rule %s, but %s%s", rule, notChecked, didNotCheckHint(rule));
    }
    List<Gap> gaps = actual.gaps(rule);
    if (!gaps.isEmpty()) {
      failWithMessage("expected no gap of rule %s, but found %s", rule, Listing.foundGaps(gaps));
    }
    return myself;
  }

  /**
   * Asserts the report has no evidence gap of {@code rule} on the subject with id {@code subject}:
   * the rule decided it, a finding or clear.
   *
   * @param rule the id of a rule the report checked
   * @param subject the id of the subject in the record
   * @return this assertion, for chaining
   */
  public SELF hasNoGap(String rule, String subject) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(subject, "subject");
    isNotNull();
    String notChecked = notChecked(rule);
    if (notChecked != null) {
      failWithMessage("expected no gap of rule %s on %s, but %s%s", rule, subject, notChecked, didNotCheckHint(rule));
    }
    List<Gap> gaps = actual.gaps(rule).stream().filter(gap -> gap.subject().id().equals(subject)).toList();
    if (!gaps.isEmpty()) {
      failWithMessage("expected no gap of rule %s on %s, but found %s", rule, subject, Listing.foundGaps(gaps));
    }
    return myself;
  }

  /**
   * Asserts the report has no findings at all, open or waived.
   *
   * @return this assertion, for chaining
   */
  public SELF hasNoFindings() {
    isNotNull();
    if (!actual.findings().isEmpty()) {
      failWithMessage("expected no findings, but found %s", Listing.found(actual.findings()));
    }
    return myself;
  }

  /**
   * Asserts the report has no open {@link Severity#ERROR ERROR} finding: waived errors do not
   * count, as in {@link ComplianceReport#hasErrors()}.
   *
   * @return this assertion, for chaining
   */
  public SELF hasNoErrors() {
    isNotNull();
    List<Finding> errors = actual.openFindings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    if (!errors.isEmpty()) {
      failWithMessage("expected no open ERROR finding, but found %s", Listing.found(errors));
    }
    return myself;
  }

  /**
   * Asserts the report did not check {@code rule}: the engine that made it skips the rule or does
   * not know it. For tests of an engine's configuration, where {@link #hasNoFinding(String)}
   * fails because the rule did not run.
   *
   * @param rule a rule id
   * @return this assertion, for chaining
   */
  public SELF didNotCheck(String rule) {
    Objects.requireNonNull(rule, "rule");
    isNotNull();
    for (RuleResult result : actual.rules()) {
      if (result.rule().equals(rule)) {
        failWithMessage("expected rule %s not to be checked, but it was, with outcome %s", rule, result.outcome());
      }
    }
    List<Finding> findings = actual.findings(rule);
    if (!findings.isEmpty()) {
      failWithMessage("expected rule %s not to be checked, but found %s", rule, Listing.found(findings));
    }
    return myself;
  }

  /**
   * Assertions on the outcome of {@code rule}: {@code outcomeOf("SCRUTINY_NOT_ANNUAL").isPass()}.
   *
   * @param rule the id of a rule the report checked
   * @return assertions on its outcome
   */
  public final OutcomeAssert<SELF> outcomeOf(String rule) {
    Objects.requireNonNull(rule, "rule");
    isNotNull();
    if (actual == null) {
      // soft assertions collected the failure of isNotNull()
      return OutcomeAssert.failed(myself);
    }
    String notChecked = notChecked(rule);
    if (notChecked != null) {
      failWith(failure("expected the outcome of rule %s, but %s", rule, notChecked));
      return OutcomeAssert.failed(myself);
    }
    return new OutcomeAssert<>(myself, actual.result(rule), actual.findings(rule), actual.gaps(rule));
  }

  /**
   * Asserts the report is not {@code null}, as AssertJ does, and every assertion here does first;
   * the failure points at the test rather than at these assertions.
   *
   * @return this assertion, for chaining
   */
  @Override
  public SELF isNotNull() {
    if (actual == null) {
      throwAssertionError(ShouldNotBeNull.shouldNotBeNull());
    }
    return myself;
  }

  /**
   * Fails with {@code failure}: throws it. Every failure of {@link #hasFinding}, {@link #hasGap},
   * {@link #outcomeOf} and the assertions chained from them ends here; in soft assertions the proxy
   * AssertJ generates over this method collects it instead, so the chain goes on.
   *
   * @param failure the failure, with this assertion's description (build it with {@link
   *     #failure(String, Object...) failure(...)})
   */
  protected void failWith(AssertionError failure) {
    throw failure;
  }

  /**
   * A failure of a chained assertion: this assertion's description (or overriding message) and
   * the message, with the chained assertions' frames left out of its stack trace like this
   * assertion's own, so it points at the test.
   */
  final AssertionError chainedFailure(String message, Object... arguments) {
    AssertionError failure = failure(message, arguments);
    List<StackTraceElement> frames = Arrays.asList(failure.getStackTrace());
    // AssertJ left out this class's frames (the one of this method among them) unless told to keep
    // them, with Assertions.setRemoveAssertJRelatedElementsFromStackTrace(false): do likewise.
    if (frames.stream().noneMatch(frame -> frame.getClassName().equals(AbstractReportAssert.class.getName()))) {
      failure.setStackTrace(frames.stream()
          .filter(frame -> !frame.getClassName().equals(FindingsAssert.class.getName())
              && !frame.getClassName().equals(GapsAssert.class.getName())
              && !frame.getClassName().equals(OutcomeAssert.class.getName()))
          .toArray(StackTraceElement[]::new));
    }
    return failure;
  }

  /** Why the report did not check {@code rule}, or {@code null} when it did. */
  private String notChecked(String rule) {
    List<String> checked = actual.rules().stream().map(RuleResult::rule).toList();
    if (checked.contains(rule)) {
      return null;
    }
    if (actual.skippedRules().contains(rule)) {
      return "no rule of that id was checked: the engine skips it";
    }
    if (checked.isEmpty()) {
      return "no rule of that id was checked: the report lists no rules";
    }
    List<String> nearest = RuleCatalog.nearest(checked, rule, SUGGESTIONS);
    String choices = nearest.size() == 1
        ? nearest.get(0)
        : String.join(", ", nearest.subList(0, nearest.size() - 1)) + " or " + nearest.get(nearest.size() - 1);
    return "no rule of that id was checked: did you mean " + choices + "?";
  }

  private String didNotCheckHint(String rule) {
    return actual.skippedRules().contains(rule) ? " (didNotCheck(\"" + rule + "\") asserts that)" : "";
  }
}

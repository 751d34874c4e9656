package org.kcsp.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.kcsp.model.GrantConditions;
import org.kcsp.rules.internal.RuleBase;
import org.kcsp.rules.internal.RuleMetadata;

/**
 * Which rules a record is checked against, with what severity, source and parameters, and which
 * grant conditions its grants are under by default. Findings cite the policy's source for their
 * rule, so a district partnership is never told its duty comes from another partnership's minutes.
 *
 * <pre>{@code
 * ComplianceEngine engine = ComplianceEngine.builder()
 *     .policy(Policy.read(Path.of("safer-maidstone.yaml")))   // or Policy.builtIn("england")
 *     .build();
 * }</pre>
 *
 * <p>Two policies are built in:
 *
 * <ul>
 *   <li>{@code kcsp}: every rule (kinds S, O, G and K), with the sources of the KCSP's minutes and
 *       reports; its grants are under {@code kent-pcc-crime-reduction-grant}. Version 1 records are
 *       checked under it unless another is given.
 *   <li>{@code england}: the statutory rules (S) and the rules that hold a partnership to its own
 *       record (O), citing the law or the partnership's own papers; the grant rules (G) only for
 *       grants under their conditions, and its grants are under none by default.
 * </ul>
 *
 * <p>A policy file ({@code kcsp-policy/1}, JSON or YAML; {@link #jsonSchema()}) extends built-in
 * policies or other files, and per rule enables or disables it and sets its severity, source and
 * parameters; it may include DRL files of rules of its own. It is read as strictly as a record
 * ({@link #read(Path)}):
 *
 * <pre>
 * format: kcsp-policy/1
 * id: safer-maidstone
 * title: Safer Maidstone Partnership
 * extends: [england]
 * grantConditions: [kent-pcc-crime-reduction-grant]
 * rules:
 *   TOR_REVIEW_NOT_ALIGNED: { severity: WARNING, source: "SMP terms of reference 2019, s4", parameters: { maxDaysApart: 61 } }
 *   PROJECT_LOCAL_SCOPE: { enabled: false }
 * include: [rules/maidstone.drl]
 * </pre>
 *
 * <p>{@code extends} are merged in order, a later one overriding an earlier one for the same rule,
 * setting by setting; the file's own {@code rules} override them all, and naming a rule there
 * enables it unless it says {@code enabled: false} (so a file extending {@code england} can take a
 * K rule back). A file that sets no {@code grantConditions} takes those of the last policy it
 * extends that has them.
 */
public final class Policy {

  /** The format of policy files: {@code "kcsp-policy/1"}. */
  public static final String FORMAT = "kcsp-policy/1";

  /** The largest policy file read: 1 MiB. */
  public static final int MAX_BYTES = 1024 * 1024;

  /** The id of the built-in policy of every rule, with the KCSP's sources. */
  public static final String KCSP = "kcsp";

  /** The id of the built-in policy of the statutory duties of every partnership in England. */
  public static final String ENGLAND = "england";

  private final String id;
  private final String title;
  private final Map<String, RuleSettings> rules;
  private final List<GrantConditions> grantConditions;
  private final boolean setsGrantConditions;
  private final Map<String, String> includes;
  private final RuleBase ruleBase;

  Policy(String id, String title, Map<String, RuleSettings> rules, List<GrantConditions> grantConditions,
      boolean setsGrantConditions, Map<String, String> includes, RuleBase ruleBase) {
    this.id = id;
    this.title = title;
    this.rules = Collections.unmodifiableMap(new TreeMap<>(rules));
    this.grantConditions = List.copyOf(grantConditions);
    this.setsGrantConditions = setsGrantConditions;
    this.includes = Collections.unmodifiableMap(new LinkedHashMap<>(includes));
    this.ruleBase = ruleBase;
  }

  private static final class BuiltIn {
    static final Map<String, Policy> ALL = builtIns(RuleBase.shared());
  }

  /** The built-in policies over a rule base's standard rules: {@code england} and {@code kcsp}. */
  private static Map<String, Policy> builtIns(RuleBase standard) {
    Map<String, RuleSettings> kcsp = new TreeMap<>();
    Map<String, RuleSettings> england = new TreeMap<>();
    for (RuleMetadata rule : standard.metadata().values()) {
      kcsp.put(rule.id(), RuleSettings.ENABLED);
      england.put(rule.id(), rule.kind() == RuleKind.RESOLUTION ? RuleSettings.DISABLED
          : rule.englandSource().equals(rule.source()) ? RuleSettings.ENABLED
          : new RuleSettings(true, Optional.empty(), Optional.of(rule.englandSource()), Map.of()));
    }
    Map<String, Policy> all = new TreeMap<>();
    all.put(ENGLAND, new Policy(ENGLAND,
        "Every community safety partnership in England: the statutory duties (S) and the partnership's own record (O),"
            + " citing the law or the partnership's own papers; grant conditions (G) only for grants under them",
        england, List.of(), true, Map.of(), standard));
    all.put(KCSP, new Policy(KCSP,
        "The Kent Community Safety Partnership: every rule (S, O, G and K), citing the KCSP's minutes and reports;"
            + " its grants under the Kent PCC's Crime Reduction Grant conditions",
        kcsp, List.of(GrantConditions.KENT_PCC_CRIME_REDUCTION_GRANT), true, Map.of(), standard));
    return Collections.unmodifiableMap(all);
  }

  /**
   * The built-in policy of this id: {@code "england"} or {@code "kcsp"}.
   *
   * @throws IllegalArgumentException naming the built-in policies, if there is none of this id
   */
  public static Policy builtIn(String id) {
    Policy policy = BuiltIn.ALL.get(id);
    if (policy == null) {
      throw new IllegalArgumentException("there is no built-in policy " + org.kcsp.model.Problem.quote(String.valueOf(id))
          + ": the built-in policies are " + String.join(", ", BuiltIn.ALL.keySet()));
    }
    return policy;
  }

  /** The built-in policies, by id: {@code england}, {@code kcsp}. */
  public static List<Policy> builtIns() {
    return List.copyOf(BuiltIn.ALL.values());
  }

  /** Whether {@code id} is the id of a built-in policy. */
  public static boolean isBuiltIn(String id) {
    return BuiltIn.ALL.containsKey(id);
  }

  /**
   * Reads a policy file, JSON or YAML by its ending ({@code .json}, {@code .yaml}, {@code .yml}),
   * with the files it extends and includes, which are named relative to it. Reading is as strict
   * as a record's: unknown keys, unknown rule ids and parameters, bad values and severities, an
   * unknown grant conditions name, a missing file, cycles in {@code extends} and included DRL that
   * does not compile are all problems, each with its path, line and column, all reported at once.
   * Files are at most {@link #MAX_BYTES}; included DRL files at most 1 MiB.
   *
   * @throws InvalidPolicyException listing every problem
   */
  public static Policy read(Path file) {
    return PolicyFiles.read(file);
  }

  /**
   * The JSON Schema (draft 2020-12) of {@code kcsp-policy/1} files, as shipped in the library
   * ({@code org/kcsp/rules/kcsp-policy-1.schema.json}).
   */
  public static String jsonSchema() {
    try (InputStream in = Policy.class.getResourceAsStream("kcsp-policy-1.schema.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Such as {@code "england"} or {@code "safer-maidstone"}: what a report names it by. */
  public String id() {
    return id;
  }

  /** What it is, in words. */
  public String title() {
    return title;
  }

  /**
   * What it says of each rule it names, by id: every standard rule for a built-in policy; for a
   * file, the rules it and the policies it extends name. A rule of its own DRL that it does not
   * name is in it, as declared.
   */
  public Map<String, RuleSettings> rules() {
    return rules;
  }

  /** What it says of one rule, if it names it. */
  public Optional<RuleSettings> settings(String rule) {
    return Optional.ofNullable(rules.get(rule));
  }

  /** Whether the rule is in the policy: evaluated and listed in reports. */
  public boolean holds(String rule) {
    RuleSettings settings = rules.get(rule);
    return settings != null ? settings.enabled() : includedRules().contains(rule);
  }

  /** The ids of the rules in the policy, in id order. */
  public List<String> ruleIds() {
    return ruleBase.metadata().keySet().stream().filter(this::holds).toList();
  }

  /**
   * The grant conditions its grants are under unless they name their own, such as {@code
   * kent-pcc-crime-reduction-grant}; none for {@code england}.
   */
  public List<GrantConditions> grantConditions() {
    return grantConditions;
  }

  /** Whether it sets grant conditions (itself, or through a policy it extends). */
  boolean setsGrantConditions() {
    return setsGrantConditions;
  }

  /** The DRL files of rules of its own it includes (and those of the policies it extends), as named. */
  public List<String> includes() {
    return List.copyOf(includes.keySet());
  }

  /** The DRL text of each included file, by name. */
  Map<String, String> includedDrl() {
    return includes;
  }

  /** The standard rules, with its included rules compiled in. */
  RuleBase ruleBase() {
    return ruleBase;
  }

  /** The ids of the rules its includes define. */
  private Set<String> includedRules() {
    Set<String> standard = RuleBase.shared().metadata().keySet();
    List<String> included = new ArrayList<>();
    for (String rule : ruleBase.metadata().keySet()) {
      if (!standard.contains(rule)) {
        included.add(rule);
      }
    }
    return Set.copyOf(included);
  }

  @Override
  public String toString() {
    return "Policy[" + id + "]";
  }
}

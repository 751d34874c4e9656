package org.kcsp.rules;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a policy says of one rule: whether it runs, and, where the policy changes them, its
 * severity, its source and its parameters. What the policy leaves unset is what the rule declares.
 *
 * @param enabled whether the rule is in the policy: evaluated and listed in reports
 * @param severity the severity of its findings, when the policy sets one
 * @param source what its findings cite, when the policy sets one
 * @param parameters the parameters the policy sets, by name, as a policy file writes them
 *     ({@code "92"}, {@code "1/3"}); the others keep their defaults
 */
public record RuleSettings(
    boolean enabled, Optional<Severity> severity, Optional<String> source, Map<String, String> parameters) {

  public RuleSettings {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(source, "source");
    parameters = Map.copyOf(parameters);
  }

  /** The rule as it is declared, in the policy. */
  public static final RuleSettings ENABLED = new RuleSettings(true, Optional.empty(), Optional.empty(), Map.of());

  /** The rule left out of the policy. */
  public static final RuleSettings DISABLED = new RuleSettings(false, Optional.empty(), Optional.empty(), Map.of());

  /**
   * These settings after {@code later}'s, as a policy that extends another sets them: whether it
   * runs as {@code later} says, and each of severity, source and parameter as {@code later} sets
   * it, else as these do.
   */
  public RuleSettings then(RuleSettings later) {
    Map<String, String> merged = new TreeMap<>(parameters);
    merged.putAll(later.parameters);
    return new RuleSettings(later.enabled, later.severity.or(() -> severity), later.source.or(() -> source), merged);
  }
}

package org.kcsp.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kcsp.model.GrantConditions;
import org.kcsp.rules.internal.ParameterDeclaration;
import org.kcsp.rules.internal.RuleBase;
import org.kcsp.rules.internal.RuleMetadata;
import org.kcsp.rules.spi.DisabledRuleFact;
import org.kcsp.rules.spi.PolicyFact;

/**
 * A policy as one engine applies it to its rule base, worked out once: the rules it runs (those
 * the policy holds, the engine's own added rules, less what the engine skips), each rule's
 * descriptor with the policy's severity, source and parameters, the policy fact every check
 * inserts, and the grant conditions of each grant rule.
 */
final class AppliedPolicy {

  private final Policy policy;
  private final Set<String> enabled;
  private final List<DisabledRuleFact> disabled;
  private final List<String> skipped;
  private final Map<String, RuleDescriptor> descriptors;
  // The rules it runs whose duty came into force on a date they declare (@inForceFrom).
  private final List<RuleDescriptor> commencements;
  private final RuleCatalog catalog;
  private final PolicyFact fact;

  /**
   * @param rules the engine's rule base: the standard rules, the policy's included ones and the
   *     engine's own added ones
   * @param only the rules the engine runs only, or none for every rule of the policy
   * @param skip the rules the engine leaves out
   * @param severities the severities the engine gives rules, over the policy's
   */
  AppliedPolicy(RuleBase rules, Policy policy, Set<String> only, Set<String> skip, Map<String, Severity> severities) {
    this.policy = policy;
    Set<String> standard = RuleBase.shared().metadata().keySet();
    Set<String> running = new LinkedHashSet<>();
    for (String id : rules.metadata().keySet()) {
      // a standard rule runs when the policy holds it; a rule added to the engine, unless the policy disables it
      boolean held = policy.settings(id).map(RuleSettings::enabled).orElse(!standard.contains(id));
      if (held && (only.isEmpty() || only.contains(id)) && !skip.contains(id)) {
        running.add(id);
      }
    }
    this.enabled = Set.copyOf(running);
    this.disabled = rules.metadata().keySet().stream().filter(id -> !running.contains(id)).map(DisabledRuleFact::new).toList();
    this.skipped = disabled.stream().map(DisabledRuleFact::id).sorted().toList();
    Map<String, RuleDescriptor> byId = new LinkedHashMap<>();
    Map<String, Map<String, String>> parameters = new HashMap<>();
    for (RuleMetadata meta : rules.metadata().values()) {
      RuleSettings settings = policy.settings(meta.id()).orElse(RuleSettings.ENABLED);
      parameters.put(meta.id(), settings.parameters());
      Map<String, String> values = new LinkedHashMap<>();
      Map<String, String> words = new LinkedHashMap<>();
      for (ParameterDeclaration declared : meta.parameters().values()) {
        String value = settings.parameters().getOrDefault(declared.name(), declared.defaultValue());
        values.put(declared.name(), value);
        words.put(declared.name(), declared.unit().words(value));
      }
      if (running.contains(meta.id())) {
        byId.put(meta.id(), RuleDescriptor.builder()
            .id(meta.id())
            .severity(severities.getOrDefault(meta.id(), settings.severity().orElse(meta.severity())))
            .title(meta.title())
            .subject(meta.subject())
            .source(settings.source().orElse(meta.source()))
            .description(meta.description(values))
            .needs(meta.needs().words())
            .kind(meta.kind())
            .sources(builtInSources(meta))
            .parameters(words)
            .grantConditions(meta.grantConditions())
            .inForceFrom(meta.inForceFrom())
            .lawDates(meta.lawDates())
            .build());
      }
    }
    this.descriptors = Collections.unmodifiableMap(byId);
    this.commencements = byId.values().stream().filter(rule -> rule.inForceFrom().isPresent())
        .toList();
    this.catalog = new RuleCatalog(List.copyOf(byId.values()));
    this.fact = rules.policyFact(policy.id(), policy.grantConditions(), parameters);
  }

  /**
   * The rule's source under each built-in policy that holds it, by policy id: a rule added to an
   * engine runs under either with its own source.
   */
  private static Map<String, String> builtInSources(RuleMetadata meta) {
    Map<String, String> sources = new TreeMap<>();
    for (Policy builtIn : Policy.builtIns()) {
      RuleSettings settings = builtIn.settings(meta.id()).orElse(RuleSettings.ENABLED);
      if (settings.enabled()) {
        sources.put(builtIn.id(), settings.source().orElse(meta.source()));
      }
    }
    return sources;
  }

  Policy policy() {
    return policy;
  }

  /** The ids of the rules it runs. */
  Set<String> enabled() {
    return enabled;
  }

  /** A fact for each rule of the rule base it does not run: a waiver of one is not unused. */
  List<DisabledRuleFact> disabled() {
    return disabled;
  }

  /**
   * The ids of the rules it runs on {@code date}: those of {@link #enabled()} whose duty is in
   * force then ({@link RuleDescriptor#inForceOn}).
   */
  Set<String> enabledOn(LocalDate date) {
    if (commencements.stream().allMatch(rule -> rule.inForceOn(date))) {
      return enabled;
    }
    Set<String> running = new HashSet<>(enabled);
    commencements.stream().filter(rule -> !rule.inForceOn(date)).forEach(rule -> running.remove(rule.id()));
    return running;
  }

  /**
   * A fact for each rule of the rule base it does not run on {@code date}: those it does not run at
   * all, and those whose duty is not yet in force. A waiver of one is not unused.
   */
  List<DisabledRuleFact> disabledOn(LocalDate date) {
    if (commencements.stream().allMatch(rule -> rule.inForceOn(date))) {
      return disabled;
    }
    List<DisabledRuleFact> facts = new ArrayList<>(disabled);
    commencements.stream().filter(rule -> !rule.inForceOn(date)).forEach(rule -> facts.add(new DisabledRuleFact(rule.id())));
    return facts;
  }

  /** Whether a rule it runs is in force on {@code date}. */
  boolean inForceOn(String rule, LocalDate date) {
    RuleDescriptor descriptor = descriptors.get(rule);
    return descriptor == null || descriptor.inForceOn(date);
  }

  /** The ids of the rules of the rule base it does not run, in id order. */
  List<String> skipped() {
    return skipped;
  }

  /** The descriptor of a rule it runs, or null. */
  RuleDescriptor descriptor(String rule) {
    return descriptors.get(rule);
  }

  RuleCatalog catalog() {
    return catalog;
  }

  /** The policy fact: its id, its grants' default conditions and every rule's parameters. */
  PolicyFact fact() {
    return fact;
  }

  /** The grant conditions a rule is one of (a G rule), or null. */
  GrantConditions conditionsOf(String rule) {
    RuleDescriptor descriptor = descriptors.get(rule);
    return descriptor == null ? null : descriptor.grantConditions().orElse(null);
  }
}

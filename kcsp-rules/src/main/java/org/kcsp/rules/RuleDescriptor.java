package org.kcsp.rules;

import org.immutables.value.Value;

/**
 * What one rule is, as declared beside it in its DRL: id, default severity, title, subject,
 * source, and the data it needs to apply.
 */
@Value.Immutable
public interface RuleDescriptor {

  /** Such as {@code "GRANT_TACTICAL_POT_OVER_CAP"}. */
  String id();

  /** The severity of its findings (as configured on the engine). */
  Severity severity();

  /** A short title: {@code "Tactical pot over its cap"}. */
  String title();

  /** What its findings are reported on, in words: {@code "the grant"}. */
  String subject();

  /** What it enforces: the minutes, report or law. */
  String source();

  /** What it checks, in a sentence. */
  String description();

  /** The data a record must hold for the rule to apply, in words. */
  String needs();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RuleDescriptor}. */
  final class Builder extends ImmutableRuleDescriptor.Builder {}
}

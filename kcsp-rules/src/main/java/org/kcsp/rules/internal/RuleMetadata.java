package org.kcsp.rules.internal;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kcsp.model.GrantConditions;
import org.kcsp.rules.RuleKind;
import org.kcsp.rules.Severity;
import org.kcsp.rules.spi.Needs;

/**
 * A rule's metadata as declared beside it in its DRL, read and checked once per rule base.
 *
 * @param id the rule's name, which is its id
 * @param severity its {@code @severity}
 * @param source its {@code @source}: what it enforces under the {@code kcsp} policy, and under any
 *     policy that gives it no source of its own
 * @param englandSource its {@code @englandSource}, else its {@code @source}: what it enforces under
 *     the {@code england} policy
 * @param description its {@code @description}, else its title; {@code {name}} stands for the value
 *     of its parameter {@code name} ({@link #description(Map)})
 * @param needs its {@code @needs}
 * @param kind its {@code @kind}; {@link RuleKind#RESOLUTION} for a rule of one's own that declares none
 * @param parameters its {@code @parameters}, by name, in their order
 * @param grantConditions the grant conditions it is one of: for a G rule, those of this release
 *     ({@link GrantConditions#KENT_PCC_CRIME_REDUCTION_GRANT}); empty for any other kind
 */
public record RuleMetadata(
    String id, Severity severity, String title, String subject, String source, String englandSource,
    String description, Needs needs, RuleKind kind, Map<String, ParameterDeclaration> parameters,
    Optional<GrantConditions> grantConditions) {

  /** {@code {name}} in a description. */
  static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");

  public RuleMetadata {
    parameters = Map.copyOf(parameters);
  }

  /**
   * The description with each {@code {name}} replaced by the value of parameter {@code name} for
   * people ({@code "92 days"}): the value in {@code values}, else the default.
   */
  public String description(Map<String, String> values) {
    Matcher placeholder = PLACEHOLDER.matcher(description);
    StringBuilder text = new StringBuilder();
    while (placeholder.find()) {
      ParameterDeclaration declared = parameters.get(placeholder.group(1));
      String value = values.getOrDefault(declared.name(), declared.defaultValue());
      placeholder.appendReplacement(text, Matcher.quoteReplacement(declared.unit().words(value)));
    }
    return placeholder.appendTail(text).toString();
  }
}

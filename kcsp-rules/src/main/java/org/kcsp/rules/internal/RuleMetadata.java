package org.kcsp.rules.internal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kcsp.model.GrantConditions;
import org.kcsp.rules.RuleKind;
import org.kcsp.rules.Severity;
import org.kcsp.rules.spi.Needs;
import org.kcsp.rules.spi.Text;

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
 * @param inForceFrom its {@code @inForceFrom}: the day the duty it checks came into force, before
 *     which it is not run and is NOT_APPLICABLE; empty for a duty in force on any date a record holds
 * @param lawDates its {@code @lawDates}, by name, in their order: the dates the law sets within its
 *     duty (a part that comes into force later, a date a duty is due by), which the rule reads from
 *     the {@link org.kcsp.rules.spi.LawDatesFact}
 * @param fingerprint its {@code @fingerprint}, in order: the names of the evidence that tells its
 *     findings on one subject apart (the pot of a grant, the organisation of a ToR), which a
 *     finding's fingerprint carries after its rule and subject; empty for a rule that finds at most
 *     one thing on a subject
 * @param due its {@code @due}, else its title: what a calendar calls the day a finding of it
 *     opens, before the subject's name ({@code "ToR review due"})
 */
public record RuleMetadata(
    String id, Severity severity, String title, String subject, String source, String englandSource,
    String description, Needs needs, RuleKind kind, Map<String, ParameterDeclaration> parameters,
    Optional<GrantConditions> grantConditions, Optional<LocalDate> inForceFrom, Map<String, LocalDate> lawDates,
    List<String> fingerprint, String due) {

  /** {@code {name}} in a description: a parameter, or a date of {@code @lawDates}. */
  static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)\\}");

  public RuleMetadata {
    parameters = Map.copyOf(parameters);
    lawDates = Collections.unmodifiableMap(new LinkedHashMap<>(lawDates));
    fingerprint = List.copyOf(fingerprint);
  }

  /**
   * The description with each {@code {name}} replaced, for people, by the value of parameter {@code
   * name} ({@code "92 days"}: the value in {@code values}, else the default), or by the date of
   * that name in {@code @lawDates} ({@code "31 January 2024"}).
   */
  public String description(Map<String, String> values) {
    Matcher placeholder = PLACEHOLDER.matcher(description);
    StringBuilder text = new StringBuilder();
    while (placeholder.find()) {
      ParameterDeclaration declared = parameters.get(placeholder.group(1));
      String words = declared == null
          ? Text.date(lawDates.get(placeholder.group(1)))
          : declared.unit().words(values.getOrDefault(declared.name(), declared.defaultValue()));
      placeholder.appendReplacement(text, Matcher.quoteReplacement(words));
    }
    return placeholder.appendTail(text).toString();
  }
}

package org.kcsp.examples.reference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Gap;
import org.kcsp.rules.Outcome;
import org.kcsp.rules.RuleResult;

/**
 * What the differential test compares of a check: the findings (sorted, a finding twice stays
 * twice), the gaps, and every rule's outcome, listed for the rules of the policy the record was
 * checked under.
 *
 * @param findings the findings, with their key evidence and whether they are waived, in order
 * @param gaps the evidence gaps
 * @param outcomes every rule the policy holds, by id, with its outcome
 */
public record ReferenceReport(List<ReferenceFinding> findings, Set<ReferenceGap> gaps, Map<String, Outcome> outcomes) {

  public ReferenceReport {
    List<ReferenceFinding> sorted = new ArrayList<>(findings);
    Collections.sort(sorted);
    findings = List.copyOf(sorted);
    gaps = Collections.unmodifiableSet(new TreeSet<>(gaps));
    outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
  }

  /** The same, taken from an engine's report. */
  public static ReferenceReport of(ComplianceReport report) {
    List<ReferenceFinding> findings = new ArrayList<>();
    for (Finding finding : report.findings()) {
      findings.add(ReferenceFinding.of(finding));
    }
    Set<ReferenceGap> gaps = new TreeSet<>();
    for (Gap gap : report.gaps()) {
      gaps.add(ReferenceGap.of(gap));
    }
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    for (RuleResult result : report.rules()) {
      outcomes.put(result.rule(), result.outcome());
    }
    return new ReferenceReport(findings, gaps, outcomes);
  }

  /** Only what concerns these rules: their findings, gaps and outcomes. */
  public ReferenceReport restrictedTo(Set<String> rules) {
    List<ReferenceFinding> keptFindings = findings.stream().filter(f -> rules.contains(f.rule())).toList();
    Set<ReferenceGap> keptGaps = new TreeSet<>();
    gaps.stream().filter(g -> rules.contains(g.rule())).forEach(keptGaps::add);
    Map<String, Outcome> keptOutcomes = new LinkedHashMap<>();
    outcomes.forEach((rule, outcome) -> {
      if (rules.contains(rule)) {
        keptOutcomes.put(rule, outcome);
      }
    });
    return new ReferenceReport(keptFindings, keptGaps, keptOutcomes);
  }

  /** What differs from {@code other} ("this" being the engine's), for a failure message; empty when they agree. */
  public String difference(ReferenceReport reference) {
    List<String> parts = new ArrayList<>();
    List<ReferenceFinding> onlyHere = new ArrayList<>(findings);
    reference.findings.forEach(onlyHere::remove);
    List<ReferenceFinding> onlyThere = new ArrayList<>(reference.findings);
    findings.forEach(onlyThere::remove);
    if (!onlyHere.isEmpty() || !onlyThere.isEmpty()) {
      parts.add("findings only Drools " + onlyHere + ", only the reference " + onlyThere);
    }
    Set<ReferenceGap> gapsHere = new TreeSet<>(gaps);
    gapsHere.removeAll(reference.gaps);
    Set<ReferenceGap> gapsThere = new TreeSet<>(reference.gaps);
    gapsThere.removeAll(gaps);
    if (!gapsHere.isEmpty() || !gapsThere.isEmpty()) {
      parts.add("gaps only Drools " + gapsHere + ", only the reference " + gapsThere);
    }
    Set<String> rules = new TreeSet<>(outcomes.keySet());
    rules.addAll(reference.outcomes.keySet());
    List<String> outcomeDifferences = new ArrayList<>();
    for (String rule : rules) {
      Outcome here = outcomes.get(rule);
      Outcome there = reference.outcomes.get(rule);
      if (here != there) {
        outcomeDifferences.add(rule + " Drools " + (here == null ? "not listed" : here)
            + ", the reference " + (there == null ? "not listed" : there));
      }
    }
    if (!outcomeDifferences.isEmpty()) {
      parts.add("outcomes " + outcomeDifferences);
    }
    return String.join("; ", parts);
  }
}

package org.kcsp.examples;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.kcsp.model.GrantConditions;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.Policy;
import org.kcsp.rules.RuleDescriptor;
import org.kcsp.rules.RuleKind;
import org.kcsp.rules.report.Wrap;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kcsp policies}: the built-in policies, with what each holds. */
@Command(name = "policies", mixinStandardHelpOptions = true,
    description = {
      "Lists the built-in policies (for --policy, and for a version 2 record's policy), with what each holds:",
      "its rules by kind, the rules it leaves out, and the grant conditions its grants are under.",
      "A policy file (kcsp-policy/1) extends them."
    })
final class PoliciesCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<String> all = ComplianceEngine.standard().catalog().rules().stream().map(RuleDescriptor::id).toList();
    for (Policy policy : Policy.builtIns()) {
      List<RuleDescriptor> rules = ComplianceEngine.builder().policy(policy).build().catalog().rules();
      Map<RuleKind, Integer> byKind = new TreeMap<>();
      rules.forEach(rule -> byKind.merge(rule.kind(), 1, Integer::sum));
      StringBuilder kinds = new StringBuilder();
      byKind.forEach((kind, count) -> kinds.append(kinds.length() == 0 ? "" : ", ").append(count).append(' ')
          .append(kind.letter()));
      out.println(policy.id());
      print(out, policy.title() + ".");
      print(out, "Rules: " + rules.size() + " (" + kinds + ").");
      List<String> left = all.stream().filter(id -> !policy.holds(id)).toList();
      if (!left.isEmpty()) {
        print(out, "Leaves out: " + String.join(", ", left) + ".");
      }
      print(out, "Grants are under: " + (policy.grantConditions().isEmpty()
          ? "no grant conditions, unless a grant names its own; the G rules are NOT_APPLICABLE for them"
          : String.join(", ", policy.grantConditions().stream().map(GrantConditions::id).toList())) + ".");
      out.println();
    }
    List<RuleDescriptor> standard = ComplianceEngine.standard().catalog().rules();
    for (GrantConditions conditions : GrantConditions.values()) {
      out.println("Grant conditions " + conditions.id());
      print(out, conditions.title() + ": " + String.join(", ", standard.stream()
          .filter(rule -> rule.grantConditions().equals(Optional.of(conditions))).map(RuleDescriptor::id).toList()) + ".");
      out.println();
    }
    out.println("Check a record under one with: ./kcsp validate FILE --policy ID (or a kcsp-policy/1 file)");
    return KcspCommand.OK;
  }

  private static void print(PrintWriter out, String text) {
    for (String line : Wrap.lines(text, 78, "    ", "    ")) {
      out.println(line);
    }
  }
}

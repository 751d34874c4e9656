package org.kcsp.examples;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Printable;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Policy;
import org.kcsp.rules.RuleDescriptor;
import org.kcsp.rules.report.Wrap;
import org.kcsp.rules.spi.Text;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kcsp explain RULE}: what fires one rule, why, the data it needs, and an example finding. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = {
      "Explains one rule: what fires it, its kind, why (its source under each built-in policy,",
      "or under --policy), its parameters, the data it needs, and an example finding."
    })
final class ExplainCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "RULE", description = "the rule's id, such as TOR_REVIEW_OVERDUE")
  String id;

  @Option(names = "--policy", paramLabel = "ID|FILE",
      description = "the rule as this policy sets it: a built-in one (england, kcsp) or a kcsp-policy/1 file")
  String policy;

  @Override
  public Integer call() {
    ComplianceEngine engine;
    try {
      engine = policy == null ? ComplianceEngine.standard()
          : ComplianceEngine.builder().policy(PolicyOption.resolve(policy, spec.commandLine().getErr())).build();
    } catch (PolicyOption.Refused e) {
      return KcspCommand.BAD_INPUT;
    }
    Optional<RuleDescriptor> found = engine.catalog().rule(id);
    if (found.isEmpty() && policy != null && ComplianceEngine.standard().catalog().rule(id).isPresent()) {
      spec.commandLine().getErr().println("kcsp: " + id + " is not in the policy " + engine.policy().orElseThrow().id()
          + ": it is not evaluated under it (./kcsp rules --policy " + Printable.line(policy) + " lists those that are)");
      return KcspCommand.BAD_INPUT;
    }
    if (found.isEmpty()) {
      spec.commandLine().getErr().println("kcsp: there is no rule " + Printable.line(id) + "; the nearest are "
          + String.join(", ", engine.catalog().nearest(id, 3)) + " (./kcsp rules lists them all)");
      return KcspCommand.BAD_INPUT;
    }
    RuleDescriptor rule = found.get();
    PrintWriter out = spec.commandLine().getOut();
    out.println(rule.id() + " (" + rule.severity() + "): " + rule.title());
    out.println();
    paragraph(out, "What fires it", rule.description());
    paragraph(out, "Kind", rule.kind().letter() + ": " + rule.kind().words() + conditions(rule) + ".");
    if (rule.inForceFrom().isPresent()) {
      paragraph(out, "In force", "from " + Text.date(rule.inForceFrom().get()) + "; on an earlier date the rule is"
          + " NOT_APPLICABLE: a record is judged by the law of its date.");
    }
    if (!rule.lawDates().isEmpty()) {
      StringBuilder dates = new StringBuilder();
      rule.lawDates().forEach((name, date) -> dates.append(dates.length() == 0 ? "" : "; ")
          .append(name).append(": ").append(Text.date(date)));
      paragraph(out, "Dates in law", dates + ".");
    }
    if (policy != null) {
      paragraph(out, "Why, under " + engine.policy().orElseThrow().id(), rule.source());
    } else {
      for (Policy builtIn : Policy.builtIns()) {
        paragraph(out, "Why, under " + builtIn.id(), rule.sources().getOrDefault(builtIn.id(),
            "not in this policy: the rule is not evaluated under it."));
      }
    }
    if (!rule.parameters().isEmpty()) {
      StringBuilder parameters = new StringBuilder();
      rule.parameters().forEach((name, value) -> parameters.append(parameters.length() == 0 ? "" : "; ")
          .append(name).append(" = ").append(value));
      paragraph(out, "Parameters", parameters + (policy == null ? " (the defaults; a policy file may set them)." : "."));
    }
    paragraph(out, "Reported on", rule.subject());
    paragraph(out, "Data it needs", rule.needs() + "; without it the rule is NOT_APPLICABLE, never passed.");
    Optional<String> example = example(engine, rule.id());
    paragraph(out, "Example", example.orElse("no bundled example shows this rule firing."));
    return KcspCommand.OK;
  }

  /** For a grant condition, the conditions it is one of and what it does to a grant not under them. */
  private static String conditions(RuleDescriptor rule) {
    return rule.grantConditions()
        .map(conditions -> " (" + conditions.id() + "); NOT_APPLICABLE for a grant not under them:"
            + " not in the grant's conditions")
        .orElse("");
  }

  private static void paragraph(PrintWriter out, String heading, String text) {
    out.println(heading + ":");
    for (String line : Wrap.lines(text, 80, "    ", "    ")) {
      out.println(line);
    }
    out.println();
  }

  /** The first finding of the rule in the bundled examples, checked as of their own dates. */
  private static Optional<String> example(ComplianceEngine engine, String rule) {
    for (BundledExamples.Example example : BundledExamples.all()) {
      PartnershipRecord record = example.read();
      if (record.asOf().isEmpty()) {
        continue;
      }
      for (Finding finding : engine.check(record).findings(rule)) {
        StringBuilder text = new StringBuilder()
            .append(example.name()).append(", as of ").append(record.asOf().get()).append(": ")
            .append(finding.severity()).append(" on ").append(finding.subject()).append(". ")
            .append(finding.message());
        for (Map.Entry<String, String> entry : finding.evidence().entrySet()) {
          text.append(" ").append(entry.getKey()).append("=").append(entry.getValue());
        }
        return Optional.of(text.toString());
      }
    }
    return Optional.empty();
  }
}

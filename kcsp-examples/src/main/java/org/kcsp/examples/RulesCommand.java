package org.kcsp.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.core.JsonGenerator;
import org.kcsp.model.io.JsonLayout;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.Policy;
import org.kcsp.rules.RuleDescriptor;
import org.kcsp.rules.report.Wrap;
import org.kcsp.rules.spi.Text;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kcsp rules}: the catalogue, read from the rule base's own metadata: each rule's kind and
 * its source under each built-in policy, or as {@code --policy} sets it.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = {
      "Prints the rule catalogue: id, severity, kind, subject, title and source of every rule.",
      "Kinds: S statutory, O the partnership's own record, G a grant condition,",
      "K a partnership's own resolution. Without --policy, each rule's source under",
      "each built-in policy (england, kcsp); with it, the rules of that policy as it sets them."
    })
final class RulesCommand implements Callable<Integer> {

  /** The formats the catalogue can be printed in. */
  enum Format { TEXT, JSON, MARKDOWN }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text, json or markdown (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--policy", paramLabel = "ID|FILE",
      description = "the rules of this policy, as it sets them: a built-in one (england, kcsp) or a kcsp-policy/1 file")
  String policy;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ComplianceEngine engine;
    try {
      engine = policy == null ? ComplianceEngine.standard()
          : ComplianceEngine.builder().policy(PolicyOption.resolve(policy, spec.commandLine().getErr())).build();
    } catch (PolicyOption.Refused e) {
      return KcspCommand.BAD_INPUT;
    }
    List<RuleDescriptor> rules = engine.catalog().rules();
    switch (format) {
      case TEXT -> {
        for (RuleDescriptor rule : rules) {
          out.printf("%-40s %-7s %s  %s%n", rule.id(), rule.severity(), rule.kind().letter(), rule.subject());
          for (String line : Wrap.lines(rule.title() + inForce(rule), 78, "    ", "    ")) {
            out.println(line);
          }
          for (Map.Entry<String, String> source : sources(rule).entrySet()) {
            for (String line : Wrap.lines(source.getKey() + ": " + source.getValue(), 78, "    ", "    ")) {
              out.println(line);
            }
          }
        }
        out.println();
        out.println(rules.size() + " rules" + (policy == null ? "" : " in the policy " + engine.policy().orElseThrow().id())
            + ". Kinds: S statutory, O own record, G grant condition, K own resolution.");
        out.println("Explain one with: ./kcsp explain RULE");
      }
      case MARKDOWN -> {
        out.println("| Rule | Severity | Kind | Subject | Title | Source |");
        out.println("| --- | --- | --- | --- | --- | --- |");
        for (RuleDescriptor rule : rules) {
          StringBuilder sources = new StringBuilder();
          sources(rule).forEach((name, source) -> sources.append(sources.length() == 0 ? "" : "<br>")
              .append(name).append(": ").append(source));
          out.println("| `" + rule.id() + "` | " + rule.severity() + " | " + rule.kind().letter() + " | "
              + cell(rule.subject()) + " | " + cell(rule.title() + inForce(rule)) + " | " + cell(sources.toString()) + " |");
        }
      }
      case JSON -> out.print(json(rules));
    }
    return KcspCommand.OK;
  }

  /**
   * What a rule cites, by the name to show: under {@code --policy}, its source there ({@code
   * Source}); else its source under each built-in policy, and that it is not in one that leaves it out.
   */
  private Map<String, String> sources(RuleDescriptor rule) {
    if (policy != null) {
      return Map.of("Source", rule.source());
    }
    Map<String, String> sources = new java.util.LinkedHashMap<>();
    for (Policy builtIn : Policy.builtIns()) {
      sources.put("Source (" + builtIn.id() + ")", rule.sources().getOrDefault(builtIn.id(), "not in this policy"));
    }
    return sources;
  }

  /** {@code " (in force from 31 January 2023)"} for a rule whose duty came into force on a date it declares. */
  static String inForce(RuleDescriptor rule) {
    return rule.inForceFrom().map(from -> " (in force from " + Text.date(from) + ")").orElse("");
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  private static String json(List<RuleDescriptor> rules) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JsonLayout.generator(text)) {
      json.writeStartArray();
      for (RuleDescriptor rule : rules) {
        json.writeStartObject();
        json.writeStringField("id", rule.id());
        json.writeStringField("severity", rule.severity().name());
        json.writeStringField("kind", rule.kind().letter());
        json.writeStringField("subject", rule.subject());
        json.writeStringField("title", rule.title());
        json.writeStringField("description", rule.description());
        json.writeStringField("source", rule.source());
        json.writeObjectFieldStart("sources");
        for (Map.Entry<String, String> source : rule.sources().entrySet()) {
          json.writeStringField(source.getKey(), source.getValue());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("parameters");
        for (Map.Entry<String, String> parameter : rule.parameters().entrySet()) {
          json.writeStringField(parameter.getKey(), parameter.getValue());
        }
        json.writeEndObject();
        json.writeStringField("needs", rule.needs());
        if (rule.inForceFrom().isPresent()) {
          json.writeStringField("inForceFrom", rule.inForceFrom().get().toString());
        }
        if (!rule.lawDates().isEmpty()) {
          json.writeObjectFieldStart("lawDates");
          for (Map.Entry<String, LocalDate> date : rule.lawDates().entrySet()) {
            json.writeStringField(date.getKey(), date.getValue().toString());
          }
          json.writeEndObject();
        }
        json.writeEndObject();
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.append(System.lineSeparator()).toString();
  }
}

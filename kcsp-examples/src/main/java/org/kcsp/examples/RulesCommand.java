package org.kcsp.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.core.JsonGenerator;
import org.kcsp.model.io.JsonLayout;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.RuleDescriptor;
import org.kcsp.rules.report.Wrap;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kcsp rules}: the catalogue, read from the rule base's own metadata. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Prints the rule catalogue: id, severity, subject, title and source of every rule.")
final class RulesCommand implements Callable<Integer> {

  /** The formats the catalogue can be printed in. */
  enum Format { TEXT, JSON, MARKDOWN }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text, json or markdown (default: ${DEFAULT-VALUE})")
  Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    var rules = ComplianceEngine.standard().catalog().rules();
    switch (format) {
      case TEXT -> {
        for (RuleDescriptor rule : rules) {
          out.printf("%-40s %-7s %s%n", rule.id(), rule.severity(), rule.subject());
          for (String line : Wrap.lines(rule.title(), 78, "    ", "    ")) {
            out.println(line);
          }
          for (String line : Wrap.lines("Source: " + rule.source(), 78, "    ", "    ")) {
            out.println(line);
          }
        }
        out.println();
        out.println(rules.size() + " rules. Explain one with: ./kcsp explain RULE");
      }
      case MARKDOWN -> {
        out.println("| Rule | Severity | Subject | Title | Source |");
        out.println("| --- | --- | --- | --- | --- |");
        for (RuleDescriptor rule : rules) {
          out.println("| `" + rule.id() + "` | " + rule.severity() + " | " + cell(rule.subject()) + " | "
              + cell(rule.title()) + " | " + cell(rule.source()) + " |");
        }
      }
      case JSON -> out.print(json(rules));
    }
    return KcspCommand.OK;
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  private static String json(java.util.List<RuleDescriptor> rules) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JsonLayout.generator(text)) {
      json.writeStartArray();
      for (RuleDescriptor rule : rules) {
        json.writeStartObject();
        json.writeStringField("id", rule.id());
        json.writeStringField("severity", rule.severity().name());
        json.writeStringField("subject", rule.subject());
        json.writeStringField("title", rule.title());
        json.writeStringField("description", rule.description());
        json.writeStringField("source", rule.source());
        json.writeStringField("needs", rule.needs());
        json.writeEndObject();
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.append(System.lineSeparator()).toString();
  }
}

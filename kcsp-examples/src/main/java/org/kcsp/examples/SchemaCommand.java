package org.kcsp.examples;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.kcsp.model.io.RecordSchema;
import org.kcsp.rules.Policy;
import org.kcsp.rules.report.ReportSchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kcsp schema [record|policy|report]}: the JSON Schema of each of kcsp's formats. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = {
      "Prints the JSON Schema (draft 2020-12) of a record, a policy or a report.",
      "",
      "  record  kcsp-record/1 and kcsp-record/2 (the default)",
      "  policy  kcsp-policy/1",
      "  report  the JSON report of validate --format json",
      "",
      "Editors use the record schema to complete and check records as they are typed:",
      "  ./kcsp schema record > kcsp-record.schema.json",
      "then name it in a record: \"$schema\": \"./kcsp-record.schema.json\" as the first",
      "key of a JSON record, or the first line of a YAML one:",
      "  # yaml-language-server: $schema=./kcsp-record.schema.json",
      "",
      "A schema checks a file's form (keys, types, values); what only the whole file",
      "can tell, such as ids that resolve, is checked by kcsp validate.",
      "",
      "Exit status: 0 printed; 2 bad usage."
    })
final class SchemaCommand implements Callable<Integer> {

  /** The formats with a schema. */
  enum Format {
    RECORD, POLICY, REPORT;

    String schema() {
      return switch (this) {
        case RECORD -> RecordSchema.json();
        case POLICY -> Policy.jsonSchema();
        case REPORT -> ReportSchema.json();
      };
    }
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", defaultValue = "record", paramLabel = "FORMAT",
      description = "record, policy or report (default: ${DEFAULT-VALUE})")
  String format;

  @Override
  public Integer call() {
    Format chosen = Arrays.stream(Format.values()).filter(f -> f.name().equalsIgnoreCase(format)).findFirst()
        .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "there is no schema of "
            + Arguments.quoted(format) + ": give record, policy or report"));
    PrintWriter out = spec.commandLine().getOut();
    out.print(chosen.schema());
    out.flush();
    return KcspCommand.OK;
  }
}

package org.kcsp.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Problem;
import org.kcsp.model.io.RecordReader;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.RuleDefinitionException;
import org.kcsp.rules.RuleExecutionException;
import org.kcsp.rules.Severity;
import org.kcsp.rules.report.ReportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kcsp validate FILE...}: checks records and prints their reports. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {
      "Checks partnership records (JSON or YAML) and prints their reports.",
      "With no FILE, validates every bundled example.",
      "",
      "Exit status: 0 no open finding at or above --fail-on; 1 there is one; 2 bad input or bad usage."
    })
final class ValidateCommand implements Callable<Integer> {

  /** The least severity that makes the exit status 1. */
  enum FailOn {
    ERROR, WARNING, INFO, NEVER;

    boolean fails(ComplianceReport report) {
      return this != NEVER && report.hasOpenFindingAtLeast(Severity.valueOf(name()));
    }
  }

  /** One record to check: where it comes from and how to read it. */
  private record Input(String name, Supplier<PartnershipRecord> reader) {}

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "records to check (.json, .yaml, .yml)")
  List<Path> files = new ArrayList<>();

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "the evaluation date, such as 2022-07-14 (default: each record's asOf, else today)")
  LocalDate asOf;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text, json, markdown or html (default: ${DEFAULT-VALUE})")
  ReportFormat format;

  @Option(names = "--output", paramLabel = "PATH",
      description = "write the report to this file (with several records: this directory) instead of standard output")
  Path output;

  @Option(names = "--fail-on", defaultValue = "error", paramLabel = "SEVERITY",
      description = "error, warning, info or never: the least severity of an open finding that makes the exit status 1 (default: ${DEFAULT-VALUE})")
  FailOn failOn;

  @Option(names = "--skip", split = ",", paramLabel = "RULE", description = "rules to leave out")
  List<String> skip = new ArrayList<>();

  @Option(names = "--only", split = ",", paramLabel = "RULE", description = "the only rules to run")
  List<String> only = new ArrayList<>();

  @Option(names = "--debug", description = "show stack traces with errors")
  boolean debug;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    ComplianceEngine engine;
    try {
      engine = ComplianceEngine.builder().skip(skip.toArray(String[]::new)).only(only.toArray(String[]::new)).build();
    } catch (RuleDefinitionException e) {
      e.problems().forEach(problem -> err.println("kcsp: " + problem));
      return KcspCommand.BAD_INPUT;
    }
    List<Input> inputs = inputs();
    if (inputs.size() > 1 && output == null && format == ReportFormat.HTML) {
      err.println("kcsp: several HTML reports cannot share standard output: give --output DIRECTORY");
      return KcspCommand.BAD_INPUT;
    }
    int status = KcspCommand.OK;
    List<String[]> reports = new ArrayList<>();
    Progress progress = new Progress(err, inputs.size());
    for (Input input : inputs) {
      progress.next(input.name());
      try {
        PartnershipRecord record = input.reader().get();
        LocalDate date = asOf != null ? asOf : record.asOf().orElseGet(LocalDate::now);
        ComplianceReport report = engine.check(record, date);
        reports.add(new String[] {input.name(), format.render(report, record)});
        if (failOn.fails(report)) {
          status = Math.max(status, KcspCommand.FINDINGS);
        }
      } catch (InvalidRecordException e) {
        err.println("kcsp: " + e.source().orElse(input.name()) + " is not a valid record ("
            + e.problems().size() + (e.problems().size() == 1 ? " problem):" : " problems):"));
        for (Problem problem : e.problems()) {
          err.println("  " + problem);
        }
        if (debug) {
          e.printStackTrace(err);
        }
        status = KcspCommand.BAD_INPUT;
      } catch (RuleExecutionException e) {
        err.println("kcsp: " + input.name() + ": " + e.getMessage());
        if (debug) {
          e.printStackTrace(err);
        }
        status = KcspCommand.BAD_INPUT;
      }
    }
    progress.done();
    write(reports, inputs.size());
    return status;
  }

  private List<Input> inputs() {
    List<Input> inputs = new ArrayList<>();
    if (files.isEmpty()) {
      for (BundledExamples.Example example : BundledExamples.all()) {
        inputs.add(new Input(example.resource(), example::read));
      }
    }
    for (Path file : files) {
      inputs.add(new Input(file.toString(), () -> RecordReader.read(file)));
    }
    return inputs;
  }

  private void write(List<String[]> reports, int inputCount) throws IOException {
    if (reports.isEmpty()) {
      return;
    }
    if (output != null && inputCount == 1 && !Files.isDirectory(output)) {
      Files.writeString(output, reports.get(0)[1], StandardCharsets.UTF_8);
      return;
    }
    if (output != null) {
      Files.createDirectories(output);
      for (String[] report : reports) {
        Files.writeString(output.resolve(baseName(report[0]) + "." + format.extension()), report[1], StandardCharsets.UTF_8);
      }
      return;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (inputCount == 1) {
      out.print(reports.get(0)[1]);
    } else if (format == ReportFormat.JSON) {
      out.println("[");
      for (int i = 0; i < reports.size(); i++) {
        String indented = reports.get(i)[1].stripTrailing().indent(2).stripTrailing();
        out.println(indented + (i < reports.size() - 1 ? "," : ""));
      }
      out.println("]");
    } else {
      for (int i = 0; i < reports.size(); i++) {
        if (i > 0) {
          out.println();
        }
        out.println(format == ReportFormat.MARKDOWN ? "<!-- " + reports.get(i)[0] + " -->" : "== " + reports.get(i)[0] + " ==");
        out.print(reports.get(i)[1]);
      }
    }
    out.flush();
  }

  /** {@code kcsp-2022} for {@code examples/kcsp-2022.json}. */
  private static String baseName(String name) {
    String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = file.lastIndexOf('.');
    return (dot > 0 ? file.substring(0, dot) : file).toLowerCase(Locale.ROOT);
  }
}

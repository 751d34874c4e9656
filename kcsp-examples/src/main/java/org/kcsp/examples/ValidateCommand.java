package org.kcsp.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Problem;
import org.kcsp.model.io.RecordReader;
import org.kcsp.rules.BatchResult;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.RuleDefinitionException;
import org.kcsp.rules.Severity;
import org.kcsp.rules.report.ReportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kcsp validate FILE...}: checks records (or directories of them) and prints their reports. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {
      "Checks partnership records (JSON or YAML) and prints their reports.",
      "With no FILE, validates every bundled example. A directory stands for every .json, .yaml and .yml",
      "file in it (not in its subdirectories), in name order. Records are checked on all cores.",
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

  @Parameters(arity = "0..*", paramLabel = "FILE",
      description = "records to check (.json, .yaml, .yml); a directory stands for the records in it, in name order")
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

  @Option(names = "--rules", paramLabel = "FILE.drl",
      description = "a DRL file of your own rules, run with the standard ones (repeatable)")
  List<Path> rules = new ArrayList<>();

  @Option(names = "--max-firings", paramLabel = "N",
      description = "stop a check whose rules fire more than N times, as a rule that loops (default: ${DEFAULT-VALUE})")
  int maxFirings = ComplianceEngine.DEFAULT_MAX_FIRINGS;

  @Option(names = "--debug", description = "show stack traces with errors")
  boolean debug;

  /** The exit status so far: the worst of the records'. */
  private int status = KcspCommand.OK;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (maxFirings < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-firings must be at least 1, got " + maxFirings);
    }
    ComplianceEngine engine;
    try {
      ComplianceEngine.Builder builder = ComplianceEngine.builder().maxFirings(maxFirings);
      for (Path drl : rules) {
        builder.addRules(drl);
      }
      engine = builder.skip(skip.toArray(String[]::new)).only(only.toArray(String[]::new)).build();
    } catch (RuleDefinitionException e) {
      e.problems().forEach(problem -> err.println("kcsp: " + problem));
      if (debug) {
        e.printStackTrace(err);
      }
      return KcspCommand.BAD_INPUT;
    }
    List<Input> inputs = new ArrayList<>();
    status = inputs(inputs, err);
    if (inputs.isEmpty()) {
      return status;
    }
    if (inputs.size() > 1 && output == null && format == ReportFormat.HTML) {
      err.println("kcsp: several HTML reports cannot share standard output: give --output DIRECTORY");
      return KcspCommand.BAD_INPUT;
    }
    // records are read and checked on all cores; their reports are printed in the inputs' order
    LocalDate today = asOf == null ? LocalDate.now() : null;
    Iterator<Supplier<PartnershipRecord>> records = inputs.stream()
        .<Supplier<PartnershipRecord>>map(input -> () -> dated(input.reader().get(), today))
        .iterator();
    Reports reports = new Reports(inputs.size());
    Progress progress = new Progress(err, inputs.size());
    Map<Integer, BatchResult> early = new HashMap<>();
    int threads = Math.min(inputs.size(), Runtime.getRuntime().availableProcessors());
    try {
      engine.checkAll(records, asOf, threads, result -> {
        early.put(result.index(), result);
        for (BatchResult ready = early.remove(reports.count); ready != null; ready = early.remove(reports.count)) {
          Input input = inputs.get(ready.index());
          progress.next(input.name());
          reports.take(input, ready, err);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      progress.done();
    }
    reports.finish();
    return status;
  }

  /** The record, dated today when it has no asOf of its own and no --as-of was given. */
  private static PartnershipRecord dated(PartnershipRecord record, LocalDate today) {
    return today == null || record.asOf().isPresent() ? record : PartnershipRecord.builder().from(record).asOf(today).build();
  }

  /** The inputs: the bundled examples with no FILE, else the files, a directory standing for its records. */
  private int inputs(List<Input> inputs, PrintWriter err) {
    int result = KcspCommand.OK;
    if (files.isEmpty()) {
      for (BundledExamples.Example example : BundledExamples.all()) {
        inputs.add(new Input(example.resource(), example::read));
      }
    }
    for (Path file : files) {
      if (!Files.isDirectory(file)) {
        inputs.add(new Input(file.toString(), () -> RecordReader.read(file)));
        continue;
      }
      List<Path> found;
      try (Stream<Path> listed = Files.list(file)) {
        found = listed.filter(ValidateCommand::isRecordFile)
            .sorted(Comparator.comparing(path -> path.getFileName().toString()))
            .toList();
      } catch (IOException e) {
        err.println("kcsp: cannot list the directory " + file + ": " + e.getMessage());
        result = KcspCommand.BAD_INPUT;
        continue;
      }
      if (found.isEmpty()) {
        err.println("kcsp: the directory " + file + " holds no .json, .yaml or .yml file");
        result = KcspCommand.BAD_INPUT;
      }
      for (Path record : found) {
        inputs.add(new Input(record.toString(), () -> RecordReader.read(record)));
      }
    }
    return result;
  }

  private static boolean isRecordFile(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(path) && (name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml"));
  }

  /** Writes reports as they come, in the inputs' order, and reports records that could not be checked. */
  private final class Reports {
    private final int inputCount;
    /** How many results have been taken: the index of the next one. */
    int count;
    private int written;
    private String pendingJson;

    Reports(int inputCount) {
      this.inputCount = inputCount;
    }

    void take(Input input, BatchResult result, PrintWriter err) {
      count++;
      if (result.report().isPresent()) {
        ComplianceReport report = result.report().get();
        write(input.name(), printable(format.render(report)));
        if (failOn.fails(report)) {
          status = Math.max(status, KcspCommand.FINDINGS);
        }
        return;
      }
      RuntimeException failure = result.failure().orElseThrow();
      if (failure instanceof InvalidRecordException e) {
        err.println("kcsp: " + e.source().orElse(input.name()) + " is not a valid record ("
            + e.problems().size() + (e.problems().size() == 1 ? " problem):" : " problems):"));
        for (Problem problem : e.problems()) {
          err.println("  " + problem);
        }
      } else {
        err.println("kcsp: " + input.name() + ": " + failure.getMessage());
      }
      if (debug) {
        failure.printStackTrace(err);
      }
      status = KcspCommand.BAD_INPUT;
    }

    private void write(String name, String report) {
      try {
        if (output != null && inputCount == 1 && !Files.isDirectory(output)) {
          Files.writeString(output, report, StandardCharsets.UTF_8);
        } else if (output != null) {
          Files.createDirectories(output);
          Files.writeString(output.resolve(baseName(name) + "." + format.extension()), report, StandardCharsets.UTF_8);
        } else {
          print(name, report);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      written++;
    }

    private void print(String name, String report) {
      PrintWriter out = spec.commandLine().getOut();
      if (inputCount == 1) {
        out.print(report);
      } else if (format == ReportFormat.JSON) {
        if (pendingJson == null) {
          out.println("[");
        } else {
          out.println(pendingJson + ",");
        }
        pendingJson = report.stripTrailing().indent(2).stripTrailing();
      } else {
        if (written > 0) {
          out.println();
        }
        out.println(format == ReportFormat.MARKDOWN ? "<!-- " + name + " -->" : "== " + name + " ==");
        out.print(report);
      }
      out.flush();
    }

    void finish() {
      if (pendingJson != null) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(pendingJson);
        out.println("]");
        out.flush();
      }
    }
  }

  /**
   * A text or Markdown report with each control character of the record's own strings (other than
   * line breaks and tabs) written as an escape such as <code>&#92;u001B</code>: printed on a terminal, a
   * name holding an escape sequence could otherwise clear the screen or forge output. JSON and HTML
   * escape them already.
   */
  private String printable(String rendered) {
    if (format != ReportFormat.TEXT && format != ReportFormat.MARKDOWN) {
      return rendered;
    }
    StringBuilder text = new StringBuilder(rendered.length());
    for (int i = 0; i < rendered.length(); i++) {
      char c = rendered.charAt(i);
      boolean control = Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t';
      text.append(control || c == '\u2028' || c == '\u2029' ? String.format(Locale.ROOT, "\\u%04X", (int) c) : String.valueOf(c));
    }
    return text.toString();
  }

  /** {@code kcsp-2022} for {@code examples/kcsp-2022.json}. */
  private static String baseName(String name) {
    String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = file.lastIndexOf('.');
    return (dot > 0 ? file.substring(0, dot) : file).toLowerCase(Locale.ROOT);
  }
}

package org.kcsp.examples;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.kcsp.examples.RecordInputs.Input;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Printable;
import org.kcsp.rules.BatchOptions;
import org.kcsp.rules.BatchResult;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.RuleDefinitionException;
import org.kcsp.rules.Severity;
import org.kcsp.rules.report.JunitReport;
import org.kcsp.rules.report.ReportFormat;
import org.kcsp.rules.report.SarifReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kcsp validate FILE...}: checks records (or directories of them) and prints their reports. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {
      "Checks partnership records (JSON, YAML, or XLSX workbooks) and prints their reports.",
      "With no FILE, validates every bundled example. A directory stands for every",
      ".json, .yaml and .yml file in it (not in its subdirectories), in name order.",
      "Records are checked on all cores.",
      "",
      "With --output, one record's report goes to the file named, or into the",
      "directory named (one that exists, or a name ending with /); the reports of",
      "several go into the directory named, made if missing. In a directory, each",
      "report is named after its record's file, with the report's extension added:",
      "kcsp.json gives kcsp.json.txt, KCSP.yaml gives KCSP.yaml.txt.",
      "Refused before anything is written: an --output that is a record being",
      "checked, or a directory that holds one (reports are never written among",
      "records); two records whose reports would have the same name, even in",
      "another case (such as the same file name in two directories): check them in",
      "separate runs. A report is written whole or not at all, even when the run",
      "is stopped. On standard output the reports of several records are one",
      "document: a JSON array, a SARIF log of a run per record, JUnit XML of a",
      "test suite per record.",
      "",
      "Exit status: 0 no open finding at or above --fail-on; 1 there is one;",
      "2 bad input or bad usage."
    })
final class ValidateCommand implements Callable<Integer> {

  /** The least severity that makes the exit status 1. */
  enum FailOn {
    ERROR, WARNING, INFO, NEVER;

    boolean fails(ComplianceReport report) {
      return this != NEVER && report.hasOpenFindingAtLeast(Severity.valueOf(name()));
    }
  }

  /** Stops the batch when a report cannot be written. */
  private static final class OutputFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputFailed(ReportOutput.OutputException cause) {
      super(cause.getMessage(), cause);
    }
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE",
      description = "records to check (.json, .yaml, .yml, .xlsx); a directory stands for the JSON and YAML records in it, in name order")
  List<String> files = new ArrayList<>();

  @Option(names = "--as-of", paramLabel = "DATE", converter = Arguments.Date.class,
      description = "the evaluation date, written yyyy-mm-dd, from 1900-01-01 to 9999-12-31, such as 2022-07-14"
          + " (default: each record's asOf, else today)")
  LocalDate asOf;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text, json, markdown, html, sarif (SARIF 2.1.0, for code scanning) or junit (JUnit XML, for CI servers)"
          + " (default: ${DEFAULT-VALUE})")
  ReportFormat format;

  @Option(names = "--output", paramLabel = "PATH",
      description = "write the report to this file, or the reports into this directory, instead of standard output")
  String output;

  @Option(names = "--fail-on", defaultValue = "error", paramLabel = "SEVERITY",
      description = "error, warning, info or never: the least severity of an open finding that makes the exit status 1 (default: ${DEFAULT-VALUE})")
  FailOn failOn;

  @Option(names = "--skip", split = ",", paramLabel = "RULE", description = "rules to leave out")
  List<String> skip = new ArrayList<>();

  @Option(names = "--only", split = ",", paramLabel = "RULE", description = "the only rules to run")
  List<String> only = new ArrayList<>();

  @Option(names = "--policy", paramLabel = "ID|FILE",
      description = "check every record under this policy: a built-in one (england, kcsp) or a kcsp-policy/1 file"
          + " (default: each record's own, kcsp for a version 1 record)")
  String policy;

  @Option(names = "--rules", paramLabel = "FILE.drl",
      description = "a DRL file of your own rules (a regular file of at most 1 MiB), run with the standard ones (repeatable)")
  List<Path> rules = new ArrayList<>();

  @Option(names = "--max-firings", paramLabel = "N",
      description = "stop a check whose rules fire more than N times, as a rule that loops (default: ${DEFAULT-VALUE})")
  int maxFirings = ComplianceEngine.DEFAULT_MAX_FIRINGS;

  @Mixin
  DebugOption debug;

  /** The exit status so far: the worst of the records'. */
  private int status = KcspCommand.OK;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (maxFirings < 1) {
      throw usage("--max-firings must be at least 1, got " + maxFirings);
    }
    List<String> onlyIds = ruleIds("--only", only);
    List<String> skipIds = ruleIds("--skip", skip);
    for (String id : onlyIds) {
      if (skipIds.contains(id)) {
        throw usage("--only and --skip both name " + Printable.line(id) + ": a rule cannot be both run and left out");
      }
    }
    ComplianceEngine engine;
    try {
      ComplianceEngine.Builder builder = ComplianceEngine.builder().maxFirings(maxFirings);
      if (policy != null) {
        builder.policy(PolicyOption.resolve(policy, err));
      }
      for (Path drl : rules) {
        builder.addRules(drl);
      }
      engine = builder.skip(skipIds.toArray(String[]::new)).only(onlyIds.toArray(String[]::new)).build();
    } catch (RuleDefinitionException e) {
      e.problems().forEach(problem -> err.println("kcsp: " + Printable.line(problem)));
      if (debug.on) {
        e.printStackTrace(err);
      }
      return KcspCommand.BAD_INPUT;
    } catch (PolicyOption.Refused e) {
      return KcspCommand.BAD_INPUT;
    }
    if (engine.catalog().rules().isEmpty()) {
      throw usage(onlyIds.isEmpty() && skipIds.isEmpty()
          ? "the policy " + Printable.line(policy) + " holds no rule to run, and a check of no rule would pass any record"
          : "--skip leaves no rule to run, and a check of no rule would pass any record");
    }
    List<Input> inputs = new ArrayList<>();
    List<Path> read = new ArrayList<>();
    status = inputs(inputs, read, err);
    if (inputs.isEmpty()) {
      return status;
    }
    if (inputs.size() > 1 && output == null && format == ReportFormat.HTML) {
      err.println("kcsp: several HTML reports cannot share standard output: give --output DIRECTORY");
      return KcspCommand.BAD_INPUT;
    }
    ReportOutput destination;
    try {
      destination = ReportOutput.plan(output, format.extension(), inputs.stream().map(Input::name).toList(), read);
      destination.prepare();
    } catch (ReportOutput.OutputException e) {
      err.println("kcsp: " + e.getMessage());
      return KcspCommand.BAD_INPUT;
    }
    // records are read and checked on all cores; their reports are written in the inputs' order
    Iterator<Supplier<PartnershipRecord>> records = inputs.stream()
        .<Supplier<PartnershipRecord>>map(Input::reader)
        .iterator();
    Reports reports = new Reports(inputs.size(), destination);
    Progress progress = new Progress(err, inputs.size());
    BatchOptions options = BatchOptions.threads(Math.min(inputs.size(), Runtime.getRuntime().availableProcessors()))
        .inInputOrder();
    options = asOf == null ? options.withFallbackDate(LocalDate.now()) : options.withAsOf(asOf);
    try {
      engine.checkAll(records, options, result -> {
        Input input = inputs.get(result.index());
        progress.next(input.name());
        reports.take(input, result, err);
      });
      reports.finish();
    } catch (OutputFailed e) {
      progress.done();
      err.println("kcsp: " + e.getMessage());
      return KcspCommand.BAD_INPUT;
    } finally {
      progress.done();
    }
    return status;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  /** The rule ids of --only or --skip; an option given with no id (--only ,) is a usage error. */
  private List<String> ruleIds(String option, List<String> values) {
    List<String> ids = values.stream().map(String::strip).filter(id -> !id.isEmpty()).distinct().toList();
    if (ids.isEmpty() && spec.commandLine().getParseResult().hasMatchedOption(option)) {
      throw usage(option + " names no rule: give rule ids, such as " + option + " TOR_REVIEW_OVERDUE (./kcsp rules lists them)");
    }
    return ids;
  }

  /**
   * The inputs: the bundled examples with no FILE, else the files, a directory standing for its
   * records ({@link RecordInputs}). Returns 2 if one cannot be named or listed, each said on {@code
   * err}.
   */
  private int inputs(List<Input> inputs, List<Path> read, PrintWriter err) {
    if (files.isEmpty()) {
      for (BundledExamples.Example example : BundledExamples.all()) {
        inputs.add(new Input(example.resource(), example::read));
      }
      return KcspCommand.OK;
    }
    return RecordInputs.collect(files, inputs, read, err);
  }

  /** Writes reports as they come, in the inputs' order, and reports records that could not be checked. */
  private final class Reports {
    private final int inputCount;
    private final ReportOutput destination;
    private int written;
    private String pendingJson;
    // several records' SARIF runs or JUnit suites on standard output: one document, written as they come
    private SarifReport.Log sarif;
    private JunitReport.Suites junit;

    Reports(int inputCount, ReportOutput destination) {
      this.inputCount = inputCount;
      this.destination = destination;
    }

    void take(Input input, BatchResult result, PrintWriter err) {
      if (result.report().isPresent()) {
        ComplianceReport report = result.report().get();
        if (inputCount > 1 && destination.toStandardOutput() && (format == ReportFormat.SARIF || format == ReportFormat.JUNIT)) {
          addToDocument(report);
        } else {
          write(result.index(), input.name(), format.render(report));
        }
        if (failOn.fails(report)) {
          status = Math.max(status, KcspCommand.FINDINGS);
        }
        return;
      }
      RuntimeException failure = result.failure().orElseThrow();
      if (!RecordProblems.printIfInvalid(err, input.name(), failure)) {
        err.println("kcsp: " + Printable.line(input.name()) + ": " + Printable.line(String.valueOf(failure.getMessage())));
      }
      if (debug.on) {
        failure.printStackTrace(err);
      }
      status = KcspCommand.BAD_INPUT;
    }

    private void write(int index, String name, String report) {
      try {
        if (destination.toStandardOutput()) {
          print(name, report);
          ReportOutput.checkStandardOutput(spec.commandLine().getOut());
        } else {
          destination.write(index, report);
        }
      } catch (ReportOutput.OutputException e) {
        throw new OutputFailed(e);
      }
      written++;
    }

    /** Adds a record's run or suite to the one document on standard output, begun with the first. */
    private void addToDocument(ComplianceReport report) {
      PrintWriter out = spec.commandLine().getOut();
      if (format == ReportFormat.SARIF) {
        sarif = sarif == null ? SarifReport.log(out) : sarif;
        sarif.add(report);
      } else {
        junit = junit == null ? JunitReport.suites(out) : junit;
        junit.add(report);
      }
      try {
        ReportOutput.checkStandardOutput(out);
      } catch (ReportOutput.OutputException e) {
        throw new OutputFailed(e);
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
        out.println(format == ReportFormat.MARKDOWN ? "<!-- " + Printable.line(name) + " -->" : "== " + Printable.line(name) + " ==");
        out.print(report);
      }
      out.flush();
    }

    void finish() {
      if (sarif != null || junit != null) {
        if (sarif != null) {
          sarif.close();
        } else {
          junit.close();
        }
        try {
          ReportOutput.checkStandardOutput(spec.commandLine().getOut());
        } catch (ReportOutput.OutputException e) {
          throw new OutputFailed(e);
        }
      }
      if (pendingJson != null) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(pendingJson);
        out.println("]");
        try {
          ReportOutput.checkStandardOutput(out);
        } catch (ReportOutput.OutputException e) {
          throw new OutputFailed(e);
        }
      }
    }
  }
}

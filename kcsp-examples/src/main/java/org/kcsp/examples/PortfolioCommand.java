package org.kcsp.examples;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
import org.kcsp.rules.Portfolio;
import org.kcsp.rules.RuleDefinitionException;
import org.kcsp.rules.report.FindingsCsv;
import org.kcsp.rules.report.PortfolioReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kcsp portfolio DIR...}: many partnerships side by side, for funders and counties. */
@Command(name = "portfolio", mixinStandardHelpOptions = true,
    description = {
      "Checks every record of the directories (and files) given and lays them side by",
      "side: a row per record (partnership, date, policy, counts), a column per rule,",
      "the outcome in each cell. Records are checked on all cores, a few at a time,",
      "so thousands take the memory of their rows only.",
      "",
      "text and html show the table with each rule's counts; json holds the same for",
      "dashboards; csv is a row per finding (record, partnership, asOf, rule,",
      "severity, subjectKind, subject, message, waived) for spreadsheets, RFC 4180.",
      "",
      "With --output, the portfolio goes to the file named, or into the directory",
      "named (one that exists, or a name ending with /) as portfolio.txt,",
      "portfolio.html, portfolio.csv or portfolio.json; never among the records, and",
      "written whole or not at all.",
      "",
      "Exit status: 0 the portfolio was written; 2 a record could not be read or",
      "checked (the portfolio of the others is still written), or bad usage."
    })
final class PortfolioCommand implements Callable<Integer> {

  /** What the portfolio is written as. */
  enum Format {
    TEXT("txt"), HTML("html"), CSV("csv"), JSON("json");

    final String extension;

    Format(String extension) {
      this.extension = extension;
    }
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "DIR",
      description = "directories of records (their .json, .yaml and .yml files, in name order), or records")
  List<String> files = new ArrayList<>();

  @Option(names = "--as-of", paramLabel = "DATE", converter = Arguments.Date.class,
      description = "the evaluation date of every record, written yyyy-mm-dd (default: each record's asOf, else today)")
  LocalDate asOf;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text, html, csv or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--output", paramLabel = "PATH",
      description = "write the portfolio to this file, or into this directory, instead of standard output")
  String output;

  @Option(names = "--policy", paramLabel = "ID|FILE",
      description = "check every record under this policy: a built-in one (england, kcsp) or a kcsp-policy/1 file"
          + " (default: each record's own)")
  String policy;

  @Mixin
  DebugOption debug;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ComplianceEngine engine;
    try {
      engine = policy == null ? ComplianceEngine.standard()
          : ComplianceEngine.builder().policy(PolicyOption.resolve(policy, err)).build();
    } catch (RuleDefinitionException e) {
      e.problems().forEach(problem -> err.println("kcsp: " + Printable.line(problem)));
      return KcspCommand.BAD_INPUT;
    } catch (PolicyOption.Refused e) {
      return KcspCommand.BAD_INPUT;
    }
    List<Input> inputs = new ArrayList<>();
    List<Path> read = new ArrayList<>();
    int status = RecordInputs.collect(files, inputs, read, err);
    if (inputs.isEmpty()) {
      return status;
    }
    ReportOutput destination;
    try {
      destination = ReportOutput.plan(output, format.extension, List.of("portfolio"), read);
      destination.prepare();
    } catch (ReportOutput.OutputException e) {
      err.println("kcsp: " + e.getMessage());
      return KcspCommand.BAD_INPUT;
    }
    try {
      return Math.max(status, format == Format.CSV ? csv(engine, inputs, destination, err) : table(engine, inputs, destination, err));
    } catch (ReportOutput.OutputException e) {
      err.println("kcsp: " + e.getMessage());
      return KcspCommand.BAD_INPUT;
    }
  }

  /** The portfolio as a table (text, HTML or JSON), written once every record is checked. */
  private int table(ComplianceEngine engine, List<Input> inputs, ReportOutput destination, PrintWriter err)
      throws ReportOutput.OutputException {
    Failures failures = new Failures(inputs, err);
    Progress progress = new Progress(err, inputs.size());
    Portfolio portfolio;
    try {
      portfolio = engine.portfolio(records(inputs), options(inputs), result -> {
        progress.next(inputs.get(result.index()).name());
        failures.take(result);
      });
    } finally {
      progress.done();
    }
    String text = switch (format) {
      case TEXT -> PortfolioReport.text(portfolio);
      case HTML -> PortfolioReport.html(portfolio);
      default -> PortfolioReport.json(portfolio);
    };
    if (destination.toStandardOutput()) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      ReportOutput.checkStandardOutput(out);
    } else {
      destination.write(0, text);
    }
    return failures.status;
  }

  /** Every finding as a CSV row, written as each record's report comes, in the records' order. */
  private int csv(ComplianceEngine engine, List<Input> inputs, ReportOutput destination, PrintWriter err)
      throws ReportOutput.OutputException {
    Failures failures = new Failures(inputs, err);
    Progress progress = new Progress(err, inputs.size());
    if (destination.toStandardOutput()) {
      PrintWriter out = spec.commandLine().getOut();
      try {
        FindingsCsv.Table table = FindingsCsv.table(out);
        engine.checkAll(records(inputs), options(inputs), result -> {
          progress.next(inputs.get(result.index()).name());
          failures.take(result);
          result.report().ifPresent(table::add);
        });
      } finally {
        progress.done();
      }
      ReportOutput.checkStandardOutput(out);
      return failures.status;
    }
    try (ReportOutput.Streamed file = destination.stream(0)) {
      try {
        FindingsCsv.Table table = FindingsCsv.table(file.writer());
        engine.checkAll(records(inputs), options(inputs), result -> {
          progress.next(inputs.get(result.index()).name());
          failures.take(result);
          result.report().ifPresent(table::add);
        });
      } catch (UncheckedIOException e) {
        throw file.failed(e.getCause());
      } finally {
        progress.done();
      }
      file.commit();
    }
    return failures.status;
  }

  private static Iterator<Supplier<PartnershipRecord>> records(List<Input> inputs) {
    return inputs.stream().<Supplier<PartnershipRecord>>map(Input::reader).iterator();
  }

  /** On all cores, results in the records' order, each as of --as-of or its own asOf (else today). */
  private BatchOptions options(List<Input> inputs) {
    BatchOptions options = BatchOptions.threads(Math.min(inputs.size(), Runtime.getRuntime().availableProcessors()))
        .inInputOrder();
    return asOf == null ? options.withFallbackDate(LocalDate.now()) : options.withAsOf(asOf);
  }

  /** Says on standard error why a record could not be checked; the portfolio goes on without it. */
  private final class Failures {
    private final List<Input> inputs;
    private final PrintWriter err;
    private int status = KcspCommand.OK;

    Failures(List<Input> inputs, PrintWriter err) {
      this.inputs = inputs;
      this.err = err;
    }

    void take(BatchResult result) {
      if (result.failure().isEmpty()) {
        return;
      }
      RuntimeException failure = result.failure().get();
      String name = inputs.get(result.index()).name();
      if (failure instanceof InvalidRecordException e) {
        RecordProblems.print(err, name, e);
      } else {
        err.println("kcsp: " + Printable.line(name) + ": " + Printable.line(String.valueOf(failure.getMessage())));
      }
      err.println("kcsp: " + Printable.line(name) + " is left out of the portfolio");
      if (debug.on) {
        failure.printStackTrace(err);
      }
      status = KcspCommand.BAD_INPUT;
    }
  }
}

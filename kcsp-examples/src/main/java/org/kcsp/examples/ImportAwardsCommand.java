package org.kcsp.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Printable;
import org.kcsp.model.io.RecordReader.Syntax;
import org.kcsp.model.io.RecordWriter;
import org.kcsp.workbook.AwardImport;
import org.kcsp.workbook.GivingGrant;
import org.kcsp.workbook.GivingGrants;
import org.kcsp.workbook.InvalidGrantsException;
import org.kcsp.workbook.InvalidWorkbookException;
import org.kcsp.workbook.WorkbookProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kcsp import-awards GRANTS --into RECORD}: other funders' awards from 360Giving data, added to a record. */
@Command(name = "import-awards", mixinStandardHelpOptions = true,
    description = {
      "Adds other funders' awards, published in the 360Giving Data Standard, to a",
      "record's externalAwards, where the duplicate-funding check finds a project",
      "that an award already funds.",
      "",
      "GRANTS is 360Giving's JSON package (.json), or its flat form (.csv, or .xlsx,",
      "its grants sheet or else its first) with the standard's column titles. Every",
      "grant must give what the standard requires (identifier, title, description,",
      "currency, amount awarded, award date, recipient, funding organisation), in",
      "pounds (GBP); every problem is named at its place.",
      "",
      "Each grant becomes an award with its identifier as id, its title, the amount",
      "awarded, and as its period the planned dates when it has a start date, else",
      "the financial year of its award date. Its funder is the record's organisation",
      "of the funding organisation's identifier, or else of its name, or else is",
      "added (kind OTHER). Grants already among the record's awards (by id) are",
      "skipped; --recipient and --awarded-from/--awarded-to keep only some.",
      "",
      "The record goes to standard output (in its own syntax), or to --output: a",
      "file (.json, .yaml, .yml) or a directory. Neither input is ever replaced, and",
      "the output is written whole or not at all. What was added and skipped is said",
      "on standard error.",
      "",
      "Exit status: 0 done; 2 grants data or a record that is not valid, bad usage,",
      "or an output that cannot be written."
    })
final class ImportAwardsCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GRANTS", description = "360Giving data: .json (the package), .csv or .xlsx (the flat form)")
  Path grants;

  @Option(names = "--into", required = true, paramLabel = "RECORD", description = "the record to add the awards to")
  Path record;

  @Option(names = "--output", paramLabel = "PATH",
      description = "write the record to this file (.json, .yaml or .yml), or into this directory, instead of standard output")
  String output;

  @Option(names = "--recipient", split = ",", paramLabel = "ID",
      description = "keep only grants to these recipients (their 360Giving identifiers)")
  List<String> recipients = List.of();

  @Option(names = "--awarded-from", paramLabel = "DATE", converter = Arguments.Date.class,
      description = "keep only grants awarded on or after this date")
  LocalDate from;

  @Option(names = "--awarded-to", paramLabel = "DATE", converter = Arguments.Date.class,
      description = "keep only grants awarded on or before this date")
  LocalDate to;

  @Mixin
  DebugOption debug;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (from != null && to != null && to.isBefore(from)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--awarded-to " + to + " is before --awarded-from " + from);
    }
    String name = record.getFileName() == null ? "" : record.getFileName().toString();
    Syntax input = Syntax.ofFileName(name);
    Syntax syntax = Outputs.recordSyntax(spec, output, null, input != null ? input : Syntax.JSON);
    List<GivingGrant> read;
    PartnershipRecord into;
    try {
      read = GivingGrants.read(grants);
    } catch (InvalidGrantsException e) {
      err.println("kcsp: " + Printable.line(e.source()) + " is not 360Giving data kcsp can use (" + e.problems().size()
          + (e.problems().size() == 1 ? " problem):" : " problems):"));
      for (WorkbookProblem problem : e.problems()) {
        err.println("  " + problem);
      }
      return fail(e);
    } catch (InvalidWorkbookException e) {
      RecordProblems.print(err, grants.toString(), e);
      return fail(e);
    }
    try {
      into = RecordFiles.read(record);
    } catch (InvalidRecordException | InvalidWorkbookException e) {
      RecordProblems.printIfInvalid(err, record.toString(), e);
      return fail(e);
    }
    AwardImport.Result result;
    try {
      result = AwardImport.into(into, read, new AwardImport.Filter(Set.copyOf(recipients), from, to));
    } catch (InvalidRecordException e) {
      RecordProblems.print(err, record.toString(), e.from(record + " with the awards of " + grants));
      return fail(e);
    }
    String written = syntax == Syntax.YAML ? RecordWriter.toYaml(result.record()) : RecordWriter.toJson(result.record());
    int status = Outputs.write(spec, output, ReportOutput.Written.converted(syntax == Syntax.YAML ? "yaml" : "json",
        "the record the awards are added to"), record.toString(), List.of(record, grants),
        written.getBytes(StandardCharsets.UTF_8));
    if (status == KcspCommand.OK) {
      err.println("kcsp: " + summary(result));
    }
    return status;
  }

  private String summary(AwardImport.Result result) {
    StringBuilder text = new StringBuilder("added ").append(count(result.added().size(), "award"))
        .append(" from ").append(Printable.line(grants.toString()));
    if (!result.funders().isEmpty()) {
      text.append("; added ").append(result.funders().size() == 1 ? "the funder " : "the funders ")
          .append(Printable.line(String.join(", ", result.funders()))).append(" to the organisations");
    }
    if (!result.present().isEmpty()) {
      text.append("; skipped ").append(count(result.present().size(), "grant")).append(" the record already holds");
    }
    if (result.filtered() > 0) {
      text.append("; left out ").append(count(result.filtered(), "grant")).append(" by --recipient or --awarded-from/to");
    }
    return text.toString();
  }

  private static String count(int n, String noun) {
    return String.format(Locale.ROOT, "%,d", n) + " " + noun + (n == 1 ? "" : "s");
  }

  private int fail(RuntimeException e) {
    if (debug.on) {
      e.printStackTrace(spec.commandLine().getErr());
    }
    return KcspCommand.BAD_INPUT;
  }
}

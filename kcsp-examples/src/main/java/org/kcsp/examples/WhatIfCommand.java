package org.kcsp.examples;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Printable;
import org.kcsp.model.Project;
import org.kcsp.model.io.RecordReader;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.ReportDiff;
import org.kcsp.rules.RuleExecutionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kcsp what-if FILE --add-project PROJECT --to GRANT}: what a proposed project would change. */
@Command(name = "what-if", mixinStandardHelpOptions = true,
    description = {
      "What a proposed project would change: the findings of the record with the project",
      "added to a grant, against those of the record as it is, both as of --as-of (else",
      "the record's asOf, else today). The project file is one project as it would stand",
      "in the grant's projects (JSON or YAML), PROPOSED unless it gives a status. Nothing",
      "is written.",
      "",
      "Exit status: 0 no NEW open finding at or above --fail-on; 1 there is one; 2 bad",
      "input or bad usage (a project that is not valid, a grant the record does not hold,",
      "an id another project has)."
    })
final class WhatIfCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the record (.json, .yaml, .yml)")
  Path file;

  @Option(names = "--add-project", required = true, paramLabel = "PROJECT",
      description = "the proposed project (.json, .yaml, .yml)")
  Path project;

  @Option(names = "--to", required = true, paramLabel = "GRANT", description = "the id of the grant it is proposed to")
  String grant;

  @Option(names = "--as-of", paramLabel = "DATE", converter = Arguments.Date.class,
      description = "the evaluation date, written yyyy-mm-dd (default: the record's asOf, else today)")
  LocalDate asOf;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text, markdown or json (default: ${DEFAULT-VALUE})")
  DiffCommand.Format format;

  @Option(names = "--fail-on", defaultValue = "error", paramLabel = "SEVERITY",
      description = "error, warning, info or never: the least severity of a NEW open finding that makes the exit status 1"
          + " (default: ${DEFAULT-VALUE})")
  ValidateCommand.FailOn failOn;

  @Option(names = "--policy", paramLabel = "ID|FILE",
      description = "check the record under this policy: a built-in one (england, kcsp) or a kcsp-policy/1 file"
          + " (default: the record's own)")
  String policy;

  @Mixin
  DebugOption debug;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ComplianceEngine engine;
    PartnershipRecord record;
    try {
      engine = CheckInputs.engine(policy, err);
      record = CheckInputs.record(file, err, debug.on);
    } catch (CheckInputs.Refused e) {
      return KcspCommand.BAD_INPUT;
    }
    Project proposed;
    try {
      proposed = RecordReader.readProposedProject(project, record.format());
    } catch (InvalidRecordException e) {
      return notValid(err, e);
    }
    ReportDiff diff;
    try {
      diff = engine.whatIf(record, grant, proposed, CheckInputs.date(asOf, record));
    } catch (IllegalArgumentException e) {
      // no such grant, or its projects are not recorded
      err.println("kcsp: " + Printable.line(file.toString()) + ": " + Printable.line(String.valueOf(e.getMessage())));
      return KcspCommand.BAD_INPUT;
    } catch (InvalidRecordException e) {
      // the project does not fit the record: its problems are at their paths in the project
      return notValid(err, e.from(project.toString()));
    } catch (RuleExecutionException e) {
      CheckInputs.failed(err, file, e, debug.on);
      return KcspCommand.BAD_INPUT;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.render(diff, "What adding " + proposed.title() + " to " + grant + " would change"));
    out.flush();
    return DiffCommand.fails(failOn, diff) ? KcspCommand.FINDINGS : KcspCommand.OK;
  }

  private int notValid(PrintWriter err, InvalidRecordException e) {
    RecordProblems.print(err, project.toString(), "project", e);
    if (debug.on) {
      e.printStackTrace(err);
    }
    return KcspCommand.BAD_INPUT;
  }
}

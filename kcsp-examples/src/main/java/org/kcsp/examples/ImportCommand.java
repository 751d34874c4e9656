package org.kcsp.examples;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.RecordReader.Syntax;
import org.kcsp.model.io.RecordWriter;
import org.kcsp.workbook.InvalidWorkbookException;
import org.kcsp.workbook.RecordWorkbook;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kcsp import WORKBOOK.xlsx}: a record kept as a spreadsheet, written as a record file. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {
      "Reads a record kept as an XLSX workbook and writes it as a record file.",
      "",
      "The workbook is checked exactly as ./kcsp validate checks it: every problem is",
      "named at its sheet and cell (Projects!E7), and nothing is written unless the",
      "whole workbook is a valid record. A formula counts by the value Excel last",
      "saved for it; a cell holding an error is refused. Workbooks with macros, links",
      "to other workbooks or data connections, larger than 16 MiB or expanding past",
      "48 MiB (or 100 times over), or with a sheet of more than 100,000 rows are",
      "refused. ./kcsp new --format xlsx writes one to fill in, with a Read me sheet.",
      "",
      "The record goes to standard output, or to --output: a file, or a directory",
      "where it is named after the workbook. JSON unless --format or the --output",
      "file's ending says YAML. The workbook is never replaced, and the output is",
      "written whole or not at all.",
      "",
      "Exit status: 0 imported; 2 a workbook that is not a valid record or is",
      "refused, bad usage, or an output that cannot be written."
    })
final class ImportCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "WORKBOOK", description = "the workbook (.xlsx)")
  Path file;

  @Option(names = "--output", paramLabel = "PATH",
      description = "write the record to this file (.json, .yaml or .yml), or into this directory, instead of standard output")
  String output;

  @Option(names = "--format", paramLabel = "FORMAT", description = "json or yaml (default: the --output file's, else json)")
  Syntax format;

  @Mixin
  DebugOption debug;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String name = file.toString();
    Syntax syntax = Outputs.recordSyntax(spec, output, format, Syntax.JSON);
    PartnershipRecord record;
    try {
      record = RecordWorkbook.read(file);
    } catch (InvalidWorkbookException e) {
      RecordProblems.print(err, name, e);
      if (debug.on) {
        e.printStackTrace(err);
      }
      return KcspCommand.BAD_INPUT;
    }
    String written = syntax == Syntax.YAML ? RecordWriter.toYaml(record) : RecordWriter.toJson(record);
    return Outputs.write(spec, output, ReportOutput.Written.converted(syntax == Syntax.YAML ? "yaml" : "json",
        "the workbook being imported"), name, List.of(file), written.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}

package org.kcsp.examples;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Printable;
import org.kcsp.workbook.InvalidWorkbookException;
import org.kcsp.workbook.RecordWorkbook;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kcsp export RECORD --format xlsx --output WORKBOOK.xlsx}: a record as a workbook to keep in a spreadsheet. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {
      "Writes a record as an XLSX workbook, to keep and check as a spreadsheet.",
      "",
      "One sheet per list of the record, with a header row of its keys and a row per",
      "entry; one sheet of single values per object it holds once (Partnership,",
      "Agreement...); a Read me sheet saying what each sheet is for; drop-downs for",
      "every column of choices. A list or object the record does not hold has no",
      "sheet: in version 2 a sheet left out is not recorded, one with only its header",
      "row is none. ./kcsp import reads it back as the same record.",
      "",
      "--output is the workbook (.xlsx), or a directory where it is named after the",
      "record. The record is never replaced, and the workbook is written whole or not",
      "at all.",
      "",
      "Exit status: 0 exported; 2 a record that is not valid, bad usage, or an output",
      "that cannot be written."
    })
final class ExportCommand implements Callable<Integer> {

  /** The forms a record can be exported to. */
  enum Format { XLSX }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RECORD", description = "the record (.json, .yaml, .yml, or a workbook .xlsx)")
  Path file;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "xlsx", description = "xlsx (the only one)")
  Format format;

  @Option(names = "--output", required = true, paramLabel = "PATH",
      description = "the workbook to write (.xlsx), or a directory to write it into")
  String output;

  @Mixin
  DebugOption debug;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!output.endsWith("/") && !Outputs.isDirectory(output) && !output.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--output " + Printable.line(output)
          + " must end in .xlsx, or kcsp will not read it back; give such a file, or a directory");
    }
    String name = file.toString();
    PartnershipRecord record;
    try {
      record = RecordFiles.read(file);
    } catch (InvalidRecordException | InvalidWorkbookException e) {
      RecordProblems.printIfInvalid(err, name, e);
      if (debug.on) {
        e.printStackTrace(err);
      }
      return KcspCommand.BAD_INPUT;
    }
    return Outputs.write(spec, output, ReportOutput.Written.converted("xlsx", "the record being exported"), name,
        List.of(file), RecordWorkbook.write(record));
  }
}

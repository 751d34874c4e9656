package org.kcsp.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kcsp.examples.generate.RecordGenerator;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.Printable;
import org.kcsp.model.io.RecordWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kcsp generate}: writes synthetic records, one file per partnership-year, for scale work. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {
      "Writes synthetic partnership records for scale work, one file per partnership-",
      "year.",
      "",
      "Each is a canonical JSON file named like csp-017-2021-22.json, from 2019/20 on,",
      "realistic and valid, with a controlled share of defects so that every rule",
      "fires somewhere. The same seed gives the same files.",
      "",
      "Records are kcsp-record/2 unless --record-format 1 asks for version 1 (the",
      "version 1 record of the same partnership-year). A version 2 record adds what",
      "version 2 can say (councils, county council, when the partnership was formed,",
      "the council of each scrutiny session, the agreement's kind and strands,",
      "strategic assessments, the serious violence duty, grant conditions, a policy)",
      "and leaves facts not recorded or unknown in a controlled share of records: each",
      "root list or object in 4 to 6 percent, each list or value inside an object in 5",
      "to 15 percent, so that every kind of evidence gap occurs in a few hundred",
      "records.",
      "",
      "Exit status: 0 written; 2 bad usage or a directory that cannot be written."
    })
final class GenerateCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--partnerships", required = true, paramLabel = "N", description = "how many partnerships, at least 1")
  int partnerships;

  @Option(names = "--years", required = true, paramLabel = "Y",
      description = "how many financial years of each, from 2019/20: 1 to " + RecordGenerator.MAX_YEARS)
  int years;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "the seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--record-format", defaultValue = "2", paramLabel = "1|2",
      description = "the version of the record format: 1 or 2 (default: ${DEFAULT-VALUE})")
  int recordFormat;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "the directory to write to; created if missing. Each file is written whole or not at all")
  Path output;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (partnerships < 1) {
      err.println("kcsp: --partnerships must be at least 1, got " + partnerships);
      return KcspCommand.BAD_INPUT;
    }
    if (years < 1 || years > RecordGenerator.MAX_YEARS) {
      err.println("kcsp: --years must be from 1 to " + RecordGenerator.MAX_YEARS + ", got " + years);
      return KcspCommand.BAD_INPUT;
    }
    if (recordFormat != 1 && recordFormat != 2) {
      err.println("kcsp: --record-format must be 1 or 2 (kcsp-record/1 or kcsp-record/2), got " + recordFormat);
      return KcspCommand.BAD_INPUT;
    }
    if (Files.exists(output) && !Files.isDirectory(output)) {
      err.println("kcsp: --output " + Printable.line(output.toString()) + " is a file; give a directory");
      return KcspCommand.BAD_INPUT;
    }
    RecordGenerator generator = new RecordGenerator(seed, recordFormat == 1 ? FormatVersion.V1 : FormatVersion.V2);
    int total = Math.multiplyExact(partnerships, years);
    Progress progress = new Progress(err, total, "writing");
    Path file = output;
    try {
      Files.createDirectories(output);
      for (int partnership = 0; partnership < partnerships; partnership++) {
        for (int year = 0; year < years; year++) {
          String name = RecordGenerator.fileName(partnership, year);
          progress.next(name);
          file = output.resolve(name);
          ReportOutput.replace(file, RecordWriter.toJson(generator.record(partnership, year)).getBytes(StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      progress.done();
      err.println("kcsp: cannot write " + Printable.line(file.toString()) + ": " + ReportOutput.why(e));
      return KcspCommand.BAD_INPUT;
    }
    progress.done();
    spec.commandLine().getOut().println("Wrote " + total + (total == 1 ? " record" : " records") + " ("
        + partnerships + " x " + years + " from " + RecordGenerator.FIRST_YEAR + "/" + (RecordGenerator.FIRST_YEAR + 1) % 100
        + ", seed " + seed + ", " + generator.version() + ") to " + Printable.line(output.toString()));
    return KcspCommand.OK;
  }
}

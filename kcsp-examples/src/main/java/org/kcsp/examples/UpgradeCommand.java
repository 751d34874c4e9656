package org.kcsp.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Printable;
import org.kcsp.model.io.RecordReader;
import org.kcsp.model.io.RecordReader.Syntax;
import org.kcsp.model.io.RecordWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kcsp upgrade FILE}: a version 1 record rewritten as version 2, with the same meaning. */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
    description = {
      "Rewrites a kcsp-record/1 record as kcsp-record/2 with the same meaning.",
      "",
      "Checked on its own asOf, the record gives the same findings in both versions.",
      "Version 1 reads an absent list as none; version 2 reads it as not recorded, and",
      "writes none as []. So every list version 1 had is written as it is, an absent",
      "one as [], except scrutinySessions: version 1 does not check scrutiny in a",
      "record without sessions, so an empty list stays not recorded. Lists version 2",
      "added (councils, strategicAssessments, a priority's strands) stay not recorded",
      "unless listed, except that strands are written [] on every priority without",
      "them when some priority lists strands. A record naming no policy names kcsp,",
      "the one version 1 checks it under (version 2's default is england).",
      "",
      "An absent agreement or information sharing agreement is none in version 1, and",
      "version 2 cannot say none: it stays absent, that is not recorded, and a note on",
      "standard error says so. No finding changes; the rules that read it report a gap",
      "instead of not applying. On dates before asOf, version 2 may find more: a",
      "complete list also says nothing came before its first entry.",
      "",
      "The record is written canonically (keys in the format's order; comments are not",
      "kept, a $schema reference is) to standard output, or to --output: a file, or a",
      "directory where it keeps its file name. JSON gives JSON and YAML gives YAML,",
      "unless --format or the --output file's ending says otherwise. The input is",
      "never replaced, and the output is written whole or not at all.",
      "",
      "Exit status: 0 upgraded; 2 a record that is not valid, already version 2, bad",
      "usage or an output that cannot be written."
    })
final class UpgradeCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the kcsp-record/1 record (.json, .yaml, .yml)")
  Path file;

  @Option(names = "--output", paramLabel = "PATH",
      description = "write the record to this file (.json, .yaml or .yml), or into this directory, instead of standard output")
  String output;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "json or yaml (default: the --output file's, else the input's)")
  Syntax format;

  @Mixin
  DebugOption debug;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String name = file.toString();
    Syntax input = file.getFileName() == null ? null : Syntax.ofFileName(file.getFileName().toString());
    Syntax syntax = syntax(input);
    PartnershipRecord record;
    String text;
    try {
      record = RecordReader.read(file);
      text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (InvalidRecordException e) {
      RecordProblems.print(err, name, e);
      if (debug.on) {
        e.printStackTrace(err);
      }
      return KcspCommand.BAD_INPUT;
    } catch (IOException e) {
      err.println("kcsp: cannot read " + Printable.line(name) + ": " + ReportOutput.why(e));
      return KcspCommand.BAD_INPUT;
    }
    if (record.format() != FormatVersion.V1) {
      err.println("kcsp: " + Printable.line(name) + " is already " + record.format() + ": there is nothing to upgrade");
      return KcspCommand.BAD_INPUT;
    }
    ReportOutput destination;
    try {
      destination = ReportOutput.plan(output, ReportOutput.Written.upgraded(extension(input, syntax)), List.of(name),
          List.of(file));
      destination.prepare();
    } catch (ReportOutput.OutputException e) {
      err.println("kcsp: " + e.getMessage());
      return KcspCommand.BAD_INPUT;
    }
    RecordUpgrade.Upgraded upgraded = RecordUpgrade.of(record);
    String written = syntax == Syntax.YAML ? RecordWriter.toYaml(upgraded.record()) : RecordWriter.toJson(upgraded.record());
    Optional<String> schema = SchemaReference.in(text, input);
    if (schema.isPresent()) {
      written = SchemaReference.add(written, syntax, schema.get());
    }
    try {
      if (destination.toStandardOutput()) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(written);
        out.flush();
        ReportOutput.checkStandardOutput(out);
      } else {
        destination.write(0, written);
      }
    } catch (ReportOutput.OutputException e) {
      err.println("kcsp: " + e.getMessage());
      return KcspCommand.BAD_INPUT;
    }
    for (String note : upgraded.notes()) {
      err.println("kcsp: note: " + Printable.line(name) + ": " + note);
    }
    return KcspCommand.OK;
  }

  /**
   * The syntax to write: {@code --format}, else the {@code --output} file's ending, else the
   * input's. A {@code --format} that the {@code --output} file's ending contradicts, or an {@code
   * --output} file of another ending, is a usage error: the reader would not read it back.
   */
  private Syntax syntax(Syntax input) {
    Syntax named = null;
    if (output != null && !output.endsWith("/") && !isDirectory(output)) {
      named = Syntax.ofFileName(output);
      if (named == null) {
        throw usage("--output " + Printable.line(output) + " must end in .json, .yaml or .yml, or kcsp will not read it"
            + " back; give such a file, or a directory");
      }
    }
    if (format != null && named != null && format != named) {
      throw usage("--format " + format.name().toLowerCase(Locale.ROOT) + " does not match --output "
          + Printable.line(output) + ", whose ending says " + named.name().toLowerCase(Locale.ROOT));
    }
    return format != null ? format : named != null ? named : input != null ? input : Syntax.JSON;
  }

  private static boolean isDirectory(String name) {
    try {
      return Files.isDirectory(Path.of(name));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /**
   * The ending of the record written into a directory: the input's own for the same syntax
   * ({@code kcsp.yml} stays {@code kcsp.yml}), else {@code json} or {@code yaml}.
   */
  private String extension(Syntax input, Syntax syntax) {
    String fileName = file.getFileName().toString();
    return input == syntax ? fileName.substring(fileName.lastIndexOf('.') + 1) : syntax == Syntax.JSON ? "json" : "yaml";
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}

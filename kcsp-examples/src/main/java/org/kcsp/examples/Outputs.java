package org.kcsp.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.kcsp.model.Printable;
import org.kcsp.model.io.RecordReader.Syntax;
import picocli.CommandLine;

/** What the commands that write one record (import, import-awards) share: its syntax, and its safe writing. */
final class Outputs {

  private Outputs() {}

  /**
   * The syntax to write a record in: {@code --format}, else the {@code --output} file's ending,
   * else {@code fallback}. A {@code --format} the file's ending contradicts, or a file of another
   * ending, is a usage error: kcsp would not read it back.
   */
  static Syntax recordSyntax(CommandLine.Model.CommandSpec spec, String output, Syntax format, Syntax fallback) {
    Syntax named = null;
    if (output != null && !output.endsWith("/") && !isDirectory(output)) {
      named = Syntax.ofFileName(output);
      if (named == null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--output " + Printable.line(output)
            + " must end in .json, .yaml or .yml, or kcsp will not read it back; give such a file, or a directory");
      }
    }
    if (format != null && named != null && format != named) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format " + format.name().toLowerCase(Locale.ROOT)
          + " does not match --output " + Printable.line(output) + ", whose ending says " + named.name().toLowerCase(Locale.ROOT));
    }
    return format != null ? format : named != null ? named : fallback;
  }

  static boolean isDirectory(String name) {
    try {
      return Files.isDirectory(Path.of(name));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /**
   * Writes {@code content} to standard output, or to {@code --output} (a file, or a directory where
   * it is named after {@code name}), refusing an output that would replace one of {@code inputs};
   * the exit status.
   */
  static int write(CommandLine.Model.CommandSpec spec, String output, ReportOutput.Written written, String name,
      List<Path> inputs, byte[] content) {
    PrintWriter err = spec.commandLine().getErr();
    try {
      ReportOutput destination = ReportOutput.plan(output, written, List.of(name), inputs);
      destination.prepare();
      if (destination.toStandardOutput()) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(new String(content, StandardCharsets.UTF_8));
        out.flush();
        ReportOutput.checkStandardOutput(out);
      } else {
        destination.write(0, content);
      }
    } catch (ReportOutput.OutputException e) {
      err.println("kcsp: " + e.getMessage());
      return KcspCommand.BAD_INPUT;
    }
    return KcspCommand.OK;
  }
}

package org.kcsp.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Printable;
import org.kcsp.model.io.RecordReader;

/**
 * The records a command checks, from its arguments: each file as given, and each directory for
 * the {@code .json}, {@code .yaml} and {@code .yml} files in it (not in its subdirectories), in name
 * order. What cannot be named, listed or read is said on standard error, and the rest go on.
 */
final class RecordInputs {

  /** One record to check: the name it was given by, and how to read it. */
  record Input(String name, Supplier<PartnershipRecord> reader) {}

  private RecordInputs() {}

  /**
   * Adds the records {@code arguments} name to {@code inputs}, and to {@code read} every file and
   * directory read, which no report may replace. Returns 2 if a file cannot be named or a directory
   * cannot be listed or holds none, each said on {@code err}; else 0.
   */
  static int collect(List<String> arguments, List<Input> inputs, List<Path> read, PrintWriter err) {
    int result = KcspCommand.OK;
    for (String argument : arguments) {
      Path file;
      try {
        file = Path.of(argument);
      } catch (InvalidPathException e) {
        err.println("kcsp: " + Arguments.quoted(argument) + " " + Arguments.unnamable(e));
        result = KcspCommand.BAD_INPUT;
        continue;
      }
      read.add(file);
      if (!Files.isDirectory(file)) {
        if (argument.indexOf('\uFFFD') >= 0 && !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
          err.println("kcsp: " + Printable.line(file.toString()) + ": the name is not valid UTF-8 (\uFFFD stands for the"
              + " bytes that are not), so the file cannot be opened by it: rename the file, or validate the directory that holds it");
          result = KcspCommand.BAD_INPUT;
          continue;
        }
        inputs.add(new Input(file.toString(), () -> RecordFiles.read(file)));
        continue;
      }
      List<Path> found;
      try (Stream<Path> listed = Files.list(file)) {
        found = listed.filter(RecordInputs::isRecordName)
            .sorted(Comparator.comparing(path -> path.getFileName().toString()))
            .toList();
      } catch (IOException e) {
        err.println("kcsp: cannot list the directory " + Printable.line(file.toString()) + ": " + ReportOutput.why(e));
        result = KcspCommand.BAD_INPUT;
        continue;
      }
      boolean named = false;
      for (Path record : found) {
        if (Files.isRegularFile(record)) {
          inputs.add(new Input(record.toString(), () -> RecordReader.read(record)));
          read.add(record);
          named = true;
        } else if (Files.isSymbolicLink(record)) {
          err.println("kcsp: " + Printable.line(record.toString()) + " " + brokenLink(record) + ": not checked");
          result = KcspCommand.BAD_INPUT;
          named = true;
        } else if (!Files.isDirectory(record)) {
          err.println("kcsp: " + Printable.line(record.toString()) + " is not a regular file (a pipe, a device or a socket): not checked");
          result = KcspCommand.BAD_INPUT;
          named = true;
        }
      }
      if (!named) {
        err.println("kcsp: the directory " + Printable.line(file.toString()) + " holds no .json, .yaml or .yml file");
        result = KcspCommand.BAD_INPUT;
      }
    }
    return result;
  }

  static boolean isRecordName(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
  }

  /** What is wrong with a link that leads to no file: it is dangling, or part of a loop. */
  private static String brokenLink(Path link) {
    String target;
    try {
      target = Printable.line(Files.readSymbolicLink(link).toString());
    } catch (IOException e) {
      return "is a link that cannot be read (" + ReportOutput.why(e) + ")";
    }
    try {
      link.toRealPath();
    } catch (NoSuchFileException e) {
      return "is a link to " + target + ", which does not exist";
    } catch (FileSystemException e) {
      boolean loop = e.getReason() != null && e.getReason().startsWith("Too many levels of symbolic links");
      return "is a link to " + target + (loop ? ", in a loop of links that leads nowhere"
          : " that cannot be followed (" + ReportOutput.why(e) + ")");
    } catch (IOException e) {
      return "is a link to " + target + " that cannot be followed (" + ReportOutput.why(e) + ")";
    }
    return "is a link to " + target + ", which is not a regular file";
  }

}

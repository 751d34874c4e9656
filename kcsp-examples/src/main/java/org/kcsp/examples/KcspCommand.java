package org.kcsp.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import org.kcsp.model.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The analysts' command line, {@code ./kcsp}: validate records, lay many side by side in a
 * portfolio, list and explain the rules, list
 * the built-in policies and the bundled examples, start a new record, upgrade a version 1 record to
 * version 2, import and export a record kept as a workbook, add other funders' awards from
 * 360Giving data, print the JSON Schema of each format, forecast what falls due, compare findings
 * between dates or records and weigh a proposed project, generate synthetic records.
 *
 * <p>Exit status: 0 when no open finding reaches {@code --fail-on}; 1 when one does; 2 for bad
 * input or bad usage.
 */
@Command(
    name = "kcsp",
    mixinStandardHelpOptions = true,
    versionProvider = KcspCommand.Version.class,
    description = "Checks the governance of a Community Safety Partnership against its rules.",
    subcommands = {
      ValidateCommand.class,
      PortfolioCommand.class,
      RulesCommand.class,
      ExplainCommand.class,
      PoliciesCommand.class,
      ExamplesCommand.class,
      NewCommand.class,
      UpgradeCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      ImportAwardsCommand.class,
      SchemaCommand.class,
      ForecastCommand.class,
      DiffCommand.class,
      WhatIfCommand.class,
      GenerateCommand.class,
      CommandLine.HelpCommand.class
    })
public final class KcspCommand implements Runnable {

  /** Exit status: nothing at or above the failing severity. */
  static final int OK = 0;
  /** Exit status: an open finding at or above the failing severity. */
  static final int FINDINGS = 1;
  /** Exit status: bad input or bad usage. */
  static final int BAD_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command line and exits with its status. Standard output and error are UTF-8 whatever
   * the locale (under {@code LC_ALL=C} Java would print every character outside ASCII as {@code ?}).
   */
  public static void main(String[] args) {
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    PrintWriter out = ReportOutput.standardStream(new FileOutputStream(FileDescriptor.out), false);
    PrintWriter err = ReportOutput.standardStream(new FileOutputStream(FileDescriptor.err), true);
    System.exit(run(args, out, err));
  }

  /**
   * Runs the command line with these arguments and streams; returns the exit status. Whatever
   * happens, the answer is a status and, on error, a sentence on {@code err}: an unexpected
   * exception or error, even running out of memory, is status 2, its stack trace shown only with
   * {@code --debug}; output that could not be written is status 2.
   */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    boolean debug = List.of(args).contains("--debug");
    int status;
    try {
      CommandLine commandLine = new CommandLine(new KcspCommand())
          .setOut(out)
          .setErr(err)
          .setCaseInsensitiveEnumValuesAllowed(true)
          .registerConverter(Path.class, new Arguments.FilePath())
          .setExitCodeExceptionMapper(e -> BAD_INPUT)
          .setParameterExceptionHandler(KcspCommand::usageError)
          .setExecutionExceptionHandler((e, line, parsed) -> unexpected(e, debug, err));
      commandLine.getCommandSpec().exitCodeOnUsageHelp(OK);
      status = commandLine.execute(args);
    } catch (RuntimeException | Error e) {
      // picocli hands exceptions from a command to the handler above; errors come out here
      status = unexpected(e, debug, err);
    }
    try {
      ReportOutput.checkStandardOutput(out);
    } catch (ReportOutput.OutputException e) {
      if (status != BAD_INPUT) {
        err.println("kcsp: " + e.getMessage());
      }
      status = BAD_INPUT;
    }
    err.flush();
    return status;
  }

  /**
   * What no command expected, such as running out of memory: one sentence, and the stack trace only
   * with {@code --debug}. Never status 1, which means findings.
   */
  private static int unexpected(Throwable e, boolean debug, PrintWriter err) {
    if (e instanceof OutOfMemoryError) {
      err.println("kcsp: out of memory (" + e.getMessage() + ", with at most " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
          + " MB): give Java more, such as JAVA_TOOL_OPTIONS=-Xmx4g, or check fewer or smaller records at once");
    } else {
      err.println("kcsp: an unexpected error stopped the run (" + Printable.line(e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage())) + "); --debug shows where");
    }
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return BAD_INPUT;
  }

  /** A bad option or argument: one line saying what is wrong, and where help is. */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine line = e.getCommandLine();
    PrintWriter err = line.getErr();
    err.println("kcsp: " + Printable.line(e.getMessage()));
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("See '" + line.getCommandSpec().qualifiedName() + " --help'.");
    err.flush();
    return BAD_INPUT;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version from the jar's manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = KcspCommand.class.getPackage().getImplementationVersion();
      return new String[] {"kcsp " + (version == null ? "(development build)" : version)};
    }
  }
}

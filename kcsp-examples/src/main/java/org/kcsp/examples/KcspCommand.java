package org.kcsp.examples;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The analysts' command line, {@code ./kcsp}: validate records, list and explain the rules, list
 * the bundled examples, generate synthetic records.
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
      RulesCommand.class,
      ExplainCommand.class,
      ExamplesCommand.class,
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

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with these arguments and streams; returns the exit status. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new KcspCommand())
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExitCodeExceptionMapper(e -> BAD_INPUT)
        .setExecutionExceptionHandler((e, line, parsed) -> {
          boolean debug = parsed.originalArgs().contains("--debug");
          line.getErr().println("kcsp: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
          if (debug) {
            e.printStackTrace(line.getErr());
          }
          line.getErr().flush();
          return BAD_INPUT;
        });
    commandLine.getCommandSpec().exitCodeOnUsageHelp(OK);
    int status = commandLine.execute(args);
    out.flush();
    err.flush();
    return status;
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

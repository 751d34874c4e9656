package org.kcsp.examples;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.kcsp.rules.report.Wrap;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kcsp examples}: the bundled example records, with what each demonstrates. */
@Command(name = "examples", mixinStandardHelpOptions = true,
    description = "Lists the bundled example records, with what each demonstrates.")
final class ExamplesCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (BundledExamples.Example example : BundledExamples.all()) {
      out.println(example.name());
      for (String line : Wrap.lines(example.demonstrates(), 80, "    ", "    ")) {
        out.println(line);
      }
    }
    out.println();
    out.println("Validate them all with: ./kcsp validate");
    return KcspCommand.OK;
  }
}

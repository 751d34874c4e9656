package org.kcsp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of an application: its command line (java with default flags, and the classes it
 * loads logged), what it printed and the classes it loaded.
 *
 * @param out standard output
 * @param err standard error
 * @param classes the class-loading log of the JVM, one line a class
 */
record Run(String out, String err, List<String> classes) {

  /** The applications src/it built, in target/it. */
  static final Path APPLICATIONS = Path.of(System.getProperty("kcsp.it.applications", "target/it"));

  /** The bundled example records. */
  static final Path EXAMPLES = Path.of(System.getProperty("kcsp.it.examples", "../kcsp-examples/src/main/resources/examples"));

  /** The KCSP the day before its meeting of 14 July 2022: errors, and findings of several kinds. */
  static final Path RECORD = EXAMPLES.resolve("kcsp-2022-07-13-before-the-meeting.json");

  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  /** The JVM's options of every run: the classes it loads, written to a file. */
  static List<String> java(Path classLog) {
    return new ArrayList<>(List.of(JAVA, "-Xlog:class+load=info:file=" + classLog));
  }

  /** Runs the command to its end (at most two minutes) and says what it printed. */
  static Run of(List<String> command, Path dir) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("still running after two minutes: " + command);
    }
    Run run = new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8), List.of());
    assertThat(process.exitValue()).as("exit status of %s%n%s", command, run.err()).isZero();
    return run;
  }

  /** The same run with the class-loading log read from {@code classLog}. */
  Run withClasses(Path classLog) throws IOException {
    return new Run(out, err, Files.readAllLines(classLog, StandardCharsets.UTF_8));
  }

  /**
   * Asserts that the standard rules came from the executable model compiled at build time: its
   * model class was loaded, and no DRL was parsed nor rule of kcsp compiled from it (which the
   * run-time compiler would name {@code org.kcsp.rules.drl.Rule_...}).
   */
  void assertTheExecutableModelWasUsed() {
    assertThat(classes).as("classes loaded").anyMatch(line -> line.contains(" org.kcsp.rules.drl.Rules"));
    assertThat(classes).as("classes loaded")
        .noneMatch(line -> line.contains(" org.drools.drl.parser.") || line.contains(" org.kcsp.rules.drl.Rule_"));
  }

  /** Asserts that nothing was logged at WARN or ERROR. */
  static void assertNoWarnings(String log) {
    assertThat(log.lines()).as("log").noneMatch(line -> line.contains("WARN") || line.contains("ERROR"));
  }
}

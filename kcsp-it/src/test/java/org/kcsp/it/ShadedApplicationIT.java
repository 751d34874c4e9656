package org.kcsp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.rules.report.TextReport;

/**
 * An application shipped as one jar made by maven-shade-plugin with its default settings and the
 * ServicesResourceTransformer (src/it/shaded-app).
 */
class ShadedApplicationIT {

  private static final Path APPLICATION = Run.APPLICATIONS.resolve("shaded-app");
  private static final String JAR = APPLICATION.resolve("target/shaded-app-1.0.jar").toString();
  private static final String PLAIN = APPLICATION.resolve("target/classes") + java.io.File.pathSeparator
      + APPLICATION.resolve("target/lib/*");
  private static final String MAIN = "com.example.shaded.App";

  @TempDir Path dir;

  private Run run(String classPath, String mode) throws IOException, InterruptedException {
    Path classes = dir.resolve("classes-" + System.nanoTime() + ".log");
    List<String> command = Run.java(classes);
    command.addAll(List.of("-cp", classPath, MAIN, mode, Run.RECORD.toString()));
    return Run.of(command, dir).withClasses(classes);
  }

  /** The peak resident set the application printed on standard error, in kB. */
  private static long peakKb(Run run) {
    Matcher peak = Pattern.compile("VmHWM:\\s+(\\d+) kB").matcher(run.err());
    assertThat(peak.find()).as("peak resident set in %s", run.err()).isTrue();
    return Long.parseLong(peak.group(1));
  }

  @Test
  void checks_a_record_with_the_standard_rules_of_the_executable_model() throws Exception {
    // WHEN the shaded application checks the KCSP the day before its meeting of 14 July 2022
    Run run = run(JAR, "check");
    // THEN it prints the report this JVM gives, from the executable model, and nothing is logged
    // (slf4j-simple logs INFO and above to standard error, where the application adds its peak)
    assertThat(run.out()).isEqualTo(TextReport.render(Expected.report(Run.RECORD)));
    run.assertTheExecutableModelWasUsed();
    assertThat(run.err().lines()).isNotEmpty().allMatch(line -> line.startsWith("VmHWM:"));
  }

  @Test
  void runs_the_applications_own_rules() throws Exception {
    Run run = run(JAR, "custom");
    assertThat(run.out().lines()).isNotEmpty().containsExactlyElementsOf(Expected.ownRuleMessages(APPLICATION, Run.RECORD));
    assertThat(run.err()).as("logged at INFO or above").isEmpty();
  }

  @Test
  void needs_about_the_memory_of_the_same_application_on_a_plain_class_path() throws Exception {
    // WHEN the same application checks the same record from the shaded jar and from its jars on
    // the class path, three times each, in turn
    List<Long> shaded = new ArrayList<>();
    List<Long> plain = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      shaded.add(peakKb(run(JAR, "check")));
      plain.add(peakKb(run(PLAIN, "check")));
    }
    // THEN the shaded jar's median peak resident set is within a quarter of the plain one's (a fat
    // jar read whole as the rules' module once took twice)
    assertThat(median(shaded)).as("shaded %s kB, plain %s kB", shaded, plain).isLessThanOrEqualTo(median(plain) * 5 / 4);
  }

  private static long median(List<Long> values) {
    return values.stream().sorted().toList().get(values.size() / 2);
  }
}

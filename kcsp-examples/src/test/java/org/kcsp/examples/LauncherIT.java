package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher, {@code ./kcsp}, and the packaged jar, as cron, systemd and small containers run
 * them: under the C locale, where Java alone would print every character outside ASCII as
 * {@code ?} and could not even name {@code café.json}. Run by {@code mvn verify} once the jar is
 * packaged.
 */
class LauncherIT {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path LAUNCHER = ROOT.resolve("kcsp");
  private static final Path JAR = ROOT.resolve("kcsp-examples/target/kcsp.jar");

  /** Makes {@code café.json} (named by the shell: under the C locale the test's own Java could not). */
  private static final String MAKE_CAFE = "cp kcsp.json \"$(printf 'caf\\303\\251.json')\" && ";

  @TempDir Path dir;

  /** What a run printed and returned. */
  record Result(int status, String out, String err) {}

  /** Runs {@code script} in bash, in the test's directory, under the C locale; {@code $@} is {@code command}. */
  private Result underTheCLocale(String script, List<String> command) throws Exception {
    List<String> bash = new java.util.ArrayList<>(List.of("bash", "-c", script, "bash"));
    bash.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(bash).directory(dir.toFile());
    builder.environment().remove("LANG");
    builder.environment().remove("LC_CTYPE");
    builder.environment().put("LC_ALL", "C");
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the run ended within 5 minutes").isTrue();
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  /** kcsp.json: the 14 July 2022 KCSP, renamed the Safer Café Partnership, £ and €. */
  private void record() throws IOException {
    try (var in = getClass().getClassLoader().getResourceAsStream("examples/kcsp-2022-07-14.json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("kcsp.json"), text.replace("\"Kent Community Safety Partnership\"",
          "\"Safer Café Partnership, £ and €\""), StandardCharsets.UTF_8);
    }
  }

  @Test
  void validates_cafe_json_and_prints_utf8_under_the_c_locale() throws Exception {
    // GIVEN café.json, and the C locale
    record();

    // WHEN ./kcsp validates it by name
    Result run = underTheCLocale(MAKE_CAFE + "exec \"$@\" \"$(printf 'caf\\303\\251.json')\"",
        List.of(LAUNCHER.toString(), "validate"));

    // THEN the file is found and checked, and the report is UTF-8: nothing became ?
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("Compliance report: Safer Café Partnership, £ and € (KCSP)");
  }

  @Test
  void the_jar_alone_says_why_it_cannot_name_cafe_json_under_the_c_locale() throws Exception {
    // GIVEN café.json, and the C locale
    record();

    // WHEN the jar is run without the launcher, which would have chosen a UTF-8 locale
    Result run = underTheCLocale(MAKE_CAFE + "exec \"$@\" \"$(printf 'caf\\303\\251.json')\"",
        List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(), "validate"));

    // THEN it says why, and what to do, never "no such file"
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("kcsp: 'caf\uFFFD\uFFFD.json' cannot be a file name under the current locale, whose"
        + " character set is ANSI_X3.4-1968: run kcsp under a UTF-8 locale, such as LC_ALL=C.UTF-8 (./kcsp does so itself)"
        + System.lineSeparator());
  }
}

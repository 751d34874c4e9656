package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.examples.KcspCommandTest.kcsp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.examples.KcspCommandTest.Run;

/**
 * The README's "Reports for code scanning and CI" and "Many partnerships side by side" run as
 * printed: each {@code $ ./kcsp ...} excerpt is what the command prints, run from the repository's
 * root, line for line in order ({@code ...} standing for lines left out); and the portfolio's
 * commands run in a directory of their own.
 */
class ReadmeToolsAndPortfolioTest {

  private static final Path ROOT = Path.of("..");

  @TempDir Path dir;

  private static String section(String heading) throws Exception {
    return ReadmeSections.section(ROOT.resolve("README.md"), heading);
  }

  /** Each {@code $ ./kcsp ...} line of the section's blocks, and the lines printed after it, up to the next or the block's end. */
  private static List<String[]> excerpts(String section) {
    List<String[]> excerpts = new ArrayList<>();
    Matcher block = Pattern.compile("```\n(.*?)```", Pattern.DOTALL).matcher(section);
    while (block.find()) {
      for (String excerpt : block.group(1).split("(?m)^(?=\\$ \\./kcsp )")) {
        if (excerpt.startsWith("$ ./kcsp ")) {
          int end = excerpt.indexOf('\n');
          excerpts.add(new String[] {excerpt.substring("$ ./kcsp ".length(), end), excerpt.substring(end + 1)});
        }
      }
    }
    return excerpts;
  }

  /** Runs an excerpt's command from the repository's root, and checks that its lines are printed, in order. */
  private static void runsAsPrinted(String[] excerpt) {
    List<String> args = new ArrayList<>();
    for (String word : excerpt[0].split(" ")) {
      args.add(word.startsWith("kcsp-examples/") ? ROOT.resolve(word).toString() : word);
    }
    Run run = kcsp(args.toArray(String[]::new));
    assertThat(run.err()).as(excerpt[0]).isEmpty();
    // run from kcsp-examples, the records are ../kcsp-examples/...: the README's root-relative names;
    // and the README shows a CSV's lines without the carriage return that ends each
    String out = run.out().replace(ROOT.resolve("kcsp-examples/") + "/", "kcsp-examples/").replace("\r\n", "\n");
    int at = 0;
    for (String line : excerpt[1].split("\n")) {
      if (line.equals("...")) {
        continue;
      }
      int found = out.indexOf(line + "\n", at);
      assertThat(found).as("in the output of ./kcsp %s, after what came before: %s", excerpt[0], line).isNotNegative();
      at = found + line.length();
    }
  }

  @Test
  void prints_the_sarif_and_junit_of_the_readme() throws Exception {
    List<String[]> excerpts = excerpts(section("### Reports for code scanning and CI: SARIF and JUnit XML"));
    assertThat(excerpts).extracting(excerpt -> excerpt[0]).hasSize(2).allMatch(command -> command.startsWith("validate "));
    excerpts.forEach(ReadmeToolsAndPortfolioTest::runsAsPrinted);
  }

  @Test
  void prints_the_portfolio_and_the_csv_of_the_readme() throws Exception {
    List<String[]> excerpts = excerpts(section("## Many partnerships side by side"));
    assertThat(excerpts).extracting(excerpt -> excerpt[0]).hasSize(2).allMatch(command -> command.startsWith("portfolio "));
    excerpts.forEach(ReadmeToolsAndPortfolioTest::runsAsPrinted);
  }

  @Test
  void runs_the_readmes_portfolio_commands() throws Exception {
    // GIVEN the section's commands
    String section = section("## Many partnerships side by side");
    Matcher block = Pattern.compile("```\n(\\./kcsp generate .*?)```", Pattern.DOTALL).matcher(section);
    assertThat(block.find()).as("the section's commands").isTrue();
    List<String> commands = block.group(1).lines().toList();
    assertThat(commands).hasSize(5);
    // WHEN each runs in a directory of its own, names resolved there
    for (String line : commands) {
      String command = line.replaceFirst("\\s+#.*$", "").strip();
      List<String> args = new ArrayList<>();
      for (String word : command.substring("./kcsp ".length()).split("\\s+")) {
        boolean name = !word.startsWith("-") && (word.contains("/") || word.contains("."));
        args.add(name ? dir.resolve(word) + (word.endsWith("/") ? "/" : "") : word);
      }
      Run run = kcsp(args.toArray(String[]::new));
      // THEN each succeeds
      assertThat(run.status()).as(command + "\n" + run.err()).isZero();
    }
    // AND 39 records made a portfolio of 39 rows in each format
    try (Stream<Path> records = Files.list(dir.resolve("funded"))) {
      assertThat(records).hasSize(39);
    }
    assertThat(Files.readString(dir.resolve("portfolio.json"))).contains("\"records\": 39");
    assertThat(Files.readString(dir.resolve("portfolio.html"))).contains("<table class=\"matrix\" aria-hidden=\"true\">");
    assertThat(Files.readString(dir.resolve("findings.csv"))).startsWith(
        "record,partnership,asOf,rule,severity,subjectKind,subject,message,waived,fingerprint\r\n");
  }
}

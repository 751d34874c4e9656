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
import org.junit.jupiter.api.Test;
import org.kcsp.examples.KcspCommandTest.Run;

/**
 * The README's "What falls due, what changed, and what a proposal would change": each run it prints
 * ({@code $ ./kcsp ...} and its output, with {@code ...} for lines left out) is what the command
 * prints, run from the repository's root, its lines in the order printed.
 */
class ReadmeTimeCommandsTest {

  private static final Path README = Path.of("../README.md");
  private static final Path ROOT = Path.of("..");
  private static final String SECTION = "### What falls due, what changed, and what a proposal would change";

  private static String section() throws Exception {
    return ReadmeSections.section(README, SECTION);
  }

  /** Each {@code $ ./kcsp} block: its command line, then the lines it shows. */
  private static List<List<String>> runs(String section) {
    List<List<String>> runs = new ArrayList<>();
    Matcher block = Pattern.compile("```\n(\\$ \\./kcsp .*?)```", Pattern.DOTALL).matcher(section);
    while (block.find()) {
      runs.add(List.of(block.group(1).split("\n")));
    }
    return runs;
  }

  @Test
  void prints_what_the_readmes_forecast_diff_and_what_if_print() throws Exception {
    // GIVEN the README's three runs
    List<List<String>> runs = runs(section());
    assertThat(runs).extracting(run -> run.get(0).split(" ")[2]).containsExactly("forecast", "diff", "what-if");
    for (List<String> shown : runs) {
      // WHEN each is run from the repository's root
      List<String> args = new ArrayList<>();
      for (String word : shown.get(0).substring("$ ./kcsp ".length()).split(" ")) {
        args.add(word.startsWith("kcsp-examples/") ? ROOT.resolve(word).toString() : word);
      }
      Run run = kcsp(args.toArray(String[]::new));
      // THEN every line shown is printed, in the order shown
      assertThat(run.err()).as(shown.get(0)).isEmpty();
      int from = 0;
      for (String line : shown.subList(1, shown.size())) {
        if (line.equals("...")) {
          continue;
        }
        int at = run.out().indexOf(line + "\n", from);
        assertThat(at).as("%s prints, after what came before:%n%s%n%s", shown.get(0), line, run.out()).isNotNegative();
        from = at + line.length();
      }
    }
  }

  @Test
  void runs_the_readmes_list_of_commands_on_the_bundled_records() throws Exception {
    // GIVEN the README's list of commands, with the bundled records for the names it gives
    Matcher block = Pattern.compile("```\n(\\./kcsp forecast .*?)```", Pattern.DOTALL).matcher(section());
    assertThat(block.find()).isTrue();
    String examples = ROOT.resolve("kcsp-examples/src/main/resources/examples/").toString() + "/";
    String proposals = ROOT.resolve("kcsp-examples/src/main/resources/proposals/").toString() + "/";
    for (String line : block.group(1).split("\n")) {
      String command = line.replaceFirst("\\s+#.*$", "").replaceFirst(" > \\S+$", "")
          .replace("kcsp-2022-07-13.json", examples + "kcsp-2022-07-13-before-the-meeting.json")
          .replace("kcsp-2022-07-14.json", examples + "kcsp-2022-07-14.json")
          .replace("what-if kcsp.json", "what-if " + proposals + "kcsp-2022-07-13-before-bystander.json")
          .replace("kcsp.json", examples + "kcsp-2022-07-14.json")
          .replace(" bystander.json", " " + proposals + "bystander-approach-training.json");
      // WHEN each runs THEN it is understood: a result, not a usage error
      Run run = kcsp(command.substring("./kcsp ".length()).split(" "));
      assertThat(run.status()).as(line + "\n" + run.err()).isIn(0, 1);
    }
  }
}

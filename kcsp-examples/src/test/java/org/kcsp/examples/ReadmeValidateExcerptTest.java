package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.examples.KcspCommandTest.kcsp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kcsp.examples.KcspCommandTest.Run;

/** The README's excerpt of {@code ./kcsp validate} is what validating the bundled examples prints of the one it quotes. */
class ReadmeValidateExcerptTest {

  private static final Path ROOT = Path.of("..");

  @Test
  void prints_the_readmes_excerpt_as_the_start_of_the_report_on_13_july_2022() throws Exception {
    // GIVEN the README's excerpt, up to its closing "..."
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    Matcher excerpt = Pattern.compile("An excerpt of `\\./kcsp validate`[^`]*```\n(.*?)\\.\\.\\.\n```", Pattern.DOTALL)
        .matcher(readme);
    assertThat(excerpt.find()).as("the README's excerpt of ./kcsp validate").isTrue();
    // WHEN the bundled examples are validated
    Run run = kcsp("validate");
    // THEN the report of the one it quotes begins with the excerpt, line for line
    assertThat(run.status()).isEqualTo(1);
    String heading = "== examples/kcsp-2022-07-13-before-the-meeting.json ==\n";
    assertThat(run.out()).contains(heading);
    assertThat(run.out().substring(run.out().indexOf(heading) + heading.length())).startsWith(excerpt.group(1));
  }
}

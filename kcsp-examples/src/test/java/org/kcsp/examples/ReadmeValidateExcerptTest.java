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

/** The README's excerpt of {@code ./kcsp validate} is what validating the bundled example prints. */
class ReadmeValidateExcerptTest {

  private static final Path ROOT = Path.of("..");

  @Test
  void prints_the_readmes_excerpt_as_the_start_of_the_report_on_13_july_2022() throws Exception {
    // GIVEN the README's excerpt, up to its closing "..."
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    Matcher excerpt = Pattern.compile("An excerpt of `\\./kcsp validate`[^`]*```\n(.*?)\\.\\.\\.\n```", Pattern.DOTALL)
        .matcher(readme);
    assertThat(excerpt.find()).as("the README's excerpt of ./kcsp validate").isTrue();
    // WHEN the bundled example it quotes is validated
    Run run = kcsp("validate",
        ROOT.resolve("kcsp-examples/src/main/resources/examples/kcsp-2022-07-13-before-the-meeting.json").toString());
    // THEN the report begins with the excerpt, line for line
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).startsWith(excerpt.group(1));
  }
}

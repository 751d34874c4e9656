package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sections of the project's README, as the tests of its examples read them. */
final class ReadmeSections {

  private ReadmeSections() {}

  /**
   * The section of {@code readme} under {@code heading}: from the heading to the next heading of
   * any level, a line starting with {@code #} outside a fenced block (a report printed in a block
   * may hold lines that look like headings).
   */
  static String section(Path readme, String heading) throws IOException {
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int start = text.indexOf("\n" + heading + "\n");
    assertThat(start).as("README section " + heading).isNotNegative();
    start++;
    boolean fenced = false;
    int at = text.indexOf('\n', start) + 1;
    while (at > 0 && at < text.length()) {
      int end = text.indexOf('\n', at);
      String line = end < 0 ? text.substring(at) : text.substring(at, end);
      if (line.startsWith("```")) {
        fenced = !fenced;
      } else if (!fenced && line.startsWith("#")) {
        return text.substring(start, at);
      }
      at = end + 1;
    }
    return text.substring(start);
  }
}

package org.kcsp.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Policy files written for a test, in its temporary folder. */
final class TestPolicies {

  private TestPolicies() {}

  /** Writes {@code text} to {@code name} in {@code folder} (making its folders) and returns the file. */
  static Path write(Path folder, String name, String text) {
    try {
      Path file = folder.resolve(name);
      Files.createDirectories(file.getParent());
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A YAML policy {@code test} extending {@code kcsp} that sets one parameter of one rule. */
  static Policy parameter(Path folder, String rule, String name, String value) {
    return Policy.read(write(folder, "test.yaml", """
        format: kcsp-policy/1
        id: test
        extends: [kcsp]
        rules:
          %s: { parameters: { %s: %s } }
        """.formatted(rule, name, value)));
  }

  /** An engine of the standard rules under {@code policy}. */
  static ComplianceEngine engine(Policy policy) {
    return ComplianceEngine.builder().policy(policy).build();
  }
}

package org.kcsp.rules.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the JSON report {@link JsonReport} writes, shipped in
 * kcsp-rules' jar at {@value #RESOURCE}: for tools that read reports, such as a dashboard or a
 * CI step, to check what they are given.
 *
 * <pre>{@code
 * Files.writeString(Path.of("kcsp-report.schema.json"), ReportSchema.json());
 * }</pre>
 */
public final class ReportSchema {

  /** Where the schema is in the jar. */
  public static final String RESOURCE = "/org/kcsp/rules/report/kcsp-report.schema.json";

  private ReportSchema() {}

  /** The schema, as JSON text (UTF-8, two-space indentation, a final newline). */
  public static String json() {
    try (InputStream in = ReportSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from kcsp-rules' jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

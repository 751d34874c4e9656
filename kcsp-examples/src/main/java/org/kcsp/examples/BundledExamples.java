package org.kcsp.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.RecordReader;

/** The example records bundled with the command line, built from the source documents. */
final class BundledExamples {

  /** One bundled example: its file name and what it demonstrates. */
  record Example(String name, String demonstrates) {

    /** Where it is on the class path. */
    String resource() {
      return "examples/" + name;
    }

    PartnershipRecord read() {
      try (InputStream in = open()) {
        return RecordReader.read(in, RecordReader.Syntax.JSON, resource());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    InputStream open() {
      InputStream in = BundledExamples.class.getClassLoader().getResourceAsStream(resource());
      if (in == null) {
        throw new IllegalStateException("the bundled example " + resource() + " is missing from the build");
      }
      return in;
    }
  }

  private BundledExamples() {}

  /** Every bundled example, in the order of {@code examples/index.tsv}. */
  static List<Example> all() {
    InputStream in = BundledExamples.class.getClassLoader().getResourceAsStream("examples/index.tsv");
    if (in == null) {
      throw new IllegalStateException("the index of bundled examples is missing from the build");
    }
    List<Example> examples = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] columns = line.split("\t", 2);
          examples.add(new Example(columns[0], columns.length > 1 ? columns[1] : ""));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return examples;
  }
}

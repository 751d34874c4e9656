package org.kcsp.model.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.PartnershipRecord;

/**
 * Files of the shapes that cost a reader most memory for their size, written to a given size: many
 * tiny values, many problems, many keys, deep nesting over and over, long strings, strings that must
 * be copied out, and a valid record of very many organisations. {@link #main} reads files and says
 * what it read; {@code ReaderMemoryTest} runs it in a JVM with a small heap.
 */
final class HostileShapes {

  /** One shape: its name, its file's ending, and how it is made. */
  record Shape(String name, String ending, String head, IntFunction<String> value, String separator, String tail,
      boolean valid) {

    /** Writes the shape to {@code file}, {@code bytes} long at most and as near to it as values allow. */
    Path write(Path file, int bytes) throws IOException {
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        out.write(head);
        long written = head.length();
        for (int i = 0; ; i++) {
          String next = (i == 0 ? "" : separator) + value.apply(i);
          if (written + next.length() + tail.length() > bytes) {
            break;
          }
          out.write(next);
          written += next.length();
        }
        out.write(tail);
      }
      return file;
    }
  }

  private static final String JSON_HEAD = "{\"format\":\"kcsp-record/1\",\"partnership\":{\"id\":\"K\",\"name\":\"K\","
      + "\"area\":\"K\",\"tier\":\"COUNTY\"},";

  private static final String YAML_HEAD = "format: kcsp-record/1\npartnership: {id: K, name: K, area: K, tier: COUNTY}\n";

  static final List<Shape> ALL = List.of(
      new Shape("tiny numbers where organisations belong", ".json", JSON_HEAD + "\"organisations\":[", i -> "1", ",", "]}", false),
      new Shape("empty objects where organisations belong", ".json", JSON_HEAD + "\"organisations\":[", i -> "{}", ",", "]}", false),
      new Shape("tiny unknown keys in one object", ".json", JSON_HEAD + "\"organisations\":[],", i -> "\"" + i + "\":1", ",", "}",
          false),
      new Shape("arrays 30 deep over and over in an unknown key", ".json", JSON_HEAD + "\"organisations\":[],\"x\":[",
          i -> "[".repeat(30) + "]".repeat(30), ",", "]}", false),
      new Shape("strings of 100,000 characters in an unknown key", ".json", JSON_HEAD + "\"organisations\":[],\"x\":[",
          i -> "\"" + "x".repeat(RecordReader.MAX_STRING_LENGTH) + "\"", ",", "]}", false),
      new Shape("short strings with escapes in an unknown key", ".json", JSON_HEAD + "\"organisations\":[],\"x\":[",
          i -> "\"\\n" + (char) ('a' + i % 26) + "\"", ",", "]}", false),
      new Shape("short distinct strings where organisations belong", ".json", JSON_HEAD + "\"organisations\":[",
          i -> "\"" + Integer.toString(i, 36) + "\"", ",", "]}", false),
      new Shape("tiny valid organisations", ".json", JSON_HEAD + "\"organisations\":[",
          i -> "{\"id\":\"" + Integer.toString(i, 36) + "\",\"name\":\"n\",\"kind\":\"OTHER\"}", ",", "]}", true),
      new Shape("tiny YAML numbers where organisations belong", ".yaml", YAML_HEAD + "organisations:\n", i -> "- 1", "\n", "\n",
          false));

  private HostileShapes() {}

  /**
   * Reads each file named, printing one line each: its name, then {@code read} and how many
   * organisations, or {@code refused} and how many problems. An {@link OutOfMemoryError} ends the
   * JVM with an error.
   */
  public static void main(String[] files) {
    for (String file : files) {
      long start = System.nanoTime();
      String outcome;
      try {
        PartnershipRecord record = RecordReader.read(Path.of(file));
        outcome = "read " + record.organisations().size() + " organisations";
      } catch (InvalidRecordException e) {
        outcome = "refused " + e.totalProblems() + " problems";
      }
      System.out.println(Path.of(file).getFileName() + ": " + outcome + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }
  }
}

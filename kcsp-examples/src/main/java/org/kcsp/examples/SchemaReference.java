package org.kcsp.examples;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.Optional;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.io.Document;
import org.kcsp.model.io.RecordReader.Syntax;

/**
 * Where a record file tells editors its JSON Schema is ({@code ./kcsp schema record}): a root
 * {@code "$schema"} key in JSON, which the reader accepts and ignores; in YAML, the comment the YAML
 * language server reads, {@code # yaml-language-server: $schema=...}, first in the file.
 */
final class SchemaReference {

  /** The schema written beside the record, as the README shows: {@code ./kcsp schema record > kcsp-record.schema.json}. */
  static final String BESIDE = "./kcsp-record.schema.json";

  /** The YAML comment naming the schema, before its location. */
  static final String MODELINE = "# yaml-language-server: $schema=";

  private SchemaReference() {}

  /**
   * The schema's location {@code file}, the text of a record file in {@code syntax}, names: its root {@code
   * "$schema"}, or in YAML the comment. A location holding a control character is not taken.
   */
  static Optional<String> in(String file, Syntax syntax) {
    String text = file.startsWith("\uFEFF") ? file.substring(1) : file;
    if (syntax == Syntax.YAML) {
      for (String line : text.split("\n", -1)) {
        String stripped = line.strip();
        if (stripped.startsWith(MODELINE)) {
          return usable(stripped.substring(MODELINE.length()).strip());
        }
      }
    }
    Document.Value root;
    try {
      root = Document.parse(text, syntax, "record", "record").root();
    } catch (InvalidRecordException e) {
      // a file the reader took, in an encoding other than UTF-8: its reference is not carried over
      return Optional.empty();
    }
    Document.Value schema = root.kind() == Document.Value.Kind.OBJECT ? root.get("$schema") : null;
    return schema != null && schema.kind() == Document.Value.Kind.STRING ? usable(schema.text()) : Optional.empty();
  }

  private static Optional<String> usable(String location) {
    return location.isEmpty() || location.chars().anyMatch(Character::isISOControl) ? Optional.empty()
        : Optional.of(location);
  }

  /**
   * {@code record}, a record as {@code RecordWriter} writes it in {@code syntax}, naming the schema
   * at {@code location} first: the root's first key in JSON, the first line in YAML.
   */
  static String add(String record, Syntax syntax, String location) {
    if (syntax == Syntax.YAML) {
      return MODELINE + location + "\n" + record;
    }
    if (!record.startsWith("{\n")) {
      throw new IllegalArgumentException("not a record as RecordWriter writes it in JSON");
    }
    return "{\n  \"$schema\": \"" + new String(JsonStringEncoder.getInstance().quoteAsString(location)) + "\","
        + record.substring(1);
  }
}

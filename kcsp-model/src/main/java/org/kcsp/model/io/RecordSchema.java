package org.kcsp.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of record files, both {@code kcsp-record/1} and {@code
 * kcsp-record/2}: one schema, whose root {@code format} chooses the version ({@code if} it is
 * {@code "kcsp-record/2"}, {@code then} version 2's definitions, {@code else} version 1's). It is
 * derived from the same description of the format as the reader and the writer, and shipped in
 * kcsp-model's jar at {@value #RESOURCE}.
 *
 * <p>Editors use it to complete and check a record as it is typed: a record's root may name it in
 * {@code "$schema"}, which the reader accepts and ignores.
 *
 * <pre>{@code
 * Files.writeString(Path.of("kcsp-record.schema.json"), RecordSchema.json());
 * }</pre>
 *
 * <p>The schema says what a file's form must be: keys, types, required keys, enum values by
 * version, ranges, and the rules of {@code unknown}. What only the whole record can tell (ids
 * unique, references that resolve, dates in order, a council that is a local authority) is the
 * reader's: a file the schema accepts may still be refused by {@link RecordReader}, never the
 * other way round, except that the reader also takes {@code null} for an optional key as absent.
 */
public final class RecordSchema {

  /** Where the schema is in the jar. */
  public static final String RESOURCE = "/org/kcsp/model/io/kcsp-record.schema.json";

  private RecordSchema() {}

  /** The schema, as JSON text (UTF-8, two-space indentation, a final newline). */
  public static String json() {
    try (InputStream in = RecordSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from kcsp-model's jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

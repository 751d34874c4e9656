package org.kcsp.model.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.Money;
import org.kcsp.model.PartlyKnown;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.internal.KeyFormat;
import org.kcsp.model.internal.ObjectFormat;
import org.kcsp.model.internal.RecordFormat;
import org.kcsp.model.internal.ValueType;

/**
 * Writes a {@link PartnershipRecord} as a canonical file of its version ({@link
 * PartnershipRecord#format()}): keys in the order of the record format, money as numbers with two
 * decimals, dates in ISO form, two-space indentation and a final newline. In version 2 what is not
 * recorded stays absent, a recorded evidence list is written even when empty ({@code []}), and each
 * object's unknown keys are written in its {@code unknown}. What it writes reads back equal.
 *
 * <pre>{@code
 * String json = RecordWriter.toJson(record);
 * RecordWriter.write(record, Path.of("kcsp-2022-07.yaml"));   // syntax by the file's ending
 * }</pre>
 */
public final class RecordWriter {

  private static final YAMLFactory YAML =
      YAMLFactory.builder()
          .disable(YAMLGenerator.Feature.SPLIT_LINES)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .build();

  private final JsonGenerator out;
  private final FormatVersion version;

  private RecordWriter(JsonGenerator out, FormatVersion version) {
    this.out = out;
    this.version = version;
  }

  /** The record as canonical JSON text. */
  public static String toJson(PartnershipRecord record) {
    return write(record, RecordReader.Syntax.JSON);
  }

  /** The record as YAML text with the same structure. */
  public static String toYaml(PartnershipRecord record) {
    return write(record, RecordReader.Syntax.YAML);
  }

  /**
   * Writes the record to {@code file}, as YAML when its name ends in {@code .yaml} or {@code
   * .yml}, else as JSON.
   */
  public static void write(PartnershipRecord record, Path file) throws IOException {
    Path name = file.getFileName();
    RecordReader.Syntax syntax =
        name != null && RecordReader.Syntax.ofFileName(name.toString()) == RecordReader.Syntax.YAML
            ? RecordReader.Syntax.YAML
            : RecordReader.Syntax.JSON;
    Files.writeString(file, write(record, syntax), StandardCharsets.UTF_8);
  }

  private static String write(PartnershipRecord record, RecordReader.Syntax syntax) {
    StringWriter text = new StringWriter();
    try {
      write(record, syntax, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // YAML allows a byte order mark only at the start, and the reader holds to it; SnakeYAML
    // writes one in a string raw. Every string is double-quoted, where the escape means it.
    return syntax == RecordReader.Syntax.YAML ? text.toString().replace("\uFEFF", "\\uFEFF") : text.toString();
  }

  /** Writes the record's JSON value to {@code out}: the tokens of {@link #toJson}, in the generator's layout. */
  static void write(PartnershipRecord record, JsonGenerator out) throws IOException {
    new RecordWriter(out, record.format()).record(record);
  }

  private static void write(PartnershipRecord record, RecordReader.Syntax syntax, Writer text)
      throws IOException {
    try (JsonGenerator generator =
        syntax == RecordReader.Syntax.YAML ? YAML.createGenerator(text) : JsonLayout.generator(text)) {
      new RecordWriter(generator, record.format()).record(record);
    }
    if (syntax == RecordReader.Syntax.JSON) {
      text.write('\n');
    }
  }

  private void record(PartnershipRecord record) throws IOException {
    out.writeStartObject();
    out.writeStringField(RecordFormat.FORMAT, version.id());
    keys(RecordFormat.RECORD, record);
    out.writeEndObject();
  }

  /**
   * Writes the keys of {@code value} that it holds, in the order of the record format: in version
   * 2, an evidence list that is recorded even when empty, and the keys unknown in {@code unknown},
   * last.
   */
  private <T> void keys(ObjectFormat<T> format, T value) throws IOException {
    List<String> unknown = value instanceof PartlyKnown known ? known.unknown() : List.of();
    Set<String> notRecorded = value instanceof PartlyKnown known ? known.notRecorded() : Set.of();
    for (KeyFormat<T> key : format.keys(version)) {
      if (unknown.contains(key.name()) || notRecorded.contains(key.name())) {
        continue;
      }
      switch (key.shape()) {
        case SINGLE -> {
          Optional<?> single = key.value(value);
          if (single.isPresent()) {
            out.writeFieldName(key.name());
            value(key.type(), single.get());
          }
        }
        case LIST -> {
          List<?> list = key.list(value).orElseThrow();
          if (!list.isEmpty() || key.isRequired(version) || key.isEvidence() && version.includes(FormatVersion.V2)) {
            out.writeFieldName(key.name());
            value(key.type(), list);
          }
        }
        default -> {
          Optional<List<?>> list = key.list(value);
          if (list.isPresent()) {
            out.writeFieldName(key.name());
            value(key.type(), list.get());
          }
        }
      }
    }
    if (!unknown.isEmpty()) {
      out.writeFieldName(RecordFormat.UNKNOWN);
      out.writeStartArray();
      for (String key : unknown) {
        out.writeString(key);
      }
      out.writeEndArray();
    }
  }

  /** Writes {@code value}, of {@code type}. */
  @SuppressWarnings("unchecked")
  private void value(ValueType type, Object value) throws IOException {
    switch (type.kind()) {
      case TEXT -> out.writeString((String) value);
      case DATE, FINANCIAL_YEAR, FRACTION -> out.writeString(value.toString());
      case MONEY -> out.writeNumber(((Money) value).toBigDecimal());
      case INTEGER -> out.writeNumber((Integer) value);
      case ENUM -> out.writeString(type.name((Enum<?>) value));
      case OBJECT -> {
        out.writeStartObject();
        keys((ObjectFormat<Object>) type.object(), value);
        out.writeEndObject();
      }
      case LIST -> {
        out.writeStartArray();
        for (Object element : (List<?>) value) {
          value(type.element(), element);
        }
        out.writeEndArray();
      }
    }
  }
}

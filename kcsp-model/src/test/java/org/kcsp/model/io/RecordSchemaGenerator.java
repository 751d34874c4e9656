package org.kcsp.model.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.Money;
import org.kcsp.model.internal.KeyFormat;
import org.kcsp.model.internal.ObjectFormat;
import org.kcsp.model.internal.RecordFormat;
import org.kcsp.model.internal.ValueType;

/**
 * Writes the JSON Schema (draft 2020-12) of both versions of the record format from its
 * description ({@link RecordFormat}): one schema whose root's {@code format} chooses version 1's or
 * version 2's definitions. {@link RecordSchemaTest} checks that the schema shipped in the jar
 * ({@link RecordSchema}) is what this writes.
 */
final class RecordSchemaGenerator {

  /** An ISO date from 1900-01-01 to 9999-12-31, as the reader takes it (the calendar aside). */
  static final String DATE = "^(19|[2-9][0-9])[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

  private final JsonGenerator out;

  private RecordSchemaGenerator(JsonGenerator out) {
    this.out = out;
  }

  /** The schema, as {@link RecordSchema#json()} gives it. */
  static String schema() {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JsonLayout.generator(text)) {
      new RecordSchemaGenerator(out).root();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }

  private void root() throws IOException {
    out.writeStartObject();
    out.writeStringField("$schema", "https://json-schema.org/draft/2020-12/schema");
    out.writeStringField("title", "kcsp record");
    out.writeStringField("description", "A partnership record, kcsp-record/1 or kcsp-record/2: its format key chooses"
        + " the version. Derived from kcsp-model's description of the record format; the reader also checks what"
        + " only the whole record can tell (ids, references, dates in order).");
    out.writeStringField("type", "object");
    out.writeArrayFieldStart("required");
    out.writeString(RecordFormat.FORMAT);
    out.writeEndArray();
    out.writeObjectFieldStart("properties");
    out.writeObjectFieldStart(RecordFormat.FORMAT);
    out.writeArrayFieldStart("enum");
    for (FormatVersion version : FormatVersion.values()) {
      out.writeString(version.id());
    }
    out.writeEndArray();
    out.writeEndObject();
    out.writeEndObject();
    out.writeObjectFieldStart("if");
    out.writeObjectFieldStart("properties");
    out.writeObjectFieldStart(RecordFormat.FORMAT);
    out.writeStringField("const", FormatVersion.V2.id());
    out.writeEndObject();
    out.writeEndObject();
    out.writeEndObject();
    ref("then", FormatVersion.V2, RecordFormat.RECORD);
    ref("else", FormatVersion.V1, RecordFormat.RECORD);
    out.writeObjectFieldStart("$defs");
    for (FormatVersion version : FormatVersion.values()) {
      for (ObjectFormat<?> format : RecordFormat.ALL) {
        object(version, format);
      }
    }
    out.writeEndObject();
    out.writeEndObject();
  }

  private static String name(FormatVersion version, ObjectFormat<?> format) {
    return "v" + (version.ordinal() + 1) + "." + format.name();
  }

  private void ref(String field, FormatVersion version, ObjectFormat<?> format) throws IOException {
    out.writeObjectFieldStart(field);
    out.writeStringField("$ref", "#/$defs/" + name(version, format));
    out.writeEndObject();
  }

  private <T> void object(FormatVersion version, ObjectFormat<T> format) throws IOException {
    boolean root = format == RecordFormat.RECORD;
    List<KeyFormat<T>> keys = format.keys(version);
    out.writeObjectFieldStart(name(version, format));
    out.writeStringField("title", format.name() + " (" + version.id() + ")");
    out.writeStringField("type", "object");
    out.writeArrayFieldStart("required");
    if (root) {
      out.writeString(RecordFormat.FORMAT);
    }
    for (KeyFormat<T> key : keys) {
      if (key.isRequired(version)) {
        out.writeString(key.name());
      }
    }
    out.writeEndArray();
    out.writeObjectFieldStart("properties");
    if (root) {
      out.writeObjectFieldStart(RecordFormat.SCHEMA);
      out.writeStringField("type", "string");
      out.writeEndObject();
      out.writeObjectFieldStart(RecordFormat.FORMAT);
      out.writeStringField("const", version.id());
      out.writeEndObject();
    }
    for (KeyFormat<T> key : keys) {
      out.writeFieldName(key.name());
      value(version, key, key.type());
    }
    List<KeyFormat<T>> unknowable = keys.stream().filter(KeyFormat::mayBeUnknown).toList();
    if (version.includes(FormatVersion.V2)) {
      out.writeObjectFieldStart(RecordFormat.UNKNOWN);
      out.writeStringField("type", "array");
      out.writeBooleanField("uniqueItems", true);
      if (unknowable.isEmpty()) {
        out.writeBooleanField("items", false);
      } else {
        out.writeObjectFieldStart("items");
        out.writeArrayFieldStart("enum");
        for (KeyFormat<T> key : unknowable) {
          out.writeString(key.name());
        }
        out.writeEndArray();
        out.writeEndObject();
      }
      out.writeEndObject();
    }
    out.writeEndObject();
    out.writeBooleanField("additionalProperties", false);
    if (version.includes(FormatVersion.V2) && !unknowable.isEmpty()) {
      // a key named in unknown must be absent
      out.writeArrayFieldStart("allOf");
      for (KeyFormat<T> key : unknowable) {
        out.writeStartObject();
        out.writeObjectFieldStart("if");
        out.writeArrayFieldStart("required");
        out.writeString(RecordFormat.UNKNOWN);
        out.writeEndArray();
        out.writeObjectFieldStart("properties");
        out.writeObjectFieldStart(RecordFormat.UNKNOWN);
        out.writeObjectFieldStart("contains");
        out.writeStringField("const", key.name());
        out.writeEndObject();
        out.writeEndObject();
        out.writeEndObject();
        out.writeEndObject();
        out.writeObjectFieldStart("then");
        out.writeObjectFieldStart("not");
        out.writeArrayFieldStart("required");
        out.writeString(key.name());
        out.writeEndArray();
        out.writeEndObject();
        out.writeEndObject();
        out.writeEndObject();
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  private void value(FormatVersion version, KeyFormat<?> key, ValueType type) throws IOException {
    if (type.kind() == ValueType.Kind.OBJECT) {
      out.writeStartObject();
      out.writeStringField("$ref", "#/$defs/" + name(version, type.object()));
      out.writeEndObject();
      return;
    }
    out.writeStartObject();
    switch (type.kind()) {
      case TEXT -> {
        out.writeStringField("type", "string");
        out.writeNumberField("maxLength", RecordReader.MAX_STRING_LENGTH);
        if (type.nonBlank()) {
          out.writeStringField("pattern", "\\S");
        }
      }
      case DATE -> {
        out.writeStringField("type", "string");
        out.writeStringField("format", "date");
        out.writeStringField("pattern", DATE);
      }
      case MONEY -> {
        out.writeStringField("type", "number");
        out.writeNumberField("minimum", 0);
        out.writeNumberField("maximum", Money.MAX.toBigDecimal());
        out.writeNumberField("multipleOf", new java.math.BigDecimal("0.01"));
      }
      case INTEGER -> {
        out.writeStringField("type", "integer");
        out.writeNumberField("minimum", type.min());
        out.writeNumberField("maximum", type.max());
      }
      case FINANCIAL_YEAR -> {
        out.writeStringField("type", "string");
        out.writeStringField("pattern", "^(19|[2-9][0-9])[0-9]{2}/[0-9]{2}$");
      }
      case FRACTION -> {
        out.writeStringField("type", "string");
        out.writeStringField("pattern", "^[1-9][0-9]{0,8}/[1-9][0-9]{0,8}$");
      }
      case ENUM -> {
        out.writeArrayFieldStart("enum");
        for (Enum<?> constant : type.constants(version)) {
          out.writeString(type.name(constant));
        }
        out.writeEndArray();
      }
      case LIST -> {
        out.writeStringField("type", "array");
        if (key.isNonEmpty()) {
          out.writeNumberField("minItems", 1);
        }
        if (key.isDistinct()) {
          out.writeBooleanField("uniqueItems", true);
        }
        out.writeFieldName("items");
        value(version, key, type.element());
      }
      case OBJECT -> throw new IllegalStateException("written above");
    }
    out.writeEndObject();
  }
}

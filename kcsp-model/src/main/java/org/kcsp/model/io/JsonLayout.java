package org.kcsp.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;

/**
 * The one layout of every JSON document kcsp writes (records, reports, the rule catalogue): two
 * spaces of indentation, {@code "key": value}, and LF line ends on every platform, so that the same
 * input gives the same bytes anywhere.
 *
 * <pre>{@code
 * try (JsonGenerator json = JsonLayout.generator(writer)) {
 *   json.writeStartObject();
 *   json.writeStringField("format", "kcsp-report/1");
 *   json.writeEndObject();
 * }
 * }</pre>
 */
public final class JsonLayout {

  private static final JsonFactory JSON = new JsonFactory();

  private JsonLayout() {}

  /** A generator writing to {@code out} in this layout; the caller closes it. */
  public static JsonGenerator generator(Writer out) throws IOException {
    return JSON.createGenerator(out).setPrettyPrinter(printer());
  }

  /**
   * This layout for Jackson: with an {@code ObjectMapper} and kcsp's modules ({@link
   * RecordModule}), {@code mapper.writer(JsonLayout.printer()).writeValueAsString(record)} is
   * {@link RecordWriter#toJson}'s text but for its final newline.
   */
  public static PrettyPrinter printer() {
    return new Printer();
  }

  /** Two-space indentation, LF line ends, {@code "key": value}. */
  private static final class Printer extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;

    Printer() {
      _objectIndenter = new DefaultIndenter("  ", "\n");
      _arrayIndenter = new DefaultIndenter("  ", "\n");
      _objectFieldValueSeparatorWithSpaces = ": ";
    }

    private Printer(Printer base) {
      super(base);
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
      return new Printer(this);
    }
  }
}

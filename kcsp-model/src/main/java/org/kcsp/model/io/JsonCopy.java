package org.kcsp.model.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.Problem;

/**
 * The value a Jackson parser is at, copied token for token as JSON text on one line, for {@link
 * RecordReader} to read as it reads a file: keys in their order, a key twice if it is there twice,
 * numbers as they are written. Each token's place in the parser's own input is kept, so that the
 * problems found in the copy are reported where they are in that input ({@link #locate}).
 */
final class JsonCopy {

  private final StringBuilder text = new StringBuilder();
  private int[] offsets = new int[256];
  private int[] lines = new int[256];
  private int[] columns = new int[256];
  private int tokens;

  private JsonCopy() {}

  /**
   * Copies the value the parser is at, and leaves the parser at its last token, as a Jackson
   * deserializer must. At a key (an object whose start was read already) the rest of the object is
   * copied. Beyond {@link RecordReader#MAX_BYTES} characters the value is read to its end but no
   * longer copied: the copy is then too large for the reader, which says so.
   */
  static JsonCopy of(JsonParser parser) throws IOException {
    JsonCopy copy = new JsonCopy();
    JsonToken token = parser.currentToken();
    int depth = 0;
    if (token == JsonToken.FIELD_NAME) {
      copy.write(JsonToken.START_OBJECT, parser);
      depth = 1;
    }
    while (true) {
      copy.write(token, parser);
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        depth++;
      } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        depth--;
      }
      if (depth == 0 && token != JsonToken.FIELD_NAME) {
        return copy;
      }
      token = parser.nextToken();
      if (token == null) {
        throw new IOException("the input ends inside the record");
      }
    }
  }

  /** The copy's text. */
  String text() {
    return text.toString();
  }

  private void write(JsonToken token, JsonParser parser) throws IOException {
    if (text.length() > RecordReader.MAX_BYTES) {
      return;
    }
    char last = text.isEmpty() ? '[' : text.charAt(text.length() - 1);
    boolean element = token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY;
    if (element && last != '[' && last != '{' && last != ':') {
      text.append(',');
    }
    place(parser.currentTokenLocation());
    switch (token) {
      case START_OBJECT -> text.append('{');
      case END_OBJECT -> text.append('}');
      case START_ARRAY -> text.append('[');
      case END_ARRAY -> text.append(']');
      case FIELD_NAME -> quote(parser.currentName()).append(':');
      case VALUE_STRING -> quote(parser.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> text.append(parser.getText());
      case VALUE_TRUE -> text.append("true");
      case VALUE_FALSE -> text.append("false");
      case VALUE_NULL -> text.append("null");
      default -> throw new IOException("a record holds no " + token + " (an embedded object is not JSON)");
    }
  }

  private StringBuilder quote(String value) {
    text.append('"');
    JsonStringEncoder.getInstance().quoteAsString(value, text);
    return text.append('"');
  }

  /** Keeps where the next token starts in the copy, and where it is in the parser's input. */
  private void place(JsonLocation location) {
    if (tokens == offsets.length) {
      offsets = Arrays.copyOf(offsets, tokens * 2);
      lines = Arrays.copyOf(lines, tokens * 2);
      columns = Arrays.copyOf(columns, tokens * 2);
    }
    boolean known = location != null && location.getLineNr() > 0 && location.getColumnNr() > 0;
    offsets[tokens] = text.length();
    lines[tokens] = known ? location.getLineNr() : 0;
    columns[tokens] = known ? location.getColumnNr() : 0;
    tokens++;
  }

  /**
   * The same problems as {@code copied}, each at the place in the parser's input of the token it
   * was found at in the copy (line and column as the parser counts them), under {@code source}.
   */
  InvalidRecordException locate(InvalidRecordException copied, String source) {
    List<Problem> problems = copied.problems().stream().map(this::locate).toList();
    return new InvalidRecordException(source, problems, copied.omitted());
  }

  private Problem locate(Problem problem) {
    if (problem.line() != 1 || problem.column() < 1) {
      return problem;
    }
    long place = place(problem.line(), problem.column());
    return new Problem(problem.recordPath(), problem.message(), (int) (place >>> 32), (int) place);
  }

  /**
   * Where the place at {@code line} and {@code column} of the copy is in the parser's input, as
   * {@code line << 32 | column}; 0 when the parser did not say where that token was.
   */
  long place(int line, int column) {
    if (line != 1 || column < 1) {
      return 0;
    }
    int offset = column - 1;
    int found = Arrays.binarySearch(offsets, 0, tokens, offset);
    int token = found >= 0 ? found : -found - 2;
    if (token < 0 || lines[token] == 0) {
      return 0;
    }
    // Within a token (the end of a string or number too long), as far into it as in the copy.
    return (long) lines[token] << 32 | (columns[token] + offset - offsets[token]);
  }
}

package org.kcsp.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kcsp.model.Problem;
import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses JSON or YAML text into a {@link Node} tree, strictly: no duplicate keys, nothing after
 * the document, no YAML tags or aliases, bounded depth and string length.
 */
final class TreeParser {

  /** Thrown with the one problem that stopped parsing. */
  static final class ParseFailure extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Problem problem;

    ParseFailure(Problem problem) {
      super(problem.toString(), null, false, false);
      this.problem = problem;
    }
  }

  /** The longest number, in characters. */
  static final int MAX_NUMBER_LENGTH = 100;

  /**
   * Jackson's own limits sit above the reader's, so that the reader's checks (which know the path,
   * line and column) speak first; Jackson's stop only what is far beyond them, and their words are
   * made plain in {@link #constraint}.
   */
  private static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxNestingDepth(RecordReader.MAX_DEPTH + 8)
          .maxStringLength(RecordReader.MAX_STRING_LENGTH * 2)
          .maxNameLength(RecordReader.MAX_STRING_LENGTH)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .maxDocumentLength(RecordReader.MAX_BYTES)
          .build();

  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(CONSTRAINTS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private static final YAMLFactory YAML = yamlFactory();

  private static YAMLFactory yamlFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(0);
    options.setNestingDepthLimit(RecordReader.MAX_DEPTH + 1);
    options.setCodePointLimit(RecordReader.MAX_BYTES);
    options.setTagInspector(tag -> false);
    return YAMLFactory.builder()
        .loaderOptions(options)
        .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
        .streamReadConstraints(CONSTRAINTS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  private final JsonParser parser;
  private final boolean yaml;

  private TreeParser(JsonParser parser, boolean yaml) {
    this.parser = parser;
    this.yaml = yaml;
  }

  static Node parse(String text, RecordReader.Syntax syntax) throws ParseFailure {
    boolean yaml = syntax == RecordReader.Syntax.YAML;
    if (yaml) {
      refuseLongLines(text);
    }
    try (JsonParser parser = (yaml ? YAML : JSON).createParser(text)) {
      try {
        Node root = parse(parser, yaml);
        if (yaml && text.indexOf('!') >= 0) {
          refuseTags(text);
        }
        return root;
      } catch (StreamConstraintsException e) {
        JsonLocation at = parser.currentLocation();
        throw new ParseFailure(new Problem(pathOf(parser), constraint(e.getOriginalMessage()),
            Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0)));
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String message = e.getOriginalMessage();
      int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
      int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
      if (e.getCause() instanceof MarkedYAMLException marked) {
        message = marked.getProblem();
        Mark mark = marked.getProblemMark();
        if (mark != null) {
          line = mark.getLine() + 1;
          column = mark.getColumn() + 1;
        }
      } else if (e.getCause() instanceof ReaderException unreadable) {
        int[] place = place(text, unreadable.getPosition());
        throw new ParseFailure(new Problem("$", "the file is not valid YAML: the control character "
            + codePoint(unreadable.getCodePoint()) + " may appear only escaped, in a double-quoted string", place[0], place[1]));
      }
      String plain = e instanceof Refusal ? message : plain(message, yaml);
      throw new ParseFailure(new Problem(pathOf(e.getProcessor() instanceof JsonParser p ? p : null), plain, line, column));
    } catch (IOException e) {
      throw new ParseFailure(Problem.at("$", "the record could not be read: " + e.getMessage()));
    }
  }

  private static Node parse(JsonParser parser, boolean yaml) throws IOException, ParseFailure {
    TreeParser tree = new TreeParser(parser, yaml);
    JsonToken first = tree.next();
    if (first == null) {
      throw new ParseFailure(new Problem("$", "the file holds no record: it is empty", 1, 1));
    }
    Node root = tree.value(first, "$", 0);
    JsonToken after = tree.next();
    if (after != null) {
      JsonLocation at = parser.currentTokenLocation();
      throw new ParseFailure(new Problem("$",
          "unexpected content after the end of the record" + (yaml ? " (a second YAML document?)" : ""),
          at.getLineNr(), at.getColumnNr()));
    }
    return root;
  }

  /**
   * Refuses YAML tags on keys, which the streaming parser does not report (it reports those on
   * values, with their paths). Runs only on text that parsed and holds a {@code !}.
   */
  private static void refuseTags(String text) throws ParseFailure {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(0);
    options.setNestingDepthLimit(RecordReader.MAX_DEPTH + 8);
    options.setCodePointLimit(RecordReader.MAX_BYTES);
    try {
      for (Event event : new Yaml(options).parse(new StringReader(text))) {
        String tag = event instanceof ScalarEvent scalar ? scalar.getTag()
            : event instanceof CollectionStartEvent collection ? collection.getTag() : null;
        if (tag != null) {
          Mark mark = event.getStartMark();
          throw new ParseFailure(new Problem("$", "YAML tags (" + tag + ") are not allowed: write plain values",
              mark.getLine() + 1, mark.getColumn() + 1));
        }
      }
    } catch (YAMLException e) {
      // the main parse reports it, with its path
    }
  }

  private JsonToken next() throws IOException {
    JsonToken token = parser.nextToken();
    if (token != null && yaml) {
      YAMLParser yamlParser = (YAMLParser) parser;
      if (yamlParser.isCurrentAlias()) {
        throw failure("YAML aliases (*" + parser.getText() + ") are not allowed: write the value out");
      }
      if (yamlParser.getTypeId() != null) {
        throw failure("YAML tags (" + yamlParser.getTypeId() + ") are not allowed: write plain values");
      }
    }
    return token;
  }

  private Node value(JsonToken token, String path, int depth) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth >= RecordReader.MAX_DEPTH) {
      throw failure("the record is nested more than " + RecordReader.MAX_DEPTH + " levels deep");
    }
    switch (token) {
      case START_OBJECT -> {
        Node.Mapping mapping = new Node.Mapping(line, column);
        for (JsonToken field = next(); field != JsonToken.END_OBJECT; field = next()) {
          String key = parser.currentName();
          JsonLocation keyAt = parser.currentTokenLocation();
          if (mapping.fields.containsKey(key)) {
            throw failure("key \"" + key + "\" appears twice in the same object");
          }
          String childPath = path + "." + key;
          Node child = value(next(), childPath, depth + 1);
          mapping.fields.put(key, child);
          mapping.keyLocations.put(key, new int[] {keyAt.getLineNr(), keyAt.getColumnNr()});
        }
        return mapping;
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        for (JsonToken item = next(); item != JsonToken.END_ARRAY; item = next()) {
          items.add(value(item, path + "[" + items.size() + "]", depth + 1));
        }
        return new Node.Sequence(line, column, items);
      }
      case VALUE_STRING -> {
        String text = parser.getText();
        if (text.length() > RecordReader.MAX_STRING_LENGTH) {
          throw failure("a string is longer than " + RecordReader.MAX_STRING_LENGTH + " characters");
        }
        return new Node.Scalar(line, column, Node.Scalar.Kind.STRING, text);
      }
      case VALUE_NUMBER_INT -> {
        return new Node.Scalar(line, column, Node.Scalar.Kind.INTEGER, parser.getText());
      }
      case VALUE_NUMBER_FLOAT -> {
        return new Node.Scalar(line, column, Node.Scalar.Kind.DECIMAL, parser.getText());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new Node.Scalar(line, column, Node.Scalar.Kind.BOOLEAN, parser.getText());
      }
      case VALUE_NULL -> {
        return new Node.Scalar(line, column, Node.Scalar.Kind.NULL, "null");
      }
      default -> throw failure("unexpected " + token);
    }
  }

  private JsonProcessingException failure(String message) {
    return new Refusal(parser, message);
  }

  /** The reader's own refusal of what the parser accepted: its words are plain already. */
  private static final class Refusal extends JsonParseException {
    private static final long serialVersionUID = 1L;

    Refusal(JsonParser parser, String message) {
      super(parser, message);
    }
  }

  /** {@code U+001B}. */
  private static String codePoint(int codePoint) {
    return String.format(Locale.ROOT, "U+%04X", codePoint);
  }

  /** Line and column, from 1, of the code point at {@code index} of {@code text}. */
  private static int[] place(String text, int index) {
    int line = 1;
    int column = 1;
    int seen = 0;
    for (int i = 0; i < text.length() && seen < index; i += Character.charCount(text.codePointAt(i)), seen++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }

  /** The JSON path of where the parser stood. */
  private static String pathOf(JsonParser parser) {
    if (parser == null) {
      return "$";
    }
    String pointer = parser.getParsingContext().pathAsPointer().toString();
    StringBuilder path = new StringBuilder("$");
    for (String segment : pointer.split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      String key = segment.replace("~1", "/").replace("~0", "~");
      path.append(key.matches("[0-9]+") ? "[" + key + "]" : "." + key);
    }
    return path.toString();
  }

  /** A YAML line longer than any value may be is refused before SnakeYAML scans it (its scanner is slow on long lines). */
  private static void refuseLongLines(String text) throws ParseFailure {
    int limit = RecordReader.MAX_STRING_LENGTH + 1_000;
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i - start > limit) {
          throw new ParseFailure(new Problem("$",
              "line " + line + " is " + (i - start) + " characters long; a string is longer than "
                  + RecordReader.MAX_STRING_LENGTH + " characters", line, 1));
        }
        line++;
        start = i + 1;
      }
    }
  }

  /** Jackson's words for a limit it enforced, made plain. */
  private static String constraint(String message) {
    String text = message == null ? "" : message;
    if (text.contains("nesting depth")) {
      return "the record is nested more than " + RecordReader.MAX_DEPTH + " levels deep";
    }
    if (text.contains("Number value length") || text.contains("Number length")) {
      return "a number is longer than " + MAX_NUMBER_LENGTH + " characters";
    }
    if (text.contains("Name length")) {
      return "a key is longer than " + RecordReader.MAX_STRING_LENGTH + " characters";
    }
    if (text.contains("Document length")) {
      return "the file is larger than " + RecordReader.MAX_BYTES + " bytes, the most a record may be";
    }
    return "a string is longer than " + RecordReader.MAX_STRING_LENGTH + " characters";
  }

  /** Jackson's words for a control character, inside a string (unquoted) or between tokens. */
  private static final Pattern CONTROL_CHARACTER =
      Pattern.compile("Illegal (unquoted )?character \\(\\(CTRL-CHAR, code ([0-9]+)\\)\\)");

  /** Jackson's and SnakeYAML's words, made plain for a person fixing a file. */
  private static String plain(String message, boolean yaml) {
    String text = message == null ? "the record could not be parsed" : message.strip();
    if (yaml && (text.contains("'\\t'") || text.contains("\\t(TAB)"))) {
      return "a tab is not allowed for indentation in YAML: indent with spaces";
    }
    if (text.contains("Unexpected end-of-input") || text.contains("end of the stream")
        || text.contains("end of stream") || text.contains("<stream end>")) {
      return "the file ends before the record does (is it cut short?)";
    }
    if (text.matches("(?s).*Non-standard token '[+-]?(NaN|Infinity|INF)'.*")) {
      return "NaN and Infinity are not numbers a record may hold";
    }
    Matcher control = CONTROL_CHARACTER.matcher(text);
    if (control.find()) {
      int code = Integer.parseInt(control.group(2));
      if (control.group(1) != null) {
        String escape = switch (code) {
          case '\t' -> "\\t";
          case '\n' -> "\\n";
          case '\r' -> "\\r";
          default -> String.format(Locale.ROOT, "\\u%04x", code);
        };
        return "the file is not valid JSON: the control character " + codePoint(code)
            + " inside a string must be written as an escape (" + escape + ")";
      }
      return "the file is not valid JSON: the control character " + codePoint(code) + " may not appear outside a string";
    }
    if (text.contains("Expected a field name")) {
      return "the file is not valid YAML: a key must be a plain name, not an object or a list";
    }
    if (text.contains("ALLOW_COMMENTS")) {
      return "comments are not allowed in JSON";
    }
    if (text.contains("ALLOW_SINGLE_QUOTES")) {
      return "the file is not valid JSON: strings must be in double quotes";
    }
    text = text.replaceAll(" \\(code -?[0-9]+\\)", "").replaceAll("\\s*\\(for [^)]*\\)", "");
    if (text.contains("Duplicate field")) {
      return text.replaceFirst("Duplicate field '([^']*)'.*", "key \"$1\" appears twice in the same object");
    }
    int newline = text.indexOf('\n');
    String firstLine = newline < 0 ? text : text.substring(0, newline);
    return "the file is not valid " + (yaml ? "YAML" : "JSON") + ": " + firstLine;
  }
}

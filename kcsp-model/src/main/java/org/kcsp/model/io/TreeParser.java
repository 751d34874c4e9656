package org.kcsp.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.kcsp.model.Problem;
import org.yaml.snakeyaml.LoaderOptions;

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

  private static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxNestingDepth(RecordReader.MAX_DEPTH + 1)
          .maxStringLength(RecordReader.MAX_STRING_LENGTH + 1)
          .maxNumberLength(100)
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
    try (JsonParser parser = (yaml ? YAML : JSON).createParser(text)) {
      TreeParser tree = new TreeParser(parser, yaml);
      JsonToken first = tree.next();
      if (first == null) {
        throw new ParseFailure(new Problem("$", "the file holds no record: it is empty", 1, 1));
      }
      Node root = tree.value(first, "$", 0);
      JsonToken after = tree.next();
      if (after != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new ParseFailure(
            new Problem(
                "$",
                "unexpected content after the end of the record"
                    + (yaml ? " (a second YAML document?)" : ""),
                at.getLineNr(),
                at.getColumnNr()));
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new ParseFailure(
          new Problem(
              pathOf(e.getProcessor() instanceof JsonParser p ? p : null),
              plain(e.getOriginalMessage(), yaml),
              at == null ? 0 : Math.max(at.getLineNr(), 0),
              at == null ? 0 : Math.max(at.getColumnNr(), 0)));
    } catch (IOException e) {
      throw new ParseFailure(Problem.at("$", "the record could not be read: " + e.getMessage()));
    }
  }

  private JsonToken next() throws IOException {
    JsonToken token = parser.nextToken();
    if (token != null && yaml) {
      YAMLParser yamlParser = (YAMLParser) parser;
      if (yamlParser.isCurrentAlias()) {
        throw failure("YAML aliases (*" + parser.getText() + ") are not allowed: write the value out");
      }
      if (yamlParser.getTypeId() != null && token != JsonToken.FIELD_NAME) {
        throw failure("YAML tags (" + yamlParser.getTypeId() + ") are not allowed: write plain values");
      }
    }
    return token;
  }

  private Node value(JsonToken token, String path, int depth) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    if (depth > RecordReader.MAX_DEPTH) {
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
    return new JsonParseException(parser, message);
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

  /** Jackson's and SnakeYAML's words, made plain for a person fixing a file. */
  private static String plain(String message, boolean yaml) {
    String text = message == null ? "the record could not be parsed" : message.strip();
    if (yaml && text.contains("'\\t'")) {
      return "a tab is not allowed for indentation in YAML: indent with spaces";
    }
    if (text.contains("Unexpected end-of-input") || text.contains("end of the stream")) {
      return "the file ends before the record does (is it cut short?)";
    }
    if (text.contains("Non-standard token 'NaN'") || text.contains("Non-standard token 'Infinity'")) {
      return "NaN and Infinity are not numbers a record may hold";
    }
    if (text.contains("Duplicate field")) {
      return text.replaceFirst("Duplicate field '([^']*)'.*", "key \"$1\" appears twice in the same object");
    }
    int newline = text.indexOf('\n');
    String firstLine = newline < 0 ? text : text.substring(0, newline);
    return "the file is not valid " + (yaml ? "YAML" : "JSON") + ": " + firstLine;
  }
}

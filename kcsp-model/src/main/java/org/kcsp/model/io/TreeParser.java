package org.kcsp.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.Problem;
import org.kcsp.model.RecordPath;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Parses JSON or YAML text into a {@link Tree}, strictly: nothing after the document, no YAML
 * tags or aliases, bounded depth, string and line length. What stops parsing (bad syntax, a limit
 * passed) is a {@link ParseFailure}; what does not (a key twice in one object, a string holding
 * half a character) is added to the problems and parsing goes on, so that every such problem is
 * reported at once.
 */
final class TreeParser {

  /** Thrown with the problem that stopped parsing. */
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
   * The longest line of YAML, in characters: a string of {@link RecordReader#MAX_STRING_LENGTH}
   * with its key and indentation. SnakeYAML's scanner copies what it has read of a token each
   * time it reads 1,024 more characters, so a token as long as a line of {@code n} characters
   * costs {@code n * n / 2048} copies: bounding lines keeps the reader linear.
   */
  static final int MAX_YAML_LINE_LENGTH = RecordReader.MAX_STRING_LENGTH + 1_000;

  /** Objects with more keys than this look for a key twice through a hash table, not one by one. */
  private static final int FEW_KEYS = 8;

  /**
   * Jackson's own limits sit above the reader's, so that the reader's checks (which know the path,
   * line and column) speak first; Jackson's stop only what is far beyond them, and their words are
   * made plain in {@link #constraint}.
   */
  private static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxNestingDepth(RecordReader.MAX_DEPTH + 8)
          .maxStringLength(RecordReader.MAX_STRING_LENGTH * 2)
          .maxNameLength(RecordReader.MAX_STRING_LENGTH * 2)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .maxDocumentLength(RecordReader.MAX_BYTES)
          .build();

  /**
   * Keys are not canonicalised (Jackson's table of key names refuses thousands of keys whose hashes
   * collide, and holds every key of a file); duplicates are looked for here, in a table of entry
   * indices, rather than in Jackson's set of key strings.
   */
  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(CONSTRAINTS)
          .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
          .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
          .build();

  /** YAML's factory, made when a YAML record is first read: reading JSON loads none of SnakeYAML. */
  private static final class YamlFactoryHolder {
    static final YAMLFactory FACTORY = yamlFactory();
  }

  private static YAMLFactory yamlFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true);
    options.setMaxAliasesForCollections(0);
    options.setNestingDepthLimit(RecordReader.MAX_DEPTH + 1);
    options.setCodePointLimit(RecordReader.MAX_BYTES);
    options.setTagInspector(tag -> false);
    return YAMLFactory.builder()
        .loaderOptions(options)
        .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
        .streamReadConstraints(CONSTRAINTS)
        .build();
  }

  private final JsonParser parser;
  private final Tree tree;
  private final CodePoints codePoints;
  private final InvalidRecordException.Collector problems;
  private final long seed = ThreadLocalRandom.current().nextLong() | 1;

  private TreeParser(JsonParser parser, Tree tree, CodePoints codePoints, InvalidRecordException.Collector problems) {
    this.parser = parser;
    this.tree = tree;
    this.codePoints = codePoints;
    this.problems = problems;
  }

  /**
   * The tree of {@code text}; problems that did not stop parsing are added to {@code problems}.
   *
   * @throws ParseFailure with the problem that stopped parsing
   */
  static Tree parse(String text, RecordReader.Syntax syntax, InvalidRecordException.Collector problems)
      throws ParseFailure {
    boolean yaml = syntax == RecordReader.Syntax.YAML;
    Tree tree = new Tree(text, yaml);
    CodePoints codePoints = yaml ? CodePoints.of(text) : CodePoints.NONE;
    if (yaml) {
      refuseLongLinesAndByteOrderMarks(tree);
    }
    try (JsonParser parser = (yaml ? YamlFactoryHolder.FACTORY : JSON).createParser(text)) {
      TreeParser reader = new TreeParser(parser, tree, codePoints, problems);
      try {
        reader.document();
        if (yaml && text.indexOf('!') >= 0) {
          refuseTags(text, tree, codePoints);
        }
        return tree;
      } catch (StreamConstraintsException e) {
        throw reader.failure(constraint(e.getOriginalMessage()), parser.currentLocation());
      } catch (JsonProcessingException e) {
        throw reader.failure(e, yaml);
      }
    } catch (IOException e) {
      throw new ParseFailure(Problem.at(RecordPath.ROOT, "the record could not be read: " + e.getMessage()));
    }
  }

  private void document() throws IOException, ParseFailure {
    JsonToken first = next();
    if (first == null) {
      throw new ParseFailure(new Problem(RecordPath.ROOT, "the file holds no record: it is empty", 1, 1));
    }
    value(first, 0);
    JsonToken after = next();
    if (after != null) {
      int[] at = tree.place(offset(parser.currentTokenLocation()));
      throw new ParseFailure(new Problem(RecordPath.ROOT,
          "unexpected content after the end of the record" + (tree.yaml ? " (a second YAML document?)" : ""),
          at[0], at[1]));
    }
  }

  private JsonToken next() throws IOException, ParseFailure {
    JsonToken token = parser.nextToken();
    if (token != null && tree.yaml) {
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

  private void value(JsonToken token, int depth) throws IOException, ParseFailure {
    int at = offset(parser.currentTokenLocation());
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth >= RecordReader.MAX_DEPTH) {
      throw failure("the record is nested more than " + RecordReader.MAX_DEPTH + " levels deep");
    }
    switch (token) {
      case START_OBJECT -> mapping(at, depth);
      case START_ARRAY -> {
        int sequence = tree.open(Tree.SEQUENCE, at);
        for (JsonToken item = next(); item != JsonToken.END_ARRAY; item = next()) {
          value(item, depth + 1);
        }
        tree.close(sequence);
      }
      case VALUE_STRING -> {
        CharSequence text = text();
        if (text.length() > RecordReader.MAX_STRING_LENGTH) {
          throw failure("a string is longer than " + RecordReader.MAX_STRING_LENGTH + " characters");
        }
        refuseHalfCharacters(text, "a string");
        tree.add(Tree.STRING, at, text);
      }
      case VALUE_NUMBER_INT -> tree.add(Tree.INTEGER, at, text());
      case VALUE_NUMBER_FLOAT -> tree.add(Tree.DECIMAL, at, text());
      case VALUE_TRUE, VALUE_FALSE -> tree.add(Tree.BOOLEAN, at, text());
      case VALUE_NULL -> tree.add(Tree.NULL, at, text());
      default -> throw failure("the file is not valid " + (tree.yaml ? "YAML" : "JSON") + ": unexpected " + token);
    }
  }

  private void mapping(int at, int depth) throws IOException, ParseFailure {
    int mapping = tree.open(Tree.MAPPING, at);
    KeyTable table = null;
    int keys = 0;
    for (JsonToken field = next(); field != JsonToken.END_OBJECT; field = next()) {
      String name = parser.currentName();
      if (name.length() > RecordReader.MAX_STRING_LENGTH) {
        throw failure("a key is longer than " + RecordReader.MAX_STRING_LENGTH + " characters");
      }
      refuseHalfCharacters(name, "a key");
      int key = tree.add(Tree.KEY, offset(parser.currentTokenLocation()), name);
      keys++;
      if (keys == FEW_KEYS + 1) {
        table = new KeyTable();
        for (int earlier = mapping + 1; earlier != key; earlier = tree.next(tree.valueOf(earlier))) {
          table.add(earlier);
        }
      }
      boolean twice = table != null ? !table.add(key) : appearsEarlier(mapping, key);
      if (twice) {
        problem("key " + Problem.quote(name) + " appears twice in the same object", key);
      }
      value(next(), depth + 1);
    }
    tree.close(mapping);
  }

  /** Whether the text of {@code key} is that of an earlier key of {@code mapping} (for a few keys). */
  private boolean appearsEarlier(int mapping, int key) {
    for (int earlier = mapping + 1; earlier != key; earlier = tree.next(tree.valueOf(earlier))) {
      if (tree.sameText(earlier, key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The keys of one object with many, by a hash of their text that the file cannot choose (its seed
   * is new each parse), holding entry indices only: finding a key twice stays linear however the
   * keys are made.
   */
  private final class KeyTable {
    private int[] slots = new int[64];
    private int count;

    KeyTable() {
      Arrays.fill(slots, -1);
    }

    /** Adds the key, or says it is there already. */
    boolean add(int key) {
      if ((count + 1) * 2 > slots.length) {
        int[] old = slots;
        slots = new int[old.length * 2];
        Arrays.fill(slots, -1);
        for (int entry : old) {
          if (entry >= 0) {
            slots[free(entry)] = entry;
          }
        }
      }
      int slot = hash(key) & (slots.length - 1);
      while (slots[slot] >= 0) {
        if (tree.sameText(slots[slot], key)) {
          return false;
        }
        slot = (slot + 1) & (slots.length - 1);
      }
      slots[slot] = key;
      count++;
      return true;
    }

    private int free(int key) {
      int slot = hash(key) & (slots.length - 1);
      while (slots[slot] >= 0) {
        slot = (slot + 1) & (slots.length - 1);
      }
      return slot;
    }

    private int hash(int key) {
      long h = seed;
      int length = tree.length(key);
      for (int i = 0; i < length; i++) {
        h = (h ^ tree.charAt(key, i)) * 0x9E3779B97F4A7C15L;
      }
      h ^= h >>> 31;
      h *= 0xBF58476D1CE4E5B9L;
      return (int) (h ^ h >>> 29);
    }
  }

  /** The text of the current token, without copying a JSON string out of the parser. */
  private CharSequence text() throws IOException {
    if (tree.yaml) {
      return parser.getText();
    }
    return CharBuffer.wrap(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
  }

  /**
   * A string may hold a character outside the Basic Multilingual Plane written as a pair of
   * escapes ({@code "\uD83D\uDE00"}), but not half of one ({@code "\uD800"}): that is no character.
   */
  private void refuseHalfCharacters(CharSequence text, String what) throws IOException {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        if (problems.isFull()) {
          problems.count();
        } else {
          int[] place = tree.place(offset(parser.currentTokenLocation()));
          problems.add(new Problem(pathOf(parser), what + " holds " + escape(c) + ", half of a character (a lone surrogate),"
              + " which is no character at all: write the whole character, or both halves of its pair of escapes",
              place[0], place[1]));
        }
        return;
      }
    }
  }

  /** Adds a problem at the key at {@code entry} (the parser's current token). */
  private void problem(String message, int entry) {
    if (problems.isFull()) {
      problems.count();
      return;
    }
    int[] place = tree.placeOf(entry);
    problems.add(new Problem(pathOf(parser), message, place[0], place[1]));
  }

  /** The source offset, in characters, of a location of the parser. */
  private int offset(JsonLocation location) {
    long offset = location.getCharOffset();
    return offset < 0 ? 0 : codePoints.toChars((int) offset);
  }

  private ParseFailure failure(String message) {
    return failure(message, parser.currentTokenLocation());
  }

  private ParseFailure failure(String message, JsonLocation location) {
    int[] at = location == null || location.getCharOffset() < 0 ? new int[2] : tree.place(offset(location));
    return new ParseFailure(new Problem(pathOf(parser), message, at[0], at[1]));
  }

  /** The problem a parser's exception stands for, in plain words and at its place. */
  private ParseFailure failure(JsonProcessingException e, boolean yaml) {
    String message = e.getOriginalMessage();
    if (e.getCause() instanceof ReaderException unreadable) {
      int[] place = tree.place(codePoints.toChars(unreadable.getPosition()));
      return new ParseFailure(new Problem(RecordPath.ROOT, "the file is not valid YAML: the control character "
          + codePoint(unreadable.getCodePoint()) + " may appear only escaped, in a double-quoted string", place[0], place[1]));
    }
    int[] place;
    if (e.getCause() instanceof MarkedYAMLException marked) {
      message = marked.getProblem();
      Mark mark = marked.getProblemMark();
      place = mark == null ? new int[2] : tree.place(codePoints.toChars(mark.getIndex()));
      Mark context = marked.getContextMark();
      if (String.valueOf(marked.getContext()).contains("simple key") && mark != null && context != null
          && mark.getIndex() - context.getIndex() > 1024) {
        int[] key = tree.place(codePoints.toChars(context.getIndex()));
        return new ParseFailure(new Problem(pathOf(parser), "the file is not valid YAML: a key longer than 1024 characters"
            + " must be written after '? ' (and its value after ': ' on the next line)", key[0], key[1]));
      }
    } else {
      JsonLocation at = e.getLocation();
      place = at == null || at.getCharOffset() < 0 ? new int[2] : tree.place(offset(at));
    }
    return new ParseFailure(new Problem(pathOf(parser), plain(message, yaml), place[0], place[1]));
  }

  /**
   * Refuses YAML tags on keys, which the streaming parser does not report (it reports those on
   * values, with their paths). Runs only on text that parsed and holds a {@code !}.
   */
  private static void refuseTags(String text, Tree tree, CodePoints codePoints) throws ParseFailure {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(0);
    options.setNestingDepthLimit(RecordReader.MAX_DEPTH + 8);
    options.setCodePointLimit(RecordReader.MAX_BYTES);
    try {
      for (Event event : new Yaml(options).parse(new StringReader(text))) {
        String tag = event instanceof ScalarEvent scalar ? scalar.getTag()
            : event instanceof CollectionStartEvent collection ? collection.getTag() : null;
        if (tag != null) {
          int[] at = tree.place(codePoints.toChars(event.getStartMark().getIndex()));
          throw new ParseFailure(new Problem(RecordPath.ROOT, "YAML tags (" + tag + ") are not allowed: write plain values", at[0], at[1]));
        }
      }
    } catch (YAMLException e) {
      // the main parse reports it, with its path
    }
  }

  /** {@code U+001B}. */
  private static String codePoint(int codePoint) {
    return String.format(Locale.ROOT, "U+%04X", codePoint);
  }

  /** <code>&#92;uD800</code>. */
  private static String escape(char c) {
    return String.format(Locale.ROOT, "\\u%04X", (int) c);
  }

  /** The path of where the parser stands, such as {@code $.grants[0].funder}. */
  private static RecordPath pathOf(JsonParser parser) {
    if (parser == null) {
      return RecordPath.ROOT;
    }
    List<JsonStreamContext> contexts = new ArrayList<>();
    for (JsonStreamContext context = parser.getParsingContext(); context != null; context = context.getParent()) {
      contexts.add(context);
    }
    RecordPath path = RecordPath.ROOT;
    for (int i = contexts.size() - 1; i >= 0; i--) {
      JsonStreamContext context = contexts.get(i);
      if (context.inArray() && context.hasCurrentIndex()) {
        path = path.index(context.getCurrentIndex());
      } else if (context.inObject() && context.getCurrentName() != null) {
        path = path.key(context.getCurrentName());
      }
    }
    return path;
  }

  /**
   * A YAML line longer than {@link #MAX_YAML_LINE_LENGTH} is refused before SnakeYAML scans it
   * (see there why): the first such line, with its length. So is a byte order mark after the
   * start, which YAML allows only there (SnakeYAML would read it as part of a key or value), and
   * each character that YAML 1.1 reads as a line break and YAML 1.2 does not (U+0085, U+2028,
   * U+2029): the same file would hold other values for other readers.
   */
  private static void refuseLongLinesAndByteOrderMarks(Tree tree) throws ParseFailure {
    String text = tree.source;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c == '\uFEFF') {
        int[] at = tree.place(i);
        throw new ParseFailure(new Problem(RecordPath.ROOT, "the file is not valid YAML: a byte order mark (U+FEFF) may only be the"
            + " first character of the file (write \\uFEFF in a double-quoted string for the character itself)", at[0], at[1]));
      }
      if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
        int[] at = tree.place(i);
        throw new ParseFailure(new Problem(RecordPath.ROOT, "the character " + codePoint(c) + " ends a line in YAML 1.1 but not in"
            + " YAML 1.2, so a record may not hold it raw: write it as an escape (" + escape(c)
            + ") in a double-quoted string", at[0], at[1]));
      }
      if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        if (i - start > MAX_YAML_LINE_LENGTH) {
          int[] at = tree.place(start);
          throw new ParseFailure(new Problem(RecordPath.ROOT,
              "line " + at[0] + " is " + (i - start) + " characters long, and a line of YAML may be at most "
                  + MAX_YAML_LINE_LENGTH + ": break it (a long flow collection can span lines), or write the record in JSON",
              at[0], 1));
        }
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
    if (text.contains("String value length") || text.contains("String length")) {
      return "a string is longer than " + RecordReader.MAX_STRING_LENGTH + " characters";
    }
    return "the file is beyond what the reader reads: " + text.replaceAll("\\s*\\(.*", "");
  }

  /** Jackson's words for a control character, inside a string (unquoted) or between tokens. */
  private static final Pattern CONTROL_CHARACTER =
      Pattern.compile("Illegal (unquoted )?character \\(\\(CTRL-CHAR, code ([0-9]+)\\)\\)");

  /** Jackson's words for an unexpected character, and its code. */
  private static final Pattern UNEXPECTED =
      Pattern.compile("Unexpected character \\('.*' \\(code ([0-9]+)[^)]*\\)\\)(.*)", Pattern.DOTALL);

  /** Jackson's words for an unexpected control character between tokens. */
  private static final Pattern UNEXPECTED_CONTROL =
      Pattern.compile("Unexpected character \\(\\(CTRL-CHAR, code ([0-9]+)\\)\\)(.*)", Pattern.DOTALL);

  /** Jackson's words for a backslash followed by what is no escape. */
  private static final Pattern UNRECOGNISED_ESCAPE = Pattern.compile("Unrecognized character escape .*code ([0-9]+)");

  /** Jackson's words for a close marker that does not match. */
  private static final Pattern MISMATCHED_CLOSE = Pattern.compile(
      "Unexpected close marker '(.)': expected '(.)' \\(for (Object|Array) starting at .*line: ([0-9]+), column: ([0-9]+)\\]\\)",
      Pattern.DOTALL);

  /** Jackson's and SnakeYAML's words, made plain for a person fixing a file: never a parser's class or setting. */
  static String plain(String message, boolean yaml) {
    String words = message == null ? "the record could not be parsed" : message.strip();
    String syntax = yaml ? "YAML" : "JSON";
    if (yaml && (words.contains("'\\t'") || words.contains("\\t(TAB)"))) {
      return "a tab is not allowed for indentation in YAML: indent with spaces";
    }
    if (words.contains("Unexpected end-of-input") || words.contains("end of the stream")
        || words.contains("end of stream") || words.contains("<stream end>")) {
      return "the file ends before the record does (is it cut short?)";
    }
    if (words.matches("(?s).*Non-standard token '[+-]?(NaN|Infinity|INF)'.*")) {
      return "NaN and Infinity are not numbers a record may hold";
    }
    Matcher control = CONTROL_CHARACTER.matcher(words);
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
    if (words.contains("Broken surrogate pair")) {
      return "the file is not valid JSON: a key holds half of a character (a lone surrogate escape): write the whole"
          + " character, or both halves of its pair of escapes";
    }
    if (yaml && words.contains("expected '<document start>'")) {
      return "unexpected content after the end of the record (a second YAML document?)";
    }
    if (words.contains("Expected a field name")) {
      return "the file is not valid YAML: a key must be a plain name, not an object or a list";
    }
    if (words.contains("ALLOW_COMMENTS") || words.matches("(?s)Unexpected character \\('#'.*")) {
      return "the file is not valid JSON: comments are not allowed in JSON";
    }
    if (words.contains("ALLOW_SINGLE_QUOTES") || words.matches("(?s)Unexpected character \\(''' .*")) {
      return "the file is not valid JSON: strings must be in double quotes";
    }
    if (words.contains("ALLOW_LEADING_PLUS_SIGN") || words.contains("have plus signs")) {
      return "the file is not valid JSON: a number may not start with a plus sign (write 3000, not +3000)";
    }
    if (words.contains("Leading zeroes not allowed")) {
      return "the file is not valid JSON: a number may not start with a zero (write 115355, not 0115355)";
    }
    if (words.contains("Decimal point not followed by a digit")) {
      return "the file is not valid JSON: a number's decimal point must have a digit after it (write 1.0 or 1, not 1.)";
    }
    if (words.contains("Exponent indicator not followed by a digit")) {
      return "the file is not valid JSON: a number's exponent must have digits (write 1e3, not 1e)";
    }
    if (words.contains("expected digit (0-9) to follow minus sign")) {
      return "the file is not valid JSON: a minus sign must be followed by a number";
    }
    Matcher close = MISMATCHED_CLOSE.matcher(words);
    if (close.matches()) {
      return "the file is not valid JSON: '" + close.group(1) + "' closes the " + close.group(3).toLowerCase(Locale.ROOT)
          + " opened at line " + close.group(4) + ", column " + close.group(5) + ", which needs '" + close.group(2) + "'";
    }
    Matcher unexpectedControl = UNEXPECTED_CONTROL.matcher(words);
    if (unexpectedControl.matches()) {
      return "the file is not valid JSON: unexpected control character "
          + codePoint(Integer.parseInt(unexpectedControl.group(1))) + withoutCodes(unexpectedControl.group(2));
    }
    Matcher escape = UNRECOGNISED_ESCAPE.matcher(words);
    if (escape.find()) {
      int code = Integer.parseInt(escape.group(1));
      String character = code >= 0x21 && code < 0x7F ? String.valueOf((char) code) : codePoint(code);
      return "the file is not valid JSON: a backslash followed by " + character + " is no escape (JSON's escapes are \\\","
          + " \\\\, \\/, \\b, \\f, \\n, \\r, \\t and \\u with four hex digits; write \\\\ for a backslash)";
    }
    Matcher unexpected = UNEXPECTED.matcher(words);
    if (unexpected.matches()) {
      int code = Integer.parseInt(unexpected.group(1));
      String rest = unexpected.group(2);
      if (code == 0xFEFF) {
        return "the file is not valid JSON: a byte order mark (U+FEFF) may only be the first character of the file";
      }
      if (code == '.' && rest.contains("expected a valid value")) {
        return "the file is not valid JSON: a number must have a digit before its decimal point (write 0.5, not .5)";
      }
      if (code == '}' && rest.contains("double-quote to start field name")) {
        return "the file is not valid JSON: a comma before '}' (JSON allows no comma after an object's last entry)";
      }
      if (code == ']' && rest.contains("expected a valid value")) {
        return "the file is not valid JSON: a comma before ']' (JSON allows no comma after an array's last item)";
      }
      if (rest.contains("double-quote to start field name")) {
        return "the file is not valid JSON: keys must be in double quotes";
      }
      if (code < 0x21 || code > 0x7E) {
        return "the file is not valid JSON: unexpected character " + codePoint(code) + withoutSettings(rest);
      }
    }
    if (yaml) {
      String[][] names = {
          {"<block end>", "the end of an indented block"}, {"<block mapping start>", "an indented mapping"},
          {"<block sequence start>", "an indented list"}, {"<block mapping end>", "the end of an indented mapping"},
          {"<flow mapping end>", "}"}, {"<flow sequence end>", "]"}, {"<document start>", "---"},
          {"<document end>", "..."}};
      for (String[] name : names) {
        words = words.replace("'" + name[0] + "'", name[1]).replace(name[0], name[1]);
      }
    }
    words = withoutCodes(words).replaceAll("\\s*\\(for [^)]*\\)", "");
    int newline = words.indexOf('\n');
    String firstLine = newline < 0 ? words : words.substring(0, newline);
    return "the file is not valid " + syntax + ": " + withoutSettings(firstLine);
  }

  /** A message without Jackson's character codes: {@code (code 113)}, {@code (code 65533 / 0xfffd)}. */
  private static String withoutCodes(String words) {
    return words.replaceAll(" \\(code [^)]*\\)", "");
  }

  /** A message without the names of parser settings that it may suggest enabling. */
  private static String withoutSettings(String words) {
    return words.replaceAll("\\s*[:;(]?\\s*(enable|disable)\\s+`[^`]*`[^)]*\\)?", "")
        .replaceAll("\\s*\\([^()]*(Feature|`)[^()]*\\)", "")
        .replaceAll("`[A-Za-z.]*Feature[A-Za-z._]*`", "")
        .strip();
  }

  /**
   * SnakeYAML's places are code points from the start; the tree's are characters. In text with no
   * character beyond the Basic Multilingual Plane they are the same.
   */
  private static final class CodePoints {
    static final CodePoints NONE = new CodePoints(new int[0]);

    /** The code point index of each character beyond the Basic Multilingual Plane, in order. */
    private final int[] wide;

    private CodePoints(int[] wide) {
      this.wide = wide;
    }

    static CodePoints of(String text) {
      int count = 0;
      for (int i = 0; i < text.length(); i++) {
        if (Character.isHighSurrogate(text.charAt(i))) {
          count++;
        }
      }
      if (count == 0) {
        return NONE;
      }
      int[] wide = new int[count];
      int n = 0;
      int codePoint = 0;
      for (int i = 0; i < text.length(); i++, codePoint++) {
        if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          wide[n++] = codePoint;
          i++;
        }
      }
      return new CodePoints(Arrays.copyOf(wide, n));
    }

    /** The character index of code point {@code index}. */
    int toChars(int index) {
      if (wide.length == 0) {
        return index;
      }
      int before = Arrays.binarySearch(wide, index);
      return index + (before >= 0 ? before : -before - 1);
    }
  }
}

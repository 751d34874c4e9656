package org.kcsp.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.Problem;

/**
 * A JSON or YAML file parsed exactly as strictly as a record ({@link RecordReader}): valid UTF-8,
 * nothing after the document, no key twice in an object, no YAML tags or aliases, bounded depth,
 * strings and lines. For kcsp's other formats read from files, such as the rules module's
 * policies, which bind their own keys on top of it; a record is read with {@link RecordReader}.
 *
 * <pre>{@code
 * Document.Value root = Document.read(Path.of("safer-maidstone.yaml"), 1024 * 1024, "policy").root();
 * for (String key : root.keys()) { ... root.get(key) ... }
 * }</pre>
 */
public final class Document {

  private final Tree tree;

  private Document(Tree tree) {
    this.tree = tree;
  }

  /**
   * Reads and parses the file at {@code file}, JSON or YAML by its ending ({@code .json}, {@code
   * .yaml}, {@code .yml}).
   *
   * @param maxBytes the largest file read
   * @param what what the file holds, for messages: {@code "policy"}
   * @throws InvalidRecordException naming the file, with every problem of syntax found (its path,
   *     line and column), if it cannot be read or parsed
   */
  public static Document read(Path file, int maxBytes, String what) {
    String source = file.toString();
    Path name = file.getFileName();
    RecordReader.Syntax syntax = name == null ? null : RecordReader.Syntax.ofFileName(name.toString());
    if (syntax == null) {
      throw invalid(source, "the file name must end in .json, .yaml or .yml");
    }
    if (Files.isDirectory(file)) {
      throw invalid(source, "a directory, not a file");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(maxBytes + 1);
    } catch (NoSuchFileException e) {
      throw invalid(source, "there is no such file");
    } catch (IOException e) {
      throw invalid(source, "the file cannot be read: " + e.getMessage());
    }
    if (bytes.length > maxBytes) {
      throw invalid(source, "the file is larger than " + maxBytes + " bytes, the most a " + what + " may be");
    }
    return parse(RecordReader.decode(bytes, source), syntax, source, what);
  }

  /**
   * Parses {@code text}.
   *
   * @param source what to call the text in messages, such as a file name
   * @param what what the text holds, for messages: {@code "policy"}
   * @throws InvalidRecordException with every problem of syntax found
   */
  public static Document parse(String text, RecordReader.Syntax syntax, String source, String what) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (body.isBlank()) {
      throw invalid(source, "the file is empty: it holds no " + what);
    }
    InvalidRecordException.Collector problems = new InvalidRecordException.Collector();
    Tree tree = null;
    try {
      tree = TreeParser.parse(body, syntax, problems);
    } catch (TreeParser.ParseFailure e) {
      problems.add(e.problem);
    }
    problems.throwIfAny(source, Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    return new Document(tree);
  }

  /** The value the document holds. */
  public Value root() {
    return new Value(tree, 0);
  }

  private static InvalidRecordException invalid(String source, String message) {
    return new InvalidRecordException(source, List.of(Problem.at("$", message)));
  }

  /** A value of the document: an object, an array, or a scalar with its text as written. */
  public static final class Value {

    /** What a value is. */
    public enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    private final Tree tree;
    private final int index;

    private Value(Tree tree, int index) {
      this.tree = tree;
      this.index = index;
    }

    public Kind kind() {
      return switch (tree.kind(index)) {
        case Tree.MAPPING -> Kind.OBJECT;
        case Tree.SEQUENCE -> Kind.ARRAY;
        case Tree.STRING -> Kind.STRING;
        case Tree.INTEGER, Tree.DECIMAL -> Kind.NUMBER;
        case Tree.BOOLEAN -> Kind.BOOLEAN;
        default -> Kind.NULL;
      };
    }

    /** Whether it is a number written without a fraction or an exponent. */
    public boolean isInteger() {
      return tree.kind(index) == Tree.INTEGER;
    }

    /** Whether it is a YAML scalar written plain: neither quoted nor a block. */
    public boolean isPlainYaml() {
      Node node = tree.node(index);
      return node instanceof Node.Scalar scalar && scalar.isPlainYaml();
    }

    /** The text of a scalar: as written for a number or a boolean, as read for a string. */
    public String text() {
      if (tree.isContainer(index)) {
        throw new IllegalStateException("an object or array has no text");
      }
      return tree.text(index);
    }

    /** What a person would call it, for messages: {@code the string "x"}, {@code an object}. */
    public String describe() {
      return tree.node(index).describe();
    }

    /** The line of where it starts, from 1. */
    public int line() {
      return tree.placeOf(index)[0];
    }

    /** The column of where it starts, from 1. */
    public int column() {
      return tree.placeOf(index)[1];
    }

    /** The keys of an object, in the file's order; none for any other value. */
    public List<String> keys() {
      List<String> keys = new ArrayList<>();
      if (tree.kind(index) == Tree.MAPPING) {
        for (int key = tree.firstKey(index); key >= 0; key = tree.nextKey(index, key)) {
          keys.add(tree.text(key));
        }
      }
      return keys;
    }

    /** The value of {@code key} of an object, or {@code null} when it has none. */
    public Value get(String key) {
      int at = tree.kind(index) == Tree.MAPPING ? tree.key(index, key) : -1;
      return at < 0 ? null : new Value(tree, tree.valueOf(at));
    }

    /** {@code {line, column}} of {@code key} itself in an object, or {@code null} when it has none. */
    public int[] placeOfKey(String key) {
      int at = tree.kind(index) == Tree.MAPPING ? tree.key(index, key) : -1;
      return at < 0 ? null : tree.placeOf(at);
    }

    /** The items of an array, in order; none for any other value. */
    public List<Value> items() {
      List<Value> items = new ArrayList<>();
      if (tree.kind(index) == Tree.SEQUENCE) {
        for (int item = tree.firstItem(index); item >= 0; item = tree.nextItem(index, item)) {
          items.add(new Value(tree, item));
        }
      }
      return items;
    }
  }
}

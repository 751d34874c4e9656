package org.kcsp.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The place of a value in a record: a list of segments from the root, each a key of an object or
 * an index into an array. It is what a {@link Problem} points at, and what an evidence gap asks to
 * be recorded.
 *
 * <pre>{@code
 * RecordPath items = RecordPath.ROOT.key("meetings").index(3).key("items");
 * items.toString();           // $.meetings[3].items
 * items.parent();             // $.meetings[3]
 * RecordPath.ROOT.key("a.b")  // $["a.b"]
 * }</pre>
 *
 * <p>{@link #toString()} writes it as a JSONPath (RFC 9535): {@code $}, then {@code .key} for a
 * key made of ASCII letters, digits and {@code _} that does not start with a digit (every key of
 * the record format), {@code ["key"]} for any other key, written as a JSON string (a quote,
 * backslash, control or invisible character as its escape), and {@code [3]} for an index. So
 * every key reads back as it is, whatever it holds ({@link #parse}). Values are immutable and
 * compare by their segments; extending a path shares its parent, so building the paths of a
 * whole record costs one small object a segment.
 */
public final class RecordPath {

  /** The record itself: {@code $}. */
  public static final RecordPath ROOT = new RecordPath(null, null, -1);

  private final RecordPath parent;
  private final String key;
  private final int index;
  private final int depth;

  private RecordPath(RecordPath parent, String key, int index) {
    this.parent = parent;
    this.key = key;
    this.index = index;
    this.depth = parent == null ? 0 : parent.depth + 1;
  }

  /** One step of a path: a {@link Key} or an {@link Index}. */
  public sealed interface Segment permits Key, Index {}

  /** A key of an object, such as {@code grants}. */
  public record Key(String name) implements Segment {
    public Key {
      Objects.requireNonNull(name, "name");
    }
  }

  /** An index into an array, from 0. */
  public record Index(int index) implements Segment {
    public Index {
      if (index < 0) {
        throw new IllegalArgumentException("an index must not be negative, got " + index);
      }
    }
  }

  /** This path, then the key {@code name}. */
  public RecordPath key(String name) {
    return new RecordPath(this, Objects.requireNonNull(name, "name"), -1);
  }

  /** This path, then the index {@code index}, from 0. */
  public RecordPath index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("an index must not be negative, got " + index);
    }
    return new RecordPath(this, null, index);
  }

  /** This path, then every segment of {@code rest}: {@code $.grants[0]} then {@code $.amount} is {@code $.grants[0].amount}. */
  public RecordPath resolve(RecordPath rest) {
    RecordPath path = this;
    for (Segment segment : rest.segments()) {
      path = path.then(segment);
    }
    return path;
  }

  private RecordPath then(Segment segment) {
    return segment instanceof Key k ? key(k.name()) : index(((Index) segment).index());
  }

  /** Whether this is {@link #ROOT}. */
  public boolean isRoot() {
    return parent == null;
  }

  /**
   * The path without its last segment.
   *
   * @throws IllegalStateException for {@link #ROOT}, which has no parent
   */
  public RecordPath parent() {
    if (parent == null) {
      throw new IllegalStateException("$ is the root of the record: it has no parent");
    }
    return parent;
  }

  /** The last segment, or empty for {@link #ROOT}. */
  public Optional<Segment> last() {
    return parent == null ? java.util.Optional.empty() : java.util.Optional.of(segment());
  }

  /** The key this path ends with, such as {@code amount} for {@code $.grants[0].amount}; empty when it ends with an index or is the root. */
  public Optional<String> lastKey() {
    return java.util.Optional.ofNullable(key);
  }

  private Segment segment() {
    return key != null ? new Key(key) : new Index(index);
  }

  /** The segments from the root, in order; empty for {@link #ROOT}. */
  public List<Segment> segments() {
    List<Segment> segments = new ArrayList<>(depth);
    for (RecordPath path = this; path.parent != null; path = path.parent) {
      segments.add(path.segment());
    }
    Collections.reverse(segments);
    return Collections.unmodifiableList(segments);
  }

  /** How many segments it has: 0 for {@link #ROOT}. */
  public int depth() {
    return depth;
  }

  /**
   * Reads a path written as {@link #toString()} writes it. For paths written by hand it also reads
   * {@code .key} whatever the key holds, up to the next {@code .} or {@code [}: {@code
   * $.grants[0].amount}, {@code $["a.b"][2]}, {@code $.na\u200Bme}.
   *
   * @throws IllegalArgumentException if the text is not such a path
   */
  public static RecordPath parse(String text) {
    Objects.requireNonNull(text, "text");
    if (!text.startsWith("$")) {
      throw new IllegalArgumentException("a path starts with $, got " + Problem.quote(text));
    }
    RecordPath path = ROOT;
    int i = 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '.') {
        int end = i + 1;
        while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
          end++;
        }
        path = path.key(text.substring(i + 1, end));
        i = end;
      } else if (c == '[' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
        StringBuilder name = new StringBuilder();
        int end = readString(text, i + 1, name);
        if (end >= text.length() || text.charAt(end) != ']') {
          throw new IllegalArgumentException("a quoted key must be followed by ], in " + Problem.quote(text));
        }
        path = path.key(name.toString());
        i = end + 1;
      } else if (c == '[') {
        int end = text.indexOf(']', i);
        String digits = end < 0 ? "" : text.substring(i + 1, end);
        if (!digits.matches("0|[1-9][0-9]{0,8}")) {
          throw new IllegalArgumentException("an index must be a whole number in [], in " + Problem.quote(text));
        }
        path = path.index(Integer.parseInt(digits));
        i = end + 1;
      } else {
        throw new IllegalArgumentException("a path goes on with . or [, in " + Problem.quote(text));
      }
    }
    return path;
  }

  /** Reads the JSON string starting at the quote at {@code start} into {@code out}; the index after its closing quote. */
  private static int readString(String text, int start, StringBuilder out) {
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"') {
        return i + 1;
      }
      if (c == '\\' && i + 1 < text.length()) {
        char e = text.charAt(i + 1);
        switch (e) {
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case '/' -> out.append('/');
          case '"', '\\' -> out.append(e);
          case 'u' -> {
            if (i + 6 > text.length()) {
              throw new IllegalArgumentException("a \\u escape needs four hex digits, in " + Problem.quote(text));
            }
            try {
              out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
            } catch (NumberFormatException ex) {
              throw new IllegalArgumentException("a \\u escape needs four hex digits, in " + Problem.quote(text));
            }
            i += 4;
          }
          default -> throw new IllegalArgumentException("\\" + e + " is no escape, in " + Problem.quote(text));
        }
        i += 2;
      } else {
        out.append(c);
        i++;
      }
    }
    throw new IllegalArgumentException("a quoted key is not closed, in " + Problem.quote(text));
  }

  /** The JSONPath of this path, as the class comment says: {@code $.grants[0].projects[3]}, {@code $["a.b"]}. */
  @Override
  public String toString() {
    return format(UnaryOperator.identity());
  }

  /** The path written with each key first passed through {@code keyText} (a {@link Problem} shortens long keys). */
  String format(UnaryOperator<String> keyText) {
    StringBuilder text = new StringBuilder("$");
    for (Segment segment : segments()) {
      if (segment instanceof Key k) {
        String name = keyText.apply(k.name());
        if (isPlain(name)) {
          text.append('.').append(name);
        } else {
          text.append('[');
          quote(name, text);
          text.append(']');
        }
      } else {
        text.append('[').append(((Index) segment).index()).append(']');
      }
    }
    return text.toString();
  }

  /** A key written after a dot: ASCII letters, digits and underscores, not starting with a digit. */
  private static boolean isPlain(String name) {
    if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
        return false;
      }
    }
    return true;
  }

  /** {@code name} as a JSON string: every character {@link Printable} escapes is escaped, and so are quotes and backslashes. */
  private static void quote(String name, StringBuilder out) {
    out.append('"').append(Printable.jsonString(name)).append('"');
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof RecordPath that) || that.depth != depth) {
      return false;
    }
    RecordPath a = this;
    RecordPath b = that;
    while (a.parent != null) {
      if (a.index != b.index || !Objects.equals(a.key, b.key)) {
        return false;
      }
      a = a.parent;
      b = b.parent;
    }
    return true;
  }

  @Override
  public int hashCode() {
    int hash = 1;
    for (RecordPath path = this; path.parent != null; path = path.parent) {
      hash = 31 * hash + (path.key != null ? path.key.hashCode() : path.index);
    }
    return hash;
  }
}

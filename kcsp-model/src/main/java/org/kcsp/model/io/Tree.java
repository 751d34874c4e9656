package org.kcsp.model.io;

import java.util.Arrays;

/**
 * A parsed JSON or YAML document, held in a few bytes a value: the reader's memory stays a small
 * multiple of the file whatever its shape (docs/robustness.md gives the measured multiple).
 *
 * <p>Each value and each key is one {@code long}, an <em>entry</em>, in document order: an
 * object's entries are its keys, each followed by its value's entries; an array's are its items'.
 * A text is not copied: the entry holds where it starts in the source and how long it is. Only a
 * text that differs from what the source holds there (a JSON string with escapes, a folded or
 * block YAML scalar) is copied into one shared buffer, and its entry is followed by a second one
 * giving its place in the source. An object or array entry holds its place and the index of the
 * entry after its last one, so that a reader can step over it. Entries are kept in chunks that
 * are never copied as the tree grows. Lines and columns are worked out from source offsets only
 * when asked for (for a problem), from a checkpoint every {@value #CHECKPOINT} characters.
 *
 * <p>{@link Node} gives the views the binder reads through.
 */
final class Tree {

  static final int MAPPING = 0;
  static final int SEQUENCE = 1;
  static final int STRING = 2;
  static final int INTEGER = 3;
  static final int DECIMAL = 4;
  static final int BOOLEAN = 5;
  static final int NULL = 6;
  static final int KEY = 7;

  private static final int KIND_SHIFT = 61;
  private static final long COOKED = 1L << 60;
  private static final long QUOTED = 1L << 59;
  private static final int FIELD_BITS = 25;
  private static final long FIELD_MASK = (1L << FIELD_BITS) - 1;

  private static final int CHUNK_BITS = 12;
  private static final int CHUNK = 1 << CHUNK_BITS;

  /** Characters between two checkpoints of lines and columns. */
  static final int CHECKPOINT = 4096;

  /** The text parsed, after its byte order mark. */
  final String source;

  /** Whether it was YAML: some messages say how YAML reads a value. */
  final boolean yaml;

  private long[][] chunks = new long[4][];
  private int size;
  private final StringBuilder cooked = new StringBuilder();

  /** Line and column at each checkpoint, built when first asked for. */
  private int[] checkpointLines;
  private int[] checkpointColumns;

  /** The last item looked up by position in an array, to look up the next from there. */
  private int lastSequence = -1;
  private int lastOrdinal;
  private int lastItem;

  Tree(String source, boolean yaml) {
    this.source = source;
    this.yaml = yaml;
  }

  // ---- building

  /** Starts an object or array at source offset {@code at}: its end is set by {@link #close}. */
  int open(int kind, int at) {
    return append((long) kind << KIND_SHIFT | (long) at << FIELD_BITS);
  }

  /** Ends the object or array that {@link #open} started. */
  void close(int container) {
    set(container, entry(container) & ~FIELD_MASK | size);
  }

  /**
   * Adds a scalar or key whose text is {@code text}, found at source offset {@code at} (for a
   * quoted text, its opening quote). Kept as a place in the source when the source holds that
   * text there, else copied.
   */
  int add(int kind, int at, CharSequence text) {
    long head = (long) kind << KIND_SHIFT;
    int length = text.length();
    if (holds(at, text)) {
      return append(head | (long) at << FIELD_BITS | length);
    }
    if (source.length() > at && (source.charAt(at) == '"' || source.charAt(at) == '\'') && holds(at + 1, text)) {
      return append(head | QUOTED | (long) (at + 1) << FIELD_BITS | length);
    }
    int index = append(head | COOKED | (long) cooked.length() << FIELD_BITS | length);
    cooked.append(text);
    append((long) at << FIELD_BITS);
    return index;
  }

  private boolean holds(int at, CharSequence text) {
    int length = text.length();
    if (at < 0 || at + length > source.length()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (source.charAt(at + i) != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private int append(long entry) {
    int chunk = size >>> CHUNK_BITS;
    if (chunk == chunks.length) {
      chunks = Arrays.copyOf(chunks, chunks.length * 2);
    }
    if (chunks[chunk] == null) {
      chunks[chunk] = new long[CHUNK];
    }
    chunks[chunk][size & (CHUNK - 1)] = entry;
    return size++;
  }

  private long entry(int index) {
    return chunks[index >>> CHUNK_BITS][index & (CHUNK - 1)];
  }

  private void set(int index, long entry) {
    chunks[index >>> CHUNK_BITS][index & (CHUNK - 1)] = entry;
  }

  // ---- reading

  int kind(int index) {
    return (int) (entry(index) >>> KIND_SHIFT);
  }

  boolean isContainer(int index) {
    return kind(index) <= SEQUENCE;
  }

  /** The index of the entry after this one and everything inside it. */
  int next(int index) {
    long entry = entry(index);
    if (kind(index) <= SEQUENCE) {
      return (int) (entry & FIELD_MASK);
    }
    return index + ((entry & COOKED) != 0 ? 2 : 1);
  }

  /** The end of an object or array: the index after its last entry. */
  int end(int container) {
    return (int) (entry(container) & FIELD_MASK);
  }

  /** The source offset of the value or key: for a quoted text, its opening quote. */
  int offset(int index) {
    long entry = entry(index);
    if ((entry & COOKED) != 0) {
      return (int) (entry(index + 1) >>> FIELD_BITS & FIELD_MASK);
    }
    int at = (int) (entry >>> FIELD_BITS & FIELD_MASK);
    return (entry & QUOTED) != 0 ? at - 1 : at;
  }

  /** The text of a scalar or key. */
  String text(int index) {
    long entry = entry(index);
    int start = (int) (entry >>> FIELD_BITS & FIELD_MASK);
    int length = (int) (entry & FIELD_MASK);
    return (entry & COOKED) != 0 ? cooked.substring(start, start + length) : source.substring(start, start + length);
  }

  /** How long the text of a scalar or key is, without copying it. */
  int length(int index) {
    return (int) (entry(index) & FIELD_MASK);
  }

  /** The {@code i}th character of the text of a scalar or key. */
  char charAt(int index, int i) {
    long entry = entry(index);
    int start = (int) (entry >>> FIELD_BITS & FIELD_MASK);
    return (entry & COOKED) != 0 ? cooked.charAt(start + i) : source.charAt(start + i);
  }

  /** Whether the text of a scalar or key is {@code text}, without copying it. */
  boolean textEquals(int index, String text) {
    int length = length(index);
    if (length != text.length()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (charAt(index, i) != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether two keys have the same text. */
  boolean sameText(int a, int b) {
    int length = length(a);
    if (length != length(b)) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (charAt(a, i) != charAt(b, i)) {
        return false;
      }
    }
    return true;
  }

  /** The value that follows the key at {@code key}. */
  int valueOf(int key) {
    return next(key);
  }

  /** The first key of an object, or -1 when it has none. */
  int firstKey(int mapping) {
    return mapping + 1 < end(mapping) ? mapping + 1 : -1;
  }

  /** The key after {@code key} in {@code mapping}, or -1. */
  int nextKey(int mapping, int key) {
    int after = next(valueOf(key));
    return after < end(mapping) ? after : -1;
  }

  /** The key {@code name} of an object (its first, if it appears twice), or -1. */
  int key(int mapping, String name) {
    for (int key = firstKey(mapping); key >= 0; key = nextKey(mapping, key)) {
      if (textEquals(key, name)) {
        return key;
      }
    }
    return -1;
  }

  /** The first item of an array, or -1 when it is empty. */
  int firstItem(int sequence) {
    return sequence + 1 < end(sequence) ? sequence + 1 : -1;
  }

  /** The item after {@code item} in {@code sequence}, or -1. */
  int nextItem(int sequence, int item) {
    int after = next(item);
    return after < end(sequence) ? after : -1;
  }

  /**
   * The item at {@code ordinal} of an array, or -1. Walks from the item last looked up when it is
   * of the same array and not after this one, so that looking up items in order is linear.
   */
  int item(int sequence, int ordinal) {
    int at = 0;
    int item = firstItem(sequence);
    if (sequence == lastSequence && lastOrdinal <= ordinal) {
      at = lastOrdinal;
      item = lastItem;
    }
    for (; item >= 0 && at < ordinal; at++) {
      item = nextItem(sequence, item);
    }
    if (item >= 0) {
      lastSequence = sequence;
      lastOrdinal = ordinal;
      lastItem = item;
    }
    return item;
  }

  // ---- places

  /** {@code {line, column}}, from 1, of source offset {@code offset}. */
  int[] place(int offset) {
    if (checkpointLines == null) {
      checkpoints();
    }
    int checkpoint = Math.min(offset / CHECKPOINT, checkpointLines.length - 1);
    int line = checkpointLines[checkpoint];
    int column = checkpointColumns[checkpoint];
    for (int i = checkpoint * CHECKPOINT; i < offset && i < source.length(); i++) {
      if (isLineBreak(i)) {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }

  /** {@code {line, column}} of the value or key at {@code index}. */
  int[] placeOf(int index) {
    return place(offset(index));
  }

  /** A line ends at {@code \n}, at {@code \r\n}, and at a {@code \r} alone. */
  private boolean isLineBreak(int i) {
    char c = source.charAt(i);
    return c == '\n' || c == '\r' && (i + 1 == source.length() || source.charAt(i + 1) != '\n');
  }

  private void checkpoints() {
    int count = source.length() / CHECKPOINT + 1;
    checkpointLines = new int[count];
    checkpointColumns = new int[count];
    int line = 1;
    int column = 1;
    for (int i = 0; i <= source.length(); i++) {
      if (i % CHECKPOINT == 0) {
        checkpointLines[i / CHECKPOINT] = line;
        checkpointColumns[i / CHECKPOINT] = column;
      }
      if (i < source.length()) {
        if (isLineBreak(i)) {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
    }
  }

  /** A view of the value at {@code index}. */
  Node node(int index) {
    return switch (kind(index)) {
      case MAPPING -> new Node.Mapping(this, index);
      case SEQUENCE -> new Node.Sequence(this, index);
      case KEY -> throw new IllegalArgumentException("entry " + index + " is a key, not a value");
      default -> new Node.Scalar(this, index);
    };
  }
}

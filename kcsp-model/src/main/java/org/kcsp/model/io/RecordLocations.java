package org.kcsp.model.io;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.Location;
import org.kcsp.model.PartlyKnown;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.RecordPath;
import org.kcsp.model.internal.KeyFormat;
import org.kcsp.model.internal.ObjectFormat;
import org.kcsp.model.internal.RecordFormat;
import org.kcsp.model.internal.ValueType;

/**
 * Where the objects and arrays of one record are: for a record {@link RecordReader} read, the
 * file, by the name the reader was given, and the line and column of each object and array in it;
 * for a record built in code, or one made from a record read (every copy is another record), their
 * paths alone. Reports place each finding and evidence gap by it ({@link Location}).
 *
 * <pre>{@code
 * PartnershipRecord record = RecordReader.read(Path.of("kcsp.json"));
 * RecordLocations where = RecordLocations.of(record);
 * where.locate(RecordPath.parse("$.grants[0]"));                    // kcsp.json:40:5
 * where.locateNearest(RecordPath.parse("$.grants[0].projects"));    // the grant, when its projects are not recorded
 * }</pre>
 *
 * <p>The places are kept beside the record, not in it: records read from two files, or built in
 * code, are equal when their values are, wherever they came from. The reader notes the places of
 * each record it returns in a table that holds the record weakly, so a record no longer used takes
 * its places with it; that record itself, not an equal one, finds them.
 */
public final class RecordLocations {

  /** The places the reader noted, by the record it returned; entries go when their record is collected. */
  private static final Map<Object, RecordLocations> READ = new HashMap<>();
  private static final ReferenceQueue<PartnershipRecord> COLLECTED = new ReferenceQueue<>();

  private final String file;
  // line << 32 | column of each object and array, by path; null for a record built in code
  private final Map<RecordPath, Long> positions;
  // for a record built in code: its objects and arrays, found when first asked for
  private final PartnershipRecord built;
  private Set<RecordPath> containers;

  private RecordLocations(String file, Map<RecordPath, Long> positions, PartnershipRecord built) {
    this.file = file;
    this.positions = positions;
    this.built = built;
  }

  /**
   * The places of {@code record}: with its file, lines and columns when {@link RecordReader} read
   * this very record; else its paths alone.
   */
  public static RecordLocations of(PartnershipRecord record) {
    synchronized (READ) {
      forgetCollected();
      RecordLocations read = READ.get(new Held(record, null));
      if (read != null) {
        return read;
      }
    }
    return new RecordLocations(null, null, record);
  }

  /** Notes where the objects and arrays of {@code record}, just read from {@code tree}, are in the file {@code file}. */
  static void remember(PartnershipRecord record, String file, Tree tree) {
    RecordLocations locations = new RecordLocations(file, Positions.of(tree), null);
    synchronized (READ) {
      forgetCollected();
      READ.put(new Held(record, COLLECTED), locations);
    }
  }

  /** Where a place of a copy was in the text it was copied from, as {@code line << 32 | column}; 0 if not known. */
  interface Origin {
    long place(int line, int column);
  }

  /** Moves the places noted for {@code record}, read from a copy of another text, to where they were in that text. */
  static void relocate(PartnershipRecord record, Origin origin) {
    synchronized (READ) {
      Held held = new Held(record, null);
      RecordLocations copied = READ.get(held);
      if (copied == null || copied.positions == null) {
        return;
      }
      Map<RecordPath, Long> moved = new HashMap<>();
      copied.positions.forEach((path, position) ->
          moved.put(path, origin.place((int) (position >>> 32), (int) (position & 0xFFFFFFFFL))));
      READ.replace(held, new RecordLocations(copied.file, moved, null));
    }
  }

  private static void forgetCollected() {
    for (Object gone = COLLECTED.poll(); gone != null; gone = COLLECTED.poll()) {
      READ.remove(gone);
    }
  }

  /** The file the record was read from, by the name the reader was given; empty for a record built in code. */
  public Optional<String> file() {
    return Optional.ofNullable(file);
  }

  /** Whether the record holds an object or array at {@code path}. */
  public boolean holds(RecordPath path) {
    if (positions != null) {
      return positions.containsKey(path);
    }
    synchronized (this) {
      if (containers == null) {
        containers = Containers.of(built);
      }
      return containers.contains(path);
    }
  }

  /**
   * {@code path}, with the file, and the line and column when the record holds an object or array
   * there and was read from a file.
   */
  public Location locate(RecordPath path) {
    if (file == null) {
      return Location.of(path);
    }
    Long position = positions.get(path);
    return position == null ? Location.in(file, path, 0, 0)
        : Location.in(file, path, (int) (position >>> 32), (int) (position & 0xFFFFFFFFL));
  }

  /**
   * The nearest object or array at or above {@code path} that the record holds, located: where
   * something missing at {@code path} would be recorded. {@code $.grants[0].projects[4].amount}
   * is located at the project; {@code $.meetings}, when the record leaves its meetings out, at the
   * record's root.
   */
  public Location locateNearest(RecordPath path) {
    RecordPath at = path;
    while (!at.isRoot() && !holds(at)) {
      at = at.parent();
    }
    return locate(at);
  }

  /** A record, held weakly, compared by identity: equal records read from two files are two entries. */
  private static final class Held extends WeakReference<PartnershipRecord> {
    private final int hash;

    Held(PartnershipRecord record, ReferenceQueue<PartnershipRecord> queue) {
      super(record, queue);
      this.hash = System.identityHashCode(record);
    }

    @Override
    public boolean equals(Object other) {
      if (this == other) {
        return true;
      }
      PartnershipRecord record = get();
      return record != null && other instanceof Held that && that.get() == record;
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /**
   * The line and column of every object and array of a tree, found in one pass through the source:
   * the tree's entries are in the order of the source, so each place is found by counting on from
   * the one before.
   */
  private static final class Positions {
    private final Tree tree;
    private final Map<RecordPath, Long> found = new HashMap<>();
    private int offset;
    private int line = 1;
    private int column = 1;

    private Positions(Tree tree) {
      this.tree = tree;
    }

    static Map<RecordPath, Long> of(Tree tree) {
      Positions positions = new Positions(tree);
      positions.container(0, RecordPath.ROOT, tree.offset(0));
      return positions.found;
    }

    /** Notes the object or array at {@code index}, placed at {@code at}, and everything in it. */
    private void container(int index, RecordPath path, int at) {
      found.put(path, place(at));
      if (tree.kind(index) == Tree.MAPPING) {
        for (int key = tree.firstKey(index); key >= 0; key = tree.nextKey(index, key)) {
          int value = tree.valueOf(key);
          if (tree.isContainer(value)) {
            // an object or array in an object is placed at its key, as the reader places problems
            container(value, path.key(tree.text(key)), tree.offset(key));
          }
        }
      } else {
        int ordinal = 0;
        for (int item = tree.firstItem(index); item >= 0; item = tree.nextItem(index, item), ordinal++) {
          if (tree.isContainer(item)) {
            container(item, path.index(ordinal), tree.offset(item));
          }
        }
      }
    }

    private long place(int at) {
      if (at < offset) {
        int[] place = tree.place(at);
        return (long) place[0] << 32 | place[1];
      }
      String source = tree.source;
      for (; offset < at && offset < source.length(); offset++) {
        char c = source.charAt(offset);
        if (c == '\n' || c == '\r' && (offset + 1 == source.length() || source.charAt(offset + 1) != '\n')) {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      return (long) line << 32 | column;
    }
  }

  /** The paths of every object and array of a record built in code: what {@link RecordWriter} would write. */
  private static final class Containers {
    private final FormatVersion version;
    private final Set<RecordPath> found = new HashSet<>();

    private Containers(FormatVersion version) {
      this.version = version;
    }

    static Set<RecordPath> of(PartnershipRecord record) {
      Containers containers = new Containers(record.format());
      containers.found.add(RecordPath.ROOT);
      containers.keys(RecordFormat.RECORD, record, RecordPath.ROOT);
      return containers.found;
    }

    private <T> void keys(ObjectFormat<T> format, T value, RecordPath path) {
      List<String> unknown = value instanceof PartlyKnown known ? known.unknown() : List.of();
      Set<String> notRecorded = value instanceof PartlyKnown known ? known.notRecorded() : Set.of();
      for (KeyFormat<T> key : format.keys(version)) {
        if (unknown.contains(key.name()) || notRecorded.contains(key.name())) {
          continue;
        }
        switch (key.shape()) {
          case SINGLE -> key.value(value).ifPresent(single -> value(key.type(), single, path.key(key.name())));
          case LIST -> {
            List<?> list = key.list(value).orElseThrow();
            if (!list.isEmpty() || key.isRequired(version) || key.isEvidence() && version.includes(FormatVersion.V2)) {
              value(key.type(), list, path.key(key.name()));
            }
          }
          default -> key.list(value).ifPresent(list -> value(key.type(), list, path.key(key.name())));
        }
      }
    }

    @SuppressWarnings("unchecked")
    private void value(ValueType type, Object value, RecordPath path) {
      if (type.kind() == ValueType.Kind.OBJECT) {
        found.add(path);
        keys((ObjectFormat<Object>) type.object(), value, path);
      } else if (type.kind() == ValueType.Kind.LIST) {
        found.add(path);
        List<?> list = (List<?>) value;
        for (int i = 0; i < list.size(); i++) {
          value(type.element(), list.get(i), path.index(i));
        }
      }
    }
  }
}

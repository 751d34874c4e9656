package org.kcsp.model.io;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Project;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.Problem;
import org.kcsp.model.RecordPath;
import org.kcsp.model.internal.KeyFormat;
import org.kcsp.model.internal.Markers;
import org.kcsp.model.internal.ObjectFormat;
import org.kcsp.model.internal.RecordFormat;
import org.kcsp.model.internal.ValueType;

/**
 * Turns a parsed tree into a {@link PartnershipRecord} by following the record format's
 * description ({@link RecordFormat}): it finds every problem of form (types, missing and unknown
 * keys, formats, each value's own invariants) before the record's structure (ids and references)
 * is checked.
 */
final class RecordBinder {

  /** The versions this reader reads. */
  static final List<FormatVersion> READABLE = List.of(FormatVersion.V1, FormatVersion.V2);

  private final Node root;
  private final InvalidRecordException.Collector problems;
  private FormatVersion version = FormatVersion.V1;
  /** Values of required keys that a file may leave out, by key: the status of a proposed project. */
  private Map<String, Object> defaults = Map.of();

  private RecordBinder(Node root, InvalidRecordException.Collector problems) {
    this.root = root;
    this.problems = problems;
  }

  /**
   * The record of {@code tree}, or {@code null} when it has problems, which are then added to
   * {@code problems} (and so is any there already: then nothing is built).
   */
  static PartnershipRecord bind(Tree tree, InvalidRecordException.Collector problems) {
    return new RecordBinder(tree.node(0), problems).record();
  }

  private PartnershipRecord record() {
    if (!(root instanceof Node.Mapping)) {
      int[] at = root.place();
      problems.add(new Problem(RecordPath.ROOT, "a record must be an object, got " + root.describe(), at[0], at[1]));
      return null;
    }
    ObjectFormat<PartnershipRecord> format = RecordFormat.RECORD;
    // the version decides which keys are allowed: a format that names none is read as the latest
    Node named = ((Node.Mapping) root).get(RecordFormat.FORMAT);
    version = named instanceof Node.Scalar scalar && scalar.isString()
        ? FormatVersion.ofId(scalar.text()).filter(READABLE::contains).orElse(latest())
        : latest();
    Fields f = fields(format, root, RecordPath.ROOT, RecordFormat.FORMAT, RecordFormat.SCHEMA);
    f.version(RecordFormat.FORMAT, READABLE);
    Object builder = keys(format, f, root, RecordPath.ROOT);
    ((PartnershipRecord.Builder) builder).format(version);
    if (!problems.isEmpty()) {
      return null;
    }
    try {
      return format.build(builder);
    } catch (InvalidRecordException e) {
      addLocated(e, root, RecordPath.ROOT);
      return null;
    }
  }

  /**
   * The project of {@code tree}, as it would stand in a grant's projects of a record of {@code
   * version}, its status {@code PROPOSED} when the file gives none; or {@code null} when it has
   * problems, which are then added to {@code problems}.
   */
  static Project bindProposedProject(Tree tree, FormatVersion version, InvalidRecordException.Collector problems) {
    RecordBinder binder = new RecordBinder(tree.node(0), problems);
    binder.version = version;
    binder.defaults = Map.of("status", ProjectStatus.PROPOSED);
    return binder.object(RecordFormat.PROJECT, binder.root, RecordPath.ROOT);
  }

  private static FormatVersion latest() {
    return READABLE.get(READABLE.size() - 1);
  }

  /** The keys of the object at {@code node}, checked to be keys of {@code format} (or {@code extra}). */
  private Fields fields(ObjectFormat<?> format, Node node, RecordPath path, String... extra) {
    List<String> allowed = new ArrayList<>(List.of(extra));
    List<String> later = new ArrayList<>();
    for (KeyFormat<?> key : format.keys()) {
      (key.isIn(version) ? allowed : later).add(key.name());
    }
    (version.includes(FormatVersion.V2) ? allowed : later).add(RecordFormat.UNKNOWN);
    return Fields.of(node, path, problems, version, allowed, later);
  }

  /** The object at {@code node}, read as {@code format} describes it; {@code null} when it has problems. */
  private <T> T object(ObjectFormat<T> format, Node node, RecordPath path) {
    int before = problems.total();
    Fields f = fields(format, node, path);
    if (f == null) {
      return null;
    }
    Object builder = keys(format, f, node, path);
    return build(node, path, before, () -> format.build(builder));
  }

  /**
   * A builder holding every key of {@code format} that {@code f} gives without a problem and, in
   * version 2, the evidence keys it leaves out (not recorded) and those it names in {@code
   * unknown}.
   */
  private <T> Object keys(ObjectFormat<T> format, Fields f, Node node, RecordPath path) {
    Object builder = format.newBuilder();
    Set<String> notRecorded = new LinkedHashSet<>();
    for (KeyFormat<T> key : format.keys(version)) {
      Object value = value(key, f);
      if (value == null && !f.has(key.name())) {
        value = defaults.get(key.name());
      }
      if (value != null) {
        key.set(builder, value);
      }
      if (key.isEvidence() && version.includes(FormatVersion.V2) && !f.has(key.name())) {
        notRecorded.add(key.name());
      }
    }
    if (version.includes(FormatVersion.V2)) {
      List<String> unknown = f.has(RecordFormat.UNKNOWN)
          ? f.list(RecordFormat.UNKNOWN, f.element(ValueType.TEXT)).stream().map(String.class::cast).toList()
          : List.of();
      // whether a key is given is the file's to say: a key with a default holds one even when absent
      List<Problem> wrong = Markers.unknown(format, unknown, key -> f.has(key.name()));
      if (!wrong.isEmpty()) {
        addLocated(new InvalidRecordException(wrong), node, path);
      } else if (format.isPartlyKnown()) {
        format.setNotRecorded(builder, notRecorded);
        format.setUnknown(builder, unknown);
      }
    }
    return builder;
  }

  /** The value of {@code key}, or {@code null} when it is absent or in error. */
  private Object value(KeyFormat<?> key, Fields f) {
    ValueType type = key.type();
    String name = key.name();
    boolean required = key.isRequired(version) && !defaults.containsKey(name);
    switch (key.shape()) {
      case SINGLE -> {
        if (type.kind() == ValueType.Kind.OBJECT) {
          Fields.Element<?> reader = (node, path) -> object(type.object(), node, path);
          return required ? f.requiredObject(name, reader) : f.object(name, reader).orElse(null);
        }
        return required ? f.required(name, type) : f.optional(name, type).orElse(null);
      }
      case LIST -> {
        return required ? f.requiredList(name, element(type.element(), f)) : f.list(name, element(type.element(), f));
      }
      default -> {
        return f.has(name) ? f.list(name, element(type.element(), f)) : null;
      }
    }
  }

  private Fields.Element<?> element(ValueType type, Fields f) {
    return type.kind() == ValueType.Kind.OBJECT ? (node, path) -> object(type.object(), node, path) : f.element(type);
  }

  /**
   * Builds one value (the one at {@code node}) when its keys were read without problems; the
   * value's own invariants are reported under its path.
   */
  private <T> T build(Node node, RecordPath path, int problemsBefore, Supplier<T> builder) {
    if (problems.total() > problemsBefore) {
      return null;
    }
    try {
      return builder.get();
    } catch (InvalidRecordException e) {
      addLocated(e, node, path);
      return null;
    }
  }

  /** The problems of the value at {@code node}, each at the place of the value its path names, under {@code path}. */
  private void addLocated(InvalidRecordException e, Node node, RecordPath path) {
    for (Problem problem : e.problems()) {
      if (problems.isFull()) {
        problems.count();
      } else {
        problems.add(located(node, problem, path));
      }
    }
    problems.count(e.omitted());
  }

  /** A problem of the value at {@code node}, with its path under {@code path} and the place of the value it names. */
  private static Problem located(Node node, Problem problem, RecordPath path) {
    int[] at = Locator.locate(node, problem.recordPath());
    return new Problem(path.resolve(problem.recordPath()), problem.message(), at[0], at[1]);
  }
}

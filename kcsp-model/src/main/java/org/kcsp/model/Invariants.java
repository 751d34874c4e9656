package org.kcsp.model;

import java.time.LocalDate;
import org.kcsp.model.internal.KeyFormat;
import org.kcsp.model.internal.Markers;
import org.kcsp.model.internal.ObjectFormat;
import org.kcsp.model.internal.RecordFormat;

/**
 * Collects the structural problems of one value, then throws them together. A problem's path is
 * from the value itself: a key of it ({@code "existsUntil"}, which is {@code $.existsUntil}) or a
 * {@link RecordPath}; the reader puts it under the value's own path.
 */
final class Invariants {

  private final InvalidRecordException.Collector problems = new InvalidRecordException.Collector();

  Invariants notBlank(String key, String value) {
    if (value.isBlank()) {
      problems.add(Problem.at(RecordPath.ROOT.key(key), key + " must not be empty"));
    }
    return this;
  }

  Invariants notAfter(String earlierKey, LocalDate earlier, String laterKey, LocalDate later) {
    if (earlier != null && later != null && earlier.isAfter(later)) {
      problems.add(Problem.at(RecordPath.ROOT.key(laterKey),
          laterKey + " (" + later + ") must not be before " + earlierKey + " (" + earlier + ")"));
    }
    return this;
  }

  Invariants inRange(String key, int value, int min, int max) {
    if (value < min || value > max) {
      problems.add(Problem.at(RecordPath.ROOT.key(key), key + " must be from " + min + " to " + max + ", got " + value));
    }
    return this;
  }

  Invariants require(boolean condition, String key, String message) {
    return require(condition, RecordPath.ROOT.key(key), message);
  }

  Invariants require(boolean condition, RecordPath path, String message) {
    if (!condition) {
      problems.add(Problem.at(path, message));
    }
    return this;
  }

  /**
   * The checks the record format's description makes of {@code value}: its ids and names not
   * blank, and what it says is not recorded or unknown ({@link PartlyKnown}).
   */
  Invariants described(Object value) {
    ObjectFormat<Object> format = RecordFormat.of(value);
    for (KeyFormat<Object> key : format.keys()) {
      if (key.shape() == KeyFormat.Shape.SINGLE && key.type().nonBlank()) {
        key.value(value).ifPresent(text -> notBlank(key.name(), (String) text));
      }
    }
    if (value instanceof PartlyKnown known) {
      Markers.check(format, value, known.notRecorded(), known.unknown()).forEach(problems::add);
    }
    return this;
  }

  /** Adds a problem found elsewhere, such as by the record format's own checks. */
  Invariants add(Problem problem) {
    problems.add(problem);
    return this;
  }

  void throwIfAny() {
    problems.throwIfAny(null);
  }
}

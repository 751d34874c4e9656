package org.kcsp.model;

import java.time.LocalDate;

/** Collects the structural problems of one value, then throws them together. */
final class Invariants {

  private final InvalidRecordException.Collector problems = new InvalidRecordException.Collector();

  Invariants notBlank(String path, String value) {
    if (value.isBlank()) {
      problems.add(Problem.at(path, name(path) + " must not be empty"));
    }
    return this;
  }

  Invariants notAfter(String earlierPath, LocalDate earlier, String laterPath, LocalDate later) {
    if (earlier != null && later != null && earlier.isAfter(later)) {
      problems.add(
          Problem.at(
              laterPath,
              name(laterPath) + " (" + later + ") must not be before " + name(earlierPath) + " (" + earlier + ")"));
    }
    return this;
  }

  Invariants inRange(String path, int value, int min, int max) {
    if (value < min || value > max) {
      problems.add(
          Problem.at(path, name(path) + " must be from " + min + " to " + max + ", got " + value));
    }
    return this;
  }

  Invariants require(boolean condition, String path, String message) {
    if (!condition) {
      problems.add(Problem.at(path, message));
    }
    return this;
  }

  void throwIfAny() {
    problems.throwIfAny(null);
  }

  /** The key a path ends with: {@code existsUntil} for {@code $.existsUntil}. */
  static String name(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }
}

package org.kcsp.model.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.Problem;
import org.kcsp.model.RecordPath;
import org.kcsp.model.Spelling;

/**
 * The checks of what a value says is not recorded or unknown, against the record format: one home
 * for their messages, whether the value is read from a file or built in code. Paths are from the
 * value itself.
 */
public final class Markers {

  private Markers() {}

  /** The problems of {@code value}'s {@code notRecorded} and {@code unknown}. */
  public static <T> List<Problem> check(ObjectFormat<T> format, T value, Set<String> notRecorded, List<String> unknown) {
    List<Problem> problems = new ArrayList<>();
    for (String key : notRecorded) {
      KeyFormat<T> described = format.key(key).orElse(null);
      RecordPath path = RecordPath.ROOT.key(key);
      if (described == null || !described.isEvidence()) {
        problems.add(Problem.at(path, "notRecorded names " + Problem.quote(key) + ", which is not an evidence key of "
            + format.noun() + " (its evidence keys: " + format.evidenceKeys() + ")"));
      } else if (described.shape() == KeyFormat.Shape.SINGLE ? described.value(value).isPresent()
          : described.list(value).map(list -> !list.isEmpty()).orElse(false)) {
        problems.add(Problem.at(path, key + " is not recorded, so it must be "
            + (described.shape() == KeyFormat.Shape.SINGLE ? "absent" : "empty")));
      }
    }
    problems.addAll(unknown(format, unknown, described -> described.isGiven(value)));
    return problems;
  }

  /** The problems of an {@code unknown} list of an object of {@code format}, whose keys {@code given} says are given. */
  public static <T> List<Problem> unknown(ObjectFormat<T> format, List<String> unknown, Predicate<KeyFormat<T>> given) {
    List<Problem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < unknown.size(); i++) {
      String key = unknown.get(i);
      RecordPath path = RecordPath.ROOT.key(RecordFormat.UNKNOWN).index(i);
      Optional<String> wrong = seen.add(key) ? why(format, key, given) : Optional.of("twice");
      wrong.ifPresent(why -> problems.add(Problem.at(path, "unknown lists " + Problem.quote(key)
          + (why.equals("twice") ? " twice" : why))));
    }
    return problems;
  }

  /** Why {@code key} may not be named in {@code unknown}, or empty when it may. */
  private static <T> Optional<String> why(ObjectFormat<T> format, String key, Predicate<KeyFormat<T>> given) {
    KeyFormat<T> described = format.key(key).orElse(null);
    if (described == null) {
      return Optional.of(", which is not a key of " + format.noun() + nearest(format, key));
    }
    if (described.isRequired(FormatVersion.V2)) {
      return Optional.of(", which is required: a required key is always given");
    }
    if (described.shape() != KeyFormat.Shape.SINGLE) {
      return Optional.of(described.isEvidence()
          ? ", a list: leave an evidence list out to say it is not recorded"
          : ", a list: only a single value can be unknown");
    }
    if (!described.type().isScalar()) {
      return Optional.of(described.isEvidence()
          ? ", an object: leave it out to say it is not recorded"
          : ", an object: only a single value can be unknown");
    }
    if (!described.mayBeUnknown()) {
      return Optional.of(", which describes the record itself: it cannot be unknown");
    }
    if (given.test(described)) {
      return Optional.of(", which has a value here: a key is either given or unknown, not both");
    }
    return Optional.empty();
  }

  private static String nearest(ObjectFormat<?> format, String key) {
    String nearest = null;
    int best = Math.max(1, key.length() / 3) + 1;
    if (key.length() <= 3 * Problem.LONGEST_TEXT) {
      for (KeyFormat<?> candidate : format.keys()) {
        int distance = Spelling.distance(key, candidate.name());
        if (distance < best) {
          best = distance;
          nearest = candidate.name();
        }
      }
    }
    return nearest != null ? ": did you mean \"" + nearest + "\"?"
        : " (its keys that may be unknown: " + format.unknowableKeys() + ")";
  }
}

package org.kcsp.rules.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.kcsp.model.Grant;
import org.kcsp.model.Location;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.RecordPath;
import org.kcsp.model.io.RecordLocations;
import org.kcsp.rules.Subject;
import org.kcsp.rules.SubjectKind;

/**
 * Where the subjects of findings and the places of evidence gaps are in the record checked: each
 * subject's object by its kind and id, with the file, line and column of a record read from a file.
 * Built from the record as written, since the as-of view leaves out what is dated later and so
 * renumbers lists; the paths of subjects are worked out only when a finding asks for one.
 */
public final class SubjectLocations {

  private final PartnershipRecord record;
  private final RecordLocations where;
  /** The paths of the subjects of each kind asked for so far, by id. */
  private final Map<SubjectKind, Map<String, RecordPath>> subjects = new EnumMap<>(SubjectKind.class);

  private SubjectLocations(PartnershipRecord record) {
    this.record = record;
    this.where = RecordLocations.of(record);
  }

  /** The places of {@code record}'s subjects, as the record was read or built. */
  public static SubjectLocations of(PartnershipRecord record) {
    return new SubjectLocations(record);
  }

  /** The file the record was read from, by the name the reader was given; empty for a record built in code. */
  public Optional<String> file() {
    return where.file();
  }

  /** Where {@code subject}'s object is; empty when the record holds no subject of that kind and id. */
  public Optional<Location> of(Subject subject) {
    Map<String, RecordPath> paths = subjects.computeIfAbsent(subject.kind(), kind -> paths(record, kind));
    return Optional.ofNullable(paths.get(subject.id())).map(where::locate);
  }

  /**
   * Where what is missing at {@code missing} (a JSON path) goes: the nearest object or array at or
   * above it that the record holds. Empty when {@code missing} is not a path, which only a custom
   * rule can give.
   */
  public Optional<Location> ofMissing(String missing) {
    RecordPath path;
    try {
      path = RecordPath.parse(missing);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.of(where.locateNearest(path));
  }

  /**
   * The path of every subject of one kind in the record, by id; the first of an id listed twice.
   * Only the kinds findings are about are indexed: a finding on a grant does not index the
   * record's thousands of projects.
   */
  private static Map<String, RecordPath> paths(PartnershipRecord record, SubjectKind kind) {
    Map<String, RecordPath> paths = new HashMap<>();
    RecordPath root = RecordPath.ROOT;
    switch (kind) {
      case PARTNERSHIP -> paths.put(record.partnership().id(), root.key("partnership"));
      case SUBGROUP -> list(paths, root.key("subgroups"), record.subgroups(), s -> s.id());
      case TERMS_OF_REFERENCE -> list(paths, root.key("termsOfReference"), record.termsOfReference(), t -> t.id());
      case ORGANISATION -> list(paths, root.key("organisations"), record.organisations(), o -> o.id());
      case MEETING -> list(paths, root.key("meetings"), record.meetings(), m -> m.id());
      case PRIORITY -> record.agreement().ifPresent(
          agreement -> list(paths, root.key("agreement").key("priorities"), agreement.priorities(), p -> p.id()));
      case ACTION -> record.agreement().ifPresent(
          agreement -> list(paths, root.key("agreement").key("actions"), agreement.actions(), a -> a.id()));
      case GRANT -> list(paths, root.key("grants"), record.grants(), g -> g.id());
      case PROJECT -> {
        List<Grant> grants = record.grants();
        for (int i = 0; i < grants.size(); i++) {
          list(paths, root.key("grants").index(i).key("projects"), grants.get(i).projects(), p -> p.id());
        }
      }
      case AWARD -> list(paths, root.key("externalAwards"), record.externalAwards(), a -> a.id());
      case SCRUTINY_SESSION -> list(paths, root.key("scrutinySessions"), record.scrutinySessions(), s -> s.id());
      case REVIEW -> list(paths, root.key("domesticHomicideReviews"), record.domesticHomicideReviews(), r -> r.id());
    }
    return paths;
  }

  private static <T> void list(Map<String, RecordPath> paths, RecordPath list, List<T> items, Function<T, String> id) {
    for (int i = 0; i < items.size(); i++) {
      paths.putIfAbsent(id.apply(items.get(i)), list.index(i));
    }
  }
}

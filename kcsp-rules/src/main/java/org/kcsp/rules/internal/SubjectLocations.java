package org.kcsp.rules.internal;

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
  private Map<Subject, RecordPath> subjects;

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
    if (subjects == null) {
      subjects = paths(record);
    }
    return Optional.ofNullable(subjects.get(subject)).map(where::locate);
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

  /** The path of every subject of the record, by kind and id; the first of an id listed twice in one list. */
  private static Map<Subject, RecordPath> paths(PartnershipRecord record) {
    Map<Subject, RecordPath> paths = new HashMap<>();
    RecordPath root = RecordPath.ROOT;
    paths.put(new Subject(SubjectKind.PARTNERSHIP, record.partnership().id()), root.key("partnership"));
    list(paths, SubjectKind.SUBGROUP, root.key("subgroups"), record.subgroups(), s -> s.id());
    list(paths, SubjectKind.TERMS_OF_REFERENCE, root.key("termsOfReference"), record.termsOfReference(), t -> t.id());
    list(paths, SubjectKind.ORGANISATION, root.key("organisations"), record.organisations(), o -> o.id());
    list(paths, SubjectKind.MEETING, root.key("meetings"), record.meetings(), m -> m.id());
    record.agreement().ifPresent(agreement -> {
      RecordPath at = root.key("agreement");
      list(paths, SubjectKind.PRIORITY, at.key("priorities"), agreement.priorities(), p -> p.id());
      list(paths, SubjectKind.ACTION, at.key("actions"), agreement.actions(), a -> a.id());
    });
    List<Grant> grants = record.grants();
    list(paths, SubjectKind.GRANT, root.key("grants"), grants, g -> g.id());
    for (int i = 0; i < grants.size(); i++) {
      list(paths, SubjectKind.PROJECT, root.key("grants").index(i).key("projects"), grants.get(i).projects(), p -> p.id());
    }
    list(paths, SubjectKind.AWARD, root.key("externalAwards"), record.externalAwards(), a -> a.id());
    list(paths, SubjectKind.SCRUTINY_SESSION, root.key("scrutinySessions"), record.scrutinySessions(), s -> s.id());
    list(paths, SubjectKind.REVIEW, root.key("domesticHomicideReviews"), record.domesticHomicideReviews(), r -> r.id());
    return paths;
  }

  private static <T> void list(Map<Subject, RecordPath> paths, SubjectKind kind, RecordPath list, List<T> items,
      Function<T, String> id) {
    for (int i = 0; i < items.size(); i++) {
      paths.putIfAbsent(new Subject(kind, id.apply(items.get(i))), list.index(i));
    }
  }
}

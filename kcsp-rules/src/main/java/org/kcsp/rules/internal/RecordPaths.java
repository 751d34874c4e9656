package org.kcsp.rules.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kcsp.model.Grant;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Project;

/**
 * Where the things of a record are, as JSON paths from its root ({@code $.grants[0].projects[4]}):
 * what facts carry, so that a rule's evidence gap names the place to record. Built from the record
 * as written, by id, since the as-of view leaves out what is dated later and so renumbers lists.
 * A project's path is made when asked for, from its place in its grant, which the view keeps.
 */
final class RecordPaths {

  private final Map<String, String> grants = new HashMap<>();
  /** The record's grants by id, with their places. */
  private final Map<String, Integer> grantPlaces = new HashMap<>();
  private final List<Grant> recordGrants;
  // the terms of reference approvals, meetings, scrutiny sessions, priorities, actions and reviews, by id
  private final Map<String, String> governance = new HashMap<>();

  private RecordPaths(PartnershipRecord record) {
    recordGrants = record.grants();
    for (int i = 0; i < recordGrants.size(); i++) {
      grants.put(recordGrants.get(i).id(), "$.grants[" + i + "]");
      grantPlaces.put(recordGrants.get(i).id(), i);
    }
    index("termsOfReference", record.termsOfReference().stream().map(t -> t.id()).toList());
    index("domesticHomicideReviews", record.domesticHomicideReviews().stream().map(r -> r.id()).toList());
    index("meetings", record.meetings().stream().map(m -> m.id()).toList());
    index("scrutinySessions", record.scrutinySessions().stream().map(s -> s.id()).toList());
    record.agreement().ifPresent(a -> {
      index("agreement.priorities", a.priorities().stream().map(x -> x.id()).toList());
      index("agreement.actions", a.actions().stream().map(x -> x.id()).toList());
    });
  }

  private void index(String list, List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      governance.put(list + "/" + ids.get(i), "$." + list + "[" + i + "]");
    }
  }

  static RecordPaths of(PartnershipRecord record) {
    return new RecordPaths(record);
  }

  /** {@code $.grants[0]}. */
  String grant(String id) {
    return grants.get(id);
  }

  /**
   * The paths of the projects of a grant, {@code $.grants[0].projects[4]}, by their places in the
   * view's grant: the view keeps a grant's projects in their places, so each is looked for there
   * first, then through the grant.
   */
  ProjectPaths projects(String grant) {
    int place = grantPlaces.get(grant);
    return new ProjectPaths(recordGrants.get(place).projects(), "$.grants[" + place + "].projects[");
  }

  /** The paths of the projects of one grant of the record as written. */
  static final class ProjectPaths {
    private final List<Project> written;
    private final String prefix;

    private ProjectPaths(List<Project> written, String prefix) {
      this.written = written;
      this.prefix = prefix;
    }

    /** The path of the project {@code id}, found at {@code place} in the view's grant. */
    String of(String id, int place) {
      int at = place < written.size() && written.get(place).id().equals(id) ? place : placeOf(id);
      return new StringBuilder(prefix.length() + 11).append(prefix).append(at).append(']').toString();
    }

    private int placeOf(String id) {
      for (int i = 0; i < written.size(); i++) {
        if (written.get(i).id().equals(id)) {
          return i;
        }
      }
      throw new IllegalArgumentException("no project " + id + " in " + prefix);
    }
  }

  /** {@code $.termsOfReference[1]}. */
  String termsOfReference(String id) {
    return governance.get("termsOfReference/" + id);
  }

  /** {@code $.meetings[3]}. */
  String meeting(String id) {
    return governance.get("meetings/" + id);
  }

  /** {@code $.scrutinySessions[0]}. */
  String scrutinySession(String id) {
    return governance.get("scrutinySessions/" + id);
  }

  /** {@code $.agreement.priorities[1]}. */
  String priority(String id) {
    return governance.get("agreement.priorities/" + id);
  }

  /** {@code $.agreement.actions[2]}. */
  String action(String id) {
    return governance.get("agreement.actions/" + id);
  }

  /** {@code $.domesticHomicideReviews[1]}. */
  String review(String id) {
    return governance.get("domesticHomicideReviews/" + id);
  }
}

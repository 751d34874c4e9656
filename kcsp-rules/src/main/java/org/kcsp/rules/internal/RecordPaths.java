package org.kcsp.rules.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kcsp.model.Grant;
import org.kcsp.model.PartnershipRecord;

/**
 * Where the things of a record are, as JSON paths from its root ({@code $.grants[0].projects[4]}):
 * what facts carry, so that a rule's evidence gap names the place to record. Built from the record
 * as written, by id, since the as-of view leaves out what is dated later and so renumbers lists.
 */
final class RecordPaths {

  private final Map<String, String> grants = new HashMap<>();
  private final Map<String, String> projects = new HashMap<>();
  // the terms of reference approvals, meetings, scrutiny sessions, priorities, actions and reviews, by id
  private final Map<String, String> governance = new HashMap<>();

  private RecordPaths(PartnershipRecord record) {
    List<Grant> all = record.grants();
    for (int i = 0; i < all.size(); i++) {
      String grant = "$.grants[" + i + "]";
      grants.put(all.get(i).id(), grant);
      for (int j = 0; j < all.get(i).projects().size(); j++) {
        projects.put(all.get(i).projects().get(j).id(), grant + ".projects[" + j + "]");
      }
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

  /** {@code $.grants[0].projects[4]}. */
  String project(String id) {
    return projects.get(id);
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

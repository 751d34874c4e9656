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
  private final Map<String, String> reviews = new HashMap<>();

  private RecordPaths(PartnershipRecord record) {
    List<Grant> all = record.grants();
    for (int i = 0; i < all.size(); i++) {
      String grant = "$.grants[" + i + "]";
      grants.put(all.get(i).id(), grant);
      for (int j = 0; j < all.get(i).projects().size(); j++) {
        projects.put(all.get(i).projects().get(j).id(), grant + ".projects[" + j + "]");
      }
    }
    for (int i = 0; i < record.domesticHomicideReviews().size(); i++) {
      reviews.put(record.domesticHomicideReviews().get(i).id(), "$.domesticHomicideReviews[" + i + "]");
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

  /** {@code $.domesticHomicideReviews[1]}. */
  String review(String id) {
    return reviews.get(id);
  }
}

package org.kcsp.examples.reference;

import java.util.Comparator;
import org.kcsp.rules.Gap;

/**
 * What the differential test compares of an evidence gap: its rule, the id of its subject and the
 * path in the record that would decide it. The sentence saying what to record is worded by each
 * checker and left out.
 *
 * @param rule the rule's id
 * @param subject the id the gap is reported on
 * @param path the JSON path of the list, object or key to record, such as {@code $.meetings[3].items}
 */
public record ReferenceGap(String rule, String subject, String path) implements Comparable<ReferenceGap> {

  private static final Comparator<ReferenceGap> ORDER =
      Comparator.comparing(ReferenceGap::rule).thenComparing(ReferenceGap::subject).thenComparing(ReferenceGap::path);

  /** The same, taken from an engine's gap. */
  public static ReferenceGap of(Gap gap) {
    return new ReferenceGap(gap.rule(), gap.subject().id(), gap.missing());
  }

  @Override
  public int compareTo(ReferenceGap other) {
    return ORDER.compare(this, other);
  }

  /** {@code MEETING_MINUTES_NOT_APPROVED m1 at $.meetings[3].items}. */
  @Override
  public String toString() {
    return rule + " " + subject + " at " + path;
  }
}

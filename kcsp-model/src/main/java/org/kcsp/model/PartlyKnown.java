package org.kcsp.model;

import java.util.List;
import java.util.Set;
import org.kcsp.model.internal.KeyFormat;
import org.kcsp.model.internal.ObjectFormat;
import org.kcsp.model.internal.RecordFormat;

/**
 * A value of the record of which some facts may be <em>not recorded</em> or <em>unknown</em>
 * ({@code kcsp-record/2}), and the two questions a check asks of it.
 *
 * <ul>
 *   <li><b>Not recorded</b>: the file leaves out an evidence list (a meeting's {@code items}, a
 *       grant's {@code projects}...) or an optional root object ({@code agreement}...). Nothing is
 *       known about it: it is not "none", which a version 2 file writes as {@code []}. The key is in
 *       {@link #notRecorded()}, and the list is empty (the object absent). {@link
 *       #isRecorded(String)} asks.
 *   <li><b>Unknown</b>: the file names an optional single value in the object's {@code unknown}
 *       list: the fact exists or happened, its value is not known (a decision taken on a date
 *       nobody published). The key is in {@link #unknown()}, and its {@code Optional} is empty (a
 *       key with a default, such as a grant's {@code tacticalPot}, still returns its default:
 *       ask first). {@link #isUnknown(String)} asks; it also says so of a value whose absence
 *       itself means unknown (a project's {@code amount}; a grant's {@code allocation} in version
 *       2).
 * </ul>
 *
 * <pre>{@code
 * if (!meeting.isRecorded("items")) { ... }          // a gap, not "no items"
 * if (review.isUnknown("decidedOn")) { ... }         // decided, on a date not known
 * Meeting.builder().id("M1")...addNotRecorded("items").build();
 * DomesticHomicideReview.builder()...decision(COMMISSIONED).addUnknown("decidedOn").build();
 * }</pre>
 *
 * <p>Building a value checks both lists against the record format, with the same messages as
 * reading a file: a key in {@code notRecorded} must be an evidence key of the value, with no
 * value; a key in {@code unknown} must be an optional single value of it, absent, named once. A
 * version 1 record holds neither. The keys are the record format's names (record-format.md); a
 * question about a key that is no evidence list, or that cannot be unknown, is a mistake and
 * throws {@link IllegalArgumentException}.
 */
public interface PartlyKnown {

  /** The keys of this value's evidence lists and optional objects that the record leaves not recorded. */
  Set<String> notRecorded();

  /** The keys of this value's optional single values that exist but are unknown, in the order the file lists them. */
  List<String> unknown();

  /**
   * Whether the evidence list or optional object {@code key} is recorded: a version 1 record's
   * always are; a version 2 record's are unless the file leaves them out.
   *
   * @throws IllegalArgumentException if {@code key} is not an evidence key of this kind of value
   */
  default boolean isRecorded(String key) {
    KeyFormat<?> described = RecordFormat.of(this).key(key).orElse(null);
    if (described == null || !described.isEvidence()) {
      throw new IllegalArgumentException(Problem.quote(key) + " is not an evidence list of "
          + RecordFormat.of(this).noun() + "; its evidence keys are " + RecordFormat.of(this).evidenceKeys());
    }
    return !notRecorded().contains(key);
  }

  /**
   * Whether the optional single value {@code key} is unknown: named in {@link #unknown()}, or absent
   * where its absence means unknown.
   *
   * @throws IllegalArgumentException if {@code key} is not a key of this kind of value that can be unknown
   */
  default boolean isUnknown(String key) {
    ObjectFormat<Object> format = RecordFormat.of(this);
    KeyFormat<Object> described = format.key(key).orElse(null);
    if (described == null || !described.mayBeUnknown()) {
      throw new IllegalArgumentException(Problem.quote(key) + " is not a key of " + format.noun()
          + " that can be unknown; those that can are " + format.unknowableKeys());
    }
    // an absent allocation is possible only in version 2, where its absence means unknown
    return unknown().contains(key) || described.absentIsUnknown(FormatVersion.V2) && described.value(this).isEmpty();
  }
}

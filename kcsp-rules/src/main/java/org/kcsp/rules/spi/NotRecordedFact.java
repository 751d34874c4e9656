package org.kcsp.rules.spi;

/**
 * An evidence list or optional object that a {@code kcsp-record/2} record leaves out: nothing is
 * known about it, which is not "none" (a recorded {@code []}). A version 1 record has none of these
 * facts (its absent lists are empty). A rule that reads what is not recorded decides only where the
 * recorded facts already decide, and otherwise raises an evidence gap ({@link Missing}) at {@link
 * #path()}.
 *
 * <pre>
 * NotRecordedFact( owner == "$", key == "meetings" )       // the record's meetings
 * $m : MeetingFact( $mp : path )
 * NotRecordedFact( owner == $mp, key == "items" )          // that meeting's agenda items
 * </pre>
 *
 * @param owner the JSON path of the value that leaves it out, as facts give it ({@code path}): {@code
 *     "$"} for the record's root, {@code "$.meetings[3]"}, {@code "$.termsOfReference[1]"}, {@code
 *     "$.informationSharing"}, {@code "$.agreement"}, {@code "$.agreement.actions[2]"}
 * @param key the record format's key of the list or object, such as {@code "items"}
 */
public record NotRecordedFact(String owner, String key) {

  /** Where to record it: {@code "$.meetings[3].items"}, {@code "$.meetings"}. */
  public String path() {
    return owner + "." + key;
  }
}

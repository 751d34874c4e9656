package org.kcsp.examples;

import java.util.ArrayList;
import java.util.List;
import org.kcsp.model.Agreement;
import org.kcsp.model.BuiltInPolicy;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.Partnership;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Priority;

/**
 * A {@code kcsp-record/1} record rewritten as {@code kcsp-record/2} with the same meaning: the
 * same findings on the record's own date (rules.md, readings 22 and 25).
 *
 * <ul>
 *   <li>Every evidence list of version 1 is kept as it is, and an absent one, which version 1
 *       reads as none, is written {@code []} (version 2's none); except {@code scrutinySessions},
 *       written only when it lists sessions: version 1 does not check scrutiny in a record without
 *       sessions, while version 2 would find {@code []} a finding.
 *   <li>Lists version 2 introduced ({@code councils}, a priority's {@code strands}, {@code
 *       strategicAssessments}) stay not recorded when version 1 listed none, as does {@code
 *       seriousViolence} when absent; except {@code strands}, written {@code []} on every
 *       priority without strands when some priority lists strands (version 1 checks them all
 *       then).
 *   <li>A record that names no policy is checked under {@code kcsp} in version 1 and {@code
 *       england} in version 2: it names {@code kcsp}.
 *   <li>An absent {@code agreement} or {@code informationSharing} is none in version 1 and not
 *       recorded in version 2, which has no way to say none: it stays absent, and a note says so.
 *       No finding changes (version 1 checks neither when absent); the rules that read it report a
 *       gap instead of not applying.
 * </ul>
 */
final class RecordUpgrade {

  /** The version 2 record, and what the upgrade could not say as version 1 did, one sentence each. */
  record Upgraded(PartnershipRecord record, List<String> notes) {}

  private RecordUpgrade() {}

  /**
   * The version 2 record with the meaning of {@code record}.
   *
   * @throws IllegalArgumentException if {@code record} is not a version 1 record
   */
  static Upgraded of(PartnershipRecord record) {
    if (record.format() != FormatVersion.V1) {
      throw new IllegalArgumentException("the record is already " + record.format());
    }
    List<String> notes = new ArrayList<>();
    PartnershipRecord.Builder upgraded = PartnershipRecord.builder().from(record).format(FormatVersion.V2)
        .partnership(Partnership.builder().from(record.partnership()).addNotRecorded("councils").build());
    if (record.policy().isEmpty()) {
      upgraded.policy(BuiltInPolicy.KCSP);
    }
    if (record.scrutinySessions().isEmpty()) {
      upgraded.addNotRecorded("scrutinySessions");
      notes.add("it lists no scrutiny sessions, which version 1 does not check: they are left not recorded");
    }
    if (record.strategicAssessments().isEmpty()) {
      upgraded.addNotRecorded("strategicAssessments");
    }
    if (record.seriousViolence().isEmpty()) {
      upgraded.addNotRecorded("seriousViolence");
    }
    if (record.agreement().isPresent()) {
      upgraded.agreement(withStrands(record.agreement().get()));
    } else {
      upgraded.addNotRecorded("agreement");
      notes.add("it has no agreement, which version 1 reads as none; version 2 cannot say none, so the agreement"
          + " is left not recorded, and the rules that read it report a gap instead of not applying");
    }
    if (record.informationSharing().isEmpty()) {
      upgraded.addNotRecorded("informationSharing");
      notes.add("it has no information sharing agreement, which version 1 reads as none; version 2 cannot say none,"
          + " so it is left not recorded, and ISA_NOT_SIGNED reports a gap instead of not applying");
    }
    return new Upgraded(upgraded.build(), List.copyOf(notes));
  }

  /** The agreement, its priorities' strands not recorded unless some priority lists strands. */
  private static Agreement withStrands(Agreement agreement) {
    if (agreement.priorities().stream().anyMatch(priority -> !priority.strands().isEmpty())) {
      return agreement;
    }
    List<Priority> priorities = agreement.priorities().stream()
        .map(priority -> Priority.builder().from(priority).addNotRecorded("strands").build())
        .toList();
    return Agreement.builder().from(agreement).priorities(priorities).build();
  }
}

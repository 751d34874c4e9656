package org.kcsp.examples.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.kcsp.model.InformationSharing;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.TermsOfReference;

/**
 * A disagreement between the engine and the specification that the differential test found, with
 * where in rules.md the specification says what the reference does. The test leaves the rule out
 * of the comparison only on the checks where the disagreement can arise, and fails when it no
 * longer arises anywhere, so that a fixed engine takes its exclusion away.
 *
 * @param rules the rules it concerns
 * @param engine what the engine reports
 * @param specification what the specification says, with the place in rules.md
 * @param arises on which records and dates it can arise
 */
record Disagreement(Set<String> rules, String engine, String specification,
    BiPredicate<PartnershipRecord, LocalDate> arises) {

  /** Every known disagreement. */
  static final List<Disagreement> KNOWN = List.of(
      new Disagreement(Set.of("ISA_NOT_SIGNED"),
          "with the version in effect not recorded (`informationSharing` or its `versions`) and another fact not"
              + " recorded as well (the signatures, the approvals or the latest membership), a gap only at the version",
          "a gap at each fact not recorded that leaves a member's signature open (rules.md, the not-assessed table,"
              + " row ISA_NOT_SIGNED: `informationSharing`, its `versions` or `signatures`, or the latest partnership"
              + " ToR's `membership` NR)",
          (record, date) -> versionNotRecorded(record) && anotherFactNotRecorded(record, date)));

  /** The date a record is checked as of: D, or a ceased partnership's last day. */
  private static LocalDate effective(PartnershipRecord record, LocalDate date) {
    return record.partnership().existsUntil().filter(date::isAfter).orElse(date);
  }

  private static boolean versionNotRecorded(PartnershipRecord record) {
    return record.notRecorded().contains("informationSharing")
        || record.informationSharing().map(isa -> isa.notRecorded().contains("versions")).orElse(false);
  }

  private static boolean anotherFactNotRecorded(PartnershipRecord record, LocalDate date) {
    Optional<InformationSharing> isa = record.informationSharing();
    if (isa.isPresent() && isa.get().notRecorded().contains("signatures")) {
      return true;
    }
    if (record.notRecorded().contains("termsOfReference")) {
      return true;
    }
    TermsOfReference latest = null;
    for (TermsOfReference tor : record.termsOfReference()) {
      if (tor.body().equals(record.partnership().id()) && !tor.approvedOn().isAfter(effective(record, date))
          && (latest == null || !tor.approvedOn().isBefore(latest.approvedOn()))) {
        latest = tor;
      }
    }
    return latest != null && latest.notRecorded().contains("membership");
  }
}

package org.kcsp.rules;

import java.time.LocalDate;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.Organisation;
import org.kcsp.model.OrganisationKind;
import org.kcsp.model.Partnership;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Tier;

/**
 * The compliant KCSP of 14 July 2022 ({@link Kcsp2022}) as a {@code kcsp-record/2} record, checked
 * under the {@code kcsp} policy (every rule), for the tests of what version 2 leaves not assessed:
 * every evidence list of it recorded, its councils and serious violence duty not recorded.
 */
final class Version2Records {

  /** Every rule, whatever the record's default policy. */
  static final ComplianceEngine ENGINE = ComplianceEngine.builder().policy(Policy.builtIn(Policy.KCSP)).build();

  private Version2Records() {}

  /** The KCSP's partnership, without its councils recorded, as a builder. */
  static Partnership.Builder partnership() {
    return Partnership.builder().id("KCSP").name("Kent Community Safety Partnership").area("Kent").tier(Tier.COUNTY);
  }

  /** The compliant record in version 2, as a builder so that a test can change one thing. */
  static PartnershipRecord.Builder record() {
    return Kcsp2022.record()
        .format(FormatVersion.V2)
        .partnership(partnership().addNotRecorded("councils").build())
        .addNotRecorded("seriousViolence");
  }

  /** A district council of Kent: a LOCAL_AUTHORITY organisation. */
  static Organisation council(String id, String name) {
    return Organisation.builder().id(id).name(name).kind(OrganisationKind.LOCAL_AUTHORITY).build();
  }

  static ComplianceReport check(PartnershipRecord record) {
    return ENGINE.check(record, Kcsp2022.MINUTES);
  }

  static ComplianceReport check(PartnershipRecord record, LocalDate date) {
    return ENGINE.check(record, date);
  }
}

package org.kcsp.rules;

import org.kcsp.model.BuiltInPolicy;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.Partnership;
import org.kcsp.model.PartnershipRecord;

/**
 * The KCSP of July 2022 ({@link Kcsp2022}) as a version 2 record under the kcsp policy: every list
 * recorded as it is, what version 1 cannot say (its councils, the serious violence duty) not
 * recorded. The tests of the not-assessed rows start here and leave one more thing out.
 */
final class Kcsp2022Version2 {

  private Kcsp2022Version2() {}

  static PartnershipRecord.Builder record() {
    PartnershipRecord.Builder record = Kcsp2022.record();
    Partnership partnership = record.build().partnership();
    return record.format(FormatVersion.V2).policy(BuiltInPolicy.KCSP)
        .partnership(Partnership.builder().from(partnership).addNotRecorded("councils").build())
        .addNotRecorded("seriousViolence");
  }
}

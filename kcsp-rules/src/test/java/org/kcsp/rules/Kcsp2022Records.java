package org.kcsp.rules;

import java.time.LocalDate;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.TermsOfReference;

/**
 * The {@link Kcsp2022} fixture for tests in other packages (the report renderers' tests), which
 * cannot see the package-private fixture itself.
 */
public final class Kcsp2022Records {

  /** The day of the minutes: 14 July 2022. */
  public static final LocalDate MINUTES = Kcsp2022.MINUTES;

  private Kcsp2022Records() {}

  /** The KCSP of 14 July 2022, compliant that day, as a builder so a test can change one thing. */
  public static PartnershipRecord.Builder record() {
    return Kcsp2022.record();
  }

  /** A ToR approval by the KCSP. */
  public static TermsOfReference.Builder tor(String id, String body, String version, LocalDate approvedOn) {
    return Kcsp2022.tor(id, body, version, approvedOn);
  }
}

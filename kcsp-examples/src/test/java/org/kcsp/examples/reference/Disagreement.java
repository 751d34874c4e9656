package org.kcsp.examples.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.kcsp.model.PartnershipRecord;

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

  /**
   * Every known disagreement: none. Each one the test found was settled, in the engine where the
   * specification is clear, in the reference where the reference had misread it.
   */
  static final List<Disagreement> KNOWN = List.of();
}

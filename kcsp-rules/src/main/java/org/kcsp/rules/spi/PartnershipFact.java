package org.kcsp.rules.spi;

import java.time.LocalDate;

/**
 * The partnership as the record describes its shape and life (version 2), with what several
 * rules ask of it on D. There is exactly one in every check. A version 1 record says nothing of
 * these: it has existed for longer than any window, and lists no councils.
 *
 * @param id the partnership's id
 * @param version2 whether the record is in {@code kcsp-record/2}, where a recorded empty list says
 *     there were none (in version 1, an absent list is also empty)
 * @param existsFrom the day it was formed; null when the record does not say
 * @param existedTwelveMonths whether it has existed for 12 months on D: {@code existsFrom} absent,
 *     or {@code existsFrom} plus 12 months on or before D
 * @param councils how many councils its recorded {@code councils} list; 0 when not recorded (the
 *     councils, and the county council, are then each a {@link CouncilFact})
 * @param ceasedOrganisations how many organisations of the record ceased to exist before D: only
 *     these can make a list that is not recorded hold a defunct member
 * @param membersRecorded whether the membership of the partnership's latest ToR on D is known:
 *     false when {@code termsOfReference} or that ToR's {@code membership} is not recorded
 * @param existingMembers how many members of the partnership's latest ToR exist on D
 */
public record PartnershipFact(
    String id, boolean version2, LocalDate existsFrom, boolean existedTwelveMonths, int councils,
    int ceasedOrganisations, boolean membersRecorded, int existingMembers) {}

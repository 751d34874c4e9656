package org.kcsp.rules.spi;

import java.time.LocalDate;
import org.kcsp.model.MemberRole;
import org.kcsp.model.OrganisationKind;

/**
 * A member listed by a body's latest terms of reference ({@link LatestTorFact}).
 *
 * @param torId the id of the ToR approval that lists it
 * @param body the id of the body whose ToR it is
 * @param partnershipTor whether that body is the partnership
 * @param organisation the organisation's id
 * @param organisationName the organisation's name
 * @param kind the organisation's kind
 * @param role its role in the body
 * @param exists whether the organisation exists on D
 * @param ceasedOn its last day, when that is before D; else null
 * @param successor the name of the organisation that succeeded it; null when none did
 */
public record TorMemberFact(
    String torId, String body, boolean partnershipTor, String organisation,
    String organisationName, OrganisationKind kind, MemberRole role, boolean exists,
    LocalDate ceasedOn, String successor) {}

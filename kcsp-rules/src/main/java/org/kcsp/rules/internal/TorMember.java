package org.kcsp.rules.internal;

import java.time.LocalDate;
import org.kcsp.model.MemberRole;
import org.kcsp.model.OrganisationKind;

/**
 * A member listed by a body's latest ToR.
 *
 * @param exists whether the organisation exists on D
 * @param ceasedOn its last day, when that is before D; else null
 * @param successor the name of the body that succeeded it, or null
 */
public record TorMember(
    String torId, String body, boolean partnershipTor, String organisation,
    String organisationName, OrganisationKind kind, MemberRole role, boolean exists,
    LocalDate ceasedOn, String successor) {}

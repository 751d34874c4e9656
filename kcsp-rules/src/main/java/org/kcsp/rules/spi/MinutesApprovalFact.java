package org.kcsp.rules.spi;

/**
 * An agenda item of a meeting on or before D that approves the minutes of an earlier meeting of
 * the same body.
 *
 * @param approvedMeeting the id of the meeting whose minutes it approves
 * @param byMeeting the id of the meeting whose item it is
 * @param byHeldMeeting whether that meeting was held
 */
public record MinutesApprovalFact(String approvedMeeting, String byMeeting, boolean byHeldMeeting) {}

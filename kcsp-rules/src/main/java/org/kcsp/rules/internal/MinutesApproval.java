package org.kcsp.rules.internal;

/** The minutes of {@code approvedMeeting} approved by an item of {@code byMeeting}. */
public record MinutesApproval(String approvedMeeting, String byMeeting, boolean byHeldMeeting) {}

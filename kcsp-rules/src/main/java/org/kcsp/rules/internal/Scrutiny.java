package org.kcsp.rules.internal;

import java.time.LocalDate;

/** A scrutiny session on or before D. */
public record Scrutiny(String id, LocalDate date, String committee) {}

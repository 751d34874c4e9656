package org.kcsp.rules.internal;

import java.time.LocalDate;

/** The latest version of the information sharing agreement in effect on D. */
public record IsaInEffect(String name, String version, LocalDate effectiveFrom) {}

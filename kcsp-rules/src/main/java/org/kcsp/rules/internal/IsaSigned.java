package org.kcsp.rules.internal;

import java.time.LocalDate;

/** A signature on or before D. */
public record IsaSigned(String organisation, String version, LocalDate signedOn) {}

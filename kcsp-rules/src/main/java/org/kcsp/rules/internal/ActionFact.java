package org.kcsp.rules.internal;

import java.util.List;

/** An action of the action plan, with its present priorities and its outcome measures. */
public record ActionFact(
    String id, String title, List<String> priorities, int outcomes, int qualitativeOutcomes) {}

package org.kcsp.rules;

import java.util.List;

/**
 * How a finding's fingerprint is written: its rule, its subject's id, then, for each evidence name
 * the rule declares in {@code @fingerprint} that the finding holds, {@code name=value}, all joined
 * by {@code /}: {@code TOR_REVIEW_OVERDUE/KCSP}, {@code GRANT_POT_OVERCOMMITTED/CRG-2019-20/pot=UPFRONT}.
 * A {@code %} or {@code /} in an id or a value is written {@code %25} or {@code %2F}, so that two
 * different findings never share a fingerprint by the accident of their ids.
 */
final class Fingerprints {

  private Fingerprints() {}

  /**
   * The fingerprint of a finding of {@code rule} on {@code subject}, told apart by the values of
   * {@code evidence} named in {@code names}; a name the evidence does not hold is left out (a
   * rollover requested on no known date).
   */
  static String of(String rule, String subject, Evidence evidence, List<String> names) {
    StringBuilder fingerprint = new StringBuilder(rule).append('/').append(escape(subject));
    for (String name : names) {
      String value = evidence.get(name);
      if (value != null) {
        fingerprint.append('/').append(name).append('=').append(escape(value));
      }
    }
    return fingerprint.toString();
  }

  private static String escape(String text) {
    if (text.indexOf('%') < 0 && text.indexOf('/') < 0) {
      return text;
    }
    return text.replace("%", "%25").replace("/", "%2F");
  }
}

package org.kcsp.rules.spi;

import java.util.List;

/**
 * The counterparts a live project matches under one of the duplicate rules: how many there are,
 * the first {@link #LISTED} of them as evidence, and the first {@link #NAMED} for the message, in a
 * stable order (awards before projects, then by id).
 *
 * <p>Projects of one grant and year with the same title and activity key have the same
 * counterparts: they share one instance, so a record whose thousands of projects share a title
 * holds one listing for them, not one per project.
 *
 * @param count how many counterparts match, at least 1
 * @param named the first {@link #NAMED} of them
 * @param listed how many the listing lists: {@code count}, or {@link #LISTED} when there are more
 * @param listing the first {@link #LISTED} as evidence: their {@link CounterpartFact#entry entries},
 *     separated by {@code "; "}
 */
public record Counterparts(int count, List<CounterpartFact> named, int listed, String listing) {

  /**
   * The most counterparts a finding lists. The evidence lists every counterpart up to this many
   * and counts them all: a finding stays readable (its listing at most about 2,000 characters), and
   * a report stays proportional to the record, even when every project shares its title with
   * thousands of others (naming them all would make the report grow with the square of the record).
   */
  public static final int LISTED = 20;

  /** The counterparts a message names; it counts the rest. */
  public static final int NAMED = 3;

  /**
   * The first of the counterparts ({@code listed}, at most {@link #LISTED}), out of {@code count}:
   * built by the engine, not by rules.
   */
  public static Counterparts of(int count, List<CounterpartFact> listed, boolean exact) {
    StringBuilder listing = new StringBuilder(listed.size() * 90);
    for (CounterpartFact counterpart : listed) {
      if (listing.length() > 0) {
        listing.append("; ");
      }
      listing.append(counterpart.entry(exact));
    }
    return new Counterparts(count, List.copyOf(listed.subList(0, Math.min(NAMED, listed.size()))), listed.size(),
        listing.toString());
  }

  /** How many counterparts the listing leaves out. */
  public int unlisted() {
    return count - listed;
  }

  /** How many counterparts the message does not name. */
  public int unnamed() {
    return count - named.size();
  }

  /** The first counterpart: the only one when {@code count} is 1. */
  public CounterpartFact first() {
    return named.get(0);
  }
}

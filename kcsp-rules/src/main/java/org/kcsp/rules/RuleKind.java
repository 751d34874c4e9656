package org.kcsp.rules;

/**
 * Where a rule's duty comes from, declared beside the rule in its DRL as {@code @kind("S")}: the
 * letter of the rule catalogue. A policy selects rules by it: {@code england} holds the S and O
 * rules, and the G rules for grants under their conditions; {@code kcsp} holds them all.
 */
public enum RuleKind {
  /** S: the law, its regulations and statutory guidance. */
  STATUTORY("S", "statutory: the law, its regulations and statutory guidance"),
  /** O: the partnership's own record, held to what it sets itself (its terms of reference, its grants' figures). */
  OWN_RECORD("O", "the partnership's own record: what it has set itself"),
  /**
   * G: a funder's grant condition, for grants under those conditions only ({@link
   * org.kcsp.model.GrantConditions}; {@link RuleDescriptor#grantConditions()} says which).
   */
  GRANT_CONDITION("G", "a grant condition, only for grants under its conditions"),
  /**
   * K: a partnership's own resolution (for the standard rules, the KCSP's of 14 July 2022); the
   * kind of a rule of your own that declares none.
   */
  RESOLUTION("K", "a partnership's own resolution (the KCSP's, for the standard rules)");

  private final String letter;
  private final String words;

  RuleKind(String letter, String words) {
    this.letter = letter;
    this.words = words;
  }

  /** The catalogue's letter: {@code "S"}, {@code "O"}, {@code "G"} or {@code "K"}. */
  public String letter() {
    return letter;
  }

  /** What the kind means, in words. */
  public String words() {
    return words;
  }

  /**
   * The kind of this letter.
   *
   * @throws IllegalArgumentException for any other text
   */
  public static RuleKind ofLetter(String letter) {
    for (RuleKind kind : values()) {
      if (kind.letter.equals(letter)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("a rule's kind is S, O, G or K, got \"" + letter + "\"");
  }
}

package org.kcsp.rules.spi;

import java.util.Objects;
import org.kcsp.rules.Evidence;
import org.kcsp.rules.SubjectKind;
import org.kcsp.rules.internal.FiringRule;

/**
 * What a rule's consequence inserts when it cannot decide a subject: an evidence gap, the place in
 * the record whose fact would decide it, and a sentence saying what to record. The engine gives it
 * the id of the rule that made it, as it does to a {@link Raised} finding, and reports it as a
 * {@link org.kcsp.rules.Gap}; while a rule has gaps and no finding, its outcome is NOT_ASSESSED.
 *
 * <p>A rule decides each subject three ways: a finding when the recorded facts make its condition
 * true whatever the facts that are not recorded would be; clear when they make it false whatever
 * those facts would be; not assessed, with a gap, when it depends on them. Known amounts are lower
 * bounds of a sum with unknown ones: a pot whose known commitments already exceed it is a finding,
 * not a gap.
 *
 * <p>The not-assessed condition is usually a rule of its own, a <em>part</em> of the rule whose id
 * it reports under, declared with {@code @partOf} and no other metadata:
 *
 * <pre>
 * rule "EXAMPLE_LARGE_PROJECT"
 *   &#64;severity("INFO") &#64;title("Project over £20,000") &#64;subject("the project")
 *   &#64;source("Our own policy") &#64;needs("PROJECT")
 * when
 *   $p : ProjectFact( amount &gt; 2000000 )
 * then
 *   insert(Raised.on(SubjectKind.PROJECT, $p.id(), $p.title() + " costs " + Text.money($p.amount()) + "."));
 * end
 *
 * rule "EXAMPLE_LARGE_PROJECT: amount not recorded"
 *   &#64;partOf("EXAMPLE_LARGE_PROJECT")
 * when
 *   $p : ProjectFact( amount == null )
 * then
 *   insert(Missing.on(SubjectKind.PROJECT, $p.id(), $p.path() + ".amount",
 *       "Record the amount of " + $p.title() + " (" + $p.id() + ")."));
 * end
 * </pre>
 *
 * <p>The engine reports one gap per rule, subject and path; it leaves out the gaps of a subject
 * that has an open finding of the same rule (the finding already says the subject is wrong),
 * unless the gap is {@link #about} another part of the subject than the finding.
 */
public final class Missing {

  private final String rule;
  private final SubjectKind kind;
  private final String subject;
  private final String path;
  private final String message;
  private String aboutName;
  private String aboutText;
  private boolean aboutOthers;

  private Missing(String rule, SubjectKind kind, String subject, String path, String message) {
    this.rule = rule;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.path = Objects.requireNonNull(path, "path");
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * A gap of the rule whose consequence calls this, on the subject with this id.
   *
   * @param kind what the subject is
   * @param subject the subject's id in the record, as a finding of the rule would name it
   * @param path where the deciding fact goes in the record, as a JSON path from its root, such as
   *     {@code $.grants[0].projects[4].amount}: build it from a fact's {@code path()}
   * @param message a sentence a person can act on, saying what to record; the gaps of several
   *     rules at one path are shown together under one of their messages, so say what to record
   *     there rather than why this rule needs it
   * @throws IllegalStateException when called outside a rule's consequence
   */
  public static Missing on(SubjectKind kind, String subject, String path, String message) {
    String rule = FiringRule.current();
    if (rule == null) {
      throw new IllegalStateException("Missing.on is called in a rule's consequence, which gives the gap its rule");
    }
    return new Missing(rule, kind, subject, path, message);
  }

  /**
   * Says which part of the subject the gap is about, as the rule's findings on that part name it
   * in their evidence: a finding of the same rule and subject whose evidence {@code name} is
   * another text is about another part, and leaves this gap in the report. The two pots of a
   * grant are judged apart this way:
   *
   * <pre>
   * insert(Missing.on(SubjectKind.GRANT, $g.id(), $p.path() + ".amount", "Record ...").about("pot", $pot.name()));
   * </pre>
   *
   * @param name the name of the evidence that tells the parts apart
   * @param text the part this gap is about, as that evidence writes it
   */
  public Missing about(String name, String text) {
    this.aboutName = Objects.requireNonNull(name, "name");
    this.aboutText = Objects.requireNonNull(text, "text");
    return this;
  }

  /**
   * Says the gap is about subjects the record does not name, reported on this subject because they
   * have no id of their own: the subgroups of a partnership whose {@code subgroups} are not
   * recorded, reported on the partnership. A finding of the same rule on this subject is about the
   * subject itself, and leaves this gap in the report.
   *
   * <pre>
   * insert(Missing.on(SubjectKind.PARTNERSHIP, $p, "$.subgroups", "Record the subgroups ...").aboutOtherSubjects());
   * </pre>
   */
  public Missing aboutOtherSubjects() {
    this.aboutOthers = true;
    return this;
  }

  /** The id of the rule that raised it. */
  public String rule() {
    return rule;
  }

  /** What the subject is. */
  public SubjectKind kind() {
    return kind;
  }

  /** The subject's id. */
  public String subject() {
    return subject;
  }

  /** Where the deciding fact goes, as a JSON path. */
  public String path() {
    return path;
  }

  /** The sentence saying what to record. */
  public String message() {
    return message;
  }

  /**
   * Whether a finding with this evidence, of this gap's rule and subject, is about another part of
   * the subject than the gap: when the gap says which part it is {@link #about}, and the finding's
   * evidence names another under that name, and always when the gap is {@link #aboutOtherSubjects()
   * about other subjects}. Such a finding leaves the gap open.
   */
  public boolean isAboutAnotherPartThan(Evidence findingEvidence) {
    if (aboutOthers) {
      return true;
    }
    if (aboutName == null) {
      return false;
    }
    String text = findingEvidence.get(aboutName);
    return text != null && !text.equals(aboutText);
  }
}

/**
 * What a rule author writes rules against: the facts kcsp prepares from a record, the finding and
 * the evidence gap a rule raises, the {@code @needs} vocabulary and the words of messages. Besides the model ({@code
 * org.kcsp.model}) and {@link org.kcsp.rules.SubjectKind} and {@link org.kcsp.rules.Severity},
 * these are the only kcsp types a DRL file imports; the standard rules use nothing else.
 *
 * <h2>A rule</h2>
 *
 * <pre>
 * package com.example.partnership;
 *
 * import org.kcsp.rules.SubjectKind;
 * import org.kcsp.rules.spi.GrantFact;
 * import org.kcsp.rules.spi.Raised;
 * import org.kcsp.rules.spi.Text;
 *
 * rule "EXAMPLE_LARGE_GRANT"
 *   &#64;severity("INFO") &#64;title("Grant over £30,000") &#64;subject("the grant")
 *   &#64;source("Our own policy") &#64;needs("GRANT")
 * when
 *   $g : GrantFact( allocation &gt; 3000000 )
 * then
 *   insert(Raised.on(SubjectKind.GRANT, $g.id(), "Grant " + $g.id() + " is " + Text.money($g.allocation()) + ".")
 *       .money("allocation", $g.allocation()));
 * end
 * </pre>
 *
 * <ul>
 *   <li><b>One name.</b> The rule's name is its id: findings, waivers, {@code --skip} and the
 *       catalogue use it. The engine gives every {@link org.kcsp.rules.spi.Raised} the id of the
 *       rule whose consequence made it; no rule names itself again.
 *   <li><b>Metadata</b> beside the rule: {@code @severity} ({@code ERROR}, {@code WARNING} or
 *       {@code INFO}), {@code @title}, {@code @subject} (what its findings are on, in words), {@code
 *       @source} (what it enforces), {@code @needs} (one of {@link org.kcsp.rules.spi.Needs}), and
 *       optionally {@code @description}, {@code @kind}, {@code @parameters}, and the dates of the
 *       law it checks: {@code @inForceFrom("2023-01-31")}, before which the engine does not run it
 *       (NOT_APPLICABLE), and {@code @lawDates("name = 2024-01-31")}, read from the {@link
 *       org.kcsp.rules.spi.LawDatesFact}. A rule that can find several things on one subject
 *       declares which of its evidence tells them apart, {@code @fingerprint("pot")} or {@code
 *       @fingerprint("missingKind, council")}: a finding's {@link
 *       org.kcsp.rules.Finding#fingerprint() fingerprint} is its rule, its subject and those values,
 *       so that reports taken on other dates, or of an edited record, match it. Name only what
 *       says what the finding is about (a pot, an organisation), never a figure that moves with the
 *       date or an edit (days overdue, an amount). The engine reads them once, when it is built,
 *       and refuses a rule that lacks one or names a value that does not exist.
 *   <li><b>Facts</b> are read-only records named {@code ...Fact}, one kind per thing of the record
 *       ({@link org.kcsp.rules.spi.GrantFact}, {@link org.kcsp.rules.spi.ProjectFact}, {@link
 *       org.kcsp.rules.spi.BodyFact}...), plus one {@link org.kcsp.rules.spi.EvaluationFact} with
 *       the evaluation date, called D. Facts dated after D do not exist. The engine builds them;
 *       their constructors are not for rules, and may gain components.
 *   <li><b>Money</b> is in pence, a {@code long}: {@code allocation > 3000000} is "over £30,000".
 *       Compare it exactly; write it for people with {@link org.kcsp.rules.spi.Text#money}.
 *   <li><b>Unknown values are null</b>, never a made-up number: a project without an amount has
 *       {@code amount == null}, a grant that does not state its upfront part {@code upfront ==
 *       null}. Each fact's Javadoc says which of its values may be null and when. In a condition,
 *       comparing a null value is simply false ({@code amount > 500000} does not match an unknown
 *       amount), but calling a method on it throws; in a consequence, test it before using it.
 *   <li><b>Conditions in property form</b>: {@code allocation > 3000000}, not {@code allocation()
 *       > 3000000}, which runs slower in the compiled rule base.
 *   <li><b>Evidence is typed</b>: {@link org.kcsp.rules.spi.Raised#money money}, {@link
 *       org.kcsp.rules.spi.Raised#date date}, {@link org.kcsp.rules.spi.Raised#days days}, {@link
 *       org.kcsp.rules.spi.Raised#count count}, {@link org.kcsp.rules.spi.Raised#text text}, {@link
 *       org.kcsp.rules.spi.Raised#ids ids}. Each report shows a value by its kind (money as
 *       {@code £13,220.33} for people, {@code "13220.33"} in JSON), never by how it looks.
 *   <li><b>Facts are never modified</b>: a rule inserts findings, or facts of its own.
 * </ul>
 *
 * <h2>Findings, clear, or not assessed</h2>
 *
 * <p>A rule decides each subject three ways. It raises a finding ({@link
 * org.kcsp.rules.spi.Raised}) when the recorded facts make its condition true whatever the facts
 * that are not recorded would be; it stays silent when they make it false whatever those would be
 * (the subject is clear); and when the verdict depends on them, it raises an evidence gap ({@link
 * org.kcsp.rules.spi.Missing}): the subject, the place in the record that would decide it (a JSON
 * path, from a fact's {@code path}) and a sentence saying what to record. It never guesses: a
 * known amount is a lower bound of a sum with unknown ones, so a pot whose known commitments
 * already exceed it is a finding; a rule that cannot fire on D whatever is missing is clear.
 *
 * <p>The not-assessed condition is written as a <em>part</em> of the rule: a DRL rule of its own,
 * named after the rule and what leaves it open, with {@code @partOf} naming the rule and no other
 * metadata. What a part raises is its rule's, under the rule's id; a part runs exactly when its
 * rule runs (skipping the rule skips it), and is not in the catalogue, where a rule's name stays
 * its id. Each DRL rule thus has one condition and raises one kind of thing:
 *
 * <pre>
 * rule "EXAMPLE_LARGE_PROJECT"
 *   ...
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
 * <p>The engine reports one gap per rule, subject and path, and none on a subject that has an
 * open finding of the same rule ({@link org.kcsp.rules.spi.Missing#about} keeps the gaps of
 * another part of the subject, such as another pot of a grant).
 */
package org.kcsp.rules.spi;

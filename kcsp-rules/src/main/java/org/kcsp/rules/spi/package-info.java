/**
 * What a rule author writes rules against: the facts kcsp prepares from a record, the finding a
 * rule raises, the {@code @needs} vocabulary and the words of messages. Besides the model ({@code
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
 *       org.kcsp.rules.spi.LawDatesFact}. The engine reads them once, when it is built, and refuses
 *       a rule that lacks one or names a value that does not exist.
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
 */
package org.kcsp.rules.spi;

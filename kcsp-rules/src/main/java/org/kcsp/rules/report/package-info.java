/**
 * Renderers of a {@link org.kcsp.rules.ComplianceReport}: the {@code kcsp-report/2} JSON format
 * for machines, and text, Markdown and HTML for people.
 */
package org.kcsp.rules.report;

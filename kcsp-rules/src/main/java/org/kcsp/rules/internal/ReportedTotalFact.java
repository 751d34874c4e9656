package org.kcsp.rules.internal;

import org.kcsp.model.TotalBasis;

/**
 * A total stated in a report.
 *
 * @param computable whether the grant's sums and every project of this basis have amounts
 * @param computed the sum of the projects of its basis, when computable
 */
public record ReportedTotalFact(
    String grant, int index, TotalBasis basis, long stated, String statedIn, boolean computable,
    long computed) {}

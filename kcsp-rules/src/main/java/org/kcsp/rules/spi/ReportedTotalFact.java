package org.kcsp.rules.spi;

import org.kcsp.model.TotalBasis;

/**
 * A total of a grant's projects stated in a report.
 *
 * @param grant the grant's id
 * @param index its place among the grant's reported totals, from 0
 * @param basis the projects it adds up: approved, committed, refunded or withdrawn
 * @param stated the total as stated, in pence
 * @param statedIn where it is stated, such as {@code "minutes 14 July 2022, para 6"}
 * @param computable whether the grant's sums are known and every project of this basis has an
 *     amount
 * @param computed the sum of the projects of its basis, in pence; null when not computable
 */
public record ReportedTotalFact(
    String grant, int index, TotalBasis basis, long stated, String statedIn, boolean computable,
    Long computed) {}

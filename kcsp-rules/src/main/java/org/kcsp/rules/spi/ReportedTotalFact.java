package org.kcsp.rules.spi;

import java.util.List;
import org.kcsp.model.TotalBasis;

/**
 * A total of a grant's projects stated in a report.
 *
 * @param grant the grant's id
 * @param index its place among the grant's reported totals, from 0
 * @param basis the projects it adds up: approved, committed, refunded or withdrawn
 * @param stated the total as stated, in pence
 * @param statedIn where it is stated, such as {@code "minutes 14 July 2022, para 6"}
 * @param computable whether the sum of its basis is known: the grant's projects are recorded (a
 *     version 2 grant may leave them not recorded) and every project of its basis has an amount
 *     (the amounts of other projects do not matter)
 * @param computed the sum of the projects of its basis, in pence; null when not computable
 * @param computedAtLeast the sum of the projects of its basis that have an amount, in pence: what
 *     the projects of its basis add up to at least; {@code computed} when computable
 * @param withoutAmount the ids of the projects of its basis without an amount, in the record's order
 */
public record ReportedTotalFact(
    String grant, int index, TotalBasis basis, long stated, String statedIn, boolean computable,
    Long computed, long computedAtLeast, List<String> withoutAmount) {}

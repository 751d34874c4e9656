package org.kcsp.rules.spi;

/**
 * A root evidence list or optional root object that a version 2 record does not record ({@code
 * grants}, {@code externalAwards}, {@code agreement}...): nothing is known about it, which is not
 * "none". A version 1 record has none of these facts. A rule that reads the list reports an
 * evidence gap on the partnership at {@code path} where its entries could decide it.
 *
 * <pre>
 * NotRecordedFact( key == "grants", $path : path )
 * </pre>
 *
 * @param key the record format's key, such as {@code "grants"}
 * @param path where it goes in the record, as a JSON path: {@code $.grants}
 */
public record NotRecordedFact(String key, String path) {}

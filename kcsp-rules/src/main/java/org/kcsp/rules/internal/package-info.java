/**
 * The engine's machinery: fact preparation from the as-of view of a record, the duplicate-funding
 * index, the rule base and its sessions, the rules' metadata. Nothing here is API, and nothing
 * outside the engine uses it: rules are written against {@link org.kcsp.rules.spi}, applications
 * use {@link org.kcsp.rules} and its reports.
 */
package org.kcsp.rules.internal;

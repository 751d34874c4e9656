/**
 * Internals of the engine: the facts prepared from a record for the rules, the session handling,
 * the duplicate-funding index and the text helpers the rules use. Nothing here is API.
 */
package org.kcsp.rules.internal;

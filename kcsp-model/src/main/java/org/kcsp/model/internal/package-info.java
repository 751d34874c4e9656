/**
 * The description of the record format that the rest of kcsp-model derives from: each kind of
 * object, its keys in order, their types, whether they are required or evidence, and the version
 * that introduced them ({@link org.kcsp.model.internal.RecordFormat}). The reader, the writer, the
 * model's checks of what is not recorded or unknown, the tests' key lists and the JSON Schema all
 * follow it.
 *
 * <p>Nothing here is API: applications use {@code org.kcsp.model} and {@code org.kcsp.model.io}.
 * kcsp's own kcsp-workbook module reads it too, to derive a workbook's sheets and columns from the
 * same description, read-only.
 */
package org.kcsp.model.internal;

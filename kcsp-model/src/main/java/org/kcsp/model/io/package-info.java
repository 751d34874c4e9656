/**
 * Reading and writing {@code kcsp-record/1} and {@code kcsp-record/2} files, JSON or YAML: {@link
 * org.kcsp.model.io.RecordReader} (strict, with every problem reported at once), {@link
 * org.kcsp.model.io.RecordWriter} (canonical output of the record's own version that reads back
 * equal) and {@link org.kcsp.model.io.RecordSchema} (the JSON Schema of both versions, for editors
 * and other tools).
 */
package org.kcsp.model.io;

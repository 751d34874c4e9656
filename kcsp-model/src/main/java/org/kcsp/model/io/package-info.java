/**
 * Reading and writing {@code kcsp-record/1} files, JSON or YAML: {@link
 * org.kcsp.model.io.RecordReader} (strict, with every problem reported at once) and {@link
 * org.kcsp.model.io.RecordWriter} (canonical output that reads back equal).
 */
package org.kcsp.model.io;

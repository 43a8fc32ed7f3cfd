/**
 * CSV output through Apache Commons CSV: {@link org.newsnlp.write.CsvFiles} formats and writes a
 * table, {@link org.newsnlp.write.WriteCsvTable} gathers a collection's rows into one sorted file.
 */
package org.newsnlp.write;

/**
 * CSV output through Apache Commons CSV: {@link org.newsnlp.write.CsvFiles} formats and writes a
 * table, {@link org.newsnlp.write.WriteCsvTable} gathers a collection's rows into one sorted file,
 * and {@link org.newsnlp.write.WriteCsvShards} splits them by document into N sorted files ({@code
 * --shards=N}) for tables too large for one worker.
 */
package org.newsnlp.write;

/**
 * CSV output through Apache Commons CSV: {@link org.newsnlp.write.CsvTable} describes a table
 * (name, header, row, sort and shard keys), {@link org.newsnlp.write.OutputTables} holds the
 * descriptions of the tables a run writes, {@link org.newsnlp.write.WriteCsvTable} writes a
 * collection as one sorted file or as N sorted shards ({@code --shards=N}), and {@link
 * org.newsnlp.write.CsvFiles} formats the rows.
 */
package org.newsnlp.write;

package org.newsnlp.options;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** How the tables are laid out when they are too large for one worker. */
public interface ScaleOptions extends PipelineOptions {
  @Description(
      "0 (the default) writes each table as one file, rows sorted, all rows gathered in one"
          + " worker: right for spreadsheet-sized runs. N > 0 writes each table as N files"
          + " (documents-00000-of-0000N.csv, ...), each with the header row and its rows sorted;"
          + " a row's file is chosen by a stable hash of its document id, so the same input gives"
          + " the same files on every runner, and no worker holds more than its shard.")
  @Default.Integer(0)
  int getShards();

  void setShards(int value);
}

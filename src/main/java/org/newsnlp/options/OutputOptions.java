package org.newsnlp.options;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Where the tables go and how they are written. */
public interface OutputOptions extends PipelineOptions {
  @Description(
      "The folder the tables go to; created when missing. A run writes its tables aside and moves"
          + " them in only when it has finished, replacing the tables of the previous run.")
  @Default.String("output/")
  String getOutput();

  void setOutput(String value);

  @Description("Start each CSV file with a UTF-8 byte-order mark, so that Excel reads it as UTF-8.")
  @Default.Boolean(false)
  boolean getExcelBom();

  void setExcelBom(boolean value);

  @Description(
      "Also write tokens.csv: one row per token with its sentence, offsets, UPOS tag and lemma."
          + " One worker writes the whole file: keep it for spreadsheet-sized inputs or use"
          + " --shards.")
  @Default.Boolean(false)
  boolean getEmitTokens();

  void setEmitTokens(boolean value);

  @Description(
      "Also write report.html beside the tables: the run at a glance, charts of its documents,"
          + " quotations, speakers and rejected inputs (and a dated job's last nights), in one file"
          + " that opens from disk with nothing loaded from the network.")
  @Default.Boolean(true)
  boolean getReport();

  void setReport(boolean value);

  @Description(
      "0: each table is one file, rows sorted. N > 0: each table is N files"
          + " (documents-00000-of-0000N.csv, ...), rows split by document id and sorted within"
          + " each file, so that no worker holds more than its share; for very large runs.")
  @Default.Integer(0)
  int getShards();

  void setShards(int value);
}

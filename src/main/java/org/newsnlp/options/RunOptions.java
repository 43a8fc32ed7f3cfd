package org.newsnlp.options;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** How a run is published, limited and judged: the options a scheduled job needs. */
public interface RunOptions extends PipelineOptions {
  @Description(
      "Date of the run (YYYY-MM-DD). With it, or with --job, tables go to"
          + " <output>/<job>/<runDate>/, published whole when the run succeeds; defaults to today"
          + " (UTC) when --job is given. Without either, tables go straight into --output.")
  String getRunDate();

  void setRunDate(String value);

  @Description(
      "Where the tables go: 'flat' writes them straight into --output; 'dated' into"
          + " <output>/<job>/<runDate>/, published whole. Default: dated when --job or --runDate"
          + " is given, flat otherwise.")
  String getLayout();

  void setLayout(String value);

  @Description(
      "Exit with code 3 (instead of 0) when any input was rejected; the tables are still"
          + " written and published.")
  @Default.Boolean(false)
  boolean getFailOnRejected();

  void setFailOnRejected(boolean value);

  @Description(
      "Largest input accepted, in bytes (for .gz files: once decompressed); larger files become"
          + " error rows with reason too_large.")
  @Default.Long(5L * 1024 * 1024)
  long getMaxDocumentBytes();

  void setMaxDocumentBytes(long value);

  @Description("Start each CSV file with a UTF-8 byte-order mark, so that Excel reads it as UTF-8.")
  @Default.Boolean(false)
  boolean getExcelBom();

  void setExcelBom(boolean value);

  @Description(
      "Process only inputs that are new or changed (by SHA-256 of their content) since the job's"
          + " last successful run; needs --job or --runDate. The manifest lists what was skipped.")
  @Default.Boolean(false)
  boolean getIncremental();

  void setIncremental(boolean value);

  @Description("Seconds between progress lines on standard error; 0 turns them off.")
  @Default.Integer(5)
  int getProgressSeconds();

  void setProgressSeconds(int value);
}

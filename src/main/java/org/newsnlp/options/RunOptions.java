package org.newsnlp.options;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** How a run is named, dated, published and judged: what a scheduled job needs. */
public interface RunOptions extends PipelineOptions {
  @Description(
      "A job file (for example pipelines/nightly.properties) whose name=value lines set options;"
          + " options on the command line win over the file. Naming one makes the run dated.")
  String getJob();

  void setJob(String value);

  @Description(
      "Date of the run, YYYY-MM-DD; makes the run dated. Default in a dated run: today (UTC).")
  String getRunDate();

  void setRunDate(String value);

  @Description(
      "flat: the tables go straight into --output. dated: into <output>/<job>/<runDate>/."
          + " Default: dated when --job or --runDate is given, flat otherwise.")
  String getLayout();

  void setLayout(String value);

  @Description(
      "Dated runs only: process only inputs that are new or changed (by SHA-256 of their"
          + " content) since the job's runs of earlier dates; run.json lists what was skipped.")
  @Default.Boolean(false)
  boolean getIncremental();

  void setIncremental(boolean value);

  @Description(
      "Exit with code 3 (instead of 0) when any input was rejected; the tables are still"
          + " written and published.")
  @Default.Boolean(false)
  boolean getFailOnRejected();

  void setFailOnRejected(boolean value);

  @Description("Seconds between progress lines; 0 turns them off.")
  @Default.Integer(5)
  int getProgressSeconds();

  void setProgressSeconds(int value);
}

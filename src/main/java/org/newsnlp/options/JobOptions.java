package org.newsnlp.options;

import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** A named job: a file of option values. */
public interface JobOptions extends PipelineOptions {
  @Description(
      "A job file (for example pipelines/default.properties) whose name=value lines set options;"
          + " options given on the command line win over the file.")
  String getJob();

  void setJob(String value);
}

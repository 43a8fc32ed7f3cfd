package org.newsnlp.options;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Where the tables go. */
public interface OutputOptions extends PipelineOptions {
  @Description(
      "Output folder for documents.csv, quotes.csv and errors.csv; created when missing. Existing"
          + " tables of the same name are replaced.")
  @Default.String("output/")
  String getOutput();

  void setOutput(String value);
}

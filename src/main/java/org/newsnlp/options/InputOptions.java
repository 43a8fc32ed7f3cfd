package org.newsnlp.options;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Where the articles come from. */
public interface InputOptions extends PipelineOptions {
  @Description(
      "Input articles: a file pattern (* within a folder, ** across folders) or a folder, whose"
          + " files are all read. Each file is one document; its doc_id is its path relative to"
          + " the folder part of the pattern, without extension.")
  @Default.String("seeds/*")
  String getInputs();

  void setInputs(String value);
}

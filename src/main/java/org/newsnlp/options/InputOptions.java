package org.newsnlp.options;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Where the articles come from and which of them are read. */
public interface InputOptions extends PipelineOptions {
  @Description(
      "The articles: a folder (all its files), or a file pattern (* within a folder, ** across"
          + " folders). A .json file is one JSON article, each line of a .jsonl or .ndjson file"
          + " one, any other file one article of plain text; .gz files are decompressed; files"
          + " and folders whose names start with a dot are not read.")
  @Default.String("seeds/*")
  String getInputs();

  void setInputs(String value);

  @Description(
      "Accept --inputs matching no file (the run then writes empty tables) instead of stopping"
          + " with exit code 2. A missing input folder is an error either way.")
  @Default.Boolean(false)
  boolean getAllowEmptyInputs();

  void setAllowEmptyInputs(boolean value);

  @Description(
      "Largest input accepted, in bytes (for .gz files: once decompressed; for JSON Lines: each"
          + " line); larger files and lines become error rows with reason too_large.")
  @Default.Long(5L * 1024 * 1024)
  long getMaxDocumentBytes();

  void setMaxDocumentBytes(long value);

  @Description(
      "Most seconds one document may take to analyse; a document still being analysed then"
          + " becomes an error row with reason too_slow, naming the stage it was in, and the run"
          + " goes on. 0 for no limit.")
  @Default.Double(60)
  double getMaxDocumentSeconds();

  void setMaxDocumentSeconds(double value);
}

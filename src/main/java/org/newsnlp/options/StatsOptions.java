package org.newsnlp.options;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** What the statistics stage writes besides documents.csv. */
public interface StatsOptions extends PipelineOptions {
  @Description(
      "Also write tokens.csv: one row per token with doc_id, sentence_index, token_index, start,"
          + " end, token, upos and lemma (offsets into the decoded text). All rows meet in one"
          + " worker, so keep it for spreadsheet-sized inputs.")
  @Default.Boolean(false)
  boolean getEmitTokens();

  void setEmitTokens(boolean value);
}

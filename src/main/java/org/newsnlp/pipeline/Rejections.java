package org.newsnlp.pipeline;

import org.newsnlp.model.RejectedInput;

/** Turns an exception thrown while processing one document into its error row. */
final class Rejections {
  private Rejections() {}

  static RejectedInput of(String path, String stage, Exception e) {
    return new RejectedInput(
        path,
        stage,
        "internal_error",
        "newsnlp failed on this document in stage " + stage + " (" + e
            + "); please report it with the file attached");
  }
}

package org.newsnlp.pipeline;

import org.newsnlp.model.RejectedInput;

/** Turns an exception thrown while processing one document into its error row. */
final class Rejections {
  private Rejections() {}

  /**
   * A stack overflow is caught too: deep recursion on one pathological document must cost that
   * document, not the run.
   */
  static RejectedInput of(String path, String stage, Throwable e) {
    return new RejectedInput(
        path,
        stage,
        "internal_error",
        "newsnlp failed on this document in stage "
            + stage
            + " ("
            + e
            + "); please report it with the file attached");
  }
}

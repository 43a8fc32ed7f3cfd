package org.newsnlp.pipeline;

import java.math.BigDecimal;
import org.newsnlp.model.Deadline;
import org.newsnlp.model.RejectedInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns an exception thrown while processing one document into its error row. */
final class Rejections {
  private static final Logger LOG = LoggerFactory.getLogger(Rejections.class);

  private Rejections() {}

  /** The row of a document still in {@code stage} when its {@code deadline} passed. */
  static RejectedInput tooSlow(String path, String stage, Deadline deadline) {
    String seconds = BigDecimal.valueOf(deadline.seconds()).stripTrailingZeros().toPlainString();
    return new RejectedInput(
        path,
        stage,
        "too_slow",
        "newsnlp stopped this document in stage "
            + stage
            + " when it had taken "
            + seconds
            + " s (--maxDocumentSeconds); it is probably not prose (a table, a log, encoded data):"
            + " check the file, or raise the limit");
  }

  /**
   * The {@code internal_error} row of {@code path}, whose stack trace goes to the log ({@code
   * run.log} beside the tables, or a cluster worker's log), found there by the path and stage the
   * row's detail names. A stack overflow is caught too: deep recursion on one pathological document
   * must cost that document, not the run.
   */
  static RejectedInput of(String path, String stage, Throwable e) {
    LOG.error("internal_error in stage {} on {}: {}", stage, path, e.toString(), e);
    return new RejectedInput(
        path,
        stage,
        "internal_error",
        "newsnlp failed on this document in stage "
            + stage
            + " ("
            + e
            + "); the stack trace is in run.log under \"internal_error in stage "
            + stage
            + " on "
            + path
            + "\"; please report it with the file attached");
  }
}

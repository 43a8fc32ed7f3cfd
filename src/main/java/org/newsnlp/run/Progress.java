package org.newsnlp.run;

import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.joda.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for a running pipeline, logging a progress line every few seconds (documents done of those
 * matched, rate, estimated time left) from the pipeline's counters. Runners that only return when
 * the work is done log no progress line.
 */
public final class Progress {
  private static final Logger LOG = LoggerFactory.getLogger(Progress.class);

  private Progress() {}

  /** Waits for {@code result}, logging a progress line every {@code seconds} (0: none). */
  public static PipelineResult.State await(PipelineResult result, int seconds) {
    long start = System.nanoTime();
    PipelineResult.State state;
    if (seconds <= 0) {
      state = result.waitUntilFinish();
    } else {
      while (true) {
        state = result.waitUntilFinish(Duration.standardSeconds(seconds));
        if (state != null && state.isTerminal()) {
          break;
        }
        Map<String, Long> counters = counters(result);
        if (counters.getOrDefault("files_matched", 0L) > 0) {
          LOG.info(line(counters, (System.nanoTime() - start) / 1e9));
        }
      }
    }
    return state;
  }

  /** Every counter of the run by name, summed over steps (attempted values). */
  public static Map<String, Long> counters(PipelineResult result) {
    Map<String, Long> counters = new TreeMap<>();
    try {
      MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder().build());
      for (MetricResult<Long> c : metrics.getCounters()) {
        counters.merge(c.getName().getName(), c.getAttempted(), Long::sum);
      }
    } catch (UnsupportedOperationException | IllegalStateException e) {
      // Some runners cannot report metrics while running: the progress line just says less.
    }
    return counters;
  }

  static String line(Map<String, Long> counters, double elapsedSeconds) {
    // A JSON Lines file counts as its lines once it has been cut into parts.
    long total =
        counters.getOrDefault("files_matched", 0L)
            - counters.getOrDefault("json_lines_files", 0L)
            + counters.getOrDefault("json_lines_listed", 0L);
    long done =
        counters.getOrDefault("documents_measured", 0L)
            + counters.getOrDefault("inputs_rejected", 0L)
            + counters.getOrDefault("inputs_skipped", 0L);
    double rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
    StringBuilder s = new StringBuilder();
    s.append(done).append('/').append(total).append(" documents");
    s.append(String.format(java.util.Locale.ROOT, ", %.1f docs/s", rate));
    if (rate > 0 && total >= done) {
      long eta = Math.round((total - done) / rate);
      s.append(String.format(java.util.Locale.ROOT, ", ETA %d:%02d", eta / 60, eta % 60));
    }
    s.append(String.format(java.util.Locale.ROOT, ", %.0f s elapsed", elapsedSeconds));
    return s.toString();
  }
}

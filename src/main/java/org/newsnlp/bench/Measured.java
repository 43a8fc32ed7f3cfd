package org.newsnlp.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What one timed run gave: its documents and tokens, the wall and CPU seconds, the most heap used,
 * and when the first document was annotated ({@code -1} where not known).
 */
record Measured(
    int documents,
    long tokens,
    double wallSeconds,
    double cpuSeconds,
    long peakHeapMb,
    double firstDocumentSeconds) {
  double tokensPerSecond() {
    return tokens / wallSeconds;
  }

  /** The run of median wall time. */
  static Measured median(List<Measured> runs) {
    List<Measured> sorted = new ArrayList<>(runs);
    sorted.sort(Comparator.comparingDouble(Measured::wallSeconds));
    return sorted.get(sorted.size() / 2);
  }
}

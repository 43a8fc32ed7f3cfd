package org.newsnlp.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The whole job, files to CSV, on the direct runner at several multiples of the corpus (copies of
 * the files under new ids), each in a fresh JVM; the 1× run beside the limit, the others beside the
 * 1× run, and the report step of the 1× run ({@link ReportRow}).
 */
final class ScaledRuns {
  private ScaledRuns() {}

  /** Adds a row per scale; returns the runs by scale. */
  static Map<Integer, Measured> measure(
      JobRuns jobs,
      StagedInputs inputs,
      List<Integer> scales,
      double limitTokensPerSecond,
      Path work,
      MeasurementTable table)
      throws Exception {
    Map<Integer, Measured> scaled = new LinkedHashMap<>();
    for (int scale : scales) {
      Path input = inputs.files(scale, "x" + scale);
      Measured m = jobs.run("direct-x" + scale, input, List.of());
      scaled.put(scale, m);
      String note =
          scale == 1
              ? String.format(
                  Locale.ROOT,
                  "%.2f x two-core limit (%.2f x one-thread loop)",
                  m.tokensPerSecond()
                      / (limitTokensPerSecond * Math.min(2, MeasurementTable.CORES)),
                  m.tokensPerSecond() / limitTokensPerSecond)
              : scaled.containsKey(1)
                  ? String.format(
                      Locale.ROOT,
                      "wall %.2f x the 1x run",
                      m.wallSeconds() / scaled.get(1).wallSeconds())
                  : "";
      table.add("direct runner, files to CSV, " + scale + "x corpus", m, note);
      if (scale == 1) {
        ReportRow.measure(work.resolve("out-direct-x1"), m, table);
      }
    }
    return scaled;
  }
}

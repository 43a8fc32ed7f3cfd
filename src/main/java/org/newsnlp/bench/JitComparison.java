package org.newsnlp.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The 1× direct-runner run with the JVM's default flags (its tiered compilers and G1), beside the
 * same run with the job's JVM flags.
 */
final class JitComparison {
  private JitComparison() {}

  static void measure(
      JobRuns jobs, Path input, Map<Integer, Measured> scaled, MeasurementTable table)
      throws Exception {
    Measured m = jobs.run("direct-x1-default-jit", input, List.of(), true);
    table.add(
        "direct runner, files to CSV, 1x corpus, the JVM's default flags",
        m,
        scaled.containsKey(1)
            ? String.format(
                Locale.ROOT,
                "wall %.2f x, CPU %.2f x the run with %s",
                m.wallSeconds() / scaled.get(1).wallSeconds(),
                m.cpuSeconds() / scaled.get(1).cpuSeconds(),
                String.join(" ", jobs.jobJvmFlags()))
            : "");
  }
}

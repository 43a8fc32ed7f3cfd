package org.newsnlp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The whole job on embedded Flink at 1× the corpus, beside the direct runner's 1× run: its wall
 * time, and whether its tables are byte-identical to the direct runner's.
 */
final class FlinkRow {
  private FlinkRow() {}

  static void measure(
      JobRuns jobs, Path input, Path work, Map<Integer, Measured> scaled, MeasurementTable table)
      throws Exception {
    Measured flink =
        jobs.run(
            "flink-x1",
            input,
            List.of(
                "--runner=FlinkRunner",
                "--flinkMaster=[local]",
                "--parallelism=" + MeasurementTable.CORES,
                "--objectReuse=true"));
    String note = "";
    if (scaled.containsKey(1)) {
      note =
          String.format(
              Locale.ROOT,
              "wall %.2f x direct; tables %s",
              flink.wallSeconds() / scaled.get(1).wallSeconds(),
              sameTables(work.resolve("out-direct-x1"), work.resolve("out-flink-x1"))
                  ? "byte-identical to direct"
                  : "DIFFER from direct");
    }
    table.add("embedded Flink, files to CSV, 1x corpus", flink, note);
  }

  private static boolean sameTables(Path a, Path b) throws IOException {
    for (String table : List.of("documents.csv", "quotes.csv", "speakers.csv", "errors.csv")) {
      if (Files.mismatch(a.resolve(table), b.resolve(table)) != -1) {
        return false;
      }
    }
    return true;
  }
}

package org.newsnlp.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The whole job on the corpus's articles as one JSON Lines file ({@code scale} times the corpus,
 * gzipped or not), beside the files at the same scale.
 */
final class JsonLinesRow {
  private JsonLinesRow() {}

  static void measure(
      JobRuns jobs,
      StagedInputs inputs,
      int scale,
      boolean gzip,
      Map<Integer, Measured> scaled,
      MeasurementTable table)
      throws Exception {
    StagedInputs.JsonLines input = inputs.jsonLines(scale, gzip);
    Measured m = jobs.run("jsonl-x" + scale, input.folder(), List.of());
    String size =
        String.format(
            Locale.ROOT,
            "one %s file of %.0f MB uncompressed",
            gzip ? ".jsonl.gz" : ".jsonl",
            input.bytes() / 1e6);
    table.add(
        "direct runner, one JSON Lines file to CSV, " + scale + "x corpus",
        m,
        scaled.containsKey(scale)
            ? String.format(
                Locale.ROOT,
                "%s; %.2f x the files' tokens/s",
                size,
                m.tokensPerSecond() / scaled.get(scale).tokensPerSecond())
            : size);
  }
}

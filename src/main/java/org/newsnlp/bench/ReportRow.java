package org.newsnlp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The report step of a run, timed inside it ({@code run.json}'s {@code report.write_seconds}:
 * reading the tables and manifest back, writing {@code report.html}), beside the whole run's wall
 * time measured from outside.
 */
final class ReportRow {
  private ReportRow() {}

  static void measure(Path output, Measured run, MeasurementTable table) throws IOException {
    JsonNode report =
        new ObjectMapper().readTree(output.resolve("run.json").toFile()).path("report");
    if (report.isMissingNode()) {
      Benchmark.log("the 1x run wrote no report.html: no report row");
      return;
    }
    double seconds = report.path("write_seconds").asDouble();
    table.add(
        "report.html: the report step of the 1x run",
        run.documents(),
        run.tokens(),
        seconds,
        -1,
        -1,
        String.format(
            Locale.ROOT,
            "%.2f%% of the run's wall; %d kB",
            100 * seconds / run.wallSeconds(),
            report.path("bytes").asLong() / 1000));
  }
}

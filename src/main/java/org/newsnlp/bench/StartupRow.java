package org.newsnlp.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Start-up: the whole job, as a fresh JVM, on one article. */
final class StartupRow {
  private StartupRow() {}

  static void measure(JobRuns jobs, Path oneArticle, MeasurementTable table) throws Exception {
    Measured startup = jobs.run("startup", oneArticle, List.of());
    table.add(
        "start-up: whole job on 1 article, fresh JVM",
        startup,
        String.format(
            Locale.ROOT,
            "first document annotated %.2f s after the process started",
            startup.firstDocumentSeconds()));
  }
}

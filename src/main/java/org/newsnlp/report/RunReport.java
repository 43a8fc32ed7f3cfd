package org.newsnlp.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsnlp.run.Manifest;
import org.newsnlp.run.RunFolder;

/**
 * Writes a run's {@code report.html} beside its tables, from those tables and its {@code run.json},
 * once both are written and before the run is published, so that the report is published with the
 * tables and always agrees with them.
 */
public final class RunReport {
  private RunReport() {}

  /**
   * Writes {@code report.html} into {@code folder}, the run's (staging) folder holding its tables
   * and {@code run.json}; {@code jobFolder} is the dated job's folder whose earlier nights the
   * history chart shows, or null for a run that is not dated. Returns the report's path.
   */
  public static Path write(Path folder, Path jobFolder) throws IOException {
    JsonNode manifest = new ObjectMapper().readTree(folder.resolve(Manifest.FILE_NAME).toFile());
    RunFigures figures = RunFigures.read(folder);
    List<RunHistory.Night> history =
        jobFolder == null ? null : RunHistory.read(jobFolder, RunHistory.Night.of(manifest));
    String page = new ReportPage(manifest, figures, history, ChartScripts.all()).render();
    Path report = folder.resolve(RunFolder.REPORT);
    Files.writeString(report, page, StandardCharsets.UTF_8);
    return report;
  }
}

package org.newsnlp.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsnlp.run.Manifest;

/**
 * The nights of a dated job, for the report's history chart: this run and the published runs of the
 * same job before its date, read from their manifests ({@code <job>/<date>/run.json}). Folders that
 * are not dates, hidden staging folders and runs without a readable manifest are not nights.
 */
public final class RunHistory {
  /** Nights in the chart, this run's included. */
  public static final int NIGHTS = 30;

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private RunHistory() {}

  /**
   * One published run: its date and what it wrote; {@code readable} is false for a run whose
   * manifest could not be read (cut short, edited by hand), whose counts are then unknown.
   */
  public record Night(String runDate, int documents, int quotes, int rejected, boolean readable) {
    /** The night of a manifest. */
    static Night of(JsonNode manifest) {
      return new Night(
          manifest.path("run_date").asText(),
          manifest.path("documents_written").asInt(),
          manifest.path("quotes_written").asInt(),
          manifest.path("errors_written").asInt(),
          true);
    }
  }

  /**
   * The last {@link #NIGHTS} nights up to {@code tonight}: the published runs in {@code jobFolder}
   * dated before it, oldest first, then {@code tonight}.
   */
  public static List<Night> read(Path jobFolder, Night tonight) throws IOException {
    List<Path> earlier = new ArrayList<>();
    if (Files.isDirectory(jobFolder)) {
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(jobFolder)) {
        for (Path entry : entries) {
          String name = entry.getFileName().toString();
          if (DATE.matcher(name).matches()
              && name.compareTo(tonight.runDate()) < 0
              && Files.isRegularFile(entry.resolve(Manifest.FILE_NAME))) {
            earlier.add(entry);
          }
        }
      }
    }
    earlier.sort(null);
    List<Night> nights = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    for (Path run : earlier.subList(Math.max(0, earlier.size() - (NIGHTS - 1)), earlier.size())) {
      try {
        nights.add(Night.of(mapper.readTree(run.resolve(Manifest.FILE_NAME).toFile())));
      } catch (IOException e) {
        nights.add(new Night(run.getFileName().toString(), 0, 0, 0, false));
      }
    }
    nights.add(tonight);
    return List.copyOf(nights);
  }
}

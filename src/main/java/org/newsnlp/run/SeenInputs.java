package org.newsnlp.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsnlp.write.CsvFiles;

/**
 * The inputs a job has already processed, kept in {@code <output>/<job>/seen-inputs.csv}: path,
 * SHA-256 of the content, and the run date that first processed that content. An incremental run
 * for a date skips an input whose path and hash were processed by a run of an <em>earlier</em>
 * date, so that rerunning the same date processes the same inputs again and gives the same tables.
 */
public final class SeenInputs {
  static final List<String> HEADER = List.of("path", "sha256", "first_run_date");

  private SeenInputs() {}

  /** Path → SHA-256 of the inputs first processed by a run dated before {@code runDate}. */
  public static Map<String, String> processedBefore(Path file, String runDate) throws IOException {
    Map<String, String> seen = new TreeMap<>();
    for (Map<String, String> row : Tables.rows(file)) {
      if (row.get("first_run_date").compareTo(runDate) < 0) {
        seen.put(row.get("path"), row.get("sha256"));
      }
    }
    return seen;
  }

  /**
   * Adds the hashed inputs of a successful run's {@code inputs.csv} to the record, written aside
   * and renamed into place. Content already recorded keeps its earliest run date.
   */
  public static void update(Path file, Path inputsTable, String runDate) throws IOException {
    Map<String, List<String>> rows = new TreeMap<>();
    for (Map<String, String> row : Tables.rows(file)) {
      rows.put(
          row.get("path"), List.of(row.get("path"), row.get("sha256"), row.get("first_run_date")));
    }
    for (Map<String, String> row : Tables.rows(inputsTable)) {
      String path = row.get("path");
      String sha = row.get("sha256");
      if (sha.isEmpty()) {
        continue;
      }
      List<String> known = rows.get(path);
      boolean sameContent = known != null && known.get(1).equals(sha);
      if (!sameContent || known.get(2).compareTo(runDate) > 0) {
        rows.put(path, List.of(path, sha, runDate));
      }
    }
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(temp)) {
      CsvFiles.write(out, HEADER, new ArrayList<>(rows.values()), false);
    }
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}

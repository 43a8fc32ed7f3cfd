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
 * The inputs a job has already processed, by path and SHA-256 of their content, kept in {@code
 * <output>/<job>/seen-inputs.csv}. An incremental run skips an input whose path and hash are
 * listed; after each successful run the inputs it saw are added.
 */
public final class SeenInputs {
  private SeenInputs() {}

  public static Map<String, String> read(Path file) throws IOException {
    Map<String, String> seen = new TreeMap<>();
    for (Map<String, String> row : Tables.rows(file)) {
      seen.put(row.get("path"), row.get("sha256"));
    }
    return seen;
  }

  /** Adds the hashed inputs of a run's {@code inputs.csv} to the record, replacing it whole. */
  public static void update(Path file, Path inputsTable) throws IOException {
    Map<String, String> seen = read(file);
    for (Map<String, String> row : Tables.rows(inputsTable)) {
      if (!row.get("sha256").isEmpty()) {
        seen.put(row.get("path"), row.get("sha256"));
      }
    }
    List<List<String>> rows = new ArrayList<>();
    seen.forEach((path, sha) -> rows.add(List.of(path, sha)));
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(temp)) {
      CsvFiles.write(out, List.of("path", "sha256"), rows, false);
    }
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}

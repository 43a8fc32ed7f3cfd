package org.newsnlp;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads back a table a run wrote, its header naming the cells, for tests. */
public final class CsvRows {
  private CsvRows() {}

  /** The data rows of {@code table} (UTF-8, RFC 4180, a header row). */
  public static List<CSVRecord> read(Path table) throws IOException {
    try (Reader reader = Files.newBufferedReader(table, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(reader)
          .getRecords();
    }
  }
}

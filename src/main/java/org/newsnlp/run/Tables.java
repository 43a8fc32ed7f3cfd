package org.newsnlp.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads back the CSV tables a run wrote, for its manifest, its record of inputs and its report. */
public final class Tables {
  private Tables() {}

  /** The rows of a table as maps from column to value (a UTF-8 byte-order mark is skipped). */
  static List<Map<String, String>> rows(Path table) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    forEachRow(table, record -> rows.add(record.toMap()));
    return rows;
  }

  /**
   * Hands each row of a table to {@code action} as it is read, by column name, without holding the
   * table (a UTF-8 byte-order mark is skipped); nothing when the file does not exist.
   */
  public static void forEachRow(Path table, Consumer<CSVRecord> action) throws IOException {
    if (!Files.exists(table)) {
      return;
    }
    try (Reader reader = Files.newBufferedReader(table, StandardCharsets.UTF_8)) {
      reader.mark(1);
      if (reader.read() != '\uFEFF') {
        reader.reset();
      }
      for (CSVRecord record :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        action.accept(record);
      }
    }
  }

  /** As {@link #forEachRow(Path, Consumer)}, over table {@code name}'s one file or its shards. */
  public static void forEachRow(Path folder, String name, Consumer<CSVRecord> action)
      throws IOException {
    for (Path file : filesOf(folder, name)) {
      forEachRow(file, action);
    }
  }

  /**
   * The rows of table {@code name} (e.g. {@code errors.csv}) in {@code folder}: of the one file, or
   * of all its shards ({@code errors-00000-of-00004.csv}, …) when it was written sharded.
   */
  static List<Map<String, String>> rowsOf(Path folder, String name) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    forEachRow(folder, name, record -> rows.add(record.toMap()));
    return rows;
  }

  /** The one file of table {@code name} in {@code folder}, or its shards; none when absent. */
  public static List<Path> filesOf(Path folder, String name) throws IOException {
    Path single = folder.resolve(name);
    if (Files.exists(single)) {
      return List.of(single);
    }
    String base = name.substring(0, name.length() - ".csv".length());
    try (var files = Files.list(folder)) {
      return files
          .filter(
              f ->
                  f.getFileName()
                      .toString()
                      .matches(java.util.regex.Pattern.quote(base) + "-\\d+-of-\\d+\\.csv"))
          .sorted()
          .toList();
    }
  }

  /** Every CSV file of the folder, by name. */
  static List<Path> csvFiles(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".csv"))
          .filter(f -> !f.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    }
  }

  /** A table's data rows (its header not counted) and its SHA-256, from one read of its bytes. */
  record Count(int rows, String sha256) {}

  /**
   * Counts a table's data rows without parsing its cells: a record ends at a line feed outside
   * quotation marks (a quoted cell may hold line breaks; a doubled quote inside one leaves it
   * quoted), and a last record without a line feed counts too. For the tables newsnlp writes this
   * is {@link #rows}' count ({@code TablesTest}), at a fraction of the cost: the manifest is
   * written after the pipeline, while nothing else runs.
   */
  static Count count(Path table) throws IOException {
    MessageDigest digest = digest();
    int records = 0;
    boolean quoted = false;
    boolean open = false;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(table)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
        for (int i = 0; i < n; i++) {
          byte b = buffer[i];
          if (b == '"') {
            quoted = !quoted;
            open = true;
          } else if (b == '\n' && !quoted) {
            records++;
            open = false;
          } else if (b != '\r') {
            open = true;
          }
        }
      }
    }
    if (open) {
      records++;
    }
    return new Count(Math.max(0, records - 1), HexFormat.of().formatHex(digest.digest()));
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    }
  }

  static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
